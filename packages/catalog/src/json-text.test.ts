import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './data-issue.js';
import { FORBIDDEN_KEYS, lineColumn, parseJsonText } from './json-text.js';

/** JSON values whose object keys avoid the reserved names. */
const safeJson = fc.jsonValue({ maxDepth: 6 }).filter((v) => !JSON.stringify(v).match(/"(__proto__|constructor|prototype)":/));

describe('parseJsonText', () => {
  it('round-trips any JSON value without reserved keys, from text or UTF-8 bytes', () => {
    fc.assert(
      fc.property(safeJson, (value) => {
        const text = JSON.stringify(value);
        expect(parseJsonText(text, 'f.json')).toEqual({ ok: true, value: JSON.parse(text) });
        expect(parseJsonText(new TextEncoder().encode(text), 'f.json')).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 200 },
    );
  });

  it('finds a reserved key at any depth and names its path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORBIDDEN_KEYS), fc.integer({ min: 0, max: 20 }), (key, depth) => {
        const text = `${'{"a":['.repeat(depth)}{"${key}":1}${']}'.repeat(depth)}`;
        const result = parseJsonText(text, 'f.json');
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues[0]!.path).toBe(`$${'.a[0]'.repeat(depth)}.${key}`);
      }),
    );
  });

  it('turns every malformed input into single-line messages', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 40 }), (text, file) => {
        const result = parseJsonText(text, file);
        if (!result.ok) for (const issue of result.issues) expect(formatIssue(issue)).not.toMatch(/[\n\r\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
      }),
      { numRuns: 300 },
    );
  });

  it('converts an offset to 1-based line and column', () => {
    // "ab\ncd": offset 4 is "d", line 2 column 2.
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('', 0)).toEqual({ line: 1, column: 1 });
  });

  it('refuses inputs over the size limit before decoding them', () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x20);
    expect(parseJsonText(big, 'big.json')).toEqual({
      ok: false,
      issues: [{ file: 'big.json', path: '$', expected: 'at most 5242880 bytes', found: '5242881 bytes' }],
    });
  });
});
