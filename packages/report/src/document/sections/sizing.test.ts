import { describe, expect, it } from 'vitest';
import { fixtureAssessment } from '../../test-support/fixture-assessment.js';
import { hostMemoryText, sizingSection } from './sizing.js';

const GiB = 2 ** 30;

/** The fixture's candidate moved to llama.cpp partial offload: 36 of 80 layers in host RAM. */
function offloaded(host: { bytes: number; usable: number } | null) {
  const a = fixtureAssessment();
  const c = a.candidates[0]!;
  // Llama-3.1-70B Q4_K_M on one 24 GiB card at 8192 tokens (sizing fit.test.ts): 20,278,329,293 B = 18.9 GiB.
  c.fit = {
    ...c.fit!,
    verdict: 'needs-offload',
    offloadLayers: 36,
    hostMemoryNeededBytes: 20_278_329_293,
    hostMemoryBytes: host?.bytes ?? null,
    hostMemoryUsableBytes: host?.usable ?? null,
  };
  return a;
}

describe('sizing section: host RAM for offload', () => {
  it('states the host RAM the offload needs and what the host has (128 GiB, 102.4 usable)', () => {
    const a = offloaded({ bytes: 128 * GiB, usable: 0.8 * 128 * GiB });
    const md = sizingSection({ assessment: a, plan: null }).join('\n\n');
    // 20,278,329,293 / 2^30 = 18.89 GiB.
    expect(md).toContain('**Host RAM:** host RAM needed for the offload: 18.9 GiB; the host has 128.0 GiB, of which 102.4 GiB usable.');
    expect(md).toContain('| fits only with CPU offload (slow); host RAM 18.9 GiB of 128.0 GiB |');
  });

  it('says the need is not checked when the plan gives no host RAM', () => {
    const f = offloaded(null).candidates[0]!.fit!;
    expect(hostMemoryText(f)).toBe('host RAM needed for the offload: 18.9 GiB (the plan gives no hostMemoryGb: not checked)');
  });

  it('prints no host RAM line when nothing is offloaded', () => {
    const a = fixtureAssessment();
    a.candidates[0]!.fit = { ...a.candidates[0]!.fit!, hostMemoryNeededBytes: 0 };
    const md = sizingSection({ assessment: a, plan: null }).join('\n\n');
    expect(md).not.toContain('Host RAM');
    expect(md).toContain('| fits |');
  });
});

describe('sizing section: hardware the model does not run on', () => {
  it('says no speed was estimated and why, for a candidate that needs more GPUs', () => {
    const a = fixtureAssessment();
    const c = a.candidates[0]!;
    // As assess reports Qwen3-235B-A22B FP8 on 4 H100s: needs 8, so no speed (assess-cannot-serve.test.ts).
    c.hardwareLabel = '4 × NVIDIA H100 SXM 80GB';
    c.fit = { ...c.fit!, verdict: 'needs-more-gpus', gpusNeeded: 8 };
    c.speed = null;
    c.recipe = null;
    const md = sizingSection({ assessment: a, plan: null }).join('\n\n');
    expect(md).not.toContain('Deployment recipe');
    expect(md).toContain('**Speed:** not estimated, and no deployment recipe: the model does not run on 4 × NVIDIA H100 SXM 80GB (needs more GPUs).');
    expect(md).not.toContain('**Speed (estimate):**');
  });

  it('adds no such line when the model runs', () => {
    const md = sizingSection({ assessment: fixtureAssessment(), plan: null }).join('\n\n');
    expect(md).toContain('**Speed (estimate):**');
    expect(md).not.toContain('not estimated');
  });
});
