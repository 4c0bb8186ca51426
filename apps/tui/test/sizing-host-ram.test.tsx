/**
 * The sizing screen states the host RAM that llama.cpp/Ollama partial offload needs
 * (docs/methodology.md §Host memory for offload), within 80 columns.
 */
import type { Plan } from '@llm-adopt/plan';
import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { SizingScreen } from '../src/screens/sizing.js';
import { initialState, type WizardState } from '../src/state/wizard.js';
import { fixtureAssessment } from './fixtures/assessment.js';
import { planWithGpu } from './helpers/render-app.js';

afterEach(() => {
  cleanup();
});

const GiB = 2 ** 30;

function frameFor(host: number | null): string {
  const plan: Plan = { ...planWithGpu(), candidates: [{ model: 'llama-3.3-70b', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 } }] };
  const assessment = fixtureAssessment(plan);
  const c = assessment.candidates[0]!;
  // A 70B Q4_K_M on one 24 GiB card at 8192 tokens (sizing fit.test.ts): 36 of 80 layers in host RAM,
  // 20,278,329,293 B = 18.9 GiB.
  c.fit = {
    ...c.fit!,
    verdict: 'needs-offload',
    offloadLayers: 36,
    hostMemoryNeededBytes: 20_278_329_293,
    hostMemoryBytes: host,
    hostMemoryUsableBytes: host === null ? null : 0.8 * host,
  };
  const state: WizardState = { ...initialState(plan, { planExists: true }), phase: 'wizard', step: 'sizing', assessment, assessedRevision: 0, dataRevision: 0 };
  const { lastFrame } = render(
    <Box width={80}>
      <SizingScreen state={state} height={20} width={80} />
    </Box>,
  );
  return lastFrame() ?? '';
}

describe('sizing screen: host RAM for offload', () => {
  it('shows the host RAM the offload needs against the plan’s hostMemoryGb (128 GiB)', () => {
    const frame = frameFor(128 * GiB);
    // Memory line of the fixture: 11.0 GB of 24.0 GB, 13.0 GB spare; then the host RAM.
    expect(frame).toContain('= 11.0 GB of 24.0 GB (13.0 GB spare) · host RAM 18.9 GiB of 128.0 GiB');
    expect(frame).toContain('Fit: needs-offload');
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('says it is not checked when the plan gives no host RAM', () => {
    expect(frameFor(null)).toContain('· host RAM 18.9 GiB, not checked');
  });
});
