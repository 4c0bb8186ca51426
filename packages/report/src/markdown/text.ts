// Escaping of untrusted text (plan notes, names, catalog strings) for CommonMark/GFM.
// A note must not break a table, open a heading, list or quote, or inject a link, image or HTML.

// ESC-introduced sequences first (CSI, OSC, DCS/SOS/PM/APC strings, two-byte escapes; unterminated
// strings run to the end), then their 8-bit C1 forms, so no payload survives as text; then the
// remaining C0/C1 controls and bidi overrides ("Trojan Source" reordering).
const ESCAPE_SEQUENCE =
  /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[ -/]*[0-~]?)/g;
const C1_SEQUENCE = /\u009B[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009D\u009E\u009F][^\u0007\u009C]*[\u0007\u009C]?/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

// Any character the three patterns above could remove; most text has none, so skip them.
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Removes terminal escape sequences (7-bit ESC and 8-bit C1 forms) with their payloads, nothing else.
 * Exported on its own (`@llm-adopt/report/text`) so the terminal app shares these patterns.
 */
export function stripEscapeSequences(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '');
}

/** Removes terminal escape sequences, control characters (except tab and newlines) and bidi overrides. */
export function stripControlCharacters(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return stripEscapeSequences(text).replace(CONTROL, '');
}

/** Collapses every run of whitespace (including newlines) into one space and trims. */
export function singleLine(text: string): string {
  return stripControlCharacters(text).replace(/\s+/g, ' ').trim();
}

// Characters that are special anywhere in a line: escapes, code spans, emphasis, links/images,
// raw HTML and autolinks, entities, table pipes, strikethrough, and `#` (a trailing `#` would
// close an ATX heading).
const INLINE_SPECIAL = /[\\`*_[\]<>&|~#]/g;

/**
 * Escapes untrusted text for use inside a paragraph, list item, heading or table cell.
 * The result is always one line. Block-level starts (list markers) are handled by the block
 * helpers with `guardLineStart`, since only the first character of a block line matters.
 */
export function escapeText(text: string): string {
  return singleLine(text).replace(INLINE_SPECIAL, '\\$&');
}

/**
 * Neutralises a list or setext marker at the start of a block line (`-`, `+`, `=`, `1.`, `1)`);
 * `#`, `>`, `*` and `_` are escaped everywhere by `escapeText` already.
 */
export function guardLineStart(line: string): string {
  return line.replace(/^([+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Backticks long enough to fence `content` (one more than its longest backtick run, at least three). */
export function fenceFor(content: string, char: '`' | '~' = '`'): string {
  const runs = content.match(char === '`' ? /`+/g : /~+/g) ?? [];
  const longest = runs.reduce((max, run) => Math.max(max, run.length), 0);
  return char.repeat(Math.max(3, longest + 1));
}
