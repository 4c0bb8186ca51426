// One number format for the whole report: en-US grouping done by hand (no Intl, so the output does
// not depend on the ICU data Node was built with), fixed decimals, units always labelled.

/** `1234567.891` with 2 decimals -> `1,234,567.89`. */
export function grouped(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${withCommas}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** Decimal gigabytes (10^9 bytes, see docs/methodology.md "Units"), one decimal: `9.1 GB`. */
export function gb(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return 'n/a';
  const value = bytes / 1e9;
  // Below 0.1 GB one decimal would print 0.0; two keep small KV caches visible.
  return `${grouped(value, Math.abs(value) < 0.1 && value !== 0 ? 2 : 1)} GB`;
}

/** Device capacity in GiB (2^30 bytes): a vendor's "24 GB" card holds 24 GiB (docs/data-sources.md). */
export function gib(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return 'n/a';
  return `${grouped(bytes / 2 ** 30, 1)} GiB`;
}

/** Money with its ISO 4217 code and two decimals: `USD 1,600.00`. */
export function money(value: number | null | undefined, currency: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${currency} ${grouped(value, 2)}`;
}

export function integer(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return grouped(Math.round(value), 0);
}

/** A 0..1 share as a whole percentage: `0.834` -> `83%`. */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'n/a';
  return `${grouped(share * 100, 0)}%`;
}

/** A 0..1 score with two decimals: `0.83`. */
export function score(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return grouped(value, 2);
}

/** Tokens per second: one decimal below 10, whole numbers above. */
export function tokensPerSecond(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${grouped(value, Math.abs(value) < 10 ? 1 : 0)} tok/s`;
}

export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${grouped(value, value < 10 ? 2 : 1)} s`;
}

/**
 * A plain number for tables of inputs: whole numbers grouped (`1,000,000`), others rounded to a
 * precision that suits their size (`71.75`, `0.0347`), trailing zeros dropped.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (Number.isInteger(value)) return grouped(value, 0);
  const abs = Math.abs(value);
  const decimals = abs >= 100 ? 1 : abs >= 1 ? 2 : Math.min(6, 2 - Math.floor(Math.log10(abs)));
  const text = grouped(value, decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

export function months(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'never';
  return `${grouped(value, 1)} months`;
}
