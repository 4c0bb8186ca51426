import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exposes the three renderers and the gate helpers', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CONTENT_SECURITY_POLICY',
        'REPORT_JSON_VERSION',
        'SECTION_TITLES',
        'allFindings',
        'bySeverity',
        'escapeText',
        'failsGate',
        'ganttMermaid',
        'markdownToHtml',
        'parseGantt',
        'parseXyChart',
        'renderHtml',
        'renderJson',
        'renderMarkdown',
        'severityRank',
        'singleLine',
        'sortKeys',
        'stripControlCharacters',
        'xyChartMermaid',
      ].sort(),
    );
  });
});
