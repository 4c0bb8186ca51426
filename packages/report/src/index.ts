/**
 * @llm-adopt/report: an Assessment (from @llm-adopt/plan) as a markdown adoption plan, as one
 * self-contained HTML page, and as JSON findings for other tools. Pure functions: no file,
 * network or clock access; the same input gives byte-identical output.
 */
import type { Assessment } from '@llm-adopt/plan';
import type { RenderOptions } from './document/context.js';
import { renderMarkdown } from './document/render-markdown.js';
import { type HtmlOptions, pageHtml } from './html/render-html.js';
import { renderingHtml } from './markdown/blocks.js';

export { renderMarkdown } from './document/render-markdown.js';
export { SECTION_TITLES, type RenderOptions, type SectionTitle } from './document/context.js';
export { markdownToHtml, CONTENT_SECURITY_POLICY, type HtmlOptions } from './html/render-html.js';
export { renderJson, allFindings, sortKeys, REPORT_JSON_VERSION, type ReportFinding } from './json/render-json.js';
export { severityRank, failsGate, bySeverity, type FailOn } from './document/severity.js';
export { escapeText, singleLine, stripControlCharacters } from './markdown/text.js';
export { parseGantt, parseXyChart } from './html/mermaid-parse.js';
export { ganttMermaid, xyChartMermaid, type Gantt, type XyChart } from './markdown/mermaid.js';

/**
 * The report as one HTML page. The same section code as `renderMarkdown` writes HTML directly: the
 * page equals `markdownToHtml(renderMarkdown(assessment))` byte for byte (tested), without parsing
 * the markdown back.
 */
export function renderHtml(assessment: Assessment, options: RenderOptions & HtmlOptions = {}): string {
  const { result: body, page } = renderingHtml(() => renderMarkdown(assessment, options));
  return pageHtml({ body, title: page.title, sections: page.sections }, options);
}
