import type { Assumption } from './assumptions.js';
import { type ApiCost, apiMonthlyCost } from './api-cost.js';
import { breakEven } from './break-even.js';
import { type LocalCost, type LocalSetup, localMonthlyCost } from './local-cost.js';
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
   * Local scenario: months against the cheapest available API scenario. Null = never (or nothing to compare).
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

  const apiCumulative = (offer: PricedOffer): number[] => {
    const out = [0];
    for (let m = 0; m < horizon; m++) {
      out.push(out[m]! + apiMonthlyCost(input.workload, offer, { currency, month: m }).monthly.amount);
    }
    return out;
  };
  const localCumulative = (setup: LocalSetup, first: LocalCost): number[] => {
    const out = [first.upfront.amount];
    let paidMachines = first.machines;
    const perMachine = first.machines > 0 ? first.upfront.amount / first.machines : 0;
    for (let m = 0; m < horizon; m++) {
      const month = m === 0 ? first : localMonthlyCost(setup, input.workload, { currency, month: m });
      // Growth may need more machines: buy them the month they are needed.
      const extra = Math.max(0, month.machines - paidMachines) * perMachine;
      paidMachines = Math.max(paidMachines, month.machines);
      out.push(out[m]! + month.runningPerMonth.amount + extra);
    }
    return out;
  };

  const cheapestApi = apiCosts
    .filter((a) => a.cost.available)
    .reduce<{ offer: PricedOffer; cost: ApiCost } | undefined>(
      (best, a) => (best === undefined || a.cost.monthly.amount < best.cost.monthly.amount ? a : best),
      undefined,
    );

  // Break-even divides by the first month's savings; with growth the cumulative curves are the better guide.
  const growthNote =
    (input.workload.monthlyGrowth ?? 0) !== 0 && localCosts.length > 0 && apiCosts.length > 0
      ? ['break-even uses the first month; with monthly growth, read the crossing of the cumulative curves']
      : [];
  const scenarios: Scenario[] = [];
  for (const { offer, cost } of apiCosts) {
    const against = localCosts.map(({ local, cost: lc }) => {
      const be = breakEven(lc, cost);
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
    const against = apiCosts.map(({ offer, cost: ac }) => {
      const be = breakEven(cost, ac);
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
      cumulative: localCumulative(local.setup, cost),
      cannotServe: cost.cannotServe,
      warnings: [...(cost.cannotServe ? [cost.cannotServe] : []), ...cost.warnings, ...growthNote],
      assumptions: { ...cost.assumptions, ...local.assumptions },
    });
  }
  return scenarios;
}
