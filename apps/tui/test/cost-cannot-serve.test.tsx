/**
 * The Cost screen lists the candidates whose model does not run on their hardware (assessment
 * cost.cannotServe) instead of dropping them silently, within the 52 × 19 pane of an 80 × 24 terminal.
 * Frames are drawn without colour (test/setup.ts sets FORCE_COLOR=0, as NO_COLOR does): the ✖ and the words
 * "cannot serve on this hardware" carry the state.
 */
import { builtinCatalog } from '@llm-adopt/catalog';
import { assess, createPlan, type Plan } from '@llm-adopt/plan';
import { Box } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { CostScreen, cannotServeRows, wrapRows } from '../src/screens/cost.js';
import { initialState, type WizardState } from '../src/state/wizard.js';

afterEach(() => {
  cleanup();
});

const catalog = builtinCatalog();
// 80 × 24 terminal: body 24 − 1 − 4 = 19 rows; pane 80 − 25 (step list) − 3 = 52 columns (app.tsx layoutFor).
const PANE = { width: 52, height: 19 };

/** DeepSeek-R1 Q4_K_M on one RTX 4090 in a 64 GiB host (plan assess-offload.test.ts), against GPT-4o. */
function r1Plan(extra: Plan['candidates'] = []): Plan {
  const plan = createPlan({ id: 'r1-on-a-4090', name: 'DeepSeek-R1 on one RTX 4090' });
  plan.profile.useCases = ['coding'];
  plan.apiComparisons = ['openai/gpt-4o'];
  plan.workload = { ...plan.workload, inputTokensPerDay: 1_000_000, outputTokensPerDay: 1_000_000 };
  plan.candidates = [{ model: 'deepseek-r1', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1, hostMemoryGb: 64 } }, ...extra];
  return plan;
}

function frameFor(plan: Plan): string[] {
  const state: WizardState = { ...initialState(plan, { planExists: true }), phase: 'wizard', step: 'cost', assessment: assess(plan, catalog), assessedRevision: 0, dataRevision: 0 };
  const { lastFrame } = render(
    <Box width={PANE.width} flexDirection="column">
      <CostScreen state={state} height={PANE.height} width={PANE.width} />
    </Box>,
  );
  return (lastFrame() ?? '').split('\n');
}

describe('cost screen: candidates that cannot serve', () => {
  it('DeepSeek-R1 in a 64 GiB host: named with the reason, no local row, within the pane', () => {
    const lines = frameFor(r1Plan());
    const text = lines.join('\n');
    // plan: "host RAM too small: offloading 58 of 61 layers needs 358.0 GiB of host RAM; 51.2 GiB usable
    // (80% of 64.0 GiB); 17 such GPUs would hold it entirely", wrapped to 50 columns after "✖ ", 3 rows at most.
    expect(lines.filter((l) => l.startsWith('✖ ') || l.startsWith('  ')).join('\n')).toContain(
      [
        '✖ DeepSeek-R1 Q4_K_M on 1 × NVIDIA GeForce RTX 4090:',
        '  cannot serve on this hardware: host RAM too small:',
        '  offloading 58 of 61 layers needs 358.0 GiB of hos…',
      ].join('\n'),
    );
    // Only GPT-4o is priced: (1 × 2.50 + 1 × 10.00) × 30 = USD 375.00; no local row for R1, so no break-even
    // ("—", not "never": there is nothing to pay back).
    expect(text).toContain('A GPT-4o         USD 375.00   —          —');
    expect(text).not.toMatch(/^B /m);
    expect(lines.length).toBeLessThanOrEqual(PANE.height);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(PANE.width);
  });

  it('beside a candidate that is priced: its row, the R1 entry, and the chart only if it still fits', () => {
    const lines = frameFor(r1Plan([{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 } }]));
    const text = lines.join('\n');
    expect(text).toMatch(/^B Qwen3-14B Q4_… USD [\d.,]+ +USD 2,599$/m);
    // 19 rows − 15 fixed (title, 6 input rows incl. growth, blank, table header, 2 scenarios, chart margin,
    // axis, month labels, break-even line) − 3 for the entry leaves 1 chart row: too few, so no chart.
    expect(text).not.toContain('month 0');
    expect(text).toContain('✖ DeepSeek-R1 Q4_K_M on 1 × NVIDIA GeForce RTX 4090:');
    expect(lines.length).toBeLessThanOrEqual(PANE.height);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(PANE.width);
  });

  it('three that cannot serve and one priced: the entries take the chart’s rows, the frame still fits', () => {
    const r1 = r1Plan().candidates[0]!;
    const lines = frameFor(r1Plan([r1, r1, { model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 } }]));
    // Fixed rows 13 + 1 more scenario = 14 of 19; the entries get 19 − 14 + 4 chart rows = 9: 3 + 3 + 3.
    expect(lines.filter((l) => l.startsWith('✖ DeepSeek-R1'))).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('month 0');
    expect(lines.length).toBeLessThanOrEqual(PANE.height);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(PANE.width);
  });

  it('with no API to compare, the entry is the whole comparison', () => {
    const plan = r1Plan();
    plan.apiComparisons = [];
    const text = frameFor(plan).join('\n');
    expect(text).toContain('cannot serve on this hardware: host RAM too small:');
    expect(text).not.toContain('No scenario yet');
  });
});

describe('wrapping the entries', () => {
  it('wraps at word boundaries and cuts the last allowed row with …', () => {
    expect(wrapRows('aaa bbb ccc ddd', 7, 3)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrapRows('aaa bbb ccc ddd eee', 7, 2)).toEqual(['aaa bbb', 'ccc dd…']);
    // A word longer than the row is split.
    expect(wrapRows('abcdefghij', 4, 5)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('strips control characters from catalog or plan text and shares the row budget between entries', () => {
    const rows = cannotServeRows(
      [
        { id: 'local:0', label: 'A\u001b[31m', reason: 'x' },
        { id: 'local:1', label: 'B', reason: 'y' },
        { id: 'local:2', label: 'C', reason: 'z' },
      ],
      40,
      2,
    );
    expect(rows).toEqual([['A: cannot serve on this hardware: x'], ['B: cannot serve on this hardware: y']]);
  });
});
