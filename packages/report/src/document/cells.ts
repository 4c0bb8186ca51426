import { type Cell, link, safeHttpUrl } from '../markdown/blocks.js';

/** A source that is an http(s) URL becomes a link showing its host and path; named documents stay text. */
export function sourceCell(source: string): Cell {
  if (safeHttpUrl(source) === null) return source;
  return link(source.replace(/^https?:\/\//, '').replace(/\/$/, ''), source);
}
