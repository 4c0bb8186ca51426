// renderHtml writes HTML straight from the report's blocks (html-blocks.ts); markdownToHtml parses
// the markdown report with markdown-it. The two must give the same page, byte for byte, for any text:
// markdown-it is the reference for what the markdown means. (The example plans are compared the same
// way by the CLI's golden files, which were made through markdown-it.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../document/render-markdown.js';
import { renderHtml } from '../index.js';
import { fixtureAssessment, fixturePlan, HOSTILE_TEXT, withHostileText } from '../test-support/fixture-assessment.js';
import { markdownToHtml } from './render-html.js';

/** Every user-facing string of the fixture with `text` appended (where withHostileText appends its text). */
function withText<T>(value: T, text: string): T {
  const encoded = (s: string) => JSON.stringify(s).slice(1, -1);
  return JSON.parse(JSON.stringify(withHostileText(value)).split(encoded(HOSTILE_TEXT)).join(encoded(text))) as T;
}

function both(text: string | null, lang?: string) {
  const assessment = text === null ? fixtureAssessment() : withText(fixtureAssessment(), text);
  const plan = text === null ? fixturePlan() : withText(fixturePlan(), text);
  const options = { plan, ...(lang === undefined ? {} : { lang }) };
  return { direct: renderHtml(assessment, options), parsed: markdownToHtml(renderMarkdown(assessment, options), options) };
}

describe('HTML written directly equals the markdown report rendered by markdown-it', () => {
  it('for the fixture assessment', () => {
    const { direct, parsed } = both(null);
    expect(direct).toBe(parsed);
    expect(direct).toContain('<nav class="toc"');
    expect(direct.match(/<svg /g)).toHaveLength(2);
  });

  it('for hostile text in every user-facing field (tables, headings, HTML, links, escapes)', () => {
    const { direct, parsed } = both(HOSTILE_TEXT);
    expect(direct).toBe(parsed);
    expect(direct).not.toMatch(/<script|<img|href="javascript/i);
  });

  it('for a page language', () => {
    const { direct, parsed } = both(null, 'ko');
    expect(direct).toBe(parsed);
    expect(direct).toContain('<html lang="ko">');
  });

  it('for any text (property)', { timeout: 60_000 }, () => {
    const special = fc.constantFrom('\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '&', '|', '~', '#', '!', '-', '+', '=', '1.', ':', '"', "'", ' ', '  ', '\n', '\t', '\u00a0', 'é', '한', '😀', 'http://x.y', '&amp;', '\u001b[1m', '\u202e');
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.array(special, { maxLength: 12 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(text, (t) => {
        const { direct, parsed } = both(t);
        expect(direct).toBe(parsed);
      }),
      { numRuns: 60 },
    );
  });
});
