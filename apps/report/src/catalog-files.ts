// `--catalog` files: read, validate and merge over the built-in catalog. A bundle of its own
// (dist/catalog-files.cjs) so the report loads the file validator (a large precompiled ajv module)
// only when files are given. It returns problems as values: an error class from this bundle would
// not be the UsageError class of the report bundle.
import { type Catalog, type DataIssue, mergeCatalogChecked, readCatalogFile } from '@llm-adopt/catalog';

export type CatalogFilesResult = { ok: true; catalog: Catalog } | { ok: false; what: string; issues: readonly DataIssue[] };

/** `base` (the built-in catalog) with each file merged over it, later files winning. */
export function loadCatalogFiles(base: Catalog, files: readonly string[]): CatalogFilesResult {
  let catalog = base;
  for (const file of files) {
    const read = readCatalogFile(file);
    if (!read.ok) return { ok: false, what: `invalid catalog file ${file}`, issues: read.issues };
    const merged = mergeCatalogChecked(catalog, read.value, file);
    if (!merged.ok) return { ok: false, what: `catalog file ${file} conflicts with the catalog`, issues: merged.issues };
    catalog = merged.value;
  }
  return { ok: true, catalog };
}
