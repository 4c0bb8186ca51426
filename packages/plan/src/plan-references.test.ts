import { builtinCatalog } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { planReferenceIssues } from './plan-references.js';
import { samplePlan } from './test-support/plans.js';

describe('planReferenceIssues', () => {
  it('is empty for a plan whose ids are all in the catalog', () => {
    expect(planReferenceIssues(samplePlan(), builtinCatalog(), 'ok.plan.yaml')).toEqual([]);
  });

  it('names file and path of an unknown model id and suggests the real one (no Qwen3-72B)', () => {
    const plan = samplePlan();
    plan.candidates[0]!.model = 'qwen3-72b';
    plan.apiComparisons = ['openai/gpt-4o', 'openai/gpt-5o'];
    const issues = planReferenceIssues(plan, builtinCatalog(), 'typo.plan.yaml');
    expect(issues.map((i) => [i.path, i.found])).toEqual([
      ['$.candidates[0].model', 'unknown id "qwen3-72b"'],
      ['$.apiComparisons[1]', 'unknown id "openai/gpt-5o"'],
    ]);
    expect(issues[0]!.expected).toMatch(/^a model id from the catalog \(did you mean "[^"]+"/);
    expect(issues[0]!.file).toBe('typo.plan.yaml');
  });
});
