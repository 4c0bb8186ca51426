import { describe, expect, it } from 'vitest';
import { fixtureAssessment } from '../test-support/fixture-assessment.js';
import { allFindings, renderJson, sortKeys } from './render-json.js';

describe('renderJson', () => {
  const text = renderJson(fixtureAssessment());
  const doc = JSON.parse(text);

  it('lists every finding most severe first with its kind', () => {
    expect(doc.findings.map((f: { id: string; kind: string; severity: string }) => [f.kind, f.severity, f.id])).toEqual([
      ['license', 'blocker', 'llama4.eu-multimodal'],
      ['compliance', 'obligation', 'euaia.ai-literacy'],
      ['license', 'info', 'apache.patent-grant'],
    ]);
    expect(doc.findingCounts).toEqual({ blocker: 1, info: 1, obligation: 1 });
    expect(doc.blockers).toBe(1);
    expect(doc.mostSevere).toBe('blocker');
    expect(doc.failingChecks).toEqual([{ check: 'rate-limits', id: 'PIL-01', phase: 'pilot', reason: 'no rate limits configured' }]);
  });

  it('carries the figures: the whole assessment', () => {
    expect(doc.assessment.cost.scenarios[0].monthlyCost).toBe(375);
    expect(doc.assessment.cost.scenarios[0].breakEvenMonths).toBeCloseTo(4.444, 3);
  });

  it('has a stable key order whatever order the object was built in', () => {
    const a = fixtureAssessment();
    const reversed = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(renderJson(reversed)).toBe(text);
    expect(Object.keys(doc)).toEqual([...Object.keys(doc)].sort());
    expect(JSON.stringify(sortKeys({ b: 1, a: { d: 1, c: [{ f: 1, e: 2 }] } }))).toBe('{"a":{"c":[{"e":2,"f":1}],"d":1},"b":1}');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('marks compliance findings as not tied to a model', () => {
    expect(allFindings(fixtureAssessment()).find((f) => f.kind === 'compliance')?.model).toBeNull();
  });
});
