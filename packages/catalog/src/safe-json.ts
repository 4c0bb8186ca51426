/**
 * Characters JSON.stringify leaves raw that a terminal or editor acts on instead of showing:
 * DEL and C1 controls (U+0080–U+009F, e.g. the 8-bit CSI U+009B), every format character
 * (Unicode category Cf: bidi embeddings/overrides U+202A–U+202E, isolates U+2066–U+2069,
 * zero-width characters, the BOM, tag characters) and the line/paragraph separators U+2028/U+2029.
 */
// C0 controls are left out: JSON.stringify already escapes them inside strings, and the newlines of
// the indentation between tokens must stay.
const NON_PRINTING = /[\u007f-\u009f\p{Cf}\u2028\u2029]/gu;

/** `\uXXXX` for each UTF-16 code unit of the character (a surrogate pair for astral ones). */
function escapeUnits(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * `JSON.stringify(value, null, indent)` with every non-printing character written as a `\uXXXX`
 * escape, so `--json` output shown in a terminal cannot move the cursor or reorder text, while
 * `JSON.parse` still returns exactly the same value. Such characters only occur inside string
 * literals of JSON.stringify's output, where the escape means the same character.
 */
export function toSafeJson(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  // JSON.stringify returns undefined for undefined and functions; callers print documents.
  if (json === undefined) return 'null';
  return json.replace(NON_PRINTING, escapeUnits);
}
