// markdown-it plugins for the report page, registered with `md.use` and delegating to the saved
// default renderer rule for anything they do not handle (markdown-it-container's pattern).
import type { PluginSimple, RendererRule as RenderRule, Token } from 'markdown-it';
import { parseGantt, parseXyChart } from './mermaid-parse.js';
import { escapeXml, ganttSvg, xyChartSvg } from './svg-charts.js';

/** Render env: per-render state (ids for SVG titles), so renders stay independent and pure. */
export interface PageEnv {
  chartCount?: number;
}

/** `mermaid` fences holding our xychart/gantt subset become inline SVG figures; others stay code. */
export const mermaidSvg: PluginSimple = (md) => {
  const fallback: RenderRule = md.renderer.rules.fence ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.fence = (tokens, idx, options, env: PageEnv, self) => {
    const token = tokens[idx] as Token;
    if (token.info.trim() === 'mermaid') {
      env.chartCount = (env.chartCount ?? 0) + 1;
      const id = `chart-${env.chartCount}`;
      const xy = parseXyChart(token.content);
      if (xy !== null) return `<figure class="chart-figure">\n${xyChartSvg(xy, id)}\n</figure>\n`;
      const gantt = parseGantt(token.content);
      if (gantt !== null) return `<figure class="chart-figure">\n${ganttSvg(gantt, id)}\n</figure>\n`;
    }
    return fallback(tokens, idx, options, env, self);
  };
};

/** Wide tables scroll inside their own box on screen instead of widening the page. */
export const tableWrap: PluginSimple = (md) => {
  const open: RenderRule = md.renderer.rules.table_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  const close: RenderRule = md.renderer.rules.table_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.table_open = (tokens, idx, options, env, self) => `<div class="table-wrap">\n${open(tokens, idx, options, env, self)}`;
  md.renderer.rules.table_close = (tokens, idx, options, env, self) => `${close(tokens, idx, options, env, self)}</div>\n`;
};

/**
 * Links: only http(s) and in-page anchors are links at all; they open without a referrer.
 * Images would be a request (and the CSP forbids them): show their alt text instead.
 */
export const safeLinks: PluginSimple = (md) => {
  md.validateLink = (url: string) => /^(https?:\/\/|#)/i.test(url.trim());
  const open: RenderRule = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx] as Token;
    if (!(token.attrGet('href') ?? '').startsWith('#')) token.attrSet('rel', 'noopener noreferrer nofollow');
    return open(tokens, idx, options, env, self);
  };
  md.renderer.rules.image = (tokens, idx) => `<span class="image-alt">[image: ${escapeXml((tokens[idx] as Token).content)}]</span>`;
};

/** Lower-case, dash-separated id from heading text (`7. Cost` -> `7-cost`). */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

/** Gives every h2 an id (unique within the page) so the table of contents can link to it. */
export const headingIds: PluginSimple = (md) => {
  md.core.ruler.push('heading_ids', (state) => {
    const seen = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open' || token.tag !== 'h2') return;
      const base = slug(state.tokens[i + 1]?.content ?? '');
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      token.attrSet('id', n === 1 ? base : `${base}-${n}`);
    });
  });
};
