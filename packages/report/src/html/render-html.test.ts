import { describe, expect, it } from 'vitest';
import { document, fence, heading, paragraph, table } from '../markdown/blocks.js';
import { xyChartMermaid } from '../markdown/mermaid.js';
import { CONTENT_SECURITY_POLICY, markdownToHtml } from './render-html.js';

const chart = xyChartMermaid({
  title: 'Cumulative cost (USD)',
  xLabel: 'Month',
  yLabel: 'USD',
  categories: ['0', '1'],
  series: [{ name: 'API', values: [0, 10] }],
  markers: [],
});

describe('markdownToHtml', () => {
  const html = markdownToHtml(
    document([
      heading(1, 'Adoption plan: <Acme>'),
      paragraph('intro'),
      heading(2, 'Cost'),
      fence('mermaid', chart),
      fence('sh', 'ollama run qwen3:14b'),
      table(['A'], [['<img src=x onerror=alert(1)>']]),
      // Markdown built by hand (not by the helpers) must still not become HTML, images or script links.
      '<script>alert(1)</script>\n\n![x](https://evil.example/x.png) [y](javascript:alert(1))',
    ]),
  );

  it('is one self-contained page under a strict CSP', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(html).toContain('<title>Adoption plan: &lt;Acme&gt;</title>');
    expect(html).not.toMatch(/<script|<img|<iframe|<link |\ssrc="|href="javascript/i);
    expect(html).not.toContain('https://evil.example/x.png"');
  });

  it('shows raw HTML as text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('[image: x]');
  });

  it('turns our mermaid charts into SVG and leaves other code as code', () => {
    expect(html).toContain('<figure class="chart-figure">\n<svg xmlns="http://www.w3.org/2000/svg" class="chart xychart"');
    expect(html).not.toContain('xychart-beta');
    expect(html).toContain('<pre><code class="language-sh">ollama run qwen3:14b\n</code></pre>');
  });

  it('adds a table of contents linking to the h2 ids and wraps tables', () => {
    expect(html).toContain('<h2 id="cost">Cost</h2>');
    expect(html).toContain('<li><a href="#cost">Cost</a></li>');
    expect(html).toContain('<div class="table-wrap">\n<table>');
  });

  it('is deterministic', () => {
    const source = `# a\n\n\`\`\`mermaid\n${chart}\n\`\`\`\n`;
    expect(markdownToHtml(source)).toBe(markdownToHtml(source));
  });
});
