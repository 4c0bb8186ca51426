// The report's blocks written straight to HTML, for `renderHtml`. They produce exactly what
// markdown-it (html: false, with this folder's plugins) makes of the markdown the same blocks write
// — `direct-html.test.ts` checks that byte for byte — without parsing 60 KB of markdown back in a
// fresh process, which was most of an HTML report's run time (docs/performance.md).
// Arguments named `html` are already-rendered inline HTML; text is escaped here.
import { parseGantt, parseXyChart } from './mermaid-parse.js';
import { slug } from './markdown-plugins.js';
import { ganttSvg, xyChartSvg } from './svg-charts.js';

/** markdown-it's escapeHtml: the four characters that matter in text and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')) : text;
}

function unescapeHtml(html: string): string {
  return html.replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');
}

/** Per-page state: heading ids, the contents list and chart ids. */
export interface HtmlPage {
  title: string | null;
  sections: { id: string; text: string }[];
  seenIds: Map<string, number>;
  chartCount: number;
}

export function newPage(): HtmlPage {
  return { title: null, sections: [], seenIds: new Map(), chartCount: 0 };
}

export function headingHtml(page: HtmlPage, level: number, html: string): string {
  const content = html.trim();
  const text = unescapeHtml(content.replace(/<[^>]*>/g, ''));
  if (level === 1) page.title ??= text;
  if (level !== 2) return `<h${level}>${content}</h${level}>\n`;
  // headingIds (markdown-plugins.ts): unique slugs, `-2`, `-3` … for repeats.
  const base = slug(text);
  const n = (page.seenIds.get(base) ?? 0) + 1;
  page.seenIds.set(base, n);
  const id = n === 1 ? base : `${base}-${n}`;
  page.sections.push({ id, text });
  return `<h2 id="${escapeHtml(id)}">${content}</h2>\n`;
}

export function paragraphHtml(html: string): string {
  const content = html.trim();
  return content === '' ? '' : `<p>${content}</p>\n`;
}

export interface HtmlColumn {
  readonly title: string;
  readonly align?: 'left' | 'right' | 'center';
}

export function tableHtml(columns: readonly HtmlColumn[], rows: readonly (readonly string[])[]): string {
  // Left is the default and gets no style (blocks.ts writes no alignment mark for it).
  const style = (c: HtmlColumn) => (c.align === 'right' || c.align === 'center' ? ` style="text-align:${c.align}"` : '');
  const head = columns.map((c) => `<th${style(c)}>${escapeHtml(c.title)}</th>\n`).join('');
  const body = rows.map((row) => `<tr>\n${columns.map((c, i) => `<td${style(c)}>${(row[i] ?? '').trim()}</td>\n`).join('')}</tr>\n`).join('');
  // tableWrap (markdown-plugins.ts) puts every table in a scrolling box.
  return `<div class="table-wrap">\n<table>\n<thead>\n<tr>\n${head}</tr>\n</thead>\n${rows.length > 0 ? `<tbody>\n${body}</tbody>\n` : ''}</table>\n</div>\n`;
}

export function listHtml(tag: 'ul' | 'ol', items: readonly string[]): string {
  return `<${tag}>\n${items.map((item) => `<li>${item.trim()}</li>\n`).join('')}</${tag}>\n`;
}

export function quoteHtml(html: string): string {
  return `<blockquote>\n${paragraphHtml(html)}</blockquote>\n`;
}

/** A fence: mermaid charts we draw become inline SVG (mermaidSvg in markdown-plugins.ts); anything else is code. */
export function fenceHtml(page: HtmlPage, info: string, body: string): string {
  const content = body === '' ? '' : `${body}\n`;
  if (info.trim() === 'mermaid') {
    page.chartCount += 1;
    const id = `chart-${page.chartCount}`;
    const xy = parseXyChart(content);
    if (xy !== null) return `<figure class="chart-figure">\n${xyChartSvg(xy, id)}\n</figure>\n`;
    const gantt = parseGantt(content);
    if (gantt !== null) return `<figure class="chart-figure">\n${ganttSvg(gantt, id)}\n</figure>\n`;
  }
  const language = info.trim().split(/\s+/)[0] ?? '';
  return `<pre><code${language ? ` class="language-${escapeHtml(language)}"` : ''}>${escapeHtml(content)}</code></pre>\n`;
}

export function linkHtml(href: string, labelHtml: string): string {
  // safeLinks (markdown-plugins.ts): external links open without a referrer.
  return `<a href="${escapeHtml(href)}"${href.startsWith('#') ? '' : ' rel="noopener noreferrer nofollow"'}>${labelHtml}</a>`;
}
