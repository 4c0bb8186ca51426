import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal } from '../src/terminal-text.js';

describe('sanitizeForTerminal', () => {
  it.each([
    ['colour codes', 'Qwen\u001B[31m3\u001B[0m-14B', 'Qwen3-14B'],
    ['screen clear and cursor home', 'evil\u001B[2J\u001B[H model', 'evil model'],
    ['window title (OSC 0, BEL)', '\u001B]0;pwned\u0007Llama', 'Llama'],
    ['hyperlink (OSC 8, ST)', '\u001B]8;;https://x.test\u001B\\click\u001B]8;;\u001B\\', 'click'],
    ['DCS payload', 'a\u001BPq#0;2;0;0;0\u001B\\b', 'ab'],
    ['8-bit CSI', 'a\u009B2Jb', 'ab'],
    ['carriage return overwrite', 'safe\rEVIL', 'safe EVIL'],
    ['newlines and tabs', 'line1\nline2\tcol', 'line1 line2 col'],
    ['backspace and bell', 'ab\u0008\u0007c', 'abc'],
    ['bidi override', 'abc\u202Edcb', 'abcdcb'],
    ['unterminated OSC swallows the rest', 'ok\u001B]52;c;ZXZpbA==', 'ok'],
  ])('strips %s', (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  it('keeps printable text, accents and CJK intact', () => {
    expect(sanitizeForTerminal('Mistral Small 3.1 — 24B · 通义千问 · café')).toBe('Mistral Small 3.1 — 24B · 通义千问 · café');
  });

  it('never lets an escape or control character through, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(sanitizeForTerminal(s)).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = sanitizeForTerminal(s);
        expect(sanitizeForTerminal(once)).toBe(once);
      }),
    );
  });
});
