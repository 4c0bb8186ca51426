// Form fields as pure lenses over the plan: how to show a value, parse what was typed (with the
// reason when it is wrong, shown next to the field), and write it back. The reducer is generic over
// these, so every form (profile, workload, checklist item, custom GPU) behaves the same way.
import type { ChecklistEntry, ChecklistStatus, Plan, UseCase } from '@llm-adopt/plan';

export type FieldKind = 'text' | 'number' | 'choice' | 'multi' | 'bool';

export interface Option {
  readonly value: string;
  readonly label: string;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

export interface FieldSpec<T> {
  readonly id: string;
  readonly label: string;
  readonly kind: FieldKind;
  /** Choices for `choice` and `multi` fields. */
  readonly options?: readonly Option[];
  /** Shown under the value when the field is focused. */
  readonly help?: string;
  /** The value as text in the form (and as the starting text of the editor). */
  display(target: T): string;
  /** Current value for pickers: the selected option value(s). */
  selected?(target: T): readonly string[];
  /** Typed text → value, or the reason it is not acceptable. */
  parse?(raw: string): Parsed;
  set(target: T, value: unknown): T;
}

// ---------- parsing helpers: the error text says what was expected and what was found ----------

export function parseInteger(raw: string, min: number, max: number, unit = ''): Parsed {
  const text = raw.trim().replace(/[_,\s]/g, '');
  const scaled = /^(\d+(?:\.\d+)?)([kKmM])$/.exec(text);
  const n = scaled ? Number(scaled[1]) * (scaled[2]?.toLowerCase() === 'k' ? 1_000 : 1_000_000) : Number(text);
  if (text === '' || !Number.isFinite(n) || !Number.isInteger(n)) {
    return { ok: false, error: `expected a whole number${unit ? ` of ${unit}` : ''}, found "${raw.trim()}"` };
  }
  if (n < min || n > max) return { ok: false, error: `expected ${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}, found ${n.toLocaleString('en-US')}` };
  return { ok: true, value: n };
}

/** A positive number, or empty → null when `nullable` (no target). */
export function parseNumber(raw: string, opts: { min: number; max: number; exclusiveMin?: boolean; nullable?: boolean }): Parsed {
  const text = raw.trim().replace(/[_,\s]/g, '');
  if (text === '' || text === '-') {
    return opts.nullable ? { ok: true, value: null } : { ok: false, error: 'expected a number, found nothing' };
  }
  const n = Number(text);
  if (!Number.isFinite(n)) return { ok: false, error: `expected a number, found "${raw.trim()}"` };
  if (opts.exclusiveMin ? n <= opts.min : n < opts.min) {
    return { ok: false, error: `expected ${opts.exclusiveMin ? 'more than' : 'at least'} ${opts.min}, found ${n}` };
  }
  if (n > opts.max) return { ok: false, error: `expected at most ${opts.max.toLocaleString('en-US')}, found ${n}` };
  return { ok: true, value: n };
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function parseLanguages(raw: string): Parsed {
  const codes = raw
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const bad = codes.find((c) => !LANGUAGE_CODE.test(c));
  if (bad !== undefined) return { ok: false, error: `expected BCP 47 codes like "en, ko, zh", found "${bad}"` };
  return { ok: true, value: [...new Set(codes)] };
}

export function parseDate(raw: string): Parsed {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.toISOString().slice(0, 10) !== text) {
    return { ok: false, error: `expected a date YYYY-MM-DD, found "${text}"` };
  }
  return { ok: true, value: text };
}

function parseShortText(max: number): (raw: string) => Parsed {
  return (raw) => {
    const text = raw.trim();
    return text.length > max ? { ok: false, error: `expected at most ${max} characters, found ${text.length}` } : { ok: true, value: text };
  };
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const count = (n: number) => n.toLocaleString('en-US');

// ---------- the profile form ----------

export const USE_CASE_LABELS: Readonly<Record<UseCase, string>> = {
  coding: 'Coding',
  'multilingual-cjk': 'Multilingual (CJK)',
  'general-chat': 'General chat',
  'cost-efficiency': 'Cost efficiency',
  'math-reasoning': 'Math & reasoning',
  'long-documents': 'Long documents',
  'mobile-edge': 'Mobile / edge',
  'eu-compliance': 'EU compliance',
  multimodal: 'Multimodal',
  rag: 'RAG',
};

const opts = (pairs: Record<string, string>): Option[] => Object.entries(pairs).map(([value, label]) => ({ value, label }));

const withProfile = (plan: Plan, profile: Partial<Plan['profile']>): Plan => ({ ...plan, profile: { ...plan.profile, ...profile } });
const withLicense = (plan: Plan, license: Partial<Plan['profile']['license']>): Plan =>
  withProfile(plan, { license: { ...plan.profile.license, ...license } });

export const PROFILE_FIELDS: readonly FieldSpec<Plan>[] = [
  {
    id: 'project.name',
    label: 'Project name',
    kind: 'text',
    display: (p) => p.project.name,
    parse: (raw) => (raw.trim() === '' ? { ok: false, error: 'expected a name, found nothing' } : parseShortText(200)(raw)),
    set: (p, v) => ({ ...p, project: { ...p.project, name: v as string } }),
  },
  {
    id: 'profile.useCases',
    label: 'Use cases',
    kind: 'multi',
    options: opts(USE_CASE_LABELS),
    help: 'What the model is for; drives task fit in the shortlist.',
    display: (p) => (p.profile.useCases.length === 0 ? '(none yet)' : p.profile.useCases.map((u) => USE_CASE_LABELS[u]).join(', ')),
    selected: (p) => p.profile.useCases,
    set: (p, v) => withProfile(p, { useCases: v as UseCase[] }),
  },
  {
    id: 'profile.languages',
    label: 'Languages',
    kind: 'text',
    help: 'BCP 47 codes, comma separated (en, ko, zh, ja, de).',
    display: (p) => p.profile.languages.join(', '),
    parse: parseLanguages,
    set: (p, v) => withProfile(p, { languages: v as string[] }),
  },
  {
    id: 'profile.contextTokens',
    label: 'Context needed',
    kind: 'number',
    help: 'Prompt + output tokens at the 95th percentile (8k, 32k, 128000).',
    display: (p) => `${count(p.profile.contextTokens)} tokens`,
    parse: (raw) => parseInteger(raw, 1, 100_000_000, 'tokens'),
    set: (p, v) => withProfile(p, { contextTokens: v as number }),
  },
  {
    id: 'profile.concurrency',
    label: 'Concurrent requests',
    kind: 'number',
    help: 'Sequences served at the same time; the KV cache grows with it.',
    display: (p) => count(p.profile.concurrency),
    parse: (raw) => parseInteger(raw, 1, 100_000, 'sequences'),
    set: (p, v) => withProfile(p, { concurrency: v as number }),
  },
  {
    id: 'profile.latency.ttftSeconds',
    label: 'Time to first token',
    kind: 'number',
    help: 'Target in seconds; leave empty for no target.',
    display: (p) => (p.profile.latency.ttftSeconds === null ? 'no target' : `≤ ${p.profile.latency.ttftSeconds} s`),
    parse: (raw) => parseNumber(raw, { min: 0, max: 3600, exclusiveMin: true, nullable: true }),
    set: (p, v) => withProfile(p, { latency: { ...p.profile.latency, ttftSeconds: v as number | null } }),
  },
  {
    id: 'profile.latency.tokensPerSecond',
    label: 'Decode speed',
    kind: 'number',
    help: 'Target tokens per second per request; leave empty for no target.',
    display: (p) => (p.profile.latency.tokensPerSecond === null ? 'no target' : `≥ ${p.profile.latency.tokensPerSecond} tok/s`),
    parse: (raw) => parseNumber(raw, { min: 0, max: 100_000, exclusiveMin: true, nullable: true }),
    set: (p, v) => withProfile(p, { latency: { ...p.profile.latency, tokensPerSecond: v as number | null } }),
  },
  {
    id: 'profile.dataSensitivity',
    label: 'Data sensitivity',
    kind: 'choice',
    options: opts({ public: 'Public', internal: 'Internal', confidential: 'Confidential', personal: 'Personal data' }),
    display: (p) => p.profile.dataSensitivity,
    selected: (p) => [p.profile.dataSensitivity],
    set: (p, v) => withProfile(p, { dataSensitivity: v as Plan['profile']['dataSensitivity'] }),
  },
  {
    id: 'profile.dataMayLeavePremises',
    label: 'Data may leave premises',
    kind: 'bool',
    help: 'May prompts and documents be sent to a third-party API?',
    display: (p) => yesNo(p.profile.dataMayLeavePremises),
    set: (p, v) => withProfile(p, { dataMayLeavePremises: v as boolean }),
  },
  {
    id: 'profile.deployment',
    label: 'Deployment',
    kind: 'choice',
    options: opts({ local: 'Local (own hardware)', api: 'Hosted API', hybrid: 'Hybrid' }),
    display: (p) => p.profile.deployment,
    selected: (p) => [p.profile.deployment],
    set: (p, v) => withProfile(p, { deployment: v as Plan['profile']['deployment'] }),
  },
  {
    id: 'profile.region',
    label: 'Region',
    kind: 'text',
    help: 'Two-letter country code (de, us, kr) or eu.',
    display: (p) => p.profile.region,
    parse: (raw) => {
      const text = raw.trim().toLowerCase();
      return /^[a-z]{2}$/.test(text) ? { ok: true, value: text } : { ok: false, error: `expected two letters like "de" or "eu", found "${raw.trim()}"` };
    },
    set: (p, v) => withProfile(p, { region: v as string }),
  },
  {
    id: 'profile.monthlyActiveUsers',
    label: 'Monthly active users',
    kind: 'number',
    help: 'Some licenses change above a user count (Llama: 700M MAU).',
    display: (p) => count(p.profile.monthlyActiveUsers),
    parse: (raw) => parseInteger(raw, 0, 1e11, 'users'),
    set: (p, v) => withProfile(p, { monthlyActiveUsers: v as number }),
  },
  {
    id: 'profile.license.commercial',
    label: 'Commercial use',
    kind: 'bool',
    help: 'Any use connected to a business, internal tools included.',
    display: (p) => yesNo(p.profile.license.commercial),
    set: (p, v) => withLicense(p, { commercial: v as boolean }),
  },
  {
    id: 'profile.license.internalOnly',
    label: 'Internal use only',
    kind: 'bool',
    help: 'Only your own staff use it; nothing is offered to outsiders.',
    display: (p) => yesNo(p.profile.license.internalOnly),
    set: (p, v) => withLicense(p, { internalOnly: v as boolean }),
  },
  {
    id: 'profile.license.hostsAsServiceForThirdParties',
    label: 'Hosted for third parties',
    kind: 'bool',
    help: 'An API, SaaS or public chatbot built on the model.',
    display: (p) => yesNo(p.profile.license.hostsAsServiceForThirdParties),
    set: (p, v) => withLicense(p, { hostsAsServiceForThirdParties: v as boolean }),
  },
  {
    id: 'profile.license.redistributesWeights',
    label: 'Redistribute weights',
    kind: 'bool',
    help: 'Ship the weights or a derivative (fine-tune, quantization, on-device app).',
    display: (p) => yesNo(p.profile.license.redistributesWeights),
    set: (p, v) => withLicense(p, { redistributesWeights: v as boolean }),
  },
  {
    id: 'profile.license.finetunes',
    label: 'Fine-tune the weights',
    kind: 'bool',
    display: (p) => yesNo(p.profile.license.finetunes),
    set: (p, v) => withLicense(p, { finetunes: v as boolean }),
  },
  {
    id: 'profile.license.trainsOtherModelsOnOutputs',
    label: 'Train models on outputs',
    kind: 'bool',
    help: 'Distillation or synthetic data for another model.',
    display: (p) => yesNo(p.profile.license.trainsOtherModelsOnOutputs),
    set: (p, v) => withLicense(p, { trainsOtherModelsOnOutputs: v as boolean }),
  },
  {
    id: 'profile.license.needsPatentGrant',
    label: 'Need a patent grant',
    kind: 'bool',
    help: 'Your lawyers require an express patent licence.',
    display: (p) => yesNo(p.profile.license.needsPatentGrant),
    set: (p, v) => withLicense(p, { needsPatentGrant: v as boolean }),
  },
  {
    id: 'profile.license.euDomiciled',
    label: 'EU company',
    kind: 'bool',
    help: 'Principal place of business in the EU.',
    display: (p) => yesNo(p.profile.license.euDomiciled),
    set: (p, v) => withLicense(p, { euDomiciled: v as boolean }),
  },
  {
    id: 'profile.license.servesEu',
    label: 'Used in the EU',
    kind: 'bool',
    help: 'The system or its outputs are used in the EU (AI Act Art. 2(1)).',
    display: (p) => yesNo(p.profile.license.servesEu),
    set: (p, v) => withLicense(p, { servesEu: v as boolean }),
  },
  {
    id: 'profile.license.offersChatbotToPublic',
    label: 'Chatbot for the public',
    kind: 'bool',
    help: 'People outside the team talk to it (AI Act Art. 50(1)).',
    display: (p) => yesNo(p.profile.license.offersChatbotToPublic ?? false),
    set: (p, v) => withLicense(p, { offersChatbotToPublic: v as boolean }),
  },
];

// ---------- hardware budget and workload (cost step) ----------

export const BUDGET_FIELD: FieldSpec<Plan> = {
  id: 'profile.hardwareBudgetUsd',
  label: 'Hardware budget',
  kind: 'number',
  help: 'USD; leave empty when not buying.',
  display: (p) => (p.profile.hardwareBudgetUsd === null ? 'none' : `$${count(p.profile.hardwareBudgetUsd)}`),
  parse: (raw) => parseNumber(raw.replace(/^\$/, ''), { min: 0, max: 1e10, nullable: true }),
  set: (p, v) => withProfile(p, { hardwareBudgetUsd: v as number | null }),
};

const withWorkload = (plan: Plan, w: Partial<Plan['workload']>): Plan => ({ ...plan, workload: { ...plan.workload, ...w } });
const tokens = (raw: string) => parseInteger(raw, 0, 1e15, 'tokens per day');

export const WORKLOAD_FIELDS: readonly FieldSpec<Plan>[] = [
  {
    id: 'workload.inputTokensPerDay',
    label: 'Input tokens / day',
    kind: 'number',
    help: 'Accepts 1M, 250k or 1000000.',
    display: (p) => count(p.workload.inputTokensPerDay),
    parse: tokens,
    set: (p, v) => withWorkload(p, { inputTokensPerDay: v as number }),
  },
  {
    id: 'workload.cachedInputTokensPerDay',
    label: 'Cached input / day',
    kind: 'number',
    help: 'Part of the input served from a provider prompt cache.',
    display: (p) => count(p.workload.cachedInputTokensPerDay),
    parse: tokens,
    set: (p, v) => withWorkload(p, { cachedInputTokensPerDay: v as number }),
  },
  {
    id: 'workload.outputTokensPerDay',
    label: 'Output tokens / day',
    kind: 'number',
    help: 'Reasoning tokens bill as output.',
    display: (p) => count(p.workload.outputTokensPerDay),
    parse: tokens,
    set: (p, v) => withWorkload(p, { outputTokensPerDay: v as number }),
  },
  {
    id: 'workload.daysPerMonth',
    label: 'Days per month',
    kind: 'number',
    display: (p) => String(p.workload.daysPerMonth),
    parse: (raw) => parseNumber(raw, { min: 0, max: 31, exclusiveMin: true }),
    set: (p, v) => withWorkload(p, { daysPerMonth: v as number }),
  },
  {
    // Shown and typed in percent; the plan stores a share (0.1 = +10 % a month). Empty = flat volume.
    id: 'workload.monthlyGrowth',
    label: 'Growth % / month',
    kind: 'number',
    display: (p) => (p.workload.monthlyGrowth === undefined ? 'flat' : `${Number((p.workload.monthlyGrowth * 100).toFixed(4))}`),
    parse: (raw) => (raw.trim().toLowerCase() === 'flat' ? { ok: true, value: null } : parseNumber(raw.replace(/%/g, ''), { min: -99, max: 1000, nullable: true })),
    set: (p, v) => {
      const { monthlyGrowth: _flat, ...rest } = p.workload;
      return v === null ? { ...p, workload: rest } : withWorkload(p, { monthlyGrowth: (v as number) / 100 });
    },
  },
];

// ---------- checklist item editor ----------

export const STATUS_LABELS: Readonly<Record<ChecklistStatus, string>> = {
  todo: 'to do',
  'in-progress': 'in progress',
  done: 'done',
  'not-applicable': 'n/a',
};
export const STATUS_ORDER: readonly ChecklistStatus[] = ['todo', 'in-progress', 'done', 'not-applicable'];

/** The next status when Space is pressed on an item. */
export function nextStatus(status: ChecklistStatus): ChecklistStatus {
  return STATUS_ORDER[(STATUS_ORDER.indexOf(status) + 1) % STATUS_ORDER.length] ?? 'todo';
}

export function checklistEntry(plan: Plan, itemId: string): ChecklistEntry {
  return plan.checklist[itemId] ?? { status: 'todo' };
}

/** Writes an entry, dropping empty optional fields so the plan file stays tidy. */
export function withChecklistEntry(plan: Plan, itemId: string, patch: Partial<Record<keyof ChecklistEntry, unknown>>): Plan {
  const merged: Record<string, unknown> = { ...checklistEntry(plan, itemId), ...patch };
  for (const key of Object.keys(merged)) if (merged[key] === null || merged[key] === '') delete merged[key];
  return { ...plan, checklist: { ...plan.checklist, [itemId]: merged as ChecklistEntry } };
}

export function itemFields(itemId: string): readonly FieldSpec<Plan>[] {
  return [
    {
      id: 'status',
      label: 'Status',
      kind: 'choice',
      options: STATUS_ORDER.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
      display: (p) => STATUS_LABELS[checklistEntry(p, itemId).status],
      selected: (p) => [checklistEntry(p, itemId).status],
      set: (p, v) => withChecklistEntry(p, itemId, { status: v }),
    },
    {
      id: 'owner',
      label: 'Owner',
      kind: 'text',
      display: (p) => checklistEntry(p, itemId).owner ?? '',
      parse: parseShortText(200),
      set: (p, v) => withChecklistEntry(p, itemId, { owner: v }),
    },
    {
      id: 'due',
      label: 'Due',
      kind: 'text',
      help: 'YYYY-MM-DD; empty for none.',
      display: (p) => checklistEntry(p, itemId).due ?? '',
      parse: parseDate,
      set: (p, v) => withChecklistEntry(p, itemId, { due: v }),
    },
    {
      id: 'notes',
      label: 'Note',
      kind: 'text',
      display: (p) => checklistEntry(p, itemId).notes ?? '',
      parse: parseShortText(10_000),
      set: (p, v) => withChecklistEntry(p, itemId, { notes: v }),
    },
    {
      id: 'evidence',
      label: 'Evidence',
      kind: 'text',
      help: 'Link or path to the evidence (CI run, document, ticket).',
      display: (p) => checklistEntry(p, itemId).evidence ?? '',
      parse: parseShortText(2000),
      set: (p, v) => withChecklistEntry(p, itemId, { evidence: v }),
    },
  ];
}

// ---------- custom GPU (a draft until every required value is given) ----------

export interface CustomGpuDraft {
  name: string;
  memoryGb: number | null;
  bandwidthGbps: number | null;
  tflops: number | null;
  count: number;
}

export const EMPTY_CUSTOM_GPU: CustomGpuDraft = { name: '', memoryGb: null, bandwidthGbps: null, tflops: null, count: 1 };

const dash = (n: number | null, unit: string) => (n === null ? '—' : `${n} ${unit}`);

export const CUSTOM_GPU_FIELDS: readonly FieldSpec<CustomGpuDraft>[] = [
  { id: 'name', label: 'Name', kind: 'text', display: (d) => d.name, parse: parseShortText(200), set: (d, v) => ({ ...d, name: v as string }) },
  {
    id: 'memoryGb',
    label: 'Memory',
    kind: 'number',
    help: 'Device memory in GB.',
    display: (d) => dash(d.memoryGb, 'GB'),
    parse: (raw) => parseNumber(raw, { min: 0, max: 100_000, exclusiveMin: true }),
    set: (d, v) => ({ ...d, memoryGb: v as number }),
  },
  {
    id: 'bandwidthGbps',
    label: 'Bandwidth',
    kind: 'number',
    help: 'Memory bandwidth in GB/s; decode speed is bound by it.',
    display: (d) => dash(d.bandwidthGbps, 'GB/s'),
    parse: (raw) => parseNumber(raw, { min: 0, max: 1_000_000, exclusiveMin: true }),
    set: (d, v) => ({ ...d, bandwidthGbps: v as number }),
  },
  {
    id: 'tflops',
    label: 'FP16 TFLOPS',
    kind: 'number',
    help: 'Dense FP16/BF16 throughput; prefill speed is bound by it.',
    display: (d) => dash(d.tflops, 'TFLOPS'),
    parse: (raw) => parseNumber(raw, { min: 0, max: 1_000_000, exclusiveMin: true }),
    set: (d, v) => ({ ...d, tflops: v as number }),
  },
  {
    id: 'count',
    label: 'Count',
    kind: 'number',
    display: (d) => String(d.count),
    parse: (raw) => parseInteger(raw, 1, 4096, 'devices'),
    set: (d, v) => ({ ...d, count: v as number }),
  },
];

export const HARDWARE_COUNT_PARSE = (raw: string): Parsed => parseInteger(raw, 1, 4096, 'devices');
