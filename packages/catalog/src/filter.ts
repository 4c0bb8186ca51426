import type { Catalog } from './catalog.js';
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
  /** true: mixture-of-experts only; false: dense only. */
  moe?: boolean;
}

/** Largest context the vendor documents: the extension's maximum if there is one, else native. */
export function maxContextTokens(model: Model): number {
  return model.context.extension?.maxTokens ?? model.context.nativeTokens;
}

export function filterModels(catalog: Catalog, filter: ModelFilter): Model[] {
  const license = filter.license?.toLowerCase();
  const language = filter.language?.toLowerCase();
  return catalog.models.filter((m) => {
    if (license !== undefined && m.license.id.toLowerCase() !== license) return false;
    if (filter.minParams !== undefined && m.parameters.total < filter.minParams) return false;
    if (filter.maxParams !== undefined && m.parameters.total > filter.maxParams) return false;
    if (filter.minContextTokens !== undefined && maxContextTokens(m) < filter.minContextTokens) return false;
    if (filter.modality !== undefined && !m.modalities.input.includes(filter.modality as never)) return false;
    if (language !== undefined && !m.languages.codes.some((c) => c.toLowerCase() === language || c.toLowerCase().startsWith(`${language}-`))) return false;
    if (filter.moe !== undefined && (m.architecture.moe !== undefined) !== filter.moe) return false;
    return true;
  });
}
