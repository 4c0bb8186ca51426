/**
 * The slice of a long list to show so the cursor stays visible, and the position label ("12/43").
 * The window follows the cursor and keeps one row of context above it when it can.
 */
export function scrollWindow(count: number, cursor: number, height: number): { start: number; end: number; position: string } {
  const rows = Math.max(1, height);
  if (count <= rows) return { start: 0, end: count, position: count === 0 ? '0/0' : `${cursor + 1}/${count}` };
  const start = Math.max(0, Math.min(cursor - 1, count - rows));
  return { start, end: start + rows, position: `${cursor + 1}/${count}` };
}
