// The two mermaid diagrams the report emits. They render natively where mermaid runs (GitHub,
// GitLab); the HTML page parses the same text back (html/mermaid-parse.ts) and draws its own SVG,
// because no script may run there. Extra facts mermaid has no syntax for (series names, the
// break-even marker) travel as `%%` comments, which mermaid ignores.
import { singleLine } from './text.js';

export interface XySeries {
  readonly name: string;
  readonly values: readonly number[];
}
export interface XyMarker {
  /** Position on the x axis in the axis' own units (e.g. months, fractional allowed). */
  readonly x: number;
  readonly label: string;
}
export interface XyChart {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** Category labels along x (e.g. months 0..24). */
  readonly categories: readonly string[];
  readonly series: readonly XySeries[];
  readonly markers: readonly XyMarker[];
}

export interface GanttTask {
  readonly id: string;
  readonly name: string;
  /** ISO dates, YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
}
export interface GanttSection {
  readonly name: string;
  readonly tasks: readonly GanttTask[];
}
export interface Gantt {
  readonly title: string;
  readonly sections: readonly GanttSection[];
}

/** Text for a mermaid quoted string or comment: one line, no quotes. */
export function mermaidText(text: string): string {
  return singleLine(text).replace(/["`]/g, "'").replace(/%%/g, '%');
}

/** Gantt task and section names end at `:`, and `#`/`;` start entities or statements. */
function ganttText(text: string): string {
  return mermaidText(text).replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim() || '-';
}

/** A plain decimal with at most two fractional digits (mermaid does not read exponents). */
export function mermaidNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  // toFixed switches to exponent notation from 1e21.
  if (Math.abs(value) >= 1e21) return BigInt(Math.round(value)).toString();
  const fixed = value.toFixed(2).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** A rounded upper bound for the y axis: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (max <= step * power) return step * power;
  return 10 * power;
}

export function xyChartMermaid(chart: XyChart): string {
  const max = Math.max(0, ...chart.series.flatMap((s) => s.values.filter(Number.isFinite)));
  const lines = [
    'xychart-beta',
    `    title "${mermaidText(chart.title)}"`,
    `    x-axis "${mermaidText(chart.xLabel)}" [${chart.categories.map((c) => mermaidText(c).replace(/[,[\]]/g, ' ').trim() || '-').join(', ')}]`,
    `    y-axis "${mermaidText(chart.yLabel)}" 0 --> ${mermaidNumber(niceCeiling(max))}`,
  ];
  chart.series.forEach((series, i) => {
    lines.push(`    %% series ${i + 1}: ${mermaidText(series.name)}`);
    lines.push(`    line [${series.values.map(mermaidNumber).join(', ')}]`);
  });
  for (const marker of chart.markers) lines.push(`    %% marker ${mermaidNumber(marker.x)}: ${mermaidText(marker.label)}`);
  return lines.join('\n');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function ganttMermaid(gantt: Gantt): string {
  const lines = ['gantt', `    title ${ganttText(gantt.title)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %Y-%m-%d'];
  for (const section of gantt.sections) {
    lines.push(`    section ${ganttText(section.name)}`);
    for (const task of section.tasks) {
      // Only well-formed dates reach mermaid; anything else would make the whole diagram fail.
      if (!ISO_DATE.test(task.start) || !ISO_DATE.test(task.end)) continue;
      const id = task.id.replace(/[^A-Za-z0-9_-]/g, '_') || 't';
      lines.push(`    ${ganttText(task.name)} :${id}, ${task.start}, ${task.end}`);
    }
  }
  return lines.join('\n');
}
