// The whole app's state and its one pure reducer. Screens are states here, not routes; key presses
// arrive as keymap commands, so the tests read like a user at the keyboard ("press Down, press Space")
// and need no terminal. Side effects (save, assess, export, exit) are requested through flags that
// the app's effects carry out and report back as actions.
import type { Assessment, ChecklistItemState, Engine, Plan } from '@llm-adopt/plan';
import { type AnyCommand, Command, TextCommand } from '../keymap.js';
import {
  BUDGET_FIELD,
  CUSTOM_GPU_FIELDS,
  type CustomGpuDraft,
  EMPTY_CUSTOM_GPU,
  type FieldSpec,
  HARDWARE_COUNT_PARSE,
  itemFields,
  nextStatus,
  PROFILE_FIELDS,
  checklistEntry,
  withChecklistEntry,
  WORKLOAD_FIELDS,
} from './fields.js';
import { isStepId, STEP_IDS, type StepId, stepIndex } from './steps.js';

export const MAX_CANDIDATES = 3;
export const ENGINES: readonly Engine[] = ['ollama', 'llama.cpp', 'vllm'];

/** What the app shows from the catalog: loaded lazily, after the first frame. */
export interface CatalogView {
  gpus: ReadonlyArray<{ id: string; name: string; memoryBytes: number; bandwidthBytesPerSecond: number }>;
  offers: ReadonlyArray<{ id: string; label: string }>;
}

/** Which form a field belongs to. */
export type FormRef =
  | { kind: 'profile' }
  | { kind: 'workload' }
  | { kind: 'budget' }
  | { kind: 'item'; itemId: string }
  | { kind: 'custom-gpu' }
  | { kind: 'hardware-count'; index: number };

/** Layers drawn over the current step; Esc closes the top one. */
export type Overlay =
  | { kind: 'help'; scroll: number }
  | { kind: 'edit'; form: FormRef; fieldId: string; error: string | null }
  | { kind: 'pick'; form: FormRef; fieldId: string; cursor: number }
  | { kind: 'item'; itemId: string; cursor: number }
  | { kind: 'gpu-picker'; cursor: number }
  | { kind: 'offer-picker'; cursor: number }
  | { kind: 'custom-gpu'; draft: CustomGpuDraft; cursor: number; error: string | null };

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  /** The plan is kept in memory; `message` says why the file was not written and what to do. */
  | { state: 'failed'; message: string; conflict: boolean };

export interface WizardState {
  phase: 'start' | 'wizard';
  /** Start screen choice: resume the plan found, or start a new one. */
  start: { planExists: boolean; cursor: number };
  plan: Plan;
  step: StepId;
  cursor: Record<StepId, number>;
  /** Candidate tab on the sizing step, phase tab on the checklist step. */
  tab: { sizing: number; checklist: number };
  visited: StepId[];
  overlays: Overlay[];
  catalog: CatalogView | null;
  assessment: Assessment | null;
  /** `dataRevision` the assessment was computed for; stale when different. */
  assessedRevision: number;
  /** Bumped on every change to the plan's content (not UI state): assessment goes stale. */
  dataRevision: number;
  /** Bumped on every change worth saving (content, step, tab). */
  revision: number;
  savedRevision: number;
  save: SaveStatus;
  /** One-line message (e.g. why a pick was refused); cleared by the next command. */
  notice: string | null;
  /** Shown for the whole session, e.g. that another llm-adopt has the plan open. */
  warning: string | null;
  /** Visible list rows, from the terminal height. */
  pageSize: number;
  exportRequested: boolean;
  exported: { paths: string[] } | { error: string } | null;
  /** Incremented by each quit command; the app saves and exits (or explains why it cannot). */
  quitRequests: number;
}

export type Action =
  | { type: 'command'; command: Command }
  | { type: 'submit-text'; raw: string }
  | { type: 'start-new'; plan: Plan }
  | { type: 'catalog-loaded'; catalog: CatalogView }
  | { type: 'assessed'; assessment: Assessment; revision: number }
  | { type: 'save-started' }
  | { type: 'saved'; revision: number }
  | { type: 'save-failed'; message: string; conflict: boolean }
  | { type: 'exported'; paths: string[] }
  | { type: 'export-failed'; message: string }
  | { type: 'resize'; rows: number }
  | { type: 'notice'; message: string };

// ---------- construction and the plan's `ui` object ----------

