// Calendar arithmetic on YYYY-MM-DD strings in UTC: no time zone, no clock.
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string | null | undefined): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO.exec(text);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(iso: string): number {
  const m = ISO.exec(iso);
  if (m === null) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function fromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}
