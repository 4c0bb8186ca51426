/**
 * Plan text <-> Plan, without touching the file system: YAML or JSON chosen by the file name,
 * strict UTF-8, reserved keys refused, migrations applied, schema validated. Serialisation keeps
 * YAML comments when the document the plan was loaded from is passed back in.
 */
import { type DataIssue, type Parsed, parseJsonText } from '@llm-adopt/catalog';
import { type Document, isMap, isScalar, isSeq, parseDocument, stringify, type YAMLMap } from 'yaml';
import { migratePlanData } from './migrations.js';
import type { Plan } from './plan-schema.js';
import { validatePlan } from './plan-validation.js';

export type PlanFormat = 'yaml' | 'json';

export interface ParsedPlan {
  plan: Plan;
  format: PlanFormat;
  /** Version found in the file when it was migrated (the next save writes the current version), else null. */
  migratedFrom: number | null;
  /** The YAML document the plan came from, so a save can keep its comments; null for JSON. */
  document: Document | null;
}

/** Larger plan files are refused: a plan is a few kB; 5 MB is a mistake or an attack. */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** `.json` → JSON; `.yaml`/`.yml` (and anything else) → YAML, a superset of JSON. */
export function planFormatFor(file: string): PlanFormat {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
}

export function parsePlanText(input: string | Uint8Array, file: string): Parsed<ParsedPlan> {
  const format = planFormatFor(file);
  let data: unknown;
  let document: Document | null = null;
  if (format === 'json') {
    const parsed = parseJsonText(input, file);
    if (!parsed.ok) return parsed;
    data = parsed.value;
  } else {
    const text = decode(input, file);
    if (typeof text !== 'string') return text;
    // The yaml parser recurses per nesting level and runs out of stack near 1,000 levels: refuse
    // deep flow collections before parsing, and any other overflow as the same nesting problem.
    const tooDeep = flowNestingProblem(text);
    if (tooDeep !== null) return nestingFail(file, text, tooDeep);
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
    const first = doc.errors[0];
    if (first?.code === 'RESOURCE_EXHAUSTION' || (first && /call stack/i.test(first.message))) return nestingFail(file, text, first.pos[0]);
    if (first) {
      const at = lineColumn(text, first.pos[0]);
      const where = ` at line ${at.line} column ${at.column}`;
      return fail(file, '$', 'valid YAML', `${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}${where}`);
    }
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      return fail(file, '$', 'YAML without excessive aliases', error instanceof Error ? error.message.split('\n')[0]! : 'an alias error');
    }
    document = doc;
    const shape: DataIssue[] = [];
    checkShape(data, '$', file, 0, shape);
    if (shape.length > 0) return { ok: false, issues: shape };
  }
  const migrated = migratePlanData(data, file);
  if (!migrated.ok) return migrated;
  const valid = validatePlan(migrated.value.value, file);
  if (!valid.ok) return valid;
  const migratedFrom = migrated.value.fromVersion === valid.value.schemaVersion ? null : migrated.value.fromVersion;
  // A migrated YAML document no longer matches the plan's shape; comments cannot follow reliably.
  return { ok: true, value: { plan: valid.value, format, migratedFrom, document: migratedFrom === null ? document : null } };
}

/**
 * Text of a plan in the given format. With `document` (YAML), the loaded document is updated in
 * place so comments and key order on unchanged keys survive.
 */
export function serializePlan(plan: Plan, format: PlanFormat, document?: Document | null): string {
  if (format === 'json') return `${JSON.stringify(plan, null, 2)}\n`;
  if (document) {
    const copy = document.clone();
    copy.contents = mergeNode(copy, copy.contents, plan) as typeof copy.contents;
    return copy.toString({ lineWidth: 0 });
  }
  return stringify(plan, { lineWidth: 0 });
}

/** Updates a YAML node to hold `value`, reusing existing nodes (and their comments) where shapes match. */
function mergeNode(doc: Document, node: unknown, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && isMap(node)) {
    const map = node as YAMLMap;
    const wanted = value as Record<string, unknown>;
    for (const pair of [...map.items]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!Object.hasOwn(wanted, key) || wanted[key] === undefined) map.delete(pair.key);
    }
    for (const [key, item] of Object.entries(wanted)) {
      if (item === undefined) continue;
      const existing = map.get(key, true);
      map.set(key, mergeNode(doc, existing, item));
    }
    return map;
  }
  if (Array.isArray(value) && isSeq(node)) {
    const items = value.map((item, i) => mergeNode(doc, node.items[i], item));
    node.items = items as typeof node.items;
    return node;
  }
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    if (node.value !== value) node.value = value;
    return node;
  }
  return doc.createNode(value);
}

