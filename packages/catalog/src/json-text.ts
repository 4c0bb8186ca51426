import { childPath, type DataIssue, escapeControl, issue, type Parsed, truncate } from './data-issue.js';

/** Limits for user-supplied JSON: a catalog file is a few hundred kB; anything far beyond is a mistake or an attack. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;
export const MAX_JSON_DEPTH = 64;
/** Keys that could reach Object.prototype when a parsed object is later spread or assigned. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses JSON text from a user file. Bytes are decoded as strict UTF-8; syntax errors report
 * line and column; nesting deeper than MAX_JSON_DEPTH and prototype-polluting keys are refused.
 */
export function parseJsonText(input: string | Uint8Array, file: string): Parsed<unknown> {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > MAX_JSON_BYTES) return fail(file, '$', `at most ${MAX_JSON_BYTES} bytes`, `${input.length} characters`);
    text = input;
  } else {
    if (input.byteLength > MAX_JSON_BYTES) return fail(file, '$', `at most ${MAX_JSON_BYTES} bytes`, `${input.byteLength} bytes`);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      const at = firstInvalidUtf8(input);
      return fail(file, '$', 'UTF-8 text', `invalid UTF-8 at byte ${at} (0x${(input[at] ?? 0).toString(16).padStart(2, '0')})`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const depthProblem = checkDepth(text);
  if (depthProblem !== null) {
    const { line, column } = lineColumn(text, depthProblem);
    return fail(file, '$', `nesting at most ${MAX_JSON_DEPTH} levels deep`, `deeper nesting at line ${line} column ${column}`);
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(file, '$', 'valid JSON', describeSyntaxError(text, error));
  }
  const issues: DataIssue[] = [];
  findForbiddenKeys(value, '$', file, issues);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

function fail(file: string, path: string, expected: string, found: string): Parsed<never> {
  return { ok: false, issues: [issue(file, path, expected, found)] };
}

function describeSyntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /at position (\d+)/.exec(message);
  const position = match ? Number(match[1]) : /end of JSON input/i.test(message) ? text.length : null;
  // V8 messages look like `Expected ',' or '}' after property value in JSON at position 25 (line 1 column 26)`.
  const reason =
    message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*in JSON at position \d+/, '')
      .replace(/^Unexpected end of JSON input$/, 'unexpected end of input')
      .replace(/^SyntaxError:\s*/, '')
      .trim() || 'a syntax error';
  if (position === null) return truncate(escapeControl(reason), 120);
  const { line, column } = lineColumn(text, position);
  return `${truncate(escapeControl(reason), 120)} at line ${line} column ${column}`;
}

/** 1-based line and column (in UTF-16 code units) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Offset where bracket nesting first exceeds MAX_JSON_DEPTH, ignoring brackets inside strings; null if never. */
function checkDepth(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > MAX_JSON_DEPTH) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

function findForbiddenKeys(value: unknown, path: string, file: string, issues: DataIssue[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      findForbiddenKeys(item, childPath(path, index), file, issues);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const keyPath = childPath(path, key);
      if (FORBIDDEN_KEYS.has(key)) issues.push(issue(file, keyPath, 'no reserved key (__proto__, constructor, prototype)', `key '${key}'`));
      else findForbiddenKeys((value as Record<string, unknown>)[key], keyPath, file, issues);
    }
  }
}

/** Byte offset of the first byte that breaks UTF-8 (only called after the strict decoder refused the input). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
