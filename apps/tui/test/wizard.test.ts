import { createPlan, type Plan } from '@llm-adopt/plan';
import { describe, expect, it } from 'vitest';
import { Command } from '../src/keymap.js';
import { PROFILE_FIELDS, WORKLOAD_FIELDS } from '../src/state/fields.js';
import { type Action, availableCommands, initialState, planToSave, reducer, topOverlay, type WizardState } from '../src/state/wizard.js';
import { fixtureAssessment } from './fixtures/assessment.js';

const basePlan = (): Plan => createPlan({ id: 'acme-bot', name: 'Acme bot' });

function start(plan: Plan = basePlan(), planExists = false): WizardState {
  return { ...initialState(plan, { planExists }), phase: 'wizard' };
}

function press(state: WizardState, ...commands: Command[]): WizardState {
  return commands.reduce((s, command) => reducer(s, { type: 'command', command }), state);
}

const act = (state: WizardState, ...actions: Action[]) => actions.reduce(reducer, state);

/** Moves the profile cursor to a field by id. */
function toProfileField(state: WizardState, id: string): WizardState {
  const index = PROFILE_FIELDS.findIndex((f) => f.id === id);
  expect(index).toBeGreaterThanOrEqual(0);
  return { ...state, cursor: { ...state.cursor, profile: index } };
}

function withAssessment(state: WizardState): WizardState {
  return act(state, { type: 'assessed', assessment: fixtureAssessment(state.plan), revision: state.dataRevision });
}

describe('start-up', () => {
  it('resumes an existing plan with Enter on the first option', () => {
    const s = initialState(basePlan(), { planExists: true });
    expect(s.phase).toBe('start');
    expect(press(s, Command.Select).phase).toBe('wizard');
  });

  it('starts a new plan on the start-new action, counting it as a change to save', () => {
    const s = act(initialState(basePlan(), { planExists: true }), { type: 'start-new', plan: createPlan({ id: 'fresh', name: 'Fresh' }) });
    expect(s.phase).toBe('wizard');
    expect(s.plan.id).toBe('fresh');
    expect(s.step).toBe('profile');
    expect(s.revision).toBeGreaterThan(s.savedRevision);
  });

  it('restores step, cursors, tabs and visited steps from the plan ui object, ignoring junk', () => {
    const plan = { ...basePlan(), ui: { step: 'checklist', cursor: { checklist: 3, profile: -2, nope: 1 }, tab: { checklist: 2, sizing: 'x' }, visited: ['profile', 'bogus'] } };
    const s = initialState(plan, { planExists: true });
    expect(s.step).toBe('checklist');
    expect(s.cursor.checklist).toBe(3);
    expect(s.cursor.profile).toBe(0);
    expect(s.tab).toEqual({ checklist: 2, sizing: 0 });
    expect(s.visited).toEqual(['profile', 'checklist']);
  });
});