interface UiSnapshot {
  step?: unknown;
  cursor?: unknown;
  tab?: unknown;
  visited?: unknown;
}

const zeroCursors = (): Record<StepId, number> =>
  Object.fromEntries(STEP_IDS.map((s) => [s, 0])) as Record<StepId, number>;

const nonNegativeInt = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);

/** State for a loaded (or new) plan, restoring step, cursors and tabs from `plan.ui` when present. */
export function initialState(plan: Plan, opts: { planExists: boolean; pageSize?: number }): WizardState {
  const ui = (plan.ui ?? {}) as UiSnapshot;
  const cursor = zeroCursors();
  if (ui.cursor && typeof ui.cursor === 'object') {
    for (const step of STEP_IDS) cursor[step] = nonNegativeInt((ui.cursor as Record<string, unknown>)[step]);
  }
  const tab = (ui.tab ?? {}) as Record<string, unknown>;
  const visited = Array.isArray(ui.visited) ? ui.visited.filter(isStepId) : [];
  const step = isStepId(ui.step) ? ui.step : 'profile';
  return {
    phase: 'start',
    start: { planExists: opts.planExists, cursor: 0 },
    plan,
    step,
    cursor,
    tab: { sizing: nonNegativeInt(tab.sizing), checklist: nonNegativeInt(tab.checklist) },
    visited: visited.includes(step) ? visited : [...visited, step],
    overlays: [],
    catalog: null,
    assessment: null,
    assessedRevision: -1,
    dataRevision: 0,
    revision: 0,
    savedRevision: 0,
    save: { state: 'idle' },
    notice: null,
    warning: null,
    pageSize: opts.pageSize ?? 10,
    exportRequested: false,
    exported: null,
    quitRequests: 0,
  };
}

/** The plan as it is saved: content plus where the team is (`ui`), so reopening resumes exactly here. */
export function planToSave(state: WizardState): Plan {
  return {
    ...state.plan,
    ui: { step: state.step, cursor: { ...state.cursor }, tab: { ...state.tab }, visited: [...state.visited] },
  };
}

// ---------- rows per step (pure; screens render the same lists) ----------

export function currentCandidateIndex(state: WizardState): number {
  return Math.min(state.tab.sizing, Math.max(0, state.plan.candidates.length - 1));
}

export function checklistPhaseItems(state: WizardState): ChecklistItemState[] {
  const phases = state.assessment?.checklist.phases ?? [];
  const phase = phases[Math.min(state.tab.checklist, Math.max(0, phases.length - 1))];
  return phase?.items ?? [];
}

/** License findings first (by severity), then compliance findings. */
export function allFindings(state: WizardState) {
  const order = ['blocker', 'warning', 'obligation', 'info'];
  const a = state.assessment;
  if (!a) return [];
  const rank = (s: string) => order.indexOf(s);
  const license = [...a.licenseFindings].sort((x, y) => rank(x.severity) - rank(y.severity));
  const compliance = [...a.complianceFindings].sort((x, y) => rank(x.severity) - rank(y.severity));
  return [...license.map((f) => ({ ...f, group: 'license' as const })), ...compliance.map((f) => ({ ...f, model: null, group: 'compliance' as const }))];
}

/** Hardware step rows: the devices on hand, then the three actions. */
export const HARDWARE_ACTIONS = ['add-gpu', 'add-custom', 'budget'] as const;

export function rowCount(state: WizardState, step: StepId = state.step): number {
  switch (step) {
    case 'profile':
      return PROFILE_FIELDS.length;
    case 'hardware':
      return state.plan.profile.hardwareOnHand.length + HARDWARE_ACTIONS.length;
    case 'shortlist':
      return state.assessment?.recommendations.length ?? 0;
    case 'sizing': {
      const c = state.assessment?.candidates[currentCandidateIndex(state)];
      return state.plan.candidates.length === 0 ? 0 : 1 + (c?.quantTable.length ?? 0);
    }
    case 'cost':
      return WORKLOAD_FIELDS.length + 1;
    case 'license':
      return allFindings(state).length;
    case 'checklist':
      return checklistPhaseItems(state).length;
    case 'review':
      return 1;
  }
}

