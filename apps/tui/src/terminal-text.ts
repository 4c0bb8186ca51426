// Untrusted text (names from user catalog files, notes typed by a teammate, license quotes) must not
// be able to move the cursor, clear the screen, retitle the window or smuggle an OSC 8 link into the
// terminal. Everything that reaches stdout/stderr from such a source passes through here.

// ESC-introduced sequences: CSI (ESC [ … final byte), OSC (ESC ] … BEL or ST), DCS/SOS/PM/APC (ESC P|X|^|_ … ST),
// and the two-byte escapes (ESC + one char). Unterminated strings run to the end of the text.
const ESCAPE_SEQUENCE =
  /\u001B(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[PX^_][^\u001B]*(?:\u001B\\)?|[ -/]*[0-~]?)/g;
// 8-bit C1 forms of the same introducers (CSI U+009B, OSC U+009D, DCS U+0090 …), with their payloads.
const C1_SEQUENCE = /\u009B[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009D\u009E\u009F][^\u0007\u009C]*[\u0007\u009C]?/g;
// Line breaks and tabs become a space so a name cannot break a table row or a one-line field.
const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
// Remaining C0/C1 controls and DEL, plus bidi overrides/isolates that reorder what the reader sees.
const OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes terminal control sequences and control characters from untrusted text; printable text is kept. */
export function sanitizeForTerminal(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(LINE_BREAKS, ' ').replace(OTHER_CONTROLS, '');
}