describe('profile form', () => {
  it('ticks use cases with Space in the list and closes it with Enter', () => {
    let s = toProfileField(start(), 'profile.useCases');
    s = press(s, Command.Select);
    expect(topOverlay(s)).toMatchObject({ kind: 'pick', fieldId: 'profile.useCases', cursor: 0 });
    s = press(s, Command.Toggle, Command.Down, Command.Down, Command.Toggle);
    expect(s.plan.profile.useCases).toEqual(['coding', 'general-chat']);
    s = press(s, Command.Up, Command.Up, Command.Toggle, Command.Select);
    expect(s.plan.profile.useCases).toEqual(['general-chat']);
    expect(s.overlays).toEqual([]);
    // Three ticks → three content changes, each one a revision to save.
    expect(s.dataRevision).toBe(3);
  });

  it('picks a single choice with Enter', () => {
    let s = toProfileField(start(), 'profile.deployment');
    s = press(s, Command.Select);
    // createPlan starts hybrid (third option): the list opens on it.
    expect(topOverlay(s)).toMatchObject({ kind: 'pick', cursor: 2 });
    s = press(s, Command.Up, Command.Up, Command.Select);
    expect(s.plan.profile.deployment).toBe('local');
    expect(s.overlays).toEqual([]);
  });

  it('switches a yes/no answer with Space or Enter without opening anything', () => {
    let s = toProfileField(start(), 'profile.dataMayLeavePremises');
    expect(s.plan.profile.dataMayLeavePremises).toBe(false);
    s = press(s, Command.Toggle);
    expect(s.plan.profile.dataMayLeavePremises).toBe(true);
    s = press(s, Command.Select);
    expect(s.plan.profile.dataMayLeavePremises).toBe(false);
    expect(s.overlays).toEqual([]);
  });

  it('parses typed values and keeps the editor open with the reason when they are wrong', () => {
    let s = press(toProfileField(start(), 'profile.languages'), Command.Select);
    s = act(s, { type: 'submit-text', raw: 'en, english' });
    expect(topOverlay(s)).toMatchObject({ kind: 'edit', error: 'expected BCP 47 codes like "en, ko, zh", found "english"' });
    expect(s.plan.profile.languages).toEqual(['en']);
    s = act(s, { type: 'submit-text', raw: 'en, ko zh' });
    expect(s.plan.profile.languages).toEqual(['en', 'ko', 'zh']);
    expect(s.overlays).toEqual([]);

    s = press(toProfileField(s, 'profile.contextTokens'), Command.Select);
    // "32k" is 32 × 1,000 tokens.
    s = act(s, { type: 'submit-text', raw: '32k' });
    expect(s.plan.profile.contextTokens).toBe(32_000);

    s = press(toProfileField(s, 'profile.latency.ttftSeconds'), Command.Select);
    s = act(s, { type: 'submit-text', raw: '0' });
    expect(topOverlay(s)).toMatchObject({ error: 'expected more than 0, found 0' });
    s = act(s, { type: 'submit-text', raw: '' });
    expect(s.plan.profile.latency.ttftSeconds).toBeNull();
  });

  it('cancels an edit with Esc, leaving the plan unchanged', () => {
    let s = press(toProfileField(start(), 'project.name'), Command.Select);
    s = press(s, Command.Back);
    expect(s.overlays).toEqual([]);
    expect(s.dataRevision).toBe(0);
    expect(availableCommands(press(s, Command.Select))).toEqual([Command.Select, Command.Back]);
  });
});

describe('steps', () => {
  it('moves between steps with Tab/Shift+Tab and Esc, stopping at the ends, and remembers visited steps', () => {
    let s = press(start(), Command.PrevStep);
    expect(s.step).toBe('profile');
    s = press(s, Command.NextStep, Command.NextStep);
    expect(s.step).toBe('shortlist');
    s = press(s, Command.Back);
    expect(s.step).toBe('hardware');
    s = press(s, ...Array<Command>(10).fill(Command.NextStep));
    expect(s.step).toBe('review');
    expect(s.visited).toEqual(['profile', 'hardware', 'shortlist', 'sizing', 'cost', 'license', 'checklist', 'review']);
  });

  it('keeps the cursor inside the list', () => {
    let s = press(start(), Command.Up);
    expect(s.cursor.profile).toBe(0);
    s = press(s, Command.PageDown, Command.PageDown, Command.PageDown);
    expect(s.cursor.profile).toBe(PROFILE_FIELDS.length - 1);
  });

  it('opens and closes help with ?', () => {
    const s = press(start(), Command.Help);
    expect(topOverlay(s)).toEqual({ kind: 'help', scroll: 0 });
    expect(press(s, Command.Help).overlays).toEqual([]);
    expect(press(s, Command.Back).overlays).toEqual([]);
  });

  it('asks to quit on q, once per press', () => {
    expect(press(start(), Command.Quit, Command.Quit).quitRequests).toBe(2);
  });
});

describe('hardware', () => {
  const catalog = { gpus: [{ id: 'rtx-4090', name: 'NVIDIA GeForce RTX 4090', memoryBytes: 24 * 2 ** 30, bandwidthBytesPerSecond: 1008e9 }], offers: [] };

  it('adds a catalog GPU, changes its count and removes it', () => {
    let s = act(press(start(), Command.NextStep), { type: 'catalog-loaded', catalog });
    s = press(s, Command.Select);
    expect(topOverlay(s)).toEqual({ kind: 'gpu-picker', cursor: 0 });
    s = press(s, Command.Select);
    expect(s.plan.profile.hardwareOnHand).toEqual([{ gpu: 'rtx-4090', count: 1 }]);
    s = press(s, Command.Select);
    s = act(s, { type: 'submit-text', raw: '0' });
    expect(topOverlay(s)).toMatchObject({ error: 'expected 1–4,096, found 0' });
    s = act(s, { type: 'submit-text', raw: '2' });
    expect(s.plan.profile.hardwareOnHand).toEqual([{ gpu: 'rtx-4090', count: 2 }]);
    s = press(s, Command.Remove);
    expect(s.plan.profile.hardwareOnHand).toEqual([]);
  });

  it('adds a custom device only once memory, bandwidth and compute are given', () => {
    let s = press(start(), Command.NextStep, Command.Down, Command.Select);
    expect(topOverlay(s)?.kind).toBe('custom-gpu');
    s = press(s, Command.Down, Command.Down, Command.Down, Command.Down, Command.Down, Command.Select);
    expect(topOverlay(s)).toMatchObject({ kind: 'custom-gpu', error: 'memory, bandwidth and TFLOPS are needed to size models on it' });
    s = press(s, Command.Up, Command.Up, Command.Up, Command.Up);
    for (const raw of ['48', '960', '181']) s = act(press(s, Command.Select), { type: 'submit-text', raw });
    s = press(s, Command.Down, Command.Select);
    expect(s.plan.profile.hardwareOnHand).toEqual([{ custom: { memoryGb: 48, bandwidthGbps: 960, tflops: 181 }, count: 1 }]);
    expect(s.overlays).toEqual([]);
  });
});

