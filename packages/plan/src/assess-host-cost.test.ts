/**
 * The default host cost ($1,000, hardware-costs reference: $800–1,500 for a single-GPU workstation) is
 * said to be a workstation's when a candidate puts several GPUs in one machine, where the real server
 * costs more and the reference gives no figure.
 */
import { builtinCatalog } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { createPlan } from './new-plan.js';
import type { Plan } from './plan-schema.js';

const catalog = builtinCatalog();

function planWith(candidates: Plan['candidates'], hostCostUsd?: number): Plan {
  const plan = createPlan({ id: 'host-cost', name: 'Host cost' });
  plan.workload = { ...plan.workload, inputTokensPerDay: 1_000_000, outputTokensPerDay: 1_000_000 };
  plan.candidates = candidates;
  if (hostCostUsd !== undefined) plan.costAssumptions = { ...plan.costAssumptions, hostCostUsd };
  return plan;
}

const hostCost = (plan: Plan) =>
  assess(plan, catalog)
    .cost.scenarios.filter((s) => s.kind === 'local')
    .map((s) => s.assumptions.find((a) => a.name === 'hostCostUsd'));

describe('default host cost', () => {
  it('on one GPU: the workstation default, as is', () => {
    const [a] = hostCost(planWith([{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 } }]));
    expect(a?.value).toBe(1000);
    expect(a?.source).not.toContain('server');
  });

  it('on 4 GPUs in one machine: says a multi-GPU server costs more and how to set it', () => {
    const [a] = hostCost(planWith([{ model: 'qwen3-32b', quant: 'Q8_0', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 4 } }]));
    expect(a?.value).toBe(1000);
    expect(a?.source).toContain('a single-GPU workstation; a multi-GPU server costs more: set costAssumptions.hostCostUsd');
  });

  it('set in the plan: the plan value, without the note', () => {
    const [a] = hostCost(planWith([{ model: 'qwen3-32b', quant: 'Q8_0', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 4 } }], 12_000));
    expect(a?.value).toBe(12_000);
    expect(a?.source).not.toContain('server');
  });
});
