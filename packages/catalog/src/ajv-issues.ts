import type { ErrorObject } from 'ajv';
import { childPath, type DataIssue, describeValue, issue, pointerToPath } from './data-issue.js';

const TYPE_KEYWORDS = new Set(['type', 'const', 'enum']);

/**
 * Maps ajv errors to one DataIssue per problem. Alternatives (`anyOf`, e.g. "integer or null")
 * are collapsed: when the value has the right shape for one branch, only that branch's deeper
 * errors are kept; otherwise one issue lists what each branch expected.
 */
export function issuesFromAjv(errors: readonly ErrorObject[] | null | undefined, file: string, data: unknown): DataIssue[] {
  if (!errors || errors.length === 0) return [];
  const kept = collapseAlternatives(errors);
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  for (const entry of kept) {
    const mapped = 'alternatives' in entry ? alternativesIssue(entry, file, data) : errorIssue(entry, file, data);
    const key = `${mapped.path}\u0000${mapped.expected}\u0000${mapped.found}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(mapped);
    }
  }
  return issues;
}

interface Alternatives {
  alternatives: string[];
  instancePath: string;
}

function collapseAlternatives(errors: readonly ErrorObject[]): Array<ErrorObject | Alternatives> {
  const dropped = new Set<ErrorObject>();
  const replacement = new Map<ErrorObject, Alternatives>();
  // Outermost alternatives first, so an inner anyOf inside a kept branch is handled afterwards.
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const alt of anyOfs) {
    if (dropped.has(alt)) continue;
    const prefix = `${alt.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (e === alt || dropped.has(e) || !e.schemaPath.startsWith(prefix)) continue;
      const index = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      const list = branches.get(index) ?? [];
      list.push(e);
      branches.set(index, list);
    }
    const shapeMatches = [...branches.values()].filter(
      (list) => !list.some((e) => e.instancePath === alt.instancePath && TYPE_KEYWORDS.has(e.keyword)),
    );
    const best = shapeMatches.sort((a, b) => a.length - b.length)[0];
    for (const list of branches.values()) {
      if (list === best) continue;
      for (const e of list) dropped.add(e);
    }
    if (best) dropped.add(alt);
    else
      replacement.set(alt, {
        instancePath: alt.instancePath,
        alternatives: [...branches.values()].flatMap((list) =>
          list.filter((e) => e.instancePath === alt.instancePath && TYPE_KEYWORDS.has(e.keyword)).map(expectedOf),
        ),
      });
  }
  return errors.filter((e) => !dropped.has(e)).map((e) => replacement.get(e) ?? e);
}

function alternativesIssue(entry: Alternatives, file: string, data: unknown): DataIssue {
  const unique = [...new Set(entry.alternatives)];
  const expected = unique.length === 0 ? 'one of the allowed shapes' : unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} or ${unique.at(-1)}`;
  return issue(file, pointerToPath(entry.instancePath), expected, describeValue(valueAt(data, entry.instancePath)));
}

function expectedOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      return String(p.type);
    case 'const':
      return JSON.stringify(p.allowedValue);
    case 'enum':
      return `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return e.message ?? e.keyword;
  }
}

function errorIssue(e: ErrorObject, file: string, data: unknown): DataIssue {
  const path = pointerToPath(e.instancePath);
  const value = valueAt(data, e.instancePath);
  const p = e.params as Record<string, unknown>;
  const found = describeValue(value);
  switch (e.keyword) {
    case 'required':
      return issue(file, childPath(path, String(p.missingProperty)), `required key '${String(p.missingProperty)}'`, 'nothing (key missing)');
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(p.additionalProperty ?? p.unevaluatedProperty);
      return issue(file, childPath(path, key), 'only known keys', `unknown key '${key}'`);
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return issue(file, path, `number ${String(p.comparison)} ${String(p.limit)}`, found);
    case 'minLength':
      return issue(file, path, `string of at least ${String(p.limit)} character${p.limit === 1 ? '' : 's'}`, found);
    case 'maxLength':
      return issue(file, path, `string of at most ${String(p.limit)} characters`, `string of ${typeof value === 'string' ? Array.from(value).length : '?'} characters`);
    case 'minItems':
      return issue(file, path, `at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`, found);
    case 'maxItems':
      return issue(file, path, `at most ${String(p.limit)} items`, found);
    case 'uniqueItems':
      return issue(file, childPath(path, Number(p.i)), 'unique items', `a duplicate of item ${String(p.j)}`);
    case 'pattern':
      return issue(file, path, `string matching ${String(p.pattern)}`, found);
    case 'format':
      return issue(file, path, p.format === 'date' ? 'date YYYY-MM-DD' : `${String(p.format)} format`, found);
    case 'propertyNames':
      return issue(file, childPath(path, String(p.propertyName)), 'a valid key name', `key '${String(p.propertyName)}'`);
    case 'multipleOf':
      return issue(file, path, `multiple of ${String(p.multipleOf)}`, found);
    default:
      return issue(file, path, expectedOf(e), found);
  }
}

/** Value at an RFC 6901 pointer, or undefined. Reads own properties only. */
function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let current: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
