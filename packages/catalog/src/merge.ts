import { type Catalog, hardwareNames, modelNames } from './catalog.js';
import { catalogIssues } from './catalog-checks.js';
import { type DataIssue, issue, type Parsed } from './data-issue.js';
import type { Hardware, Model } from './schema/index.js';

/**
 * Merges user entries over a catalog: an entry with an existing id replaces it in place, new
 * ids are appended. If an overlay entry claims a name (alias, HF repo, Ollama tag) that another
 * entry already answers to, the overlay wins and the name is removed from the other entry, so
 * every name still resolves to exactly one entry. Use `mergeCatalogChecked` to report those.
 */
export function mergeCatalog(base: Catalog, overlay: Partial<Catalog>): Catalog {
  return {
    models: overlayList(base.models, overlay.models ?? [], modelNames, dropModelNames),
    hardware: overlayList(base.hardware, overlay.hardware ?? [], hardwareNames, dropHardwareNames),
    offers: overlayList(base.offers, overlay.offers ?? [], (o) => [o.id], (o) => o),
  };
}

/** Like mergeCatalog, but a name collision or an offer pointing at an unknown model is an issue. */
export function mergeCatalogChecked(base: Catalog, overlay: Partial<Catalog>, file: string): Parsed<Catalog> {
  const issues: DataIssue[] = [];
  collisions(base.models, overlay.models ?? [], modelNames, 'models', file, issues);
  collisions(base.hardware, overlay.hardware ?? [], hardwareNames, 'hardware', file, issues);
  const merged = mergeCatalog(base, overlay);
  const refIssues = catalogIssues({ models: merged.models, offers: overlay.offers ?? [] }, file, { requireModelRefs: true });
  issues.push(...refIssues.filter((i) => i.path.startsWith('$.offers')));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: merged };
}

function overlayList<T extends { id: string }>(
  base: readonly T[],
  overlay: readonly T[],
  names: (entry: T) => string[],
  dropNames: (entry: T, names: ReadonlySet<string>) => T,
): T[] {
  const overlayIds = new Set(overlay.map((e) => e.id));
  const claimed = new Set(overlay.flatMap(names));
  const replaced = new Map(overlay.map((e) => [e.id, e]));
  const result = base.map((entry) => {
    const replacement = replaced.get(entry.id);
    if (replacement) return replacement;
    return names(entry).some((n) => claimed.has(n)) ? dropNames(entry, claimed) : entry;
  });
  const baseIds = new Set(base.map((e) => e.id));
  for (const entry of overlay) if (!baseIds.has(entry.id) && overlayIds.has(entry.id)) result.push(entry);
  return result;
}

function dropModelNames(model: Model, claimed: ReadonlySet<string>): Model {
  return {
    ...model,
    aliases: model.aliases.filter((a) => !claimed.has(a.toLowerCase())),
    distribution: { ...model.distribution, ollama: model.distribution.ollama.filter((o) => !claimed.has(o.tag.toLowerCase())) },
  };
}

function dropHardwareNames(hardware: Hardware, claimed: ReadonlySet<string>): Hardware {
  return { ...hardware, aliases: hardware.aliases.filter((a) => !claimed.has(a.toLowerCase())) };
}

function collisions<T extends { id: string }>(
  base: readonly T[],
  overlay: readonly T[],
  names: (entry: T) => string[],
  list: string,
  file: string,
  issues: DataIssue[],
): void {
  const owner = new Map<string, string>();
  const overlayIds = new Set(overlay.map((e) => e.id));
  for (const entry of base) if (!overlayIds.has(entry.id)) for (const n of names(entry)) owner.set(n, entry.id);
  overlay.forEach((entry, index) => {
    for (const n of names(entry)) {
      const other = owner.get(n);
      if (other !== undefined && other !== entry.id)
        issues.push(issue(file, `$.${list}[${index}]`, `names not used by another entry`, `${JSON.stringify(n)}, which already names ${JSON.stringify(other)}`));
    }
  });
}
