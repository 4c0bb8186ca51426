import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { describe, expect, it } from 'vitest';
import { bulletList, code, fence, heading, link, paragraph, quote, raw, safeHttpUrl, strong, table } from './blocks.js';
import { escapeText, singleLine, stripControlCharacters } from './text.js';

const md = new MarkdownIt({ html: false, linkify: false });

/** The plain text of an inline token, failing if anything but text was produced. */
function onlyText(token: Token | undefined): string {
  expect(token?.type).toBe('inline');
  const kinds = new Set((token?.children ?? []).map((c) => c.type));
  expect([...kinds].filter((k) => k !== 'text')).toEqual([]);
  return (token?.children ?? []).map((c) => c.content).join('');
}

const HOSTILE = [
  'a | b',
  'line one\nline two\r\n| x | y |',
  '# Injected heading',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![img](https://evil.example/x.png)',
  '`code` and ``more``',
  '> quoted',
  '- item',
  '1. first',
  '---',
  '***bold***',
  '&lt;not an entity&gt; &amp;',
  'C# and F#',
  '\u001b[31mred\u001b[0m and \u001b]8;;https://evil.example\u0007osc link\u001b]8;;\u0007',
  'bidi \u202Eevil\u202C text',
  '<https://autolink.example>',
  '~~strike~~ _em_ *em*',
  '    indented code',
  '\\',
  'ends with backslash \\',
];

describe('escapeText', () => {
  it('escapes markdown punctuation so every hostile sample stays one text paragraph', () => {
    for (const sample of HOSTILE) {
      const tokens = md.parse(paragraph(sample), {});
      expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
      expect(onlyText(tokens[1])).toBe(singleLine(sample));
    }
  });

  it('keeps ordinary words readable', () => {
    expect(escapeText('Qwen3 14B on one RTX 4090 (24 GB)')).toBe('Qwen3 14B on one RTX 4090 (24 GB)');
    expect(escapeText('a | b')).toBe('a \\| b');
    expect(escapeText('# h')).toBe('\\# h');
    expect(paragraph('2024. A year')).toBe('2024\\. A year');
    expect(escapeText('2024. A year')).toBe('2024. A year');
    expect(paragraph('- x')).toBe('\\- x');
  });

  it('strips terminal escapes, control characters and bidi overrides', () => {
    expect(stripControlCharacters('\u001b[31mred\u001b[0m\u0007 \u202Ex')).toBe('red x');
    expect(stripControlCharacters('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });

  it('round-trips any string as plain paragraph text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const expected = singleLine(s);
        fc.pre(expected !== '');
        const tokens = md.parse(paragraph(s), {});
        expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
        // markdown-it replaces U+0000 by U+FFFD; stripControlCharacters already removed it.
        expect(onlyText(tokens[1])).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });
});

describe('table', () => {
  it('keeps its shape whatever the cells contain', () => {
    const rows = HOSTILE.map((s) => [s, 'ok', s]);
    const tokens = md.parse(table(['Note', 'Status', { title: 'Again', align: 'right' }], rows), {});
    expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(HOSTILE.length + 1);
    expect(tokens.filter((t) => t.type === 'th_open')).toHaveLength(3);
    expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(HOSTILE.length * 3);
    const cells = tokens.filter((t) => t.type === 'inline');
    HOSTILE.forEach((s, i) => {
      expect(onlyText(cells[3 + i * 3])).toBe(singleLine(s));
      expect(onlyText(cells[3 + i * 3 + 1])).toBe('ok');
    });
    expect(tokens.find((t) => t.type === 'th_open' && t.attrGet('style') === 'text-align:right')).toBeDefined();
  });

  it('keeps three columns for arbitrary cell text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 5 }), (rows) => {
        const tokens = md.parse(table(['A', 'B', 'C'], rows.map(([a, b]) => [a, b, 'z'])), {});
        expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(rows.length * 3);
        const cells = tokens.filter((t) => t.type === 'inline').slice(3);
        rows.forEach(([a, b], i) => {
          expect(onlyText(cells[i * 3])).toBe(singleLine(a));
          expect(onlyText(cells[i * 3 + 1])).toBe(singleLine(b));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('fills missing cells with a blank', () => {
    expect(table(['A', 'B'], [['x']])).toBe('| A | B |\n| --- | --- |\n| x |   |');
  });
});

describe('heading, list and quote', () => {
  it('cannot be closed or nested by their text', () => {
    const tokens = md.parse(heading(2, 'Plan for C# ##'), {});
    expect(tokens[0]?.tag).toBe('h2');
    expect(onlyText(tokens[1])).toBe('Plan for C# ##');
    const list = md.parse(bulletList(['# not a heading', 'two\n- three']), {});
    expect(list.filter((t) => t.type === 'list_item_open')).toHaveLength(2);
    expect(list.some((t) => t.type === 'heading_open')).toBe(false);
    const items = md.parse(bulletList(HOSTILE), {});
    expect(items.filter((t) => t.type === 'list_item_open')).toHaveLength(HOSTILE.length);
    expect(items.filter((t) => t.type === 'bullet_list_open' || t.type === 'ordered_list_open')).toHaveLength(1);
    expect(items.filter((t) => t.type === 'inline').map((t) => onlyText(t))).toEqual(HOSTILE.map(singleLine));
    const q = md.parse(quote('> > deep\n# x'), {});
    expect(q.filter((t) => t.type === 'blockquote_open')).toHaveLength(1);
    expect(q.some((t) => t.type === 'heading_open')).toBe(false);
  });
});

describe('link', () => {
  it('links http and https only', () => {
    expect(link('Qwen license', 'https://huggingface.co/Qwen/Qwen3-14B/blob/main/LICENSE').markdown).toBe(
      '[Qwen license](https://huggingface.co/Qwen/Qwen3-14B/blob/main/LICENSE)',
    );
    expect(link('x', 'javascript:alert(1)').markdown).toBe('x (javascript:alert(1))');
    expect(link('x', 'data:text/html,<b>').markdown).toBe('x (data:text/html,\\<b\\>)');
    expect(safeHttpUrl('https://user:pw@example.com/')).toBeNull();
  });

  it('encodes characters that would end the destination or split a table', () => {
    const href = safeHttpUrl('https://example.com/a (b)|c');
    expect(href).toBe('https://example.com/a%20%28b%29%7Cc');
    const tokens = md.parse(table(['L'], [[link('t|x', 'https://example.com/a (b)|c')]]), {});
    const children = tokens.find((t) => t.type === 'inline' && t.content.includes('example'))?.children ?? [];
    expect(children[0]?.attrGet('href')).toBe('https://example.com/a%20%28b%29%7Cc');
    expect(children[1]?.content).toBe('t|x');
  });
});

describe('inline helpers and fences', () => {
  it('code spans survive backticks and pipes in tables', () => {
    const tokens = md.parse(table(['Cmd'], [[code('ollama run `x` | tee')]]), {});
    const inlineToken = tokens.filter((t) => t.type === 'inline')[1];
    expect(inlineToken?.children?.[0]?.type).toBe('code_inline');
    expect(inlineToken?.children?.[0]?.content).toBe('ollama run `x` | tee');
  });

  it('strong wraps escaped text', () => {
    expect(strong('*x*').markdown).toBe('**\\*x\\***');
    expect(raw('a').markdown).toBe('a');
  });

  it('fences content containing backtick fences', () => {
    const block = fence('sh', 'echo ```\n```\nrm -rf /');
    const tokens = md.parse(block, {});
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.type).toBe('fence');
    expect(tokens[0]?.content).toBe('echo ```\n```\nrm -rf /\n');
  });
});