export function fieldsFor(form: FormRef): readonly FieldSpec<Plan>[] {
  switch (form.kind) {
    case 'profile':
      return PROFILE_FIELDS;
    case 'workload':
      return WORKLOAD_FIELDS;
    case 'budget':
      return [BUDGET_FIELD];
    case 'item':
      return itemFields(form.itemId);
    case 'custom-gpu':
    case 'hardware-count':
      return [];
  }
}

export function topOverlay(state: WizardState): Overlay | undefined {
  return state.overlays[state.overlays.length - 1];
}

/** Footer hints: while a text field is open its own keys (Enter and Esc are spelled out under the field). */
export function footerCommands(state: WizardState): AnyCommand[] {
  return isTyping(state) ? (Object.values(TextCommand) as TextCommand[]) : availableCommands(state);
}

/** Commands that do something right now: drives both the handler and the footer hints. */
export function availableCommands(state: WizardState): Command[] {
  if (state.phase === 'start') return [Command.Up, Command.Down, Command.Select, Command.Quit];
  const top = topOverlay(state);
  if (top?.kind === 'help') return [Command.Up, Command.Down, Command.Back, Command.Help, Command.Quit];
  if (top?.kind === 'edit') return [Command.Select, Command.Back];
  if (top?.kind === 'pick') {
    const multi = fieldSpec(state, top.form, top.fieldId)?.kind === 'multi';
    return multi
      ? [Command.Up, Command.Down, Command.Toggle, Command.Select, Command.Back, Command.Quit]
      : [Command.Up, Command.Down, Command.Select, Command.Back, Command.Quit];
  }
  if (top) return [Command.Up, Command.Down, Command.Select, Command.Back, Command.Quit];
  const list = [Command.Up, Command.Down];
  const withTabs = state.step === 'sizing' || state.step === 'checklist' ? [Command.NextTab, Command.PrevTab] : [];
  const toggle = ['profile', 'shortlist', 'sizing', 'checklist', 'cost'].includes(state.step) ? [Command.Toggle] : [];
  const remove = state.step === 'hardware' || state.step === 'shortlist' ? [Command.Remove] : [];
  return [...list, Command.Select, ...toggle, ...remove, ...withTabs, Command.NextStep, Command.PrevStep, Command.Help, Command.Quit];
}

function fieldSpec(state: WizardState, form: FormRef, fieldId: string): FieldSpec<Plan> | undefined {
  void state;
  return fieldsFor(form).find((f) => f.id === fieldId);
}

// ---------- helpers that produce new states ----------

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, Math.max(0, max - 1)));

function changePlan(state: WizardState, plan: Plan): WizardState {
  return { ...state, plan, dataRevision: state.dataRevision + 1, revision: state.revision + 1 };
}

function goToStep(state: WizardState, step: StepId): WizardState {
  if (step === state.step) return state;
  return {
    ...state,
    step,
    visited: state.visited.includes(step) ? state.visited : [...state.visited, step],
    revision: state.revision + 1,
    exported: step === 'review' ? state.exported : null,
  };
}

function moveCursor(state: WizardState, delta: number): WizardState {
  const top = topOverlay(state);
  if (top) {
    const count = overlayRowCount(state, top);
    if (top.kind === 'help') return replaceTop(state, { ...top, scroll: clamp(top.scroll + delta, count) });
    if ('cursor' in top) return replaceTop(state, { ...top, cursor: clamp(top.cursor + delta, count) } as Overlay);
    return state;
  }
  const count = rowCount(state);
  return { ...state, cursor: { ...state.cursor, [state.step]: clamp(state.cursor[state.step] + delta, count) } };
}

export function overlayRowCount(state: WizardState, overlay: Overlay): number {
  switch (overlay.kind) {
    case 'help':
      return Object.keys(Command).length;
    case 'pick':
      return fieldSpec(state, overlay.form, overlay.fieldId)?.options?.length ?? 0;
    case 'item':
      return itemFields(overlay.itemId).length;
    case 'gpu-picker':
      return state.catalog?.gpus.length ?? 0;
    case 'offer-picker':
      return state.catalog?.offers.length ?? 0;
    case 'custom-gpu':
      return CUSTOM_GPU_FIELDS.length + 1;
    case 'edit':
      return 0;
  }
}

function replaceTop(state: WizardState, overlay: Overlay): WizardState {
  return { ...state, overlays: [...state.overlays.slice(0, -1), overlay] };
}

function push(state: WizardState, overlay: Overlay): WizardState {
  return { ...state, overlays: [...state.overlays, overlay] };
}

