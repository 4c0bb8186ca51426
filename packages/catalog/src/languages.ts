import type { Model } from './schema/index.js';

/**
 * What the catalog can say about a model and one language (docs/data-sources.md, "Languages"):
 * - `listed`: the vendor names it (a stored code equal to it, or a subtag of it: `ko` matches `ko-KR`);
 * - `unlisted`: not among the named codes, but the vendor states more languages than it names
 *   (Qwen3: 119 stated, none named here) — possibly supported, not verified;
 * - `not-listed`: the vendor's list, as stored, is complete and does not name it.
 */
export type LanguageSupport = 'listed' | 'unlisted' | 'not-listed';

/** How a model's vendor covers a BCP 47 language code, case-insensitively. */
export function languageSupport(model: Model, code: string): LanguageSupport {
  const wanted = code.toLowerCase();
  const codes = model.languages.codes.map((c) => c.toLowerCase());
  if (codes.some((c) => c === wanted || c.startsWith(`${wanted}-`))) return 'listed';
  return (model.languages.count ?? 0) > codes.length ? 'unlisted' : 'not-listed';
}

/** Languages the vendor states but the catalog does not name by code (0 when the list is complete). */
export function unlistedLanguageCount(model: Model): number {
  return Math.max(0, (model.languages.count ?? 0) - model.languages.codes.length);
}
