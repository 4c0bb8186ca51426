import type { Catalog } from './catalog.js';
import { catalogIssues } from './catalog-checks.js';
import type { Parsed } from './data-issue.js';
import { MAX_CATALOG_BYTES, parseJsonText } from './json-text.js';
import { validateCatalogFile } from './validate.js';

/**
 * Parses a user catalog file (JSON with any of `models`, `hardware`, `offers`) into entries
 * that can be merged over the built-in catalog. Every problem is returned, one issue each.
 * `maxBytes` defaults to MAX_CATALOG_BYTES (256 MiB), larger than the plan-file limit: a user
 * catalog of 20,000 models is about 112 MB.
 */
export function parseCatalogFile(input: string | Uint8Array, file: string, options: { maxBytes?: number } = {}): Parsed<Partial<Catalog>> {
  const json = parseJsonText(input, file, { maxBytes: options.maxBytes ?? MAX_CATALOG_BYTES });
  if (!json.ok) return json;
  const checked = validateCatalogFile(json.value, file);
  if (!checked.ok) return checked;
  const { $schema: _schema, ...lists } = checked.value;
  const issues = catalogIssues(lists, file);
  if (issues.length > 0) return { ok: false, issues };
  const value: { models?: Catalog['models']; hardware?: Catalog['hardware']; offers?: Catalog['offers'] } = {};
  if (lists.models) value.models = lists.models;
  if (lists.hardware) value.hardware = lists.hardware;
  if (lists.offers) value.offers = lists.offers;
  return { ok: true, value };
}
