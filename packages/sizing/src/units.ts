/** Byte formatting. Decimal GB (10^9) and binary GiB (2^30) are never mixed and always labelled. */
export type ByteUnit = 'GB' | 'GiB' | 'MB' | 'MiB';

const DIVISORS: Readonly<Record<ByteUnit, number>> = { GB: 1e9, GiB: 2 ** 30, MB: 1e6, MiB: 2 ** 20 };

/** `formatBytes(4_920_000_000, 'GB')` → "4.92 GB"; `formatBytes(2 ** 30, 'GiB')` → "1.00 GiB". */
export function formatBytes(bytes: number, unit: ByteUnit = 'GB', fractionDigits = 2): string {
  return `${(bytes / DIVISORS[unit]).toFixed(fractionDigits)} ${unit}`;
}

export function bytesFrom(value: number, unit: ByteUnit): number {
  return value * DIVISORS[unit];
}
