import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSafeJson } from './safe-json.js';

describe('toSafeJson', () => {
  it('writes C1 controls, bidi overrides/isolates and line separators as \\u escapes', () => {
    const name = 'Evil\u009b2J \u202egnp.exe\u202c \u2066x\u2069 a\u2028b\u2029c\u007f\u200b\ufeff';
    expect(toSafeJson({ name })).toBe(
      '{"name":"Evil\\u009b2J \\u202egnp.exe\\u202c \\u2066x\\u2069 a\\u2028b\\u2029c\\u007f\\u200b\\ufeff"}',
    );
    // C0 controls keep JSON.stringify's own escapes; printable non-ASCII stays as it is.
    expect(toSafeJson(['\u001b[2J', 'Müller 日本 😀'])).toBe('["\\u001b[2J","Müller 日本 😀"]');
    // An astral format character (U+E0041 TAG LATIN CAPITAL LETTER A) becomes its surrogate pair.
    expect(toSafeJson('\u{e0041}')).toBe('"\\udb40\\udc41"');
    expect(toSafeJson([1], 2)).toBe('[\n  1\n]');
  });

  it('parses back to the same value and contains no non-printing character (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.string({ unit: 'binary', maxLength: 30 }), (value, text) => {
        const doc = { value, text };
        const json = toSafeJson(doc, 2);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(doc)));
        // Only the indentation's newlines remain of all controls and format characters.
        expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]/u);
      }),
      { numRuns: 300 },
    );
  });
});
