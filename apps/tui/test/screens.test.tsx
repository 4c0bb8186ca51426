import { createPlan, type Plan } from '@llm-adopt/plan';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeServices, planWithGpu, renderApp } from './helpers/render-app.js';
import { KEYS, sendAndWaitFor, typeIntoNewField, waitForFrame, waitForInputReady, waitForText } from './helpers/frames.js';

afterEach(() => {
  cleanup();
});

const withCandidate = (): Plan => ({
  ...planWithGpu(),
  candidates: [{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'ollama', hardware: { gpu: 'rtx-4090', count: 1 } }],
});

describe('screens (frames at 100 columns, 24 rows)', () => {
  it('start: offers to resume the plan found, with its progress, or to start a new one', async () => {
    const { lastFrame, stdin } = renderApp({ start: true });
    const frame = await waitForText(lastFrame, 'Resume “Acme bot”');
    expect(frame).toContain('at Profile · 0 use case(s) · 0 candidate(s) · 0 checklist item(s) closed');
    expect(frame).toContain('Start a new plan “acme”');
    expect(frame).toContain('replaces ./adoption-plan.yaml; the previous version is kept as ./adoption-plan.yaml.bak');
    await sendAndWaitFor(stdin, lastFrame, KEYS.enter, '▸ 1 Profile');
  });

  it('profile: fields with values, the list of use cases, and autosave after a tick', async () => {
    const { lastFrame, stdin, saves } = renderApp();
    let frame = await waitForText(lastFrame, 'Context needed');
    expect(frame).toContain('Use cases                 (none yet)');
    expect(frame).toContain('Context needed            8,192 tokens');
    expect(frame).toMatch(/1\/\d+ ↓/);
    await sendAndWaitFor(stdin, lastFrame, 'j', '› Use cases');
    await sendAndWaitFor(stdin, lastFrame, KEYS.enter, '[ ] Coding');
    frame = await sendAndWaitFor(stdin, lastFrame, KEYS.space, '[x] Coding');
    await waitForFrame(lastFrame, (f) => f.includes('✓ saved'));
    expect(saves.at(-1)?.profile.useCases).toEqual(['coding']);
    frame = await sendAndWaitFor(stdin, lastFrame, KEYS.enter, 'Use cases                 Coding');
    expect(frame).toContain('2/8 steps done');
  });

  it('profile: a wrong entry shows the reason next to the field', async () => {
    const { lastFrame, stdin } = renderApp({ state: { cursor: { profile: 5, hardware: 0, shortlist: 0, sizing: 0, cost: 0, license: 0, checklist: 0, review: 0 } } });
    await waitForText(lastFrame, '› Time to first token       no target');
    await sendAndWaitFor(stdin, lastFrame, KEYS.enter, 'Enter saves · Esc cancels');
    await typeIntoNewField(stdin, lastFrame, 'soon', (typed) => `› ${typed}`);
    let frame = await sendAndWaitFor(stdin, lastFrame, KEYS.enter, '✖ expected a number, found "soon"');
    expect(frame).toContain('Target in seconds; leave empty for no target.');
    // The text stays for correcting; a burst of keys ending in Enter is read key by key.
    expect(frame).toContain('› soon');
    frame = await sendAndWaitFor(stdin, lastFrame, '\u007F\u007F\u007F\u007F0.5\r', 'Time to first token       ≤ 0.5 s');
  });

  it('text field: a cursor that moves, inserts and deletes anywhere; ← → stay in the field', async () => {
    // Colour is off in tests (FORCE_COLOR=0, as under NO_COLOR), so the cursor is the ▏ glyph, never only inverse video.
    const { lastFrame, stdin, saves } = renderApp();
    await waitForText(lastFrame, '› Project name');
    let frame = await sendAndWaitFor(stdin, lastFrame, KEYS.enter, '› Acme bot▏');
    // While the field is open the footer lists its keys instead of step navigation.
    expect(frame).toContain('← → cursor · Home/Ctrl+A End/Ctrl+E jump · Backspace Del delete');
    frame = await sendAndWaitFor(stdin, lastFrame, KEYS.left + KEYS.left + KEYS.left, '› Acme ▏bot');
    expect(frame).toContain('▸ 1 Profile');
    await sendAndWaitFor(stdin, lastFrame, 'new ', '› Acme new ▏bot');
    // → is the cursor's, not "next step".
    frame = await sendAndWaitFor(stdin, lastFrame, KEYS.right, '› Acme new b▏ot');
    expect(frame).toContain('▸ 1 Profile');
    await sendAndWaitFor(stdin, lastFrame, '[H', '› ▏Acme new bot');
    await sendAndWaitFor(stdin, lastFrame, '한국 ', '› 한국 ▏Acme new bot');
    await sendAndWaitFor(stdin, lastFrame, '[3~[3~[3~[3~[3~', '› 한국 ▏new bot');
    await sendAndWaitFor(stdin, lastFrame, '', '› 한국 new bot▏');
    await sendAndWaitFor(stdin, lastFrame, '👩‍💻', '› 한국 new bo👩‍💻▏');
    // Backspace removes the whole emoji (one grapheme of five UTF-16 units), Ctrl+A then ← stays at the start.
    await sendAndWaitFor(stdin, lastFrame, '', '› 한국 new bo▏');
    await sendAndWaitFor(stdin, lastFrame, `${KEYS.left}`, '› ▏한국 new bo');
    await sendAndWaitFor(stdin, lastFrame, KEYS.enter, 'Project name              한국 new bo');
    await waitForFrame(lastFrame, () => saves.at(-1)?.project.name === '한국 new bo');
  });

  it('hardware: devices with their catalog figures and the add actions', async () => {
    const { lastFrame } = renderApp({ state: { step: 'hardware' } });
    const frame = await waitForText(lastFrame, '1 × NVIDIA GeForce RTX 4090 (24.0 GiB, 1008 GB/s)');
    expect(frame).toContain('Total memory: 24.0 GiB');
    expect(frame).toContain('+ Add a GPU from the catalog');
    expect(frame).toContain('+ Add a custom device (memory, bandwidth)');
  });

  it('shortlist: ranked models, the score breakdown, and a disabled model with its reason', async () => {
    const { lastFrame, stdin } = renderApp({ state: { step: 'shortlist' } });
    const frame = await waitForText(lastFrame, 'Qwen3 14B — score 0.82');
    expect(frame).toContain('[ ]  1 Qwen3 14B                0.82 Q4_K_M');
    expect(frame).toContain('✖    Llama 4 Maverick         license blocker: EU-domiciled companies');
    expect(frame).toContain('Task fit   0.90 ×0.30 Qwen3 14B LiveCodeBench 65.9 (vendor)');
    expect(frame).toContain('Languages   n/a');
    await sendAndWaitFor(stdin, lastFrame, KEYS.space, '[x]  1 Qwen3 14B');
    await waitForText(lastFrame, 'Picked Qwen3 14B (Q4_K_M, ollama)');
  });

  it('sizing: quantization table, memory bar, fit, speed range and the run command', async () => {
    const { lastFrame, stdin } = renderApp({ plan: withCandidate(), state: { step: 'sizing' } });
    const frame = await waitForText(lastFrame, 'ollama run qwen3:14b');
    expect(frame).toContain('[qwen3-14b]');
    expect(frame).toContain('◉ Q4_K_M     11.0 GB fits   75.0 tok/s');
    expect(frame).toContain('○ FP16       31.0 GB no fit          —');
    expect(frame).toContain('█ weights 9.0 GB ▓ KV 1.3 GB ▒ other 0.7 GB');
    // 9.0 + 1.3 + 0.7 = 11.0 GB of 24.0 GB → 13.0 GB spare.
    expect(frame).toContain('= 11.0 GB of 24.0 GB (13.0 GB spare)');
    expect(frame).toContain('Fit: fits · 60–90 tok/s (typ. 75, ±15%, estimate)');
    expect(frame).toMatch(/Run:\s*\n.*│ {3}ollama run qwen3:14b/);
    await sendAndWaitFor(stdin, lastFrame, KEYS.space, 'Engine: llama.cpp');
    await waitForText(lastFrame, 'llama-server -m Qwen3-14B-Q4_K_M.gguf');
  });

  it('cost: workload inputs, scenario table and the cumulative chart with break-even', async () => {
    const { lastFrame } = renderApp({ plan: withCandidate(), state: { step: 'cost' } });
    const frame = await waitForText(lastFrame, 'break-even at');
    expect(frame).toContain('Input tokens / day');
    expect(frame).toContain('A GPT-4o                  USD 375.00   —          6.25     4.4 mo');
    expect(frame).toContain('B Qwen3 14B on 1 × RTX 4… USD 15.00    USD 1,600  0.25');
    // GPT-4o reaches 375 × 24 = USD 9,000 at month 24, the top of the chart.
    expect(frame).toContain('USD 9,000');
    expect(frame).toContain('| break-even at 4.4 mo (A GPT-4o vs B Qwen3 14B on 1 × RTX 4090');
  });

  it('license: findings by severity with the clause quote', async () => {
    const { lastFrame } = renderApp({ plan: withCandidate(), state: { step: 'license' } });
    const frame = await waitForText(lastFrame, 'BLOCKER');
    expect(frame).toContain('1 BLOCKER · 1 must do · 1 info');
    expect(frame.indexOf('✖ BLOCKER')).toBeLessThan(frame.indexOf('● must do'));
    expect(frame).toContain('“not granted to any individual domiciled in, or company with a principal');
    // The selected finding (the blocker, first) says what to do apart from what applies.
    expect(frame).toContain('No rights for EU-domiciled companies');
    expect(frame).toContain('What to do: Choose another model.');
  });

  it('license: "What to do" follows the selected finding', async () => {
    const { lastFrame, stdin } = renderApp({ plan: withCandidate(), state: { step: 'license' } });
    await waitForText(lastFrame, 'What to do: Choose another model.');
    const frame = await sendAndWaitFor(stdin, lastFrame, KEYS.down, 'What to do: Keep the NOTICE file with your copies.');
    expect(frame).not.toContain('What to do: Choose another model.');
  });

  it('checklist: phase tabs with readiness, auto results, statuses and warnings', async () => {
    const { lastFrame, stdin, saves } = renderApp({ state: { step: 'checklist' } });
    let frame = await waitForText(lastFrame, 'POC-01');
    expect(frame).toContain('[PoC 25%]');
    expect(frame).toContain('[ ] POC-01');
    expect(frame).toContain('auto ✓');
    expect(frame).toContain('pass: 11.0 GB of 24.0 GB (estimate)');
    expect(frame).toContain('⚠ 1 warning: Quantization never evaluated on your data');
    await sendAndWaitFor(stdin, lastFrame, KEYS.space, '[~] POC-01');
    frame = await sendAndWaitFor(stdin, lastFrame, KEYS.space, '[x] POC-01');
    await waitForFrame(lastFrame, () => saves.at(-1)?.checklist['POC-01']?.status === 'done');
    frame = await sendAndWaitFor(stdin, lastFrame, ']', '[Pilot 25%]');
    expect(frame).toContain('auto ✖');
  });

  it('review: the decision summary and the export paths', async () => {
    const { lastFrame, stdin } = renderApp({ plan: withCandidate(), state: { step: 'review' } });
    const frame = await waitForText(lastFrame, 'Recommended model');
    expect(frame).toContain('Recommended model   Qwen3 14B');
    expect(frame).toContain('Monthly cost        USD 15.00');
    expect(frame).toContain('Open blockers       1');
    await sendAndWaitFor(stdin, lastFrame, KEYS.enter, '✓ wrote ./adoption-plan.html');
  });

  it('help: every key from the keymap', async () => {
    const { lastFrame, stdin } = renderApp();
    await waitForText(lastFrame, 'Profile');
    const frame = await sendAndWaitFor(stdin, lastFrame, '?', 'Keys');
    expect(frame).toContain('↑/k         Move the cursor up');
    expect(frame).toContain('?           Show or hide this help');
    await sendAndWaitFor(stdin, lastFrame, '?', 'Context needed');
  });

  it('a failed save keeps the change in memory and says why', async () => {
    const { services } = fakeServices({ failSaves: { ok: false, conflict: false, message: 'adoption-plan.yaml: not saved, could not write the new version: the disk is full (ENOSPC).' } });
    const { lastFrame, stdin } = renderApp({ services, state: { cursor: { profile: 8, hardware: 0, shortlist: 0, sizing: 0, cost: 0, license: 0, checklist: 0, review: 0 } } });
    await waitForText(lastFrame, '› Data may leave premises   no');
    const frame = await sendAndWaitFor(stdin, lastFrame, KEYS.space, '✖ not saved');
    expect(frame).toContain('Data may leave premises   yes');
    expect(frame).toContain('the disk is full (ENOSPC)');
  });

  it('a plan changed by another editor is reported as a conflict, not overwritten', async () => {
    const { services } = fakeServices({ failSaves: { ok: false, conflict: true, message: 'changed by another program' } });
    const { lastFrame, stdin } = renderApp({ services });
    await waitForText(lastFrame, 'Profile');
    await sendAndWaitFor(stdin, lastFrame, KEYS.tab, '✖ not saved: changed elsewhere');
  });

  it('q saves where the team is and exits', async () => {
    const { lastFrame, stdin, saves, exits } = renderApp({ state: { step: 'cost' } });
    await waitForText(lastFrame, 'Cost —');
    await waitForInputReady(stdin);
    stdin.write('q');
    await waitForFrame(lastFrame, () => exits.length === 1);
    expect(exits[0]).toEqual({ outcome: 'saved', message: null });
    expect(saves.at(-1)?.ui).toMatchObject({ step: 'cost' });
  });

  it('neutralises terminal escapes in names from files', async () => {
    const plan = planWithGpu();
    plan.project.name = 'Evil\u001B[2J\u001B]0;pwned\u0007 bot';
    const { lastFrame } = renderApp({ plan, state: { step: 'profile' } });
    const frame = await waitForText(lastFrame, 'Evil bot');
    expect(frame).not.toContain('\u001B');
    expect(frame).not.toContain('pwned');
  });

  it('keeps the live area shorter than a 24-row terminal on every step', async () => {
    const ready = { profile: 'Context needed', hardware: 'Total memory', shortlist: 'score 0.82', sizing: 'Run:', cost: 'break-even at', license: 'BLOCKER', checklist: 'POC-01', review: 'Open blockers' } as const;
    for (const [step, text] of Object.entries(ready) as [keyof typeof ready, string][]) {
      const { lastFrame, unmount } = renderApp({ plan: withCandidate(), state: { step } });
      const frame = await waitForText(lastFrame, text);
      expect(frame.split('\n').length, `${step}:\n${frame}`).toBeLessThanOrEqual(23);
      unmount();
    }
  });
});

it('a new plan from the start screen begins on the profile', async () => {
  const { lastFrame, stdin } = renderApp({ plan: createPlan({ id: 'x', name: 'X' }), start: true });
  await waitForText(lastFrame, 'Start a new plan “acme”');
  await sendAndWaitFor(stdin, lastFrame, KEYS.down, '› Start a new plan');
  await sendAndWaitFor(stdin, lastFrame, KEYS.enter, 'llm-adopt · acme');
});