describe('shortlist, sizing and checklist', () => {
  const withGpu = (): Plan => {
    const p = basePlan();
    return { ...p, profile: { ...p.profile, hardwareOnHand: [{ gpu: 'rtx-4090', count: 1 }] } };
  };

  it('refuses to pick before there is hardware, and refuses excluded models with their reason', () => {
    let s = withAssessment({ ...start(), step: 'shortlist' });
    s = press(s, Command.Toggle);
    expect(s.notice).toBe('Add the hardware you have or plan to buy (Hardware step) before picking candidates');
    s = withAssessment({ ...start(withGpu()), step: 'shortlist' });
    s = press(s, Command.Down, Command.Down, Command.Toggle);
    expect(s.notice).toBe('Llama 4 Maverick cannot be picked: license blocker: EU-domiciled companies get no rights (§1)');
    expect(s.plan.candidates).toEqual([]);
  });

  it('picks a candidate at its suggested quantization and drops it with a second Space', () => {
    let s = withAssessment({ ...start(withGpu()), step: 'shortlist' });
    s = press(s, Command.Toggle);
    expect(s.plan.candidates).toEqual([{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'ollama', hardware: { gpu: 'rtx-4090', count: 1 } }]);
    expect(s.notice).toBe('Picked Qwen3 14B (Q4_K_M, ollama)');
    s = press(s, Command.Toggle);
    expect(s.plan.candidates).toEqual([]);
  });

  it('allows at most three candidates', () => {
    const plan = withGpu();
    const hardware = { gpu: 'rtx-4090', count: 1 };
    plan.candidates = ['a', 'b', 'c'].map((model) => ({ model, quant: 'Q4_K_M', engine: 'ollama' as const, hardware }));
    const s = press(withAssessment({ ...start(plan), step: 'shortlist' }), Command.Toggle);
    expect(s.plan.candidates).toHaveLength(3);
    expect(s.notice).toBe('Up to 3 candidates; press Space on a picked one to drop it first');
  });

  it('cycles the engine and switches the quantization on the sizing step', () => {
    const plan = withGpu();
    plan.candidates = [{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'ollama', hardware: { gpu: 'rtx-4090', count: 1 } }];
    let s = withAssessment({ ...start(plan), step: 'sizing' });
    s = press(s, Command.Toggle);
    expect(s.plan.candidates[0]?.engine).toBe('llama.cpp');
    // Rows: engine, Q4_K_M, Q8_0, FP16.
    s = press(s, Command.Down, Command.Down, Command.Select);
    expect(s.plan.candidates[0]?.quant).toBe('Q8_0');
  });

  it('cycles a checklist item through its statuses and edits owner and due date', () => {
    let s = withAssessment({ ...start(), step: 'checklist' });
    s = press(s, Command.Toggle);
    expect(s.plan.checklist['POC-01']).toEqual({ status: 'in-progress' });
    s = press(s, Command.Toggle);
    expect(s.plan.checklist['POC-01']).toEqual({ status: 'done' });
    s = press(s, Command.Select);
    expect(topOverlay(s)).toEqual({ kind: 'item', itemId: 'POC-01', cursor: 0 });
    s = act(press(s, Command.Down, Command.Select), { type: 'submit-text', raw: 'Dana' });
    s = act(press(s, Command.Down, Command.Select), { type: 'submit-text', raw: '2026-02-30' });
    expect(topOverlay(s)).toMatchObject({ kind: 'edit', error: 'expected a date YYYY-MM-DD, found "2026-02-30"' });
    s = act(s, { type: 'submit-text', raw: '2026-03-02' });
    expect(s.plan.checklist['POC-01']).toEqual({ status: 'done', owner: 'Dana', due: '2026-03-02' });
    s = press(s, Command.Back, Command.NextTab);
    expect(s.tab.checklist).toBe(1);
    expect(s.cursor.checklist).toBe(0);
  });

  it('saves where the team is, so a reopened plan starts on the same step, tab and row', () => {
    let s = withAssessment({ ...start(), step: 'checklist' });
    s = press(s, Command.NextTab, Command.Down);
    const reopened = initialState(planToSave(s), { planExists: true });
    expect(reopened.step).toBe('checklist');
    expect(reopened.tab.checklist).toBe(1);
    expect(reopened.cursor.checklist).toBe(s.cursor.checklist);
    expect(press(reopened, Command.Select).phase).toBe('wizard');
  });

  it('keeps cursors inside lists that shrank after a new assessment', () => {
    let s = withAssessment({ ...start(), step: 'license', cursor: { ...start().cursor, license: 7 } });
    // 2 license + 1 compliance finding in the fixture → last row is index 2.
    expect(s.cursor.license).toBe(2);
    s = press(s, Command.Up);
    expect(s.cursor.license).toBe(1);
  });

  it('asks for the export on Enter in the review step', () => {
    const s = press(withAssessment({ ...start(), step: 'review' }), Command.Select);
    expect(s.exportRequested).toBe(true);
    expect(act(s, { type: 'exported', paths: ['a.md', 'a.html'] }).exported).toEqual({ paths: ['a.md', 'a.html'] });
  });
});

