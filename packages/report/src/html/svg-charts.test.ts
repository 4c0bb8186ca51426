import { describe, expect, it } from 'vitest';
import { escapeXml, ganttSvg, xyChartSvg } from './svg-charts.js';

describe('xyChartSvg', () => {
  const svg = xyChartSvg(
    {
      title: 'Cost <b>',
      xLabel: 'Month',
      yLabel: 'USD',
      categories: ['0', '1', '2'],
      series: [{ name: '<script>alert(1)</script>', values: [0, 500, 1000] }],
      markers: [{ x: 1, label: 'break-even' }],
    },
    'chart-1',
  );

  it('places points on a 0..niceCeiling(max) scale', () => {
    // Plot: left 80, width 760 − 80 − 24 = 656, top 40, height 280; y max = niceCeiling(1000) = 1000.
    // Points: (80, 320), (80 + 328, 40 + 280 − 140 = 180), (736, 40).
    expect(svg).toContain('points="80,320 408,180 736,40"');
    // Break-even at x = 1 -> 408.
    expect(svg).toContain('<line x1="408" y1="40" x2="408" y2="320" class="marker"/>');
    // Five grid steps of 200.
    expect(svg).toContain('>1,000</text>');
    expect(svg).toContain('>200</text>');
  });

  it('escapes every label', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('aria-labelledby="chart-1-title"');
  });
});

describe('ganttSvg', () => {
  it('scales bars by dates, end date inclusive', () => {
    const svg = ganttSvg(
      {
        title: 'Roadmap',
        sections: [
          { name: 'A', tasks: [{ id: 'a', name: 'A', start: '2026-01-01', end: '2026-01-10' }] },
          { name: 'B', tasks: [{ id: 'b', name: 'B', start: '2026-01-11', end: '2026-01-20' }] },
        ],
      },
      'g',
    );
    // Span: 2026-01-01 .. 2026-01-21 exclusive = 20 days over 760 − 180 − 24 = 556 px -> 27.8 px/day.
    // A: x 180, width 10 × 27.8 = 278; B: x 458, width 278.
    expect(svg).toContain('<rect x="180" y="45" width="278"');
    expect(svg).toContain('<rect x="458" y="73" width="278"');
    expect(svg).toContain('2026-01-11 → 2026-01-20');
  });

  it('escapes xml', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
