/**
 * Problems found in a data file, as values: each names the file, the JSON path, what was
 * expected and what was found, so a user can fix the file without reading a stack trace.
 */
export interface DataIssue {
  file: string;
  /** JSON path such as `$.models[3].context.nativeTokens`. */
  path: string;
  expected: string;
  found: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

const MAX_FOUND_CHARS = 80;

/** One line: `<file>: <path>: expected <…>, found <…>`, control characters escaped, long values cut. */
export function formatIssue(issue: DataIssue): string {
  return `${escapeControl(issue.file)}: ${escapeControl(issue.path)}: expected ${escapeControl(issue.expected)}, found ${escapeControl(truncate(issue.found, MAX_FOUND_CHARS * 2))}`;
}

/** Replaces C0/C1 control characters (and DEL) with visible escapes so a message stays on one line. */
export function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends one segment to a JSON path: `.key`, `["odd key"]` or `[3]`. */
export function childPath(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`;
  return IDENTIFIER.test(segment) ? `${parent}.${segment}` : `${parent}[${JSON.stringify(segment)}]`;
}

/** Turns an RFC 6901 JSON pointer (ajv's `instancePath`) into a `$.a[0].b` path. */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '$';
  let path = '$';
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    path = childPath(path, /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment);
  }
  return path;
}

/** Short description of a JSON value for the `found` half of a message: `-3`, `string "abc"`, `object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `string ${truncate(JSON.stringify(value), MAX_FOUND_CHARS)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'empty object' : `object with keys ${truncate(keys.join(', '), MAX_FOUND_CHARS)}`;
  }
  return typeof value;
}

export function issue(file: string, path: string, expected: string, found: string): DataIssue {
  return { file, path, expected, found };
}
