import type { ApiCost } from './api-cost.js';
import type { LocalCost } from './local-cost.js';
import type { Money } from './money.js';

export interface BreakEven {
  /** Months until the upfront purchase is paid back by monthly savings; null means never. */
  readonly months: number | null;
  /** API bill − local running cost per month (may be negative). */
  readonly monthlySavings: Money;
  readonly reason: string;
}

/**
 * Months for a local setup to pay for itself against an API (docs/methodology.md, "Break-even"):
 *   months = upfront / (API monthly − local running monthly), running = energy + operations + rental.
 * Null ("never") exactly when the savings are ≤ 0, or when the setup cannot serve the workload.
 * Uses the first month's figures; with growth, the cumulative curves of `compareScenarios` show the crossing.
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

function fmt(m: Money): string {
  return `${m.amount.toFixed(2)} ${m.currency}`;
}
