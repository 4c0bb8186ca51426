import { childPath, type DataIssue, escapeControl, issue, type Parsed, truncate } from './data-issue.js';

/**
 * Default size limit for user-supplied JSON (plan files, config.json): such a file is a few
 * hundred kB; anything far beyond is a mistake or an attack.
 */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;
/**
 * Size limit for user catalog files: a catalog of 20,000 models is about 112 MB (the issue-9
 * benchmark), so catalog files get 256 MiB. JSON.parse needs a few times the text in memory.
 */
export const MAX_CATALOG_BYTES = 256 * 1024 * 1024;
export const MAX_JSON_DEPTH = 64;
/** Keys that could reach Object.prototype when a parsed object is later spread or assigned. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonTextOptions {
  /** Largest input accepted, in bytes (UTF-8) or UTF-16 code units for a string; default MAX_JSON_BYTES. */
  maxBytes?: number;
}

/**
 * Parses JSON text from a user file. Bytes are decoded as strict UTF-8; syntax errors report
 * line and column; inputs over `maxBytes`, nesting deeper than MAX_JSON_DEPTH, an object key used
 * twice in one object (JSON.parse would silently keep the last) and prototype-polluting keys are refused.
 */
export function parseJsonText(input: string | Uint8Array, file: string, options: JsonTextOptions = {}): Parsed<unknown> {
  const maxBytes = options.maxBytes ?? MAX_JSON_BYTES;
  let text: string;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return fail(file, '$', `at most ${maxBytes} bytes`, `${input.length} characters`);
    text = input;
  } else {
    if (input.byteLength > maxBytes) return fail(file, '$', `at most ${maxBytes} bytes`, `${input.byteLength} bytes`);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      const at = firstInvalidUtf8(input);
      return fail(file, '$', 'UTF-8 text', `invalid UTF-8 at byte ${at} (0x${(input[at] ?? 0).toString(16).padStart(2, '0')})`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const structure = scanStructure(text);
  if (structure.tooDeepAt !== null) {
    const { line, column } = lineColumn(text, structure.tooDeepAt);
    return fail(file, '$', `nesting at most ${MAX_JSON_DEPTH} levels deep`, `deeper nesting at line ${line} column ${column}`);
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(file, '$', 'valid JSON', describeSyntaxError(text, error));
  }
  // Reported after syntax errors: the scan of broken text may see keys that are not keys.
  const duplicate = structure.duplicate;
  if (duplicate !== null) {
    const { line, column } = lineColumn(text, duplicate.offset);
    const key = truncate(escapeControl(JSON.stringify(duplicate.key)), 120);
    return fail(file, duplicate.path, 'unique keys', `duplicate ${key} at line ${line} column ${column}`);
  }
  const issues: DataIssue[] = structure.forbidden.map((f) => issue(file, f.path, 'no reserved key (__proto__, constructor, prototype)', `key '${f.key}'`));
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

interface Structure {
  /** Offset where bracket nesting first exceeds MAX_JSON_DEPTH, or null. */
  tooDeepAt: number | null;
  /** First key repeated within one object: its JSON path, decoded key and offset, or null. */
  duplicate: { path: string; key: string; offset: number } | null;
  /** Every reserved key (FORBIDDEN_KEYS), in document order, with its JSON path. */
  forbidden: { path: string; key: string }[];
}

/** One open `{` or `[`: the keys seen so far (objects) and which child is being read. */
interface Frame {
  isObject: boolean;
  keys: Set<string>;
  /** Key of the current member (objects) or index of the current item (arrays). */
  key: string;
  index: number;
  /** The current member's key is reserved: keys below it are not reported again. */
  reserved: boolean;
}

/**
 * One linear pass over the text, ignoring brackets inside strings: checks nesting depth, finds keys
 * repeated within an object (a string followed by `:` is a key) and reserved keys. Frames are reused
 * per depth, so the pass allocates nothing per object; a path is built only for a key it reports.
 * Its findings count only once JSON.parse has accepted the text.
 */
function scanStructure(text: string): Structure {
  const frames: Frame[] = [];
  let depth = 0;
  let duplicate: Structure['duplicate'] = null;
  const forbidden: Structure['forbidden'] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: jump to its closing quote (one not preceded by an odd number of backslashes).
      const start = i;
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let backslashes = 0;
        while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) break; // unterminated: JSON.parse reports it
      i = end;
      const frame = depth > 0 ? frames[depth - 1] : undefined;
      if (frame === undefined || !frame.isObject || duplicate !== null) continue;
      let next = end + 1;
      let d = text.charCodeAt(next);
      while (d === 32 || d === 10 || d === 13 || d === 9) d = text.charCodeAt(++next);
      if (d !== 58) continue; // not followed by ':' — a value, not a key
      const key = decodeKey(text, start, end);
      if (key === null) continue;
      if (frame.keys.has(key)) duplicate = { path: childPath(framePath(frames, depth - 1), key), key, offset: start };
      else {
        frame.keys.add(key);
        frame.key = key;
        frame.reserved = FORBIDDEN_KEYS.has(key);
        if (frame.reserved && !frames.slice(0, depth - 1).some((f) => f.reserved)) {
          forbidden.push({ path: childPath(framePath(frames, depth - 1), key), key });
        }
      }
    } else if (c === 123 || c === 91) {
      depth++;
      if (depth > MAX_JSON_DEPTH) return { tooDeepAt: i, duplicate, forbidden };
      let frame = frames[depth - 1];
      if (frame === undefined) {
        frame = { isObject: false, keys: new Set(), key: '', index: 0, reserved: false };
        frames.push(frame);
      }
      frame.isObject = c === 123;
      frame.reserved = false;
      if (frame.isObject) frame.keys.clear();
      frame.index = 0;
    } else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
    } else if (c === 44 && depth > 0) {
      frames[depth - 1]!.index++;
    }
  }
  return { tooDeepAt: null, duplicate, forbidden };
}

/** The key between the quotes at `start` and `end`, with escapes decoded; null if the escapes are invalid. */
function decodeKey(text: string, start: number, end: number): string | null {
  const raw = text.slice(start + 1, end);
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(text.slice(start, end + 1)) as string;
  } catch {
    return null;
  }
}

/** `$.a[0].b` path of the object held by frames[last]. */
function framePath(frames: readonly Frame[], last: number): string {
  let path = '$';
  for (let k = 0; k < last; k++) {
    const frame = frames[k]!;
    path = childPath(path, frame.isObject ? frame.key : frame.index);
  }
  return path;
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