describe('cost', () => {
  it('ticks API offers to compare with Space and closes the list with Enter', () => {
    let s: WizardState = { ...start(), step: 'cost' };
    // The API list is the row after the workload fields.
    s = press(s, ...WORKLOAD_FIELDS.map(() => Command.Down), Command.Select);
    expect(s.notice).toBe('The API price list is still loading');
    s = act(s, { type: 'catalog-loaded', catalog: { gpus: [], offers: [{ id: 'openai/gpt-4o', label: 'GPT-4o' }, { id: 'deepseek/deepseek-chat', label: 'DeepSeek' }] } });
    s = press(s, Command.Select, Command.Toggle, Command.Down, Command.Toggle);
    expect(s.plan.apiComparisons).toEqual(['openai/gpt-4o', 'deepseek/deepseek-chat']);
    s = press(s, Command.Toggle, Command.Select);
    expect(s.plan.apiComparisons).toEqual(['openai/gpt-4o']);
    expect(s.overlays).toEqual([]);
  });

  it('reads token volumes written as 1M or 250k', () => {
    let s = press({ ...start(), step: 'cost' }, Command.Select);
    s = act(s, { type: 'submit-text', raw: '1M' });
    s = act(press(s, Command.Down, Command.Down, Command.Select), { type: 'submit-text', raw: '250k' });
    // 1M = 1,000,000 and 250k = 250,000 tokens per day.
    expect(s.plan.workload).toMatchObject({ inputTokensPerDay: 1_000_000, outputTokensPerDay: 250_000 });
  });

  it('takes monthly growth in percent, stores it as a share, and "flat" removes it', () => {
    const growthRow = WORKLOAD_FIELDS.findIndex((f) => f.id === 'workload.monthlyGrowth');
    const toGrowth = (state: WizardState) => press({ ...state, cursor: { ...state.cursor, cost: growthRow } }, Command.Select);
    let s = act(toGrowth({ ...start(), step: 'cost' }), { type: 'submit-text', raw: '10%' });
    expect(s.plan.workload.monthlyGrowth).toBe(0.1);
    expect(WORKLOAD_FIELDS[growthRow]?.display(s.plan)).toBe('10');
    s = act(toGrowth(s), { type: 'submit-text', raw: 'flat' });
    expect('monthlyGrowth' in s.plan.workload).toBe(false);
    expect(WORKLOAD_FIELDS[growthRow]?.display(s.plan)).toBe('flat');
  });
});

describe('saving', () => {
  it('tracks saved revisions and keeps a failure with its message until the next save succeeds', () => {
    let s = press(toProfileField(start(), 'profile.dataMayLeavePremises'), Command.Toggle);
    expect(s.revision).toBe(1);
    s = act(s, { type: 'save-started' }, { type: 'save-failed', message: 'disk full', conflict: false });
    expect(s.save).toEqual({ state: 'failed', message: 'disk full', conflict: false });
    expect(s.plan.profile.dataMayLeavePremises).toBe(true);
    s = act(s, { type: 'saved', revision: 1 });
    expect(s.save).toEqual({ state: 'saved' });
    expect(s.savedRevision).toBe(1);
  });
});
