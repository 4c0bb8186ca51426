import type { Catalog } from './catalog.js';
import type { Source } from './schema/index.js';

/** A fact whose only source is secondary (an article, an aggregator): the facts to re-check first. */
export interface UnverifiedFact {
  /** `models/qwen3-8b` · `hardware/rtx-4090` · `offers/openai/gpt-4o` */
  entry: string;
  /** JSON path of the fact's `source` object inside the entry, e.g. `$.benchmarks[3].source`. */
  path: string;
  source: string;
  asOf: string;
  note?: string;
}

const isSource = (v: unknown): v is Source =>
  typeof v === 'object' && v !== null && typeof (v as Source).source === 'string' && ((v as Source).kind === 'primary' || (v as Source).kind === 'secondary');

/**
 * Every fact in the catalog without a primary source (DESIGN.md, "Every fact has a source"):
 * walks each entry and reports the `source` objects marked secondary, in catalog order.
 */
export function factsWithoutPrimarySource(catalog: Catalog): UnverifiedFact[] {
  const out: UnverifiedFact[] = [];
  const walk = (entry: string, value: unknown, path: string): void => {
    if (isSource(value)) {
      if (value.kind === 'secondary') out.push({ entry, path, source: value.source, asOf: value.asOf, ...(value.note ? { note: value.note } : {}) });
      return;
    }
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(entry, v, `${path}[${i}]`);
    }
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(entry, v, `${path}.${k}`);
  };
  for (const m of catalog.models) walk(`models/${m.id}`, m, '$');
  for (const h of catalog.hardware) walk(`hardware/${h.id}`, h, '$');
  for (const o of catalog.offers) walk(`offers/${o.id}`, o, '$');
  return out;
}
