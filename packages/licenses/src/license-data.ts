import data from '../data/licenses.json' with { type: 'json' };
import type { Clause, License, LicensesFile } from './schema.js';

// The JSON is validated against `LicensesFile` by license-data.test.ts; TypeScript infers plain strings
// from JSON, so the literal types come from the schema instead.
const file = data as unknown as LicensesFile;

const byId = new Map<string, License>(file.licenses.map((l) => [l.id, l]));
const clauseById = new Map<string, { clause: Clause; license: License }>(
  file.licenses.flatMap((license) => license.clauses.map((clause) => [clause.id, { clause, license }] as const)),
);

/** Every built-in licence, in the order of `data/licenses.json`. */
export function licenses(): readonly License[] {
  return file.licenses;
}

/** A licence by its SPDX id or `LicenseRef-…` id (case-sensitive, as SPDX ids are). */
export function findLicense(id: string): License | undefined {
  return byId.get(id);
}

/** A clause by id (`llama4.aup-eu-multimodal`) with the licence it belongs to. */
export function findClause(id: string): { clause: Clause; license: License } | undefined {
  return clauseById.get(id);
}

/** Like `findClause`, for ids written in rules: a missing id is a bug in the rule, caught by tests. */
export function clause(id: string): { clause: Clause; license: License } {
  const found = clauseById.get(id);
  if (!found) throw new Error(`rule cites unknown clause "${id}" (not in data/licenses.json)`);
  return found;
}
