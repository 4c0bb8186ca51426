// The page's only stylesheet, inlined (the CSP allows inline styles and nothing external).
// Screen: readable measure, tables scroll sideways. Print: A4 margins, no scroll boxes,
// rows and charts kept whole across pages.
export const PAGE_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --zebra: #f6f8fa; --accent: #0b5cad; }
* { box-sizing: border-box; }
html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 1.9rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.45rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.15rem; margin: 1.6rem 0 0.6rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
p, ul, ol { margin: 0.5rem 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
code { font: 0.88em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--zebra); padding: 0.1em 0.3em; border-radius: 3px; }
pre { background: var(--zebra); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; padding: 0; }
blockquote { margin: 0.5rem 0; padding: 0.3rem 0.9rem; border-left: 4px solid var(--line); color: var(--muted); font-style: italic; }
nav.toc { border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; margin: 1rem 0; background: #fbfcfd; }
nav.toc ul { columns: 2; margin: 0.3rem 0; padding-left: 0; list-style: none; }
.table-wrap { overflow-x: auto; margin: 0.7rem 0; }
table { border-collapse: collapse; font-size: 0.9rem; width: auto; min-width: 50%; }
th, td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
th { background: #eef2f6; font-weight: 600; }
/* Right-aligned columns hold figures: keep each on one line. */
td[style*="right"], th[style*="right"] { white-space: nowrap; }
tbody tr:nth-child(even) td { background: var(--zebra); }
figure.chart-figure { margin: 1rem 0; }
svg.chart { max-width: 100%; height: auto; font-family: inherit; }
svg .chart-title { font-size: 15px; font-weight: 600; fill: var(--ink); }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .axis-label { font-size: 12px; fill: var(--ink); }
svg .legend { font-size: 12px; fill: var(--ink); }
svg .bar-label { font-size: 11px; fill: #fff; }
svg .grid { stroke: #e4e8ec; stroke-width: 1; }
svg .axis { stroke: #57606a; stroke-width: 1; }
svg .marker { stroke: #000; stroke-width: 1.5; stroke-dasharray: 5 4; }
svg .marker-dot { fill: #000; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { break-before: auto; break-after: avoid; }
  h3, h4 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  tr, blockquote, pre, figure.chart-figure { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: underline; }
  tbody tr:nth-child(even) td { background: #f3f3f3; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
