import MarkdownIt from 'markdown-it';
import { escapeXml } from './svg-charts.js';
import { PAGE_CSS } from './style.js';
import { headingIds, mermaidSvg, type PageEnv, safeLinks, slug, tableWrap } from './markdown-plugins.js';

/** The page's policy: nothing may load or run; only the inline stylesheet and data: images. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function createMarkdownIt(): MarkdownIt {
  // html: false — raw HTML in the markdown (and so in user text) is shown as text, never parsed.
  return new MarkdownIt({ html: false, linkify: false, typographer: false })
    .use(safeLinks)
    .use(tableWrap)
    .use(headingIds)
    .use(mermaidSvg);
}

export interface HtmlOptions {
  /** Page language, default `en`. */
  readonly lang?: string;
}

/**
 * One self-contained HTML page from the report's markdown: inline CSS, charts as inline SVG,
 * no scripts, no external requests (enforced by the CSP meta as well). Deterministic.
 */
export function markdownToHtml(markdown: string, options: HtmlOptions = {}): string {
  const md = createMarkdownIt();
  const env: PageEnv = {};
  const tokens = md.parse(markdown, env);
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const title = h1 >= 0 ? (tokens[h1 + 1]?.children ?? []).map((c) => c.content).join('') : null;
  const sections = tokens
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.type === 'heading_open' && t.tag === 'h2')
    .map(({ t, i }) => ({ id: t.attrGet('id') ?? '', text: (tokens[i + 1]?.children ?? []).map((c) => c.content).join('') }));
  return pageHtml({ body: md.renderer.render(tokens, md.options, env), title, sections }, options);
}

/** The page around a rendered body: title, contents box (linking every h2), inline style, CSP. */
export function pageHtml(
  content: { body: string; title: string | null; sections: readonly { id: string; text: string }[] },
  options: HtmlOptions = {},
): string {
  const { sections } = content;
  const title = content.title ?? 'Adoption plan';
  const toc =
    sections.length === 0
      ? ''
      : `<nav class="toc" aria-label="Contents"><strong>Contents</strong>\n<ul>\n${sections
          .map((s) => `<li><a href="#${escapeXml(s.id || slug(s.text))}">${escapeXml(s.text)}</a></li>`)
          .join('\n')}\n</ul>\n</nav>\n`;
  let body = content.body;
  // The contents box goes right after the first paragraph under the title (the plan id line).
  const afterIntro = body.indexOf('</p>\n');
  body = afterIntro >= 0 && toc !== '' ? `${body.slice(0, afterIntro + 5)}${toc}${body.slice(afterIntro + 5)}` : `${toc}${body}`;
  const lang = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(options.lang ?? '') ? (options.lang as string) : 'en';
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="llm-adopt-report">',
    `<title>${escapeXml(title)}</title>`,
    `<style>\n${PAGE_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
