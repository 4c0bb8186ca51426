/**
 * A candidate whose model cannot run on the hardware the plan lists (sizing's verdict `needs-more-gpus`
 * or `does-not-fit`) gets no speed and no local cost: it is listed under `cost.cannotServe` with a reason
 * that names the need (docs/methodology.md §Local cost).
 */
import { builtinCatalog } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { createPlan } from './new-plan.js';
import type { Plan } from './plan-schema.js';

const catalog = builtinCatalog();

/** The enterprise example's workload and context (65,536 tokens × 8 sequences) with the given candidates. */
function h100Plan(candidates: Plan['candidates']): Plan {
  const plan = createPlan({ id: 'h100-cluster', name: 'Documents on H100s' });
  plan.profile.useCases = ['rag'];
  plan.profile.contextTokens = 65_536;
  plan.profile.concurrency = 8;
  plan.workload = { ...plan.workload, inputTokensPerDay: 40_000_000, outputTokensPerDay: 4_000_000, requestsPerDay: 8000 };
  plan.apiComparisons = ['mistral/open-mixtral-8x22b'];
  plan.candidates = candidates;
  return plan;
}

const qwen235On = (count: number): Plan['candidates'][number] => ({ model: 'qwen3-235b-a22b', quant: 'FP8', engine: 'vllm', hardware: { gpu: 'h100-sxm', count } });
const mixtralOn4: Plan['candidates'][number] = { model: 'mixtral-8x22b', quant: 'FP8', engine: 'vllm', hardware: { gpu: 'h100-sxm', count: 4 } };

describe('a candidate that needs more GPUs than the plan lists', () => {
  it('Qwen3-235B FP8 on 4 × H100 needs 8: no speed, no local cost, the need named', () => {
    const a = assess(h100Plan([mixtralOn4, qwen235On(4)]), catalog);
    const qwen = a.candidates[1]!;
    expect(qwen.fit?.verdict).toBe('needs-more-gpus');
    expect(qwen.fit?.gpusNeeded).toBe(8);
    // A speed for 4 GPUs that cannot hold the model would read as if it served; so would run commands.
    expect(qwen.speed).toBeNull();
    expect(qwen.recipe).toBeNull();
    expect(a.candidates[0]?.recipe?.vllm).toContain('--tensor-parallel-size 4');
    expect(qwen.quantTable.find((q) => q.quant === 'FP8')).toMatchObject({ fits: false, decodeTypical: null });
    // usable per GPU = 0.9 × 80 GiB = 0.9 × 85,899,345,920 = 77,309,411,328 B → 77.3 GB;
    // short by 32,673,728,716 B over 4 GPUs → needed per GPU = 77,309,411,328 + 8,168,432,179 = 85,477,843,507 B → 85.5 GB.
    expect(qwen.fit?.spareBytes).toBe(-32_673_728_716);
    expect(a.cost.cannotServe).toEqual([
      {
        id: 'local:1',
        label: 'Qwen3-235B-A22B FP8 on 4 × NVIDIA H100 SXM 80GB',
        reason: 'needs 8 × NVIDIA H100 SXM 80GB; the plan lists 4 (85.5 GB per GPU needed on 4, 77.3 GB usable)',
      },
    ]);
    // Mixtral is priced; Qwen has no row, so no monthly cost and no break-even of its own.
    expect(a.cost.scenarios.map((s) => s.id)).toEqual(['api:mistral/open-mixtral-8x22b', 'local:0']);
    expect(a.cost.problems).toEqual([]);
    expect(a.summary.monthlyCost).toBeCloseTo(a.cost.scenarios[1]!.monthlyCost, 9);
  });

  it('on the 8 GPUs it needs, the same candidate is sized and priced', () => {
    const a = assess(h100Plan([qwen235On(8)]), catalog);
    expect(a.candidates[0]?.fit?.verdict).toBe('fits');
    expect(a.candidates[0]?.speed).not.toBeNull();
    expect(a.cost.cannotServe).toEqual([]);
    const local = a.cost.scenarios.find((s) => s.id === 'local:0')!;
    // Up front: 8 × $25,000 (catalog H100 SXM price) + $1,000 host = $201,000.
    expect(local.upfrontCost).toBe(201_000);
  });

  it('as the first candidate: the summary has no monthly cost rather than the API bill or another candidate\'s', () => {
    const a = assess(h100Plan([qwen235On(4), mixtralOn4]), catalog);
    expect(a.summary.recommendedModel).toBe('qwen3-235b-a22b');
    expect(a.summary.monthlyCost).toBeNull();
    expect(a.cost.cannotServe?.map((x) => x.id)).toEqual(['local:0']);
    // The latency check cannot pass on a speed that does not exist.
    const latency = a.checklist.phases.flatMap((p) => p.items).find((i) => i.auto?.check === 'latency-plausible');
    expect(latency?.auto?.result).not.toBe('pass');
  });

  it('vLLM heads that do not split across the count: the reason is sizing\'s own, not "needs more"', () => {
    // Qwen3-14B: 40 attention heads do not divide across 3 GPUs; two would hold it at 65,536 tokens × 8 (2 ≤ 3).
    const a = assess(h100Plan([{ model: 'qwen3-14b', quant: 'FP8', engine: 'vllm', hardware: { gpu: 'h100-sxm', count: 3 } }]), catalog);
    // Not "needs more GPUs": fewer (2) or 4 would do, and sizing says so.
    expect(a.candidates[0]?.fit?.verdict).toBe('does-not-fit');
    expect(a.candidates[0]?.fit?.gpusNeeded).toBe(2);
    const reason = a.cost.cannotServe?.[0]?.reason ?? '';
    expect(reason.startsWith('40 attention heads do not divide across 3 GPUs; ')).toBe(true);
    expect(reason).toContain('use 2 or 4 GPUs instead of 3');
    expect(a.cost.scenarios.map((s) => s.kind)).toEqual(['api']);
  });
});
