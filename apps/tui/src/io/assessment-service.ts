// Loaded on demand (after the first frame): the catalog with the user's files merged in, and the
// plan package's `assess`, which pulls in sizing, licenses and pricing.
import { builtinCatalog, type Catalog, type DataIssue, mergeCatalogChecked, readCatalogFile } from '@llm-adopt/catalog';
import { assess, type Assessment, type Plan } from '@llm-adopt/plan';
import type { CatalogView } from '../state/wizard.js';

export function loadCatalog(files: readonly string[]): { ok: true; catalog: Catalog } | { ok: false; issues: DataIssue[] } {
  let catalog = builtinCatalog();
  for (const file of files) {
    const read = readCatalogFile(file);
    if (!read.ok) return read;
    const merged = mergeCatalogChecked(catalog, read.value, file);
    if (!merged.ok) return merged;
    catalog = merged.value;
  }
  return { ok: true, catalog };
}

export function catalogView(catalog: Catalog): CatalogView {
  return {
    gpus: catalog.hardware.map((h) => ({ id: h.id, name: h.name, memoryBytes: h.memoryBytes, bandwidthBytesPerSecond: h.bandwidthBytesPerSecond })),
    offers: catalog.offers.map((o) => ({
      id: o.id,
      label: `${o.displayName} (${o.provider}) — ${o.currency} ${o.rates.inputPerMTok} in / ${o.rates.outputPerMTok} out per MTok`,
    })),
  };
}

export function assessPlan(plan: Plan, catalog: Catalog): Assessment {
  return assess(plan, catalog);
}

export { formatIssue } from '@llm-adopt/catalog';
