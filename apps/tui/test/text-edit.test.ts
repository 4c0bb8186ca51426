import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdit, cursorParts, graphemeBoundaries, type TextEdit, type TextEditAction, textEdit } from '../src/state/text-edit.js';

const run = (start: TextEdit, ...actions: TextEditAction[]) => actions.reduce(applyTextEdit, start);
const left: TextEditAction = { type: 'left' };
const right: TextEditAction = { type: 'right' };
const insert = (text: string): TextEditAction => ({ type: 'insert', text });

describe('text editing: cursor moves and edits', () => {
  it('starts with the cursor after the text', () => {
    expect(textEdit('8192')).toEqual({ value: '8192', cursor: 4 });
  });

  it('inserts at the cursor, not at the end', () => {
    // "8192" → ← ← → cursor between "81" and "92" → type "0" → "81092"
    expect(run(textEdit('8192'), left, left, insert('0'))).toEqual({ value: '81092', cursor: 3 });
  });

  it('Backspace deletes before the cursor, Del under it', () => {
    // "abcd", cursor after "b": Backspace removes "b", Del removes "c".
    const at2 = run(textEdit('abcd'), left, left);
    expect(applyTextEdit(at2, { type: 'delete-back' })).toEqual({ value: 'acd', cursor: 1 });
    expect(applyTextEdit(at2, { type: 'delete-forward' })).toEqual({ value: 'abd', cursor: 2 });
  });

  it('Home and End jump; moves and deletes stop at the ends', () => {
    const home = applyTextEdit(textEdit('abc'), { type: 'home' });
    expect(home.cursor).toBe(0);
    expect(run(home, left, { type: 'delete-back' })).toEqual({ value: 'abc', cursor: 0 });
    expect(run(home, { type: 'end' }, right, { type: 'delete-forward' })).toEqual({ value: 'abc', cursor: 3 });
  });

  it('pasted text is inserted whole at the cursor, without control characters', () => {
    // "ab" with the cursor between: paste "x\ty\u0007z" → control characters dropped → "axyzb".
    expect(run(textEdit('ab'), left, insert('x\ty\u0007z'))).toEqual({ value: 'axyzb', cursor: 4 });
  });

  it('draws the grapheme under the cursor apart from the rest', () => {
    expect(cursorParts(run(textEdit('abc'), left, left))).toEqual({ before: 'a', at: 'b', after: 'c' });
    expect(cursorParts(textEdit('abc'))).toEqual({ before: 'abc', at: '', after: '' });
  });
});

describe('text editing: multi-code-point characters move as one', () => {
  it('Korean syllables, precomposed and as conjoining jamo', () => {
    // "한국어" is 3 code points; "한" as jamo U+1112 U+1161 U+11AB is 3 code points and one grapheme.
    expect(graphemeBoundaries('한국어')).toEqual([0, 1, 2, 3]);
    const jamo = '\u1112\u1161\u11AB\u1100\u116E\u11A8';
    expect(graphemeBoundaries(jamo)).toEqual([0, 3, 6]);
    expect(run(textEdit(jamo), left)).toEqual({ value: jamo, cursor: 3 });
    expect(run(textEdit(jamo), left, { type: 'delete-back' })).toEqual({ value: '\u1100\u116E\u11A8', cursor: 0 });
  });

  it('emoji: a ZWJ sequence, a flag and a skin tone are one character each', () => {
    // 👩‍💻 = U+1F469 ZWJ U+1F4BB (5 UTF-16 units); 🇰🇷 = two regional indicators (4); 👍🏽 = thumbs + tone (4).
    const text = 'a👩‍💻🇰🇷👍🏽';
    expect(graphemeBoundaries(text)).toEqual([0, 1, 6, 10, 14]);
    const afterCoder = run(textEdit(text), left, left);
    expect(afterCoder.cursor).toBe(6);
    expect(cursorParts(afterCoder)).toEqual({ before: 'a👩‍💻', at: '🇰🇷', after: '👍🏽' });
    expect(run(afterCoder, { type: 'delete-back' })).toEqual({ value: 'a🇰🇷👍🏽', cursor: 1 });
    expect(run(afterCoder, { type: 'delete-forward' })).toEqual({ value: 'a👩‍💻👍🏽', cursor: 6 });
  });

  it('a combining accent typed after a letter joins it', () => {
    // "e" then U+0301 → "é" as two code points, one grapheme; the cursor stays after it.
    expect(run(textEdit('e'), insert('\u0301'), left)).toEqual({ value: 'e\u0301', cursor: 0 });
  });
});

describe('text editing: properties', () => {
  const actionArb: fc.Arbitrary<TextEditAction> = fc.oneof(
    fc.constantFrom<TextEditAction>({ type: 'left' }, { type: 'right' }, { type: 'home' }, { type: 'end' }, { type: 'delete-back' }, { type: 'delete-forward' }),
    fc.constantFrom('a', '한', '👩‍💻', '🇰🇷', 'e\u0301', '\u1112\u1161\u11AB', 'xy').map(insert),
  );

  it('the cursor is always on a grapheme boundary inside the text', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        const end = run(textEdit(''), ...actions);
        expect(graphemeBoundaries(end.value)).toContain(end.cursor);
      }),
    );
  });

  it('moving never changes the text, and Home then typing puts the text first', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.constantFrom<TextEditAction>({ type: 'left' }, { type: 'right' }, { type: 'end' }), { maxLength: 20 }), (s, moves) => {
        const start = textEdit(s);
        expect(run(start, ...moves).value).toBe(start.value);
        expect(run(start, ...moves, { type: 'home' }, insert('Q')).value).toBe(`Q${start.value}`);
      }),
    );
  });
});
