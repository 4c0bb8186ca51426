/**
 * Partial offload in a plan: the candidate's hardware may state the host RAM (`hostMemoryGb`), the
 * sizing row carries the host RAM the offload needs, and a setup the model does not fit gets no local
 * cost (docs/methodology.md §Host memory for offload).
 */
import { builtinCatalog } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { createPlan } from './new-plan.js';
import type { Plan } from './plan-schema.js';
import { validatePlan } from './plan-validation.js';

const catalog = builtinCatalog();
const GiB = 2 ** 30;

function r1Plan(hostMemoryGb?: number): Plan {
  const plan = createPlan({ id: 'r1-on-a-4090', name: 'DeepSeek-R1 on one RTX 4090' });
  plan.profile.useCases = ['coding'];
  plan.apiComparisons = ['openai/gpt-4o'];
  plan.candidates = [
    {
      model: 'deepseek-r1',
      quant: 'Q4_K_M',
      engine: 'llama.cpp',
      hardware: { gpu: 'rtx-4090', count: 1, ...(hostMemoryGb !== undefined ? { hostMemoryGb } : {}) },
    },
  ];
  return plan;
}

describe('host RAM for llama.cpp partial offload', () => {
  it('hostMemoryGb is optional on both hardware forms: old plans stay valid, schemaVersion stays 1', () => {
    const plan = r1Plan(64);
    expect(plan.schemaVersion).toBe(1);
    expect(validatePlan(plan, 'plan.yaml').ok).toBe(true);
    expect(validatePlan(r1Plan(), 'plan.yaml').ok).toBe(true);
    const custom = r1Plan();
    custom.candidates[0]!.hardware = { custom: { memoryGb: 24, bandwidthGbps: 1008, tflops: 165 }, count: 1, hostMemoryGb: 128 };
    expect(validatePlan(custom, 'plan.yaml').ok).toBe(true);
    // 0 GiB of host RAM is refused like any other non-positive size.
    expect(validatePlan(r1Plan(0), 'plan.yaml').ok).toBe(false);
  });

  it('DeepSeek-R1 Q4_K_M on one RTX 4090 with 64 GiB of host RAM does not fit and gets no local cost', () => {
    const a = assess(r1Plan(64), catalog);
    const c = a.candidates[0]!;
    // sizing (fit.test.ts): 58 of 61 layers offloaded at 8192 tokens need 384,390,728,218 B = 358.0 GiB of host RAM;
    // 0.8 × 64 GiB = 51.2 GiB usable.
    expect(c.fit?.verdict).toBe('does-not-fit');
    expect(c.fit?.hostMemoryNeededBytes).toBe(384_390_728_218);
    expect(c.fit?.hostMemoryBytes).toBe(64 * GiB);
    expect(c.fit?.hostMemoryUsableBytes).toBeCloseTo(0.8 * 64 * GiB, 1);
    expect(c.speed).toBeNull();
    expect(a.cost.scenarios.map((s) => s.kind)).toEqual(['api']);
    expect(a.cost.cannotServe).toEqual([
      {
        id: 'local:0',
        label: 'DeepSeek-R1 Q4_K_M on 1 × NVIDIA GeForce RTX 4090',
        reason: 'host RAM too small: offloading 58 of 61 layers needs 358.0 GiB of host RAM; 51.2 GiB usable (80% of 64.0 GiB); 17 such GPUs would hold it entirely',
      },
    ]);
  });

  it('the summary gives no monthly cost when the first candidate cannot serve, not the cost of another candidate', () => {
    const plan = r1Plan(64);
    plan.candidates.push({ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 } });
    const a = assess(plan, catalog);
    expect(a.cost.scenarios.map((s) => s.id)).toEqual(['api:openai/gpt-4o', 'local:1']);
    expect(a.summary.recommendedModel).toBe('deepseek-r1');
    expect(a.summary.monthlyCost).toBeNull();
  });

  it('without hostMemoryGb the verdict stays needs-offload and the row says how much RAM the host must have', () => {
    const c = assess(r1Plan(), catalog).candidates[0]!;
    expect(c.fit?.verdict).toBe('needs-offload');
    expect(c.fit?.offloadLayers).toBe(58);
    expect(c.fit?.hostMemoryNeededBytes).toBe(384_390_728_218);
    expect(c.fit?.hostMemoryBytes).toBeNull();
    expect(c.fit?.reasons).toContain('the host must have 358.0 GiB of RAM for the offloaded layers, their KV cache and the token embeddings (host RAM not given, not checked)');
  });

  it('a model that fits the GPU needs no host RAM for offload', () => {
    const plan = r1Plan(64);
    plan.candidates[0]!.model = 'qwen3-14b';
    const c = assess(plan, catalog).candidates[0]!;
    expect(c.fit?.verdict).toBe('fits');
    expect(c.fit?.hostMemoryNeededBytes).toBe(0);
    expect(assess(plan, catalog).cost.cannotServe).toEqual([]);
  });
});
