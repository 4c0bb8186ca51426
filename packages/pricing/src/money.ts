/**
 * Money and currency conversion (docs/methodology.md, "Currency").
 *
 * Amounts are IEEE-754 doubles and are rounded only at presentation (`roundCents`).
 * A double carries ~15-16 significant digits, so for bills below 10^9 units the
 * accumulated error stays far below a cent.
 */

/** An amount in a currency (ISO 4217 code, e.g. `USD`, `KRW`). Not rounded. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/**
 * How to present amounts: the target currency and user-given rates, as units of each
 * currency per 1 USD (`{ KRW: 1400 }` means $1 = ₩1,400). USD is always 1.
 */
export interface CurrencyOptions {
  readonly currency: string;
  readonly unitsPerUsd: Readonly<Record<string, number>>;
  /** Where the rate came from; printed as an assumption. Default: "user-given rate". */
  readonly rateSource?: string;
}

export const USD: CurrencyOptions = { currency: 'USD', unitsPerUsd: {} };

function unitsPerUsd(code: string, options: CurrencyOptions): number | undefined {
  if (code === 'USD') return 1;
  return options.unitsPerUsd[code];
}

/** Why `amount` in `from` cannot be converted to `options.currency`, or null when it can. */
export function conversionProblem(from: string, options: CurrencyOptions): string | null {
  if (from === options.currency) return null;
  const source = unitsPerUsd(from, options);
  const target = unitsPerUsd(options.currency, options);
  if (source === undefined || !(source > 0) || !Number.isFinite(source)) {
    return `no exchange rate for ${from} (give units of ${from} per 1 USD)`;
  }
  if (target === undefined || !(target > 0) || !Number.isFinite(target)) {
    return `no exchange rate for ${options.currency} (give units of ${options.currency} per 1 USD)`;
  }
  return null;
}

/** Converts through USD: amount / unitsPerUsd(from) × unitsPerUsd(to). Throws when a rate is missing (check `conversionProblem` first). */
export function convert(amount: number, from: string, options: CurrencyOptions): Money {
  if (from === options.currency) return { amount, currency: from };
  const problem = conversionProblem(from, options);
  if (problem) throw new RangeError(problem);
  const source = unitsPerUsd(from, options)!;
  const target = unitsPerUsd(options.currency, options)!;
  return { amount: (amount / source) * target, currency: options.currency };
}

/** Rounds half away from zero to 2 decimals, for presentation only. */
export function roundCents(amount: number): number {
  const cents = Math.round(Math.abs(amount) * 100 + 1e-9);
  return (Math.sign(amount) * cents) / 100 || 0;
}