function decode(input: string | Uint8Array, file: string): string | Parsed<never> {
  if (typeof input === 'string') {
    if (input.length > MAX_PLAN_BYTES) return fail(file, '$', `at most ${MAX_PLAN_BYTES} bytes`, `${input.length} characters`);
    return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  if (input.byteLength > MAX_PLAN_BYTES) return fail(file, '$', `at most ${MAX_PLAN_BYTES} bytes`, `${input.byteLength} bytes`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    // Same wording as JSON files (catalog's parseJsonText), with the offset of the first bad byte.
    // Feed one byte at a time to a streaming decoder: it throws at the first byte that breaks UTF-8.
    let at = input.byteLength - 1;
    const stream = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < input.byteLength; i++) {
      try {
        stream.decode(input.subarray(i, i + 1), { stream: true });
      } catch {
        at = i;
        break;
      }
    }
    return fail(file, '$', 'UTF-8 text', `invalid UTF-8 at byte ${at} (0x${(input[at] ?? 0).toString(16).padStart(2, '0')})`);
  }
}

function checkShape(value: unknown, path: string, file: string, depth: number, out: DataIssue[]): void {
  if (out.length >= 20) return;
  if (depth > MAX_DEPTH) {
    out.push({ file, path, expected: `nesting at most ${MAX_DEPTH} levels deep`, found: 'deeper nesting' });
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkShape(item, `${path}[${i}]`, file, depth + 1, out);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const keyPath = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
      if (FORBIDDEN_KEYS.has(key)) out.push({ file, path: keyPath, expected: 'no reserved key (__proto__, constructor, prototype)', found: `key '${key}'` });
      else checkShape((value as Record<string, unknown>)[key], keyPath, file, depth + 1, out);
    }
  } else if (value instanceof Date) {
    out.push({ file, path, expected: 'a quoted string', found: 'a timestamp' });
  }
}

function nestingFail(file: string, text: string, offset: number): Parsed<never> {
  const at = lineColumn(text, offset);
  return fail(file, '$', `nesting at most ${MAX_DEPTH} levels deep`, `deeper nesting at line ${at.line} column ${at.column}`);
}

/**
 * Offset where YAML flow collections (`[`, `{`) first nest deeper than MAX_DEPTH, or null. Skips
 * comments and quoted scalars. Outside a flow collection a bracket or quote only starts a node at
 * the start of a value (line start, or after `:`, `-`, `?`), so `note: see [1` or `it's` in a
 * plain scalar is not counted. One linear pass; block scalars are not recognised, which can only
 * over-count when one holds more than 64 unclosed brackets.
 */
function flowNestingProblem(text: string): number | null {
  let depth = 0;
  // Last significant character before the current one on this line, in block context (0 = line start).
  let previous = 0;
  let spaced = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      previous = 0;
      spaced = true;
      continue;
    }
    if (c === 32 || c === 9) {
      spaced = true;
      continue;
    }
    const atValueStart = depth > 0 ? previous === 0 || previous === 91 || previous === 123 || previous === 44 || previous === 58 || previous === 63
      : previous === 0 || ((previous === 58 || previous === 45 || previous === 63) && spaced);
    if (c === 35 && spaced) {
      // `#` after whitespace or at line start: a comment to the end of the line.
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end - 1;
      continue;
    }
    if ((c === 34 || c === 39) && atValueStart) {
      // Quoted scalar: "…" with backslash escapes, '…' with '' for a quote; may span lines.
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (c === 34 && d === 92) j++;
        else if (d === c) {
          if (c === 39 && text.charCodeAt(j + 1) === 39) j++;
          else break;
        }
      }
      i = j;
      previous = c;
      spaced = false;
      continue;
    }
    if ((c === 91 || c === 123) && (depth > 0 || atValueStart)) {
      depth++;
      if (depth > MAX_DEPTH) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    previous = c;
    spaced = false;
  }
  return null;
}

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function fail(file: string, path: string, expected: string, found: string): Parsed<never> {
  return { ok: false, issues: [{ file, path, expected, found }] };
}
