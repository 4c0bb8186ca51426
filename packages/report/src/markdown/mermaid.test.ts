import { describe, expect, it } from 'vitest';
import { ganttMermaid, mermaidNumber, niceCeiling, xyChartMermaid } from './mermaid.js';

describe('xyChartMermaid', () => {
  it('writes an xychart-beta with named series and a break-even marker as comments', () => {
    const text = xyChartMermaid({
      title: 'Cumulative cost "USD"',
      xLabel: 'Month',
      yLabel: 'USD',
      categories: ['0', '1', '2'],
      series: [
        { name: 'API: GPT-4o', values: [0, 375, 750] },
        { name: 'Local: RTX 4090', values: [1600, 1615, 1630] },
      ],
      markers: [{ x: 4.444444, label: 'break-even vs GPT-4o\n# x' }],
    });
    // y max: 1630 -> 2 x 10^3 = 2000
    expect(text).toBe(
      [
        'xychart-beta',
        `    title "Cumulative cost 'USD'"`,
        '    x-axis "Month" [0, 1, 2]',
        '    y-axis "USD" 0 --> 2000',
        '    %% series 1: API: GPT-4o',
        '    line [0, 375, 750]',
        '    %% series 2: Local: RTX 4090',
        '    line [1600, 1615, 1630]',
        '    %% marker 4.44: break-even vs GPT-4o # x',
      ].join('\n'),
    );
  });

  it('formats numbers without exponents', () => {
    expect(mermaidNumber(1e21)).toBe('1000000000000000000000');
    expect(mermaidNumber(12.6)).toBe('12.6');
    expect(mermaidNumber(-0.001)).toBe('0');
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(2400)).toBe(2500);
    expect(niceCeiling(5001)).toBe(10000);
  });
});

describe('ganttMermaid', () => {
  it('writes dated tasks and drops names that would break the syntax', () => {
    expect(
      ganttMermaid({
        title: 'Roadmap',
        sections: [
          {
            name: 'PoC: weeks 1-4',
            tasks: [
              { id: 'poc', name: 'Proof of concept; #1', start: '2026-01-05', end: '2026-02-02' },
              { id: 'bad', name: 'no dates', start: 'soon', end: '2026-02-02' },
            ],
          },
        ],
      }),
    ).toBe(
      [
        'gantt',
        '    title Roadmap',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %Y-%m-%d',
        '    section PoC weeks 1-4',
        '    Proof of concept 1 :poc, 2026-01-05, 2026-02-02',
      ].join('\n'),
    );
  });
});
