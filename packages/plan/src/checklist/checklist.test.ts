import { describe, expect, it } from 'vitest';
import type { ChecklistItemState } from '../assessment.js';
import { samplePlan } from '../test-support/plans.js';
import { runAutoCheck, type CheckFacts } from './auto-checks.js';
import { CHECKLIST, COMMON_MISTAKES, PHASES } from './definition.js';
import { readiness } from './readiness.js';

/** The 43 item ids of the framework-anchored checklist (reference: checklist-anchors.md §2). */
const ANCHOR_IDS = [
  ...Array.from({ length: 11 }, (_, i) => `POC-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 13 }, (_, i) => `PIL-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 12 }, (_, i) => `PRD-${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 7 }, (_, i) => `OPT-${String(i + 1).padStart(2, '0')}`),
];

describe('checklist definition', () => {
  it('holds all 43 anchored items plus the article’s tasks no anchor covers', () => {
    expect(ANCHOR_IDS).toHaveLength(43);
    const ids = CHECKLIST.map((i) => i.id);
    for (const id of ANCHOR_IDS) expect(ids).toContain(id);
    expect(ids.filter((id) => id.startsWith('ART-'))).toEqual(['ART-POC-1', 'ART-POC-2', 'ART-PIL-1', 'ART-PIL-2', 'ART-PRD-1', 'ART-PRD-2', 'ART-PRD-3', 'ART-OPT-1']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places each anchored item in the phase its id names, with a question, a why and framework ids', () => {
    const prefix = { poc: 'POC', pilot: 'PIL', production: 'PRD', optimization: 'OPT' } as const;
    for (const item of CHECKLIST) {
      expect(item.id.replace(/^ART-/, '').startsWith(prefix[item.phase])).toBe(true);
      expect(item.question.endsWith('?')).toBe(true);
      expect(item.why.length).toBeGreaterThan(20);
      expect(item.frameworks.length).toBeGreaterThan(0);
    }
  });

  it('folds every one of the article’s 12 pre-adoption questions into an item', () => {
    const article = CHECKLIST.flatMap((i) => i.frameworks).filter((f) => / (technical|business|operational): /.test(f));
    expect(article).toHaveLength(12);
  });

  it('has the article’s four phases with their durations and tasks, and its five mistakes', () => {
    expect(PHASES.map((p) => [p.name, p.durationWeeks])).toEqual([
      ['PoC', { min: 2, max: 4 }],
      ['Pilot', { min: 4, max: 8 }],
      ['Production', { min: 8, max: 12 }],
      ['Optimization', null],
    ]);
    expect(PHASES.every((p) => p.tasks.length === 4)).toBe(true);
    expect(COMMON_MISTAKES.map((m) => m.id)).toEqual(['MISTAKE-1', 'MISTAKE-2', 'MISTAKE-3', 'MISTAKE-4', 'MISTAKE-5']);
  });
});

const item = (kind: ChecklistItemState['kind'], auto: 'pass' | 'fail' | 'unknown' | null, status: ChecklistItemState['status']): ChecklistItemState => ({
  id: 'X',
  phase: 'poc',
  kind,
  question: '?',
  why: '',
  frameworks: [],
  auto: auto ? { check: 'golden-set', result: auto, reason: '', estimate: false } : null,
  status,
  owner: null,
  due: null,
  notes: null,
  evidence: null,
});

describe('readiness', () => {
  it('counts a passing automated item 1 and a done manual item ½ (ML Test Score)', () => {
    const r = readiness([
      item('technical', 'pass', 'todo'),
      item('technical', 'fail', 'done'), // a failing check is not done, whatever the status says
      item('business', null, 'done'),
      item('business', null, 'in-progress'),
      item('legal', null, 'not-applicable'), // left out
    ]);
    // (1 × 1 + 1 × ½) / (2 × 1 + 2 × ½) = 1.5 / 3 = 0.5
    expect(r.score).toBe(0.5);
    expect(r.automated).toEqual({ done: 1, total: 2 });
    expect(r.manual).toEqual({ done: 1, total: 2 });
    // technical 1/2, business 1/2: tie → the first in kind order
    expect(r.weakestKind).toBe('technical');
  });

  it('is 0 with no weakest kind for an empty phase', () => {
    expect(readiness([])).toEqual({ score: 0, automated: { done: 0, total: 0 }, manual: { done: 0, total: 0 }, weakestKind: null });
  });
});

describe('auto-checks', () => {
  const facts = (edit: (f: CheckFacts) => void = () => {}): CheckFacts => {
    const f: CheckFacts = {
      plan: samplePlan(),
      primary: null,
      primaryModel: null,
      candidates: [],
      candidateModels: [],
      licenseFindings: [],
      complianceFindings: [],
      cost: { currency: 'USD', scenarios: [], assumptions: [], problems: [] },
    };
    edit(f);
    return f;
  };

  it('golden set: at least 20 cases', () => {
    expect(runAutoCheck('golden-set', facts((f) => {
      f.plan.operations.goldenSetSize = 19;
    }))).toEqual({ result: 'fail', reason: 'golden set of 19 cases (need ≥ 20)', estimate: false });
    expect(runAutoCheck('golden-set', facts((f) => {
      f.plan.operations.goldenSetSize = 20;
    })).result).toBe('pass');
  });

  it('fallback: an API fallback is refused when data may not leave the premises', () => {
    const f = facts((x) => {
      x.plan.profile.dataMayLeavePremises = false;
      x.plan.operations.fallback = { kind: 'api', target: 'openai/gpt-4o', tested: true };
    });
    expect(runAutoCheck('fallback-defined', f)).toEqual({ result: 'fail', reason: 'fallback openai/gpt-4o is an API, but data may not leave the premises', estimate: false });
  });

  it('data residency: personal data that may not leave, on an API-only deployment, fails', () => {
    const f = facts((x) => {
      x.plan.profile.dataSensitivity = 'personal';
      x.plan.profile.dataMayLeavePremises = false;
      x.plan.profile.deployment = 'api';
    });
    expect(runAutoCheck('data-residency', f).result).toBe('fail');
  });

  it('fine-tuning above one third of the original compute makes you a GPAI provider', () => {
    const f = facts((x) => {
      x.plan.profile.license.finetunes = true;
      x.plan.profile.license.fineTuneComputeShare = 0.4;
    });
    expect(runAutoCheck('fine-tune-threshold', f).reason).toBe(
      'fine-tuning compute 40 % of the original > one third: you become the provider of a new GPAI model in the EU',
    );
  });

  it('checks without evidence in the plan answer unknown, never pass', () => {
    for (const id of ['eval-baseline', 'load-test', 'security-audit', 'eval-diff', 'utilisation-metrics'] as const) {
      expect(runAutoCheck(id, facts()).result).toBe('unknown');
    }
    expect(runAutoCheck('vram-fits', facts())).toEqual({ result: 'unknown', reason: 'no candidate deployment in the plan', estimate: false });
  });
});
