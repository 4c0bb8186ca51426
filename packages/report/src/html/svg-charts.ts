// Inline SVG for the report's two diagrams, drawn from the parsed mermaid data. Static markup
// only: no script, no external reference, text escaped. Colours are the Okabe–Ito palette
// (distinguishable with colour-vision deficiency) and each line also has its own dash pattern,
// so the chart still reads when printed in grey.
import { dayNumber, fromDayNumber } from '../document/dates.js';
import { grouped } from '../format/numbers.js';
import type { Gantt, XyChart } from '../markdown/mermaid.js';
import { niceCeiling } from '../markdown/mermaid.js';

export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 4', '12 6', '1 2'] as const;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Two decimals at most, no exponent: coordinates stay short and identical across runs. */
function n(v: number): string {
  return String(Math.round(v * 100) / 100);
}

function tickStep(max: number): number {
  return niceCeiling(max) / 5;
}

/** `id` must be unique in the page (it labels the SVG for screen readers). */
export function xyChartSvg(chart: XyChart, id: string): string {
  const width = 760;
  const legendRows = Math.ceil(chart.series.length / 2) + (chart.markers.length > 0 ? 1 : 0);
  const plot = { left: 80, top: 40, right: 24, bottom: 56 };
  const plotHeight = 280;
  const height = plot.top + plotHeight + plot.bottom + legendRows * 20;
  const plotWidth = width - plot.left - plot.right;
  const count = Math.max(...chart.series.map((s) => s.values.length), chart.categories.length);
  const yMax = niceCeiling(Math.max(0, ...chart.series.flatMap((s) => s.values)));
  const x = (i: number) => plot.left + (count <= 1 ? 0 : (i / (count - 1)) * plotWidth);
  const y = (v: number) => plot.top + plotHeight - (Math.max(0, v) / yMax) * plotHeight;
  const titleId = `${id}-title`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart xychart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}">`,
    `<title id="${titleId}">${escapeXml(chart.title)}</title>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" class="chart-title">${escapeXml(chart.title)}</text>`,
  ];
  // Horizontal grid and y labels.
  const step = tickStep(yMax);
  for (let v = 0; v <= yMax + step / 2; v += step) {
    const yy = n(y(v));
    parts.push(`<line x1="${plot.left}" y1="${yy}" x2="${width - plot.right}" y2="${yy}" class="grid"/>`);
    parts.push(`<text x="${plot.left - 8}" y="${yy}" dy="4" text-anchor="end" class="tick">${escapeXml(grouped(v, step < 1 ? 1 : 0))}</text>`);
  }
  // x ticks: at most ~13 labels.
  const every = Math.max(1, Math.ceil(count / 13));
  for (let i = 0; i < count; i += every) {
    const xx = n(x(i));
    parts.push(`<line x1="${xx}" y1="${plot.top + plotHeight}" x2="${xx}" y2="${plot.top + plotHeight + 5}" class="axis"/>`);
    parts.push(`<text x="${xx}" y="${plot.top + plotHeight + 20}" text-anchor="middle" class="tick">${escapeXml(chart.categories[i] ?? String(i))}</text>`);
  }
  parts.push(`<line x1="${plot.left}" y1="${plot.top + plotHeight}" x2="${width - plot.right}" y2="${plot.top + plotHeight}" class="axis"/>`);
  parts.push(`<line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${plot.top + plotHeight}" class="axis"/>`);
  parts.push(`<text x="${plot.left + plotWidth / 2}" y="${plot.top + plotHeight + 40}" text-anchor="middle" class="axis-label">${escapeXml(chart.xLabel)}</text>`);
  parts.push(`<text transform="translate(18 ${plot.top + plotHeight / 2}) rotate(-90)" text-anchor="middle" class="axis-label">${escapeXml(chart.yLabel)}</text>`);
  // Break-even markers: x is in category units (month numbers), interpolated between ticks.
  for (const marker of chart.markers) {
    if (!(marker.x >= 0 && marker.x <= count - 1)) continue;
    const xx = n(x(marker.x));
    parts.push(`<line x1="${xx}" y1="${plot.top}" x2="${xx}" y2="${plot.top + plotHeight}" class="marker"/>`);
    parts.push(`<circle cx="${xx}" cy="${plot.top + 4}" r="4" class="marker-dot"/>`);
  }
  chart.series.forEach((series, i) => {
    const points = series.values.map((v, j) => `${n(x(j))},${n(y(v))}`).join(' ');
    const dash = DASHES[i % DASHES.length];
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''} class="series"><title>${escapeXml(series.name)}</title></polyline>`,
    );
  });
  // Legend under the plot, two columns.
  const legendTop = plot.top + plotHeight + plot.bottom;
  chart.series.forEach((series, i) => {
    const lx = plot.left + (i % 2) * (plotWidth / 2);
    const ly = legendTop + Math.floor(i / 2) * 20;
    const dash = DASHES[i % DASHES.length];
    parts.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 28}" y2="${ly}" stroke="${PALETTE[i % PALETTE.length]}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text x="${lx + 34}" y="${ly}" dy="4" class="legend">${escapeXml(series.name)}</text>`,
    );
  });
  if (chart.markers.length > 0) {
    const ly = legendTop + Math.ceil(chart.series.length / 2) * 20;
    const label = chart.markers.map((m) => `${m.label} (${chart.xLabel.toLowerCase()} ${grouped(m.x, 1)})`).join('; ');
    parts.push(
      `<line x1="${plot.left + 14}" y1="${ly - 7}" x2="${plot.left + 14}" y2="${ly + 7}" class="marker"/>`,
      `<text x="${plot.left + 34}" y="${ly}" dy="4" class="legend">${escapeXml(label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}

export function ganttSvg(gantt: Gantt, id: string): string {
  const tasks = gantt.sections.flatMap((s) => s.tasks.map((t) => ({ ...t, section: s.name })));
  const first = Math.min(...tasks.map((t) => dayNumber(t.start)));
  // The end date is the last day of the task: the bar covers it, so add one day.
  const last = Math.max(...tasks.map((t) => dayNumber(t.end) + 1));
  const span = Math.max(1, last - first);
  const width = 760;
  const labelWidth = 180;
  const top = 40;
  const rowHeight = 28;
  const height = top + tasks.length * rowHeight + 40;
  const plotWidth = width - labelWidth - 24;
  const x = (day: number) => labelWidth + ((day - first) / span) * plotWidth;
  const titleId = `${id}-title`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart gantt" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId}">`,
    `<title id="${titleId}">${escapeXml(gantt.title)}</title>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" class="chart-title">${escapeXml(gantt.title)}</text>`,
  ];
  // Month ticks: the first of each month inside the span (at most ~12 labels).
  const months: number[] = [];
  const startDate = fromDayNumber(first);
  let year = Number(startDate.slice(0, 4));
  let month = Number(startDate.slice(5, 7));
  for (;;) {
    const day = dayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
    if (day > last) break;
    if (day >= first) months.push(day);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const every = Math.max(1, Math.ceil(months.length / 12));
  months.forEach((day, i) => {
    const xx = n(x(day));
    parts.push(`<line x1="${xx}" y1="${top - 6}" x2="${xx}" y2="${top + tasks.length * rowHeight}" class="grid"/>`);
    if (i % every === 0) parts.push(`<text x="${xx}" y="${top + tasks.length * rowHeight + 18}" text-anchor="middle" class="tick">${fromDayNumber(day).slice(0, 7)}</text>`);
  });
  tasks.forEach((t, i) => {
    const y0 = top + i * rowHeight;
    const x0 = x(dayNumber(t.start));
    const x1 = x(dayNumber(t.end) + 1);
    parts.push(
      `<text x="${labelWidth - 10}" y="${y0 + rowHeight / 2}" dy="4" text-anchor="end" class="legend">${escapeXml(t.name)}</text>`,
      `<rect x="${n(x0)}" y="${y0 + 5}" width="${n(Math.max(2, x1 - x0))}" height="${rowHeight - 10}" rx="3" fill="${PALETTE[i % PALETTE.length]}" class="bar"><title>${escapeXml(`${t.name}: ${t.start} to ${t.end}`)}</title></rect>`,
      // Dates inside the bar when it is wide enough, else just after it.
      x1 - x0 > 170
        ? `<text x="${n(x0 + 6)}" y="${y0 + rowHeight / 2}" dy="4" class="bar-label">${escapeXml(`${t.start} → ${t.end}`)}</text>`
        : `<text x="${n(x1 + 6)}" y="${y0 + rowHeight / 2}" dy="4" class="legend">${escapeXml(`${t.start} → ${t.end}`)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
