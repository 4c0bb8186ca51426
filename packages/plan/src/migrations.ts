/**
 * Plan file migrations. Each step takes the raw object of version n and returns version n + 1;
 * `migratePlanData` runs them in order up to PLAN_SCHEMA_VERSION before validation. A file from
 * a newer llm-adopt is refused (never downgraded or rewritten): see docs/plan-file.md "Migrations".
 */
import type { DataIssue, Parsed } from '@llm-adopt/catalog';
import { describeValue } from './describe-value.js';
import { PLAN_SCHEMA_VERSION } from './plan-schema.js';

type Raw = Record<string, unknown>;

export interface Migrated {
  value: unknown;
  /** Version found in the file (0 for a file without `schemaVersion`). */
  fromVersion: number;
}

const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Version 0: the first draft format (flat, before profiles). Fields: `name`, `team` (names),
 * `useCases`, `languages`, `contextTokens`, `deployment`, `region`, `hardware` ([{gpu, count}]),
 * `candidates` ([{model, quant, engine, gpu, count}]) and `checklist` as `{ id: status }`.
 * Everything version 1 added gets the same defaults `createPlan` uses.
 */
function v0ToV1(v0: Raw): Raw {
  const name = typeof v0.name === 'string' && v0.name.length > 0 ? v0.name : 'Untitled plan';
  const hardware = Array.isArray(v0.hardware) ? v0.hardware : [];
  const checklist: Raw = {};
  if (isObject(v0.checklist)) {
    for (const [id, status] of Object.entries(v0.checklist)) checklist[id] = { status };
  }
  const candidates = Array.isArray(v0.candidates)
    ? v0.candidates.map((c) => {
        if (!isObject(c)) return c;
        const { gpu, count, ...rest } = c;
        return { ...rest, hardware: { gpu, count: count ?? 1 } };
      })
    : [];
  return {
    ...(typeof v0.$schema === 'string' ? { $schema: v0.$schema } : {}),
    schemaVersion: 1,
    id: slug(name),
    project: {
      name,
      team: Array.isArray(v0.team) ? v0.team.map((member) => (typeof member === 'string' ? { name: member } : member)) : [],
    },
    reportDate: null,
    profile: {
      useCases: v0.useCases ?? [],
      languages: v0.languages ?? ['en'],
      contextTokens: v0.contextTokens ?? 8192,
      concurrency: 1,
      latency: { ttftSeconds: null, tokensPerSecond: null },
      dataSensitivity: 'internal',
      dataMayLeavePremises: v0.deployment === 'api',
      deployment: v0.deployment ?? 'hybrid',
      hardwareOnHand: hardware,
      hardwareBudgetUsd: null,
      region: v0.region ?? 'us',
      monthlyActiveUsers: 0,
      license: { commercial: true, internalOnly: true, hostsAsServiceForThirdParties: false, redistributesWeights: false, finetunes: false, trainsOtherModelsOnOutputs: false, needsPatentGrant: false, euDomiciled: false, servesEu: false },
    },
    workload: { inputTokensPerDay: 0, cachedInputTokensPerDay: 0, outputTokensPerDay: 0, daysPerMonth: 30 },
    apiComparisons: [],
    costAssumptions: {},
    candidates,
    operations: DEFAULT_OPERATIONS(),
    checklist,
    phases: {},
  };
}

/** Operations block of a new plan: nothing decided yet. */
export const DEFAULT_OPERATIONS = () => ({
  fallback: null,
  monitoring: { planned: false },
  logRetentionDays: null,
  rateLimits: false,
  goldenSetSize: 0,
  quantsEvaluated: [] as string[],
  licenseReviewed: false,
  weightsPinned: false,
});

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return s.length > 0 ? s : 'plan';
}

/** Steps indexed by the version they migrate from. */
const STEPS: ReadonlyArray<(raw: Raw) => Raw> = [v0ToV1];

/** Brings raw plan data to the current schema version, or says why it cannot. */
export function migratePlanData(data: unknown, file: string): Parsed<Migrated> {
  if (!isObject(data)) return { ok: false, issues: [{ file, path: '$', expected: 'a plan (mapping of keys)', found: describeValue(data) }] };
  const raw = data.schemaVersion;
  const version = raw === undefined ? 0 : raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, issues: [versionIssue(file, `an integer schemaVersion from 0 to ${PLAN_SCHEMA_VERSION}`, describeValue(raw))] };
  }
  if (version > PLAN_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        versionIssue(
          file,
          `schemaVersion ${PLAN_SCHEMA_VERSION} or lower (this file was written by a newer llm-adopt; upgrade llm-adopt to open it — the file was not changed)`,
          String(version),
        ),
      ],
    };
  }
  let value: Raw = data;
  for (let v = version; v < PLAN_SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, issues: [versionIssue(file, `a migration from schemaVersion ${v}`, 'none')] };
    value = step(value);
  }
  return { ok: true, value: { value, fromVersion: version } };
}

function versionIssue(file: string, expected: string, found: string): DataIssue {
  return { file, path: '$.schemaVersion', expected, found };
}
