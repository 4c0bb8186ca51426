import { describe, expect, it } from 'vitest';
import { ganttMermaid, xyChartMermaid } from '../markdown/mermaid.js';
import { parseGantt, parseXyChart } from './mermaid-parse.js';

describe('parseXyChart', () => {
  it('reads back what xyChartMermaid writes', () => {
    const chart = {
      title: 'Cumulative cost (USD)',
      xLabel: 'Month',
      yLabel: 'USD',
      categories: ['0', '1', '2'],
      series: [
        { name: 'GPT-4o API', values: [0, 375, 750] },
        { name: 'RTX 4090', values: [1600, 1615, 1630] },
      ],
      markers: [{ x: 4.44, label: 'break-even vs GPT-4o API' }],
    };
    expect(parseXyChart(xyChartMermaid(chart))).toEqual(chart);
  });

  it('rejects anything outside the subset', () => {
    expect(parseXyChart('xychart-beta\n    bar [1, 2]')).toBeNull();
    expect(parseXyChart('xychart-beta\n    x-axis [a]\n    line [1, x]')).toBeNull();
    expect(parseXyChart('graph TD; A-->B')).toBeNull();
  });
});

describe('parseGantt', () => {
  it('reads back what ganttMermaid writes', () => {
    const gantt = {
      title: 'Roadmap',
      sections: [
        { name: 'PoC', tasks: [{ id: 'poc', name: 'PoC', start: '2026-11-02', end: '2026-11-30' }] },
        { name: 'Pilot', tasks: [{ id: 'pilot', name: 'Pilot', start: '2026-12-01', end: '2027-01-25' }] },
      ],
    };
    expect(parseGantt(ganttMermaid(gantt))).toEqual(gantt);
  });

  it('rejects relative durations it does not draw', () => {
    expect(parseGantt('gantt\n    section A\n    Task :a1, after b, 3d')).toBeNull();
  });
});
