// Untrusted text (names from user catalog files, notes typed by a teammate, license quotes) must not
// be able to move the cursor, clear the screen, retitle the window or smuggle an OSC 8 link into the
// terminal. Everything that reaches stdout/stderr from such a source passes through here.

import { stripEscapeSequences } from '@llm-adopt/report/text';

// Escape sequences (CSI, OSC, DCS…, and their C1 forms) are removed with the report's patterns, so the
// terminal and the documents neutralise the same things. Line breaks and tabs become a space so a name
// cannot break a table row or a one-line field.
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
// Remaining C0/C1 controls and DEL, plus bidi overrides/isolates that reorder what the reader sees.
const OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes terminal control sequences and control characters from untrusted text; printable text is kept. */
export function sanitizeForTerminal(s: string): string {
  return stripEscapeSequences(s).replace(LINE_BREAKS, ' ').replace(OTHER_CONTROLS, '');
}
