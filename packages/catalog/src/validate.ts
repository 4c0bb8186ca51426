import type { ErrorObject } from 'ajv';
import { issuesFromAjv } from './ajv-issues.js';
import type { Parsed } from './data-issue.js';
import { validate as generatedValidateCatalogFile } from './generated/validate-catalog-file.js';
import type { CatalogFile } from './schema/index.js';

/**
 * Validation uses the standalone validator that scripts/generate.ts precompiled from the
 * TypeBox schemas (one Ajv2020 instance with ajv-formats, allErrors, strict), so no schema is
 * compiled at run time. `--check` in the build keeps it in step with src/schema.
 */
interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const validateCatalogFileData = generatedValidateCatalogFile as unknown as CompiledValidator;

/** Validates parsed JSON against the catalog file schema (any subset of models, hardware, offers). */
export function validateCatalogFile(data: unknown, file: string): Parsed<CatalogFile> {
  if (validateCatalogFileData(data)) return { ok: true, value: data as CatalogFile };
  return { ok: false, issues: issuesFromAjv(validateCatalogFileData.errors, file, data) };
}
