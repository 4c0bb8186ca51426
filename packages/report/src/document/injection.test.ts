import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../html/render-html.js';
import { fixtureAssessment, fixturePlan, withHostileText } from '../test-support/fixture-assessment.js';
import { structure } from '../test-support/markdown-structure.js';
import { renderMarkdown } from './render-markdown.js';

/** Block structure only: token types, tags and nesting, without the text inside. */
function shape(markdown: string): string[] {
  return structure(markdown).tokens.map((t) => `${t.type}:${t.tag}`);
}

describe('user text cannot change the document structure', () => {
  const benign = renderMarkdown(fixtureAssessment(), { plan: fixturePlan() });
  const hostile = renderMarkdown(withHostileText(fixtureAssessment()), { plan: withHostileText(fixturePlan()) });

  it('yields exactly the same blocks, tables, rows and headings', () => {
    expect(hostile).not.toBe(benign);
    expect(shape(hostile)).toEqual(shape(benign));
  });

  it('produces no HTML, images or non-http links, and no terminal escapes', () => {
    const s = structure(hostile);
    const inline = s.tokens.flatMap((t) => t.children ?? []);
    expect(s.tokens.filter((t) => t.type === 'html_block')).toEqual([]);
    expect(inline.filter((t) => t.type === 'html_inline' || t.type === 'image')).toEqual([]);
    const hrefs = inline.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !/^https?:\/\//.test(h))).toEqual([]);
    expect(hostile).not.toContain('\u001b');
    expect(hostile).toContain('Support assistant \\| x \\| y \\| \\# Injected heading \\<script\\>alert(1)\\</script\\>');
  });

  it('keeps the HTML page free of markup from user text', () => {
    const html = markdownToHtml(hostile);
    expect(html).not.toMatch(/<script|<img|onerror=alert\(1\)>|href="javascript/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    // Both charts still parse and render as SVG despite hostile labels and phase names.
    expect(html.match(/<svg /g)).toHaveLength(2);
  });
});
