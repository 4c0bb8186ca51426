import type { Assumption } from './assumptions.js';
import { type ApiCost, apiMonthlyCost } from './api-cost.js';
import { breakEvenOverTime } from './break-even.js';
import { apiCashFlow, localCashFlow } from './cash-flow.js';
import { type LocalSetup, localMonthlyCost } from './local-cost.js';
import { type CurrencyOptions, USD } from './money.js';
import type { PricedOffer } from './offer.js';
import type { Workload } from './workload.js';

export interface LocalScenarioInput {
  readonly id: string;
  readonly label?: string;
  readonly setup: LocalSetup;
  /** Sources for the setup's values (e.g. catalog price, region default); override the generic "given". */
  readonly assumptions?: Readonly<Record<string, Assumption>>;
}

export interface ScenarioInput {
  readonly workload: Workload;
  readonly offers: readonly PricedOffer[];
  readonly locals: readonly LocalScenarioInput[];
  readonly currency?: CurrencyOptions;
  /** Months of cumulative cost to compute. Default 24. */
  readonly horizonMonths?: number;
}

export interface ScenarioBreakEven {
  /** Id of the other scenario. */
  readonly against: string;
  readonly months: number | null;
  readonly reason: string;
}

export interface Scenario {
  readonly id: string;
  readonly kind: 'api' | 'local';
  readonly label: string;
  /** First month: API bill, or local amortised hardware + energy + operations (+ rental). */
  readonly monthlyCost: number;
  readonly currency: string;
  /** Monthly cost per 1M tokens of all kinds; null for an empty workload. */
  readonly costPerMTok: number | null;
  /** Cash paid at month 0 (local purchase), else 0. */
  readonly upfront: number;
  /**
   * API scenario: months for the first local scenario to pay for itself against this API.
   * Local scenario: months against the cheapest available API scenario. Null = never (or nothing to compare);
   * with growth, "never within `BREAK_EVEN_HORIZON_MONTHS`" (the crossing of the cumulative totals, see `breakEvenOverTime`).
   */
  readonly breakEvenMonths: number | null;
  /** Break-even against every scenario of the other kind. */
  readonly breakEven: readonly ScenarioBreakEven[];
  /** Cash spent by the end of month m, m = 0..horizon; [0] is the upfront. Growth applies month by month. */
  readonly cumulative: readonly number[];
  readonly cannotServe: string | null;
  readonly warnings: readonly string[];
  readonly assumptions: Readonly<Record<string, Assumption>>;
}

/** API and local scenarios side by side with break-even and cumulative cost (docs/methodology.md, "Scenarios"). */
export function compareScenarios(input: ScenarioInput): Scenario[] {
  const currency = input.currency ?? USD;
  const horizon = input.horizonMonths ?? 24;
  const apiCosts = input.offers.map((offer) => ({ offer, cost: apiMonthlyCost(input.workload, offer, { currency }) }));
  const localCosts = input.locals.map((local) => ({ local, cost: localMonthlyCost(local.setup, input.workload, { currency }) }));

  // Cumulative cash from the same month-by-month flows that break-even reads (docs/methodology.md, "Scenarios").
  const apiCumulative = (offer: PricedOffer): number[] => {
    const out = [0];
    for (const [m, bill] of apiCashFlow(input.workload, offer, horizon, currency).entries()) out.push(out[m]! + bill);
    return out;
  };
  const localCumulative = (setup: LocalSetup): number[] => {
    const flow = localCashFlow(setup, input.workload, horizon, currency);
    const out = [flow[0]?.purchase ?? 0];
    // Month 0's purchase is the upfront at index 0; later purchases (growth needs a machine) fall in their month.
    for (const [m, cash] of flow.entries()) out.push(out[m]! + (m === 0 ? 0 : cash.purchase) + cash.running);
    return out;
  };

  const cheapestApi = apiCosts
    .filter((a) => a.cost.available)
    .reduce<{ offer: PricedOffer; cost: ApiCost } | undefined>(
      (best, a) => (best === undefined || a.cost.monthly.amount < best.cost.monthly.amount ? a : best),
      undefined,
    );

  const scenarios: Scenario[] = [];
  for (const { offer, cost } of apiCosts) {
    const against = localCosts.map(({ local }) => {
      const be = breakEvenOverTime(local.setup, input.workload, offer, { currency });
      return { against: local.id, months: be.months, reason: be.reason };
    });
    scenarios.push({
      id: offer.id,
      kind: 'api',
      label: offer.displayName ?? offer.id,
      monthlyCost: cost.monthly.amount,
      currency: cost.monthly.currency,
      costPerMTok: cost.costPerMTok?.amount ?? null,
      upfront: 0,
      breakEvenMonths: against[0]?.months ?? null,
      breakEven: against,
      cumulative: apiCumulative(offer),
      cannotServe: null,
      warnings: cost.warnings.map((w) => w.message),
      assumptions: cost.assumptions,
    });
  }
  for (const { local, cost } of localCosts) {
    const against = apiCosts.map(({ offer }) => {
      const be = breakEvenOverTime(local.setup, input.workload, offer, { currency });
      return { against: offer.id, months: be.months, reason: be.reason };
    });
    const cheapest = cheapestApi ? against.find((b) => b.against === cheapestApi.offer.id) : undefined;
    scenarios.push({
      id: local.id,
      kind: 'local',
      label: local.label ?? local.id,
      monthlyCost: cost.monthly.amount,
      currency: cost.monthly.currency,
      costPerMTok: cost.costPerMTok?.amount ?? null,
      upfront: cost.upfront.amount,
      breakEvenMonths: cheapest?.months ?? null,
      breakEven: against,
      cumulative: localCumulative(local.setup),
      cannotServe: cost.cannotServe,
      warnings: [...(cost.cannotServe ? [cost.cannotServe] : []), ...cost.warnings],
      assumptions: { ...cost.assumptions, ...local.assumptions },
    });
  }
  return scenarios;
}
