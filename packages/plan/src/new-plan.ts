import { DEFAULT_OPERATIONS } from './migrations.js';
import { PLAN_SCHEMA_VERSION, type Plan } from './plan-schema.js';

/**
 * A new, valid plan with nothing decided yet: the starting point of the TUI's first run.
 * Defaults are neutral (hybrid deployment, internal data that may not leave the premises, 8K context).
 */
export function createPlan(init: { id: string; name: string; region?: string; schemaPath?: string }): Plan {
  return {
    ...(init.schemaPath ? { $schema: init.schemaPath } : {}),
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: init.id,
    project: { name: init.name, team: [] },
    reportDate: null,
    profile: {
      useCases: [],
      languages: ['en'],
      contextTokens: 8192,
      concurrency: 1,
      latency: { ttftSeconds: null, tokensPerSecond: null },
      dataSensitivity: 'internal',
      dataMayLeavePremises: false,
      deployment: 'hybrid',
      hardwareOnHand: [],
      hardwareBudgetUsd: null,
      region: init.region ?? 'us',
      monthlyActiveUsers: 0,
      license: { commercial: true, internalOnly: true, hostsAsServiceForThirdParties: false, redistributesWeights: false, finetunes: false, trainsOtherModelsOnOutputs: false, needsPatentGrant: false, euDomiciled: false, servesEu: false },
    },
    workload: { inputTokensPerDay: 0, cachedInputTokensPerDay: 0, outputTokensPerDay: 0, daysPerMonth: 30 },
    apiComparisons: [],
    costAssumptions: {},
    candidates: [],
    operations: DEFAULT_OPERATIONS(),
    checklist: {},
    phases: {},
  };
}
