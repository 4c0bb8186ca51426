import { describe, expect, it } from 'vitest';
import { bySeverity, failsGate, severityRank } from './severity.js';

describe('severity gate', () => {
  it('orders blocker > warning > obligation > info', () => {
    expect(['info', 'obligation', 'blocker', 'warning'].map(severityRank)).toEqual([3, 2, 0, 1]);
    expect(severityRank('something-new')).toBe(3);
  });

  it('fails at or above the threshold', () => {
    expect(failsGate('blocker', 'blocker')).toBe(true);
    expect(failsGate('warning', 'blocker')).toBe(false);
    expect(failsGate('warning', 'warning')).toBe(true);
    expect(failsGate('obligation', 'warning')).toBe(false);
    expect(failsGate('blocker', 'never')).toBe(false);
  });

  it('sorts by severity, then id, then model', () => {
    const f = (severity: string, id: string, model: string) => ({ severity, id, model, license: null });
    expect(bySeverity([f('info', 'a', 'x'), f('blocker', 'b', 'y'), f('blocker', 'b', 'a'), f('blocker', 'a', 'z')]).map((x) => `${x.severity}/${x.id}/${x.model}`)).toEqual([
      'blocker/a/z',
      'blocker/b/a',
      'blocker/b/y',
      'info/a/x',
    ]);
  });
});
