import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import data from '../data/licenses.json' with { type: 'json' };
import compliance from '../data/compliance.json' with { type: 'json' };
import { ComplianceFile } from './compliance/compliance-schema.js';
import { ruleCatalog } from './evaluate.js';
import { findClause, findLicense, licenses } from './license-data.js';
import { RULES_BY_LICENSE } from './rules/registry.js';
import { LicensesFile } from './schema.js';

function validator(schema: object) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // ajv-formats is CommonJS: under NodeNext its plugin is the namespace's `default`.
  (ajvFormats.default as unknown as (a: Ajv2020) => Ajv2020)(ajv);
  return ajv.compile(schema);
}

describe('data/licenses.json', () => {
  it('matches the LicensesFile schema', () => {
    const validate = validator(LicensesFile);
    expect(validate(data), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('is published as schemas/licenses.schema.json for editors, generated from the TypeBox schema', () => {
    const published = JSON.parse(readFileSync(new URL('../schemas/licenses.schema.json', import.meta.url), 'utf8'));
    const generated = JSON.parse(JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...LicensesFile }));
    expect(published).toEqual(generated);
  });

  it('holds the ten licences the catalog uses or compares, by their catalog ids', () => {
    expect(licenses().map((l) => l.id)).toEqual([
      'MIT',
      'Apache-2.0',
      'LicenseRef-Llama-4-Community',
      'LicenseRef-Llama-3.1-Community',
      'LicenseRef-Llama-3.3-Community',
      'LicenseRef-Qwen',
      'LicenseRef-Mistral-Research',
      'LicenseRef-Mistral-Non-Production',
      'LicenseRef-Gemma',
      'LicenseRef-DeepSeek-Model',
    ]);
  });

  it('has unique clause ids, each prefixed like its licence’s other clauses', () => {
    const ids = licenses().flatMap((l) => l.clauses.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of licenses()) expect(new Set(l.clauses.map((c) => c.id.split('.')[0])).size, l.id).toBe(1);
  });

  it('marks the clauses taken from transcriptions rather than the licence text', () => {
    const secondary = licenses().flatMap((l) => l.clauses.filter((c) => c.sourceKind === 'secondary').map((c) => c.id));
    expect(secondary).toEqual([
      'qwen.outputs-train',
      'qwen.built-with',
      'mnpl.non-production-only',
      'mnpl.no-commercial-supply',
      'mnpl.other-uses-need-license',
      'mnpl.notice-file',
    ]);
  });

  it('records the Llama MAU snapshot dates and the Qwen any-time test', () => {
    // Llama §2 "on the ... version release date"; release dates from each licence's version line.
    expect(findLicense('LicenseRef-Llama-3.1-Community')?.releaseDate).toBe('2024-07-23');
    expect(findLicense('LicenseRef-Llama-3.3-Community')?.releaseDate).toBe('2024-12-06');
    expect(findLicense('LicenseRef-Llama-4-Community')?.releaseDate).toBe('2025-04-05');
    expect(findLicense('LicenseRef-Qwen')?.mauLimit).toEqual({ users: 100_000_000, measured: 'any-time', commercialOnly: true, clause: 'qwen.mau' });
  });

  it('every comparison cell and every MAU limit cites a clause of its own licence', () => {
    for (const l of licenses()) {
      for (const cell of Object.values(l.comparison)) expect(findClause(cell.clause)?.license.id, `${l.id} ${cell.clause}`).toBe(l.id);
      if (l.mauLimit) expect(findClause(l.mauLimit.clause)?.license.id).toBe(l.id);
    }
  });
});

describe('rules', () => {
  it('exist for every licence and cite clauses that exist', () => {
    expect(Object.keys(RULES_BY_LICENSE).sort()).toEqual(licenses().map((l) => l.id).sort());
    for (const r of ruleCatalog()) expect(findClause(r.clause), `${r.id} cites ${r.clause}`).toBeDefined();
  });

  it('cite a clause of the licence they belong to', () => {
    for (const r of ruleCatalog()) expect(findClause(r.clause)?.license.id, r.id).toBe(r.license);
  });
});

describe('data/compliance.json', () => {
  it('matches the ComplianceFile schema', () => {
    const validate = validator(ComplianceFile);
    expect(validate(compliance), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });
});
