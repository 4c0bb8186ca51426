// Reads back the small mermaid subset that markdown/mermaid.ts writes. Anything else returns
// null and the HTML shows the diagram source as a code block instead of guessing.
import type { Gantt, GanttSection, GanttTask, XyChart, XyMarker, XySeries } from '../markdown/mermaid.js';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** A line pattern and its handler; the handler returns false to reject the line. */
type LineRule = readonly [RegExp, (m: RegExpExecArray) => boolean];

/** Applies the first rule whose pattern matches; false when none matches or the handler rejects. */
function applyRules(line: string, rules: readonly LineRule[]): boolean {
  for (const [pattern, handle] of rules) {
    const m = pattern.exec(line);
    if (m !== null) return handle(m);
  }
  return false;
}

function unquote(text: string): string {
  const t = text.trim();
  return t.startsWith('"') && t.endsWith('"') && t.length >= 2 ? t.slice(1, -1) : t;
}

function numberList(text: string): number[] | null {
  const items = text
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return items.every((x) => NUMBER.test(x)) ? items.map(Number) : null;
}

function bodyLines(source: string, header: string): string[] | null {
  const lines = source
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines[0] === header ? lines.slice(1) : null;
}

export function parseXyChart(source: string): XyChart | null {
  const lines = bodyLines(source, 'xychart-beta');
  if (lines === null) return null;
  let title = '';
  let xLabel = '';
  let yLabel = '';
  let categories: string[] = [];
  const series: XySeries[] = [];
  const names = new Map<number, string>();
  const markers: XyMarker[] = [];
  const rules: LineRule[] = [
    [
      /^title\s+(.*)$/,
      (m) => {
        title = unquote(m[1] ?? '');
        return true;
      },
    ],
    [
      /^x-axis\s+("[^"]*")?\s*\[(.*)\]$/,
      (m) => {
        xLabel = unquote(m[1] ?? '');
        categories = (m[2] ?? '').split(',').map((c) => c.trim());
        return true;
      },
    ],
    [
      /^y-axis\s+("[^"]*")?/,
      (m) => {
        yLabel = unquote(m[1] ?? '');
        return true;
      },
    ],
    [
      /^line\s+\[(.*)\]$/,
      (m) => {
        const values = numberList(m[1] ?? '');
        if (values === null) return false;
        series.push({ name: names.get(series.length + 1) ?? `Series ${series.length + 1}`, values });
        return true;
      },
    ],
    [/^%%\s*series\s+(\d+):\s*(.*)$/, (m) => names.set(Number(m[1]), m[2] ?? '').size > 0],
    [/^%%\s*marker\s+(-?\d+(?:\.\d+)?):\s*(.*)$/, (m) => markers.push({ x: Number(m[1]), label: m[2] ?? '' }) > 0],
    [/^%%/, () => true],
  ];
  if (!lines.every((line) => applyRules(line, rules))) return null;
  if (series.length === 0 || categories.length === 0) return null;
  return { title, xLabel, yLabel, categories, series, markers };
}

const ISO = '(\\d{4}-\\d{2}-\\d{2})';

export function parseGantt(source: string): Gantt | null {
  const lines = bodyLines(source, 'gantt');
  if (lines === null) return null;
  let title = '';
  const sections: { name: string; tasks: GanttTask[] }[] = [];
  const rules: LineRule[] = [
    [
      /^title\s+(.*)$/,
      (m) => {
        title = m[1] ?? '';
        return true;
      },
    ],
    [/^(dateFormat|axisFormat)\s|^%%/, () => true],
    [/^section\s+(.*)$/, (m) => sections.push({ name: m[1] ?? '', tasks: [] }) > 0],
    [
      new RegExp(`^([^:]+):\\s*([A-Za-z0-9_-]+),\\s*${ISO},\\s*${ISO}$`),
      (m) => {
        if (sections.length === 0) sections.push({ name: '', tasks: [] });
        sections[sections.length - 1]?.tasks.push({ name: (m[1] ?? '').trim(), id: m[2] ?? '', start: m[3] ?? '', end: m[4] ?? '' });
        return true;
      },
    ],
  ];
  if (!lines.every((line) => applyRules(line, rules))) return null;
  const nonEmpty: GanttSection[] = sections.filter((s) => s.tasks.length > 0);
  return nonEmpty.length === 0 ? null : { title, sections: nonEmpty };
}
