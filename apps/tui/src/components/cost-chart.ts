export interface Series {
  /** One character drawn for this series (A, B, …). */
  mark: string;
  /** Cumulative cost at month 0..N. */
  values: readonly number[];
}

/**
 * A text chart of cumulative cost over months: one mark per series per column, y from 0 to the largest
 * value, with a "|" column at the break-even month when there is one. Returns `height` chart lines
 * plus an axis line; the y labels are added by the caller (it knows the currency).
 */
export function cumulativeChart(series: readonly Series[], opts: { width: number; height: number; breakEvenMonth: number | null }): { lines: string[]; max: number; months: number } {
  const months = Math.max(0, ...series.map((s) => s.values.length - 1));
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const width = Math.max(2, opts.width);
  const height = Math.max(2, opts.height);
  const grid = Array.from({ length: height }, () => Array.from({ length: width }, () => ' '));
  const col = (month: number) => (months === 0 ? 0 : Math.round((month / months) * (width - 1)));
  const row = (value: number) => (max === 0 ? height - 1 : height - 1 - Math.round((value / max) * (height - 1)));
  if (opts.breakEvenMonth !== null && opts.breakEvenMonth <= months) {
    const c = col(opts.breakEvenMonth);
    for (const line of grid) line[c] = '|';
  }
  for (const s of series) {
    // Sample every column so lines look continuous, interpolating between whole months.
    for (let c = 0; c < width; c++) {
      const m = months === 0 ? 0 : (c / (width - 1)) * months;
      const lo = Math.floor(m);
      const hi = Math.min(lo + 1, s.values.length - 1);
      const a = s.values[lo] ?? 0;
      const b = s.values[hi] ?? a;
      const line = grid[row(a + (b - a) * (m - lo))];
      if (line) line[c] = s.mark;
    }
  }
  const axis = `${'─'.repeat(width)}`;
  return { lines: [...grid.map((l) => l.join('')), axis], max, months };
}
