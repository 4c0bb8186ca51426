// `--catalog` files: read, validate and merge over the built-in catalog. A module of its own so the
// report loads the file validator (a large precompiled ajv module) only when files are given.
import { builtinCatalog, type Catalog, mergeCatalogChecked, readCatalogFile } from '@llm-adopt/catalog';
import { issuesError } from './input-errors.js';

export function loadCatalogFiles(files: readonly string[]): Catalog {
  let catalog = builtinCatalog();
  for (const file of files) {
    const read = readCatalogFile(file);
    if (!read.ok) throw issuesError(`invalid catalog file ${file}`, read.issues);
    const merged = mergeCatalogChecked(catalog, read.value, file);
    if (!merged.ok) throw issuesError(`catalog file ${file} conflicts with the catalog`, merged.issues);
    catalog = merged.value;
  }
  return catalog;
}
