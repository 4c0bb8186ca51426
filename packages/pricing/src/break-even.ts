import { type ApiCost, apiMonthlyCost } from './api-cost.js';
import { apiCashFlow, type LocalMonthCash, localCashFlow } from './cash-flow.js';
import { type LocalCost, type LocalSetup, localMonthlyCost } from './local-cost.js';
import { type CurrencyOptions, type Money, USD } from './money.js';
import type { PricedOffer } from './offer.js';
import { resolveWorkload, type Workload } from './workload.js';

export interface BreakEven {
  /** Months until the local setup's cumulative cash falls to the API's; null means never (with growth: not within the horizon). */
  readonly months: number | null;
  /** API bill − local running cost in the first month (may be negative). */
  readonly monthlySavings: Money;
  readonly reason: string;
  /** Months searched month by month when the workload grows; absent when the flat-volume closed form applies. */
  readonly horizonMonths?: number;
}

/**
 * How far a growing workload is followed (docs/methodology.md, "Break-even"): 5 years, beyond the
 * 36-month default amortisation, and about as far as anyone should trust a compounding growth rate.
 */
export const BREAK_EVEN_HORIZON_MONTHS = 60;

export interface BreakEvenOptions {
  readonly currency?: CurrencyOptions;
  /** Months to follow a growing workload. Default `BREAK_EVEN_HORIZON_MONTHS`. */
  readonly horizonMonths?: number;
}

/**
 * Months for a local setup to pay for itself against an API with flat volume (docs/methodology.md, "Break-even"):
 *   months = upfront / (API monthly − local running monthly), running = energy + operations + rental.
 * Null ("never") exactly when the savings are ≤ 0, or when the setup cannot serve the workload.
 * Exact when the volume does not grow; `breakEvenOverTime` handles growth.
 */
export function breakEven(local: LocalCost, api: ApiCost): BreakEven {
  if (local.monthly.currency !== api.monthly.currency) {
    throw new RangeError(`currencies differ: local ${local.monthly.currency}, API ${api.monthly.currency}`);
  }
  const currency = api.monthly.currency;
  const savings = api.monthly.amount - local.runningPerMonth.amount;
  const monthlySavings = { amount: savings, currency };
  if (local.cannotServe) {
    return { months: null, monthlySavings, reason: `never: the local setup cannot serve the workload (${local.cannotServe})` };
  }
  if (!(savings > 0)) {
    return {
      months: null,
      monthlySavings,
      reason: `never: local running cost ${fmt(local.runningPerMonth)} per month is not below the API bill ${fmt(api.monthly)}`,
    };
  }
  const months = local.upfront.amount / savings;
  return {
    months,
    monthlySavings,
    reason: `${fmt(local.upfront)} upfront / ${fmt(monthlySavings)} saved per month`,
  };
}

/** Where the cumulative curves first meet, or why they do not (within the months given). */
export interface Crossing {
  readonly months: number | null;
  /** First month (0-based) the local setup cannot serve the volume, when that stops the search. */
  readonly cannotServeFrom: number | null;
}

/**
 * First time t at which local's cumulative cash is at most the API's (docs/methodology.md, "Break-even").
 * Purchases land at the start of their month; running costs and API bills accrue evenly within it, so both
 * totals are straight within a month and the crossing is interpolated linearly:
 *   gap D = local − API at the start of month m (after its purchase), slope s = API_m − running_m;
 *   the curves meet in month m when s > 0 and D ≤ s, at t = m + D / s.
 */
export function cumulativeCrossing(local: readonly LocalMonthCash[], api: readonly number[]): Crossing {
  let localTotal = 0;
  let apiTotal = 0;
  const months = Math.min(local.length, api.length);
  for (let m = 0; m < months; m++) {
    const cash = local[m]!;
    if (cash.cannotServe !== null) return { months: null, cannotServeFrom: m };
    localTotal += cash.purchase;
    const gap = localTotal - apiTotal;
    const slope = api[m]! - cash.running;
    if (slope > 0 && gap <= slope) return { months: m + Math.max(0, gap) / slope, cannotServeFrom: null };
    localTotal += cash.running;
    apiTotal += api[m]!;
  }
  return { months: null, cannotServeFrom: null };
}

/**
 * Break-even of a local setup against an API offer as the workload grows (docs/methodology.md, "Break-even").
 * Growth g ≠ 0: month m has (1 + g)^m times the tokens, the local side buys extra machines the month it needs
 * them, and the answer is the crossing of the cumulative totals, null when it comes later than `horizonMonths`
 * (default 60). Flat volume: the closed form of `breakEven`, which that crossing equals, at any distance.
 */
export function breakEvenOverTime(
  setup: LocalSetup,
  workload: Workload,
  offer: PricedOffer,
  options: BreakEvenOptions = {},
): BreakEven {
  const currency = options.currency ?? USD;
  const horizon = options.horizonMonths ?? BREAK_EVEN_HORIZON_MONTHS;
  if (!(Number.isInteger(horizon) && horizon >= 1)) throw new RangeError(`horizonMonths: expected an integer ≥ 1, found ${horizon}`);
  const local = localMonthlyCost(setup, workload, { currency });
  const first = breakEven(local, apiMonthlyCost(workload, offer, { currency }));
  const growth = resolveWorkload(workload).monthlyGrowth;
  // Flat volume: both totals are straight lines, so the closed form is the exact crossing at any distance.
  if (local.cannotServe !== null || growth === 0) return first;

  const crossing = cumulativeCrossing(localCashFlow(setup, workload, horizon, currency), apiCashFlow(workload, offer, horizon, currency));
  const rate = `monthly growth ${+(growth * 100).toFixed(4)}%`;
  if (crossing.months !== null) {
    const renting = setup.rentalUsdPerHour !== undefined;
    const late = !renting && crossing.months > setup.amortizationMonths ? `, after the ${setup.amortizationMonths}-month amortisation period` : '';
    return {
      months: crossing.months,
      monthlySavings: first.monthlySavings,
      reason: `with ${rate}, local cumulative cash (upfront, extra machines, running cost) falls to the API total after ${crossing.months.toFixed(2)} months${late}`,
      horizonMonths: horizon,
    };
  }
  const why =
    crossing.cannotServeFrom !== null
      ? `from month ${crossing.cannotServeFrom + 1} the setup cannot serve the grown workload`
      : `with ${rate}, local cumulative cash stays above the API total`;
  return { months: null, monthlySavings: first.monthlySavings, reason: `never within ${horizon} months: ${why}`, horizonMonths: horizon };
}

function fmt(m: Money): string {
  return `${m.amount.toFixed(2)} ${m.currency}`;
}