function pop(state: WizardState): WizardState {
  return { ...state, overlays: state.overlays.slice(0, -1) };
}

/** Enter or Space on a form field: booleans flip, choices open a list, text opens the editor. */
function activateField(state: WizardState, form: FormRef, field: FieldSpec<Plan>, viaToggle: boolean): WizardState {
  switch (field.kind) {
    case 'bool': {
      const current = field.display(state.plan) === 'yes';
      return changePlan(state, field.set(state.plan, !current));
    }
    case 'choice':
    case 'multi': {
      const selected = field.selected?.(state.plan) ?? [];
      const first = field.options?.findIndex((o) => selected.includes(o.value)) ?? 0;
      return push(state, { kind: 'pick', form, fieldId: field.id, cursor: Math.max(0, first) });
    }
    case 'text':
    case 'number':
      return viaToggle ? state : push(state, { kind: 'edit', form, fieldId: field.id, error: null });
  }
}

function pickCandidate(state: WizardState, index: number): WizardState {
  const rec = state.assessment?.recommendations[index];
  if (!rec) return state;
  const plan = state.plan;
  const existing = plan.candidates.findIndex((c) => c.model === rec.modelId);
  if (existing >= 0) {
    const candidates = plan.candidates.filter((_, i) => i !== existing);
    return { ...changePlan(state, { ...plan, candidates }), tab: { ...state.tab, sizing: 0 }, notice: `Removed ${rec.name} from the candidates` };
  }
  if (rec.excluded) return { ...state, notice: `${rec.name} cannot be picked: ${rec.excluded.reason}` };
  if (plan.candidates.length >= MAX_CANDIDATES) {
    return { ...state, notice: `Up to ${MAX_CANDIDATES} candidates; press Space on a picked one to drop it first` };
  }
  const hardware = plan.profile.hardwareOnHand[0];
  if (!hardware) return { ...state, notice: 'Add the hardware you have or plan to buy (Hardware step) before picking candidates' };
  const engine: Engine = plan.profile.concurrency > 4 ? 'vllm' : 'ollama';
  const candidate = { model: rec.modelId, quant: rec.suggestedQuant ?? 'Q4_K_M', engine, hardware };
  return { ...changePlan(state, { ...plan, candidates: [...plan.candidates, candidate] }), notice: `Picked ${rec.name} (${candidate.quant}, ${engine})` };
}

