import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './data-issue.js';
import { FORBIDDEN_KEYS, lineColumn, MAX_CATALOG_BYTES, MAX_JSON_BYTES, parseJsonText } from './json-text.js';

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

  it('reports each reserved key once, not the keys inside it, in document order; escaped spellings too', () => {
    const text = '{"a": {"__proto__": {"constructor": 1}}, "b": [0, {"prototype": 2}], "c": {"\\u0063onstructor": 3}}';
    const result = parseJsonText(text, 'f.json');
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['$.a.__proto__', '$.b[1].prototype', '$.c.constructor']);
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

  it('refuses a key used twice in one object, naming its path and position (JSON.parse would keep the last)', () => {
    const lines = (text: string) => {
      const r = parseJsonText(text, 'f.json');
      return r.ok ? 'ok' : r.issues.map(formatIssue);
    };
    expect(lines('{"id": "a",\n "id": "b"}')).toEqual(['f.json: $.id: expected unique keys, found duplicate "id" at line 2 column 2']);
    // Path through arrays and objects: the duplicate sits in the object at models[2].architecture;
    // the second "layers" starts at offset 73 (python: s.rindex('"layers"')), column 74.
    expect(lines('{"models": [{}, {"x": [1, 2]}, {"id": "m", "architecture": {"layers": 1, "layers": 2}}]}')).toEqual([
      'f.json: $.models[2].architecture.layers: expected unique keys, found duplicate "layers" at line 1 column 74',
    ]);
    // Escapes are decoded before comparing: "\u0069d" is "id".
    expect(lines('{"id": 1, "\\u0069d": 2}')).toEqual(['f.json: $.id: expected unique keys, found duplicate "id" at line 1 column 11']);
    // Equal keys in different objects, and strings equal to a key that are values, are fine.
    expect(lines('{"a": {"id": 1}, "b": {"id": 2}, "c": ["a", "a"], "d": "a", "e": "\\"a\\": 1"}')).toBe('ok');
    // A syntax error is reported first: the scan of broken text may misread keys.
    expect(lines('{"a": 1, "a": 2')).toEqual(["f.json: $: expected valid JSON, found Expected ',' or '}' after property value at line 1 column 16"]);
  });

  it('finds a duplicated key at any depth (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'ä', 'key with space'), { minLength: 0, maxLength: 10 }), fc.integer({ min: 0, max: 3 }), (keys, index) => {
        // Nest arrays/objects along `keys`, then put {"k": 0, ..., "k": 1} at the bottom, `index` items in.
        let text = '{"k": 0, "k": 1}';
        let path = '';
        for (const key of [...keys].reverse()) {
          text = `{${JSON.stringify(key)}: [${'0, '.repeat(index)}${text}]}`;
          path = `${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}[${index}]${path}`;
        }
        const result = parseJsonText(text, 'f.json');
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.issues[0]!.path).toBe(`$${path}.k`);
      }),
      { numRuns: 100 },
    );
  });

  it('converts an offset to 1-based line and column', () => {
    // "ab\ncd": offset 4 is "d", line 2 column 2.
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('', 0)).toEqual({ line: 1, column: 1 });
  });

  it('refuses inputs over the size limit before decoding them; the limit is a parameter', () => {
    // Default 5 MiB = 5 × 1024 × 1024 = 5,242,880 bytes.
    const big = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x20);
    expect(MAX_JSON_BYTES).toBe(5_242_880);
    expect(parseJsonText(big, 'big.json')).toEqual({
      ok: false,
      issues: [{ file: 'big.json', path: '$', expected: 'at most 5242880 bytes', found: '5242881 bytes' }],
    });
    // The same bytes pass a larger limit (whitespace is not JSON, so the parse itself then fails).
    expect(parseJsonText(big, 'big.json', { maxBytes: MAX_CATALOG_BYTES })).toMatchObject({ ok: false, issues: [{ expected: 'valid JSON' }] });
    expect(parseJsonText('[1, 2]', 'small.json', { maxBytes: 5 })).toEqual({
      ok: false,
      issues: [{ file: 'small.json', path: '$', expected: 'at most 5 bytes', found: '6 characters' }],
    });
  });
});
