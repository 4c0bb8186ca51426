import type { Catalog } from './catalog.js';
import { languageSupport } from './languages.js';
import type { Model } from './schema/index.js';

export interface ModelFilter {
  /** License id, case-insensitive (`MIT`, `Apache-2.0`, `LicenseRef-Llama-4-Community`). */
  license?: string;
  /** Bounds on total parameters (plain count, e.g. 8e9). */
  minParams?: number;
  maxParams?: number;
  /** Context the model reaches, counting a documented extension such as YaRN. */
  minContextTokens?: number;
  /** Input modality (`text`, `image`, …). */
  modality?: string;
  /** BCP 47 language code the vendor lists as supported (`ko` also matches `ko-KR` entries). */
  language?: string;
  /**
   * With `language`: also keep models whose vendor states more languages than it names, so the code may be
   * among the unnamed ones (`languageSupport` = `unlisted`, e.g. Qwen3's 119). Default false: named only.
   */
  includeUnlistedLanguages?: boolean;
  /** true: mixture-of-experts only; false: dense only. */
  moe?: boolean;
}

/** Largest context the vendor documents: the extension's maximum if there is one, else native. */
export function maxContextTokens(model: Model): number {
  return model.context.extension?.maxTokens ?? model.context.nativeTokens;
}

export function filterModels(catalog: Catalog, filter: ModelFilter): Model[] {
  const license = filter.license?.toLowerCase();
  const language = filter.language;
  return catalog.models.filter((m) => {
    if (license !== undefined && m.license.id.toLowerCase() !== license) return false;
    if (filter.minParams !== undefined && m.parameters.total < filter.minParams) return false;
    if (filter.maxParams !== undefined && m.parameters.total > filter.maxParams) return false;
    if (filter.minContextTokens !== undefined && maxContextTokens(m) < filter.minContextTokens) return false;
    if (filter.modality !== undefined && !m.modalities.input.includes(filter.modality as never)) return false;
    if (language !== undefined) {
      const support = languageSupport(m, language);
      if (support === 'not-listed' || (support === 'unlisted' && !filter.includeUnlistedLanguages)) return false;
    }
    if (filter.moe !== undefined && (m.architecture.moe !== undefined) !== filter.moe) return false;
    return true;
  });
}