function sizingRow(state: WizardState, toggle: boolean): WizardState {
  const index = currentCandidateIndex(state);
  const candidate = state.plan.candidates[index];
  if (!candidate) return state;
  const row = state.cursor.sizing;
  const replace = (patch: Partial<typeof candidate>) =>
    changePlan(state, { ...state.plan, candidates: state.plan.candidates.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  if (row === 0) {
    const engine = ENGINES[(ENGINES.indexOf(candidate.engine) + 1) % ENGINES.length] ?? 'ollama';
    return replace({ engine });
  }
  const quant = state.assessment?.candidates[index]?.quantTable[row - 1]?.quant;
  if (!quant || (toggle && quant === candidate.quant)) return state;
  return replace({ quant });
}

function checklistToggle(state: WizardState): WizardState {
  const item = checklistPhaseItems(state)[state.cursor.checklist];
  if (!item) return state;
  const status = nextStatus(checklistEntry(state.plan, item.id).status);
  return changePlan(state, withChecklistEntry(state.plan, item.id, { status }));
}

function hardwareSelect(state: WizardState): WizardState {
  const row = state.cursor.hardware;
  const onHand = state.plan.profile.hardwareOnHand.length;
  if (row < onHand) return push(state, { kind: 'edit', form: { kind: 'hardware-count', index: row }, fieldId: 'count', error: null });
  const action = HARDWARE_ACTIONS[row - onHand];
  if (action === 'add-gpu') {
    if (!state.catalog) return { ...state, notice: 'The GPU catalog is still loading' };
    return push(state, { kind: 'gpu-picker', cursor: 0 });
  }
  if (action === 'add-custom') return push(state, { kind: 'custom-gpu', draft: EMPTY_CUSTOM_GPU, cursor: 0, error: null });
  return push(state, { kind: 'edit', form: { kind: 'budget' }, fieldId: BUDGET_FIELD.id, error: null });
}

function removeRow(state: WizardState): WizardState {
  if (state.step === 'hardware') {
    const row = state.cursor.hardware;
    const onHand = state.plan.profile.hardwareOnHand;
    if (row >= onHand.length) return state;
    const hardwareOnHand = onHand.filter((_, i) => i !== row);
    return changePlan(state, { ...state.plan, profile: { ...state.plan.profile, hardwareOnHand } });
  }
  if (state.step === 'shortlist') {
    const rec = state.assessment?.recommendations[state.cursor.shortlist];
    if (rec && state.plan.candidates.some((c) => c.model === rec.modelId)) return pickCandidate(state, state.cursor.shortlist);
  }
  return state;
}

function selectInOverlay(state: WizardState, top: Overlay, toggle: boolean): WizardState {
  switch (top.kind) {
    case 'pick': {
      const field = fieldSpec(state, top.form, top.fieldId);
      const option = field?.options?.[top.cursor];
      if (!field || !option) return pop(state);
      if (field.kind === 'multi') {
        const selected = field.selected?.(state.plan) ?? [];
        const next = selected.includes(option.value) ? selected.filter((v) => v !== option.value) : [...selected, option.value];
        // Space toggles and stays; Enter toggles nothing and closes the list.
        return toggle ? changePlan(state, field.set(state.plan, next)) : pop(state);
      }
      return pop(changePlan(state, field.set(state.plan, option.value)));
    }
    case 'item': {
      const field = itemFields(top.itemId)[top.cursor];
      return field ? activateField(state, { kind: 'item', itemId: top.itemId }, field, toggle) : state;
    }
    case 'gpu-picker': {
      const gpu = state.catalog?.gpus[top.cursor];
      if (!gpu || toggle) return state;
      const hardwareOnHand = [...state.plan.profile.hardwareOnHand, { gpu: gpu.id, count: 1 }];
      const next = pop(changePlan(state, { ...state.plan, profile: { ...state.plan.profile, hardwareOnHand } }));
      return { ...next, cursor: { ...next.cursor, hardware: hardwareOnHand.length - 1 }, notice: `Added 1 × ${gpu.name}; Enter on it to change the count` };
    }
    case 'offer-picker': {
      // Like every multiple choice: Space ticks, Enter closes the list.
      const offer = state.catalog?.offers[top.cursor];
      if (!toggle || !offer) return pop(state);
      const list = state.plan.apiComparisons;
      const apiComparisons = list.includes(offer.id) ? list.filter((id) => id !== offer.id) : [...list, offer.id];
      return changePlan(state, { ...state.plan, apiComparisons });
    }
    case 'custom-gpu': {
      if (toggle) return state;
      if (top.cursor < CUSTOM_GPU_FIELDS.length) {
        return push(state, { kind: 'edit', form: { kind: 'custom-gpu' }, fieldId: CUSTOM_GPU_FIELDS[top.cursor]?.id ?? 'name', error: null });
      }
      const { draft } = top;
      if (draft.memoryGb === null || draft.bandwidthGbps === null || draft.tflops === null) {
        return replaceTop(state, { ...top, error: 'memory, bandwidth and TFLOPS are needed to size models on it' });
      }
      const custom = {
        ...(draft.name ? { name: draft.name } : {}),
        memoryGb: draft.memoryGb,
        bandwidthGbps: draft.bandwidthGbps,
        tflops: draft.tflops,
      };
      const hardwareOnHand = [...state.plan.profile.hardwareOnHand, { custom, count: draft.count }];
      return pop(changePlan(state, { ...state.plan, profile: { ...state.plan.profile, hardwareOnHand } }));
    }
    case 'help':
    case 'edit':
      return state;
  }
}

function submitText(state: WizardState, raw: string): WizardState {
  const top = topOverlay(state);
  if (top?.kind !== 'edit') return state;
  if (top.form.kind === 'hardware-count') {
    const parsed = HARDWARE_COUNT_PARSE(raw);
    if (!parsed.ok) return replaceTop(state, { ...top, error: parsed.error });
    const index = top.form.index;
    const hardwareOnHand = state.plan.profile.hardwareOnHand.map((h, i) => (i === index ? { ...h, count: parsed.value as number } : h));
    return pop(changePlan(state, { ...state.plan, profile: { ...state.plan.profile, hardwareOnHand } }));
  }
  if (top.form.kind === 'custom-gpu') {
    const field = CUSTOM_GPU_FIELDS.find((f) => f.id === top.fieldId);
    const below = state.overlays[state.overlays.length - 2];
    if (!field?.parse || below?.kind !== 'custom-gpu') return pop(state);
    const parsed = field.parse(raw);
    if (!parsed.ok) return replaceTop(state, { ...top, error: parsed.error });
    const popped = pop(state);
    return replaceTop(popped, { ...below, draft: field.set(below.draft, parsed.value), error: null, cursor: Math.min(below.cursor + 1, CUSTOM_GPU_FIELDS.length) });
  }
  const field = fieldSpec(state, top.form, top.fieldId);
  if (!field?.parse) return pop(state);
  const parsed = field.parse(raw);
  if (!parsed.ok) return replaceTop(state, { ...top, error: parsed.error });
  return pop(changePlan(state, field.set(state.plan, parsed.value)));
}

function handleCommand(state: WizardState, command: Command): WizardState {
  if (command === Command.Quit) return { ...state, quitRequests: state.quitRequests + 1 };
  if (state.phase === 'start') {
    const options = state.start.planExists ? 2 : 1;
    if (command === Command.Up || command === Command.Down) {
      return { ...state, start: { ...state.start, cursor: clamp(state.start.cursor + (command === Command.Up ? -1 : 1), options) } };
    }
    // "Resume" is the first option when a plan exists; "start a new plan" needs the caller's new plan (start-new).
    if (command === Command.Select && state.start.planExists && state.start.cursor === 0) return { ...state, phase: 'wizard' };
    return state;
  }

  const top = topOverlay(state);
  if (top) {
    switch (command) {
      case Command.Up:
        return moveCursor(state, -1);
      case Command.Down:
        return moveCursor(state, 1);
      case Command.PageUp:
        return moveCursor(state, -state.pageSize);
      case Command.PageDown:
        return moveCursor(state, state.pageSize);
      case Command.Back:
        return pop(state);
      case Command.Help:
        return top.kind === 'help' ? pop(state) : push(state, { kind: 'help', scroll: 0 });
      case Command.Select:
        return selectInOverlay(state, top, false);
      case Command.Toggle:
        return selectInOverlay(state, top, true);
      default:
        return state;
    }
  }

  switch (command) {
    case Command.Up:
      return moveCursor(state, -1);
    case Command.Down:
      return moveCursor(state, 1);
    case Command.PageUp:
      return moveCursor(state, -state.pageSize);
    case Command.PageDown:
      return moveCursor(state, state.pageSize);
    case Command.NextStep:
      return goToStep(state, STEP_IDS[Math.min(stepIndex(state.step) + 1, STEP_IDS.length - 1)] ?? state.step);
    case Command.PrevStep:
    case Command.Back:
      return goToStep(state, STEP_IDS[Math.max(stepIndex(state.step) - 1, 0)] ?? state.step);
    case Command.Help:
      return push(state, { kind: 'help', scroll: 0 });
    case Command.NextTab:
    case Command.PrevTab: {
      const delta = command === Command.NextTab ? 1 : -1;
      if (state.step === 'sizing') {
        const n = state.plan.candidates.length;
        if (n === 0) return state;
        return { ...state, tab: { ...state.tab, sizing: (currentCandidateIndex(state) + delta + n) % n }, cursor: { ...state.cursor, sizing: 0 }, revision: state.revision + 1 };
      }
      if (state.step === 'checklist') {
        const n = state.assessment?.checklist.phases.length ?? 4;
        return { ...state, tab: { ...state.tab, checklist: (state.tab.checklist + delta + n) % n }, cursor: { ...state.cursor, checklist: 0 }, revision: state.revision + 1 };
      }
      return state;
    }
    case Command.Remove:
      return removeRow(state);
    case Command.Select:
    case Command.Toggle: {
      const toggle = command === Command.Toggle;
      const row = state.cursor[state.step];
      switch (state.step) {
        case 'profile': {
          const field = PROFILE_FIELDS[row];
          return field ? activateField(state, { kind: 'profile' }, field, toggle) : state;
        }
        case 'hardware':
          return toggle ? state : hardwareSelect(state);
        case 'shortlist':
          return pickCandidate(state, row);
        case 'sizing':
          return sizingRow(state, toggle);
        case 'cost': {
          const field = WORKLOAD_FIELDS[row];
          if (field) return activateField(state, { kind: 'workload' }, field, toggle);
          if (!state.catalog) return { ...state, notice: 'The API price list is still loading' };
          return push(state, { kind: 'offer-picker', cursor: 0 });
        }
        case 'license':
          return state;
        case 'checklist': {
          if (toggle) return checklistToggle(state);
          const item = checklistPhaseItems(state)[row];
          return item ? push(state, { kind: 'item', itemId: item.id, cursor: 0 }) : state;
        }
        case 'review':
          return toggle ? state : { ...state, exportRequested: true, exported: null };
      }
      return state;
    }
    default:
      return state;
  }
}

export function reducer(state: WizardState, action: Action): WizardState {
  switch (action.type) {
    case 'command': {
      const next = handleCommand({ ...state, notice: null }, action.command);
      return next;
    }
    case 'submit-text':
      return submitText(state, action.raw);
    case 'start-new':
      return { ...initialState(action.plan, { planExists: false, pageSize: state.pageSize }), phase: 'wizard', catalog: state.catalog, warning: state.warning, revision: state.revision + 1, savedRevision: state.savedRevision, dataRevision: state.dataRevision + 1 };
    case 'catalog-loaded':
      return { ...state, catalog: action.catalog };
    case 'assessed': {
      const next = { ...state, assessment: action.assessment, assessedRevision: action.revision };
      // Lists may have shrunk (a candidate dropped, findings resolved): keep cursors inside them.
      const cursor = { ...next.cursor };
      for (const step of STEP_IDS) cursor[step] = clamp(cursor[step], rowCount(next, step));
      return { ...next, cursor };
    }
    case 'save-started':
      return { ...state, save: { state: 'saving' } };
    case 'saved':
      return { ...state, savedRevision: Math.max(state.savedRevision, action.revision), save: { state: 'saved' } };
    case 'save-failed':
      return { ...state, save: { state: 'failed', message: action.message, conflict: action.conflict } };
    case 'exported':
      return { ...state, exportRequested: false, exported: { paths: action.paths } };
    case 'export-failed':
      return { ...state, exportRequested: false, exported: { error: action.message } };
    case 'resize':
      return { ...state, pageSize: Math.max(3, action.rows) };
    case 'notice':
      return { ...state, notice: action.message };
  }
}

/** True when the overlay expects typed text (the text editor owns the keyboard then). */
export function isTyping(state: WizardState): boolean {
  return topOverlay(state)?.kind === 'edit';
}

/** The text the editor starts with for the open edit overlay. */
export function editInitialText(state: WizardState): string {
  const top = topOverlay(state);
  if (top?.kind !== 'edit') return '';
  if (top.form.kind === 'hardware-count') return String(state.plan.profile.hardwareOnHand[top.form.index]?.count ?? 1);
  if (top.form.kind === 'custom-gpu') {
    const below = state.overlays[state.overlays.length - 2];
    const field = CUSTOM_GPU_FIELDS.find((f) => f.id === top.fieldId);
    if (below?.kind !== 'custom-gpu' || !field) return '';
    const text = field.display(below.draft);
    return text === '—' ? '' : text.replace(/ (GB|GB\/s|TFLOPS)$/, '');
  }
  const field = fieldSpec(state, top.form, top.fieldId);
  if (!field) return '';
  // Start from the raw value, not its decorated display ("8,192 tokens" → "8192").
  const shown = field.display(state.plan);
  if (field.kind === 'number') return /no target|none/.test(shown) ? '' : shown.replace(/[^0-9.]/g, '');
  return shown;
}

/** The label of the field being edited, for the editor's prompt. */
export function editLabel(state: WizardState): string {
  const top = topOverlay(state);
  if (top?.kind !== 'edit') return '';
  if (top.form.kind === 'hardware-count') return 'Number of devices';
  if (top.form.kind === 'custom-gpu') return CUSTOM_GPU_FIELDS.find((f) => f.id === top.fieldId)?.label ?? top.fieldId;
  return fieldSpec(state, top.form, top.fieldId)?.label ?? top.fieldId;
}

export function editHelp(state: WizardState): string | undefined {
  const top = topOverlay(state);
  if (top?.kind !== 'edit') return undefined;
  if (top.form.kind === 'custom-gpu') return CUSTOM_GPU_FIELDS.find((f) => f.id === top.fieldId)?.help;
  return fieldSpec(state, top.form, top.fieldId)?.help;
}
