import { plainNumber } from '../format/numbers.js';
import { type Cell, joinInline, link, safeHttpUrl } from '../markdown/blocks.js';

/**
 * A source that is an http(s) URL becomes a link showing its host and path; text after the URL
 * (e.g. "(as of 2026-07-24)") stays text; named documents stay text.
 */
export function sourceCell(source: string): Cell {
  const m = /^(https?:\/\/\S+)(\s.*)?$/.exec(source.trim());
  if (m === null || safeHttpUrl(m[1] as string) === null) return source;
  const url = m[1] as string;
  const label = link(url.replace(/^https?:\/\//, '').replace(/\/$/, ''), url);
  return m[2] === undefined ? label : joinInline([label, m[2].trim()], ' ');
}

/** An assumption's value: numbers in the report's number format, booleans as yes/no. */
export function valueCell(v: number | string | boolean | null): string {
  if (v === null) return 'n/a';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return plainNumber(v);
  return v;
}
