/** Short description of a value for the `found` half of an issue: `-3`, `string "abc"`, `array of 2 items`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const json = JSON.stringify(value);
    return `string ${json.length > 60 ? `${json.slice(0, 59)}…"` : json}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'empty object' : 'object';
  return typeof value;
}
