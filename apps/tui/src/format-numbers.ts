// Number formats used on every screen; the report package uses the same conventions
// (decimal GB = 10^9 bytes, as vendors state memory; currency with its code).

export function gb(bytes: number, digits = 1): string {
  return `${(bytes / 1e9).toFixed(digits)} GB`;
}

/** Device capacity in GiB (2^30 bytes): vendors' "24 GB" cards hold 24 GiB (docs/data-sources.md). */
export function gib(bytes: number, digits = 1): string {
  return `${(bytes / 2 ** 30).toFixed(digits)} GiB`;
}

export function money(amount: number, currency: string, digits = 2): string {
  return `${currency} ${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

export function tokensPerSecond(n: number | null): string {
  return n === null ? '—' : `${n >= 100 ? Math.round(n) : n.toFixed(1)} tok/s`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

export function months(n: number | null): string {
  if (n === null) return 'never';
  return `${n.toFixed(1)} mo`;
}

/** Pads or cuts to exactly `width` columns (cut text ends with …). */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = [...text];
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return `${chars.slice(0, width - 1).join('')}…`;
}
