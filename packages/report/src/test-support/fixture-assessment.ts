// A hand-built Assessment for the renderer tests: the article's break-even example (1M input +
// 1M output tokens/day; GPT-4o 2.50/10.00 and DeepSeek 0.14/0.28 USD per MTok; one RTX 4090 at
// USD 1,600 and USD 15/month electricity). Figures are computed here by hand, not by `assess`.
import type { Assessment, ChecklistItemState, CostScenario, PhaseState, Plan } from '@llm-adopt/plan';

const src = (source: string, asOf = '2026-10-01') => ({ source, kind: 'primary' as const, asOf });

/** Cumulative cost for months 0..24: upfront + monthly × m. */
export function cumulative(upfront: number, monthly: number): number[] {
  return Array.from({ length: 25 }, (_, m) => upfront + monthly * m);
}

function item(partial: Partial<ChecklistItemState> & Pick<ChecklistItemState, 'id' | 'phase' | 'question'>): ChecklistItemState {
  return {
    kind: 'technical',
    why: 'Because the article says so.',
    frameworks: [],
    auto: null,
    status: 'todo',
    owner: null,
    due: null,
    notes: null,
    evidence: null,
    ...partial,
  };
}

function phase(p: Omit<PhaseState, 'readiness'> & { readiness?: PhaseState['readiness'] }): PhaseState {
  return {
    readiness: { score: 0.5, automated: { done: 1, total: 2 }, manual: { done: 0, total: 1 }, weakestKind: 'operational' },
    ...p,
  };
}

export function fixtureAssessment(): Assessment {
  const gpt4o: CostScenario = {
    id: 'api:openai/gpt-4o',
    kind: 'api',
    label: 'OpenAI GPT-4o API',
    // (1 × 2.50 + 1 × 10.00) USD/day × 30 days = 375.00
    monthlyCost: 375,
    upfrontCost: 0,
    // 375 / 60 MTok per month = 6.25
    costPerMTok: 6.25,
    // 1600 / (375 − 15) = 4.444…
    breakEvenMonths: 1600 / 360,
    breakEvenAgainst: 'local:0',
    cumulative: cumulative(0, 375),
    assumptions: [{ name: 'input price', value: 2.5, unit: 'USD/MTok', source: 'https://openai.com/api/pricing/' }],
    source: src('https://openai.com/api/pricing/'),
  };
  const deepseek: CostScenario = {
    id: 'api:deepseek/deepseek-chat',
    kind: 'api',
    label: 'DeepSeek API',
    // (0.14 + 0.28) × 30 = 12.60
    monthlyCost: 12.6,
    upfrontCost: 0,
    costPerMTok: 0.21,
    breakEvenMonths: null,
    breakEvenAgainst: 'local:0',
    cumulative: cumulative(0, 12.6),
    assumptions: [],
    source: src('https://api-docs.deepseek.com/quick_start/pricing'),
  };
  const local: CostScenario = {
    id: 'local:0',
    kind: 'local',
    label: 'Qwen3-14B Q4_K_M on 1 × RTX 4090',
    monthlyCost: 15,
    upfrontCost: 1600,
    costPerMTok: 0.25,
    breakEvenMonths: null,
    breakEvenAgainst: null,
    cumulative: cumulative(1600, 15),
    assumptions: [{ name: 'electricity', value: 15, unit: 'USD/month', source: 'plan' }],
    source: null,
  };
  return {
    planId: 'seed-article-break-even',
    project: 'Support assistant',
    generatedFor: '2026-11-01',
    profileSummary: 'A startup building a coding assistant for internal use; data may leave the premises.',
    recommendations: [
      {
        modelId: 'qwen3-14b',
        name: 'Qwen3-14B',
        rank: 1,
        score: 0.82,
        breakdown: {
          taskFit: { value: 0.8, weight: 0.35, reason: 'LiveCodeBench 29.0' },
          licenseFit: { value: 1, weight: 0.2, reason: 'Apache-2.0 allows commercial use' },
          hardwareFit: { value: 0.9, weight: 0.2, reason: 'Q4_K_M fits 24 GB with 12.1 GB spare' },
          cost: { value: 0.7, weight: 0.1, reason: 'USD 15.00/month local' },
          context: { value: 1, weight: 0.1, reason: '32,768 tokens native' },
          languages: { value: null, weight: 0.05, reason: 'no language requirement' },
        },
        excluded: null,
        reasons: ['Best coding score among models that fit one RTX 4090.'],
        suggestedQuant: 'Q4_K_M',
        evidence: [{ useCase: 'coding', benchmark: 'LiveCodeBench v5', score: 29, unit: '%', source: src('https://qwenlm.github.io/blog/qwen3/') }],
      },
      {
        modelId: 'llama-4-scout',
        name: 'Llama 4 Scout',
        rank: 2,
        score: 0,
        breakdown: {
          taskFit: { value: 0.6, weight: 0.35, reason: 'no coding benchmark' },
          licenseFit: { value: 0, weight: 0.2, reason: 'EU multimodal restriction' },
          hardwareFit: { value: 0.1, weight: 0.2, reason: 'needs 2 GPUs' },
          cost: { value: 0.5, weight: 0.1, reason: 'n/a' },
          context: { value: 1, weight: 0.1, reason: '10M tokens' },
          languages: { value: 1, weight: 0.05, reason: 'en' },
        },
        excluded: { reason: 'Llama 4 license withholds multimodal rights from EU-domiciled companies.', code: 'license-blocker' },
        reasons: ['Excluded: license blocker.'],
        suggestedQuant: null,
        evidence: [],
      },
    ],
    articleComparison: [
      {
        useCase: 'coding',
        articleTop: 'DeepSeek R1',
        articleRunnerUp: 'Qwen3-72B',
        articleReason: 'strongest coding benchmarks',
        ourTop: 'Qwen3-14B',
        ourRunnerUp: null,
        agrees: false,
        notes: ['Qwen3-72B was never released.', 'DeepSeek R1 does not fit one RTX 4090.'],
      },
    ],
    candidates: [
      {
        index: 0,
        modelId: 'qwen3-14b',
        modelName: 'Qwen3-14B',
        quant: 'Q4_K_M',
        engine: 'llama.cpp',
        hardwareLabel: '1 × NVIDIA GeForce RTX 4090',
        hardware: { id: 'rtx-4090', count: 1, memoryBytesEach: 24e9, bandwidthBytesPerSecond: 1008e9 },
        contextTokens: 32768,
        concurrency: 1,
        memory: {
          weightsBytes: 9.0e9,
          kvCacheBytes: 5.37e9,
          overheadBytes: 0.6e9,
          totalBytes: 14.97e9,
          parts: [
            { label: 'weights', bytes: 9.0e9 },
            { label: 'KV cache', bytes: 5.37e9 },
            { label: 'compute buffers', bytes: 0.6e9 },
          ],
        },
        fit: { verdict: 'fits', spareBytes: 9.03e9, gpusNeeded: 1, offloadLayers: 0, maxContextTokens: 81920, reasons: ['fits with 9.0 GB spare'] },
        speed: { decode: { low: 55, typical: 68, high: 80 }, prefill: { low: 2500, typical: 3200, high: 4000 }, ttftSeconds: 0.4, typicalErrorPct: 12 },
        quantTable: [
          { quant: 'Q4_K_M', totalBytes: 14.97e9, fits: true, decodeTypical: 68 },
          { quant: 'Q8_0', totalBytes: 21.1e9, fits: true, decodeTypical: 40 },
          { quant: 'FP16', totalBytes: 35e9, fits: false, decodeTypical: null },
        ],
        recipe: {
          ollama: 'ollama run qwen3:14b',
          llamaCpp: 'llama-server -hf Qwen/Qwen3-14B-GGUF:Q4_K_M -c 32768 -ngl 99',
          vllm: null,
        },
        problems: [],
      },
    ],
    cost: {
      currency: 'USD',
      scenarios: [gpt4o, deepseek, local],
      assumptions: [
        { name: 'days per month', value: 30, unit: 'days', source: 'plan' },
        { name: 'electricity', value: 15, unit: 'USD/month', source: 'plan' },
      ],
      problems: [],
    },
    licenseFindings: [
      {
        id: 'apache.patent-grant',
        severity: 'info',
        topic: 'patent',
        message: 'Apache-2.0 grants a patent license from each contributor.',
        action: 'Nothing to do; keep this in the review record.',
        license: 'Apache-2.0',
        section: '§3',
        quote: 'each Contributor hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable (except as stated in this section) patent license',
        url: 'https://www.apache.org/licenses/LICENSE-2.0',
        clause: 'apache-2.0.patent-grant',
        model: 'qwen3-14b',
      },
      {
        id: 'llama4.eu-multimodal',
        severity: 'blocker',
        topic: 'regional',
        message: 'Rights to multimodal Llama 4 models are not granted to EU-domiciled companies.',
        action: 'Choose another model: an EU-domiciled licensee has no rights to use Llama 4 Scout.',
        license: 'LicenseRef-Llama-4-Community',
        section: 'AUP §2',
        quote: 'the rights granted under Section 1(a) of the Llama 4 Community License Agreement are not being granted to you if you are an individual domiciled in, or a company with a principal place of business in, the European Union',
        url: 'https://www.llama.com/llama4/use-policy/',
        clause: 'llama4-aup.eu-multimodal',
        model: 'llama-4-scout',
      },
    ],
    licenseChains: [
      { model: 'qwen3-14b', licenses: ['Apache-2.0'] },
      { model: 'deepseek-r1-distill-llama-70b', licenses: ['MIT', 'LicenseRef-Llama-3.3-Community'] },
    ],
    licenseMatrix: {
      topics: ['commercial use', 'MAU limit'],
      rows: [
        { model: 'qwen3-14b', license: 'Apache-2.0', cells: ['allowed', 'none'] },
        { model: 'llama-4-scout', license: 'LicenseRef-Llama-4-Community', cells: ['allowed', '700M'] },
      ],
    },
    complianceFindings: [
      {
        id: 'euaia.ai-literacy',
        severity: 'obligation',
        topic: 'ai-literacy',
        message: 'Providers and deployers must ensure AI literacy of their staff (applies since 2025-02-02).',
        action: 'Take and record measures for the AI literacy of the staff and others who operate the system for you.',
        license: null,
        section: 'Art. 4',
        quote: null,
        url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
        clause: 'eu-ai-act.art-4',
      },
    ],
    checklist: {
      phases: [
        phase({
          id: 'poc',
          name: 'Proof of concept',
          durationWeeks: { min: 2, max: 4 },
          start: '2026-11-02',
          end: '2026-11-30',
          tasks: ['Benchmark 2–3 candidate models on your own data'],
          items: [
            item({
              id: 'POC-01',
              phase: 'poc',
              question: 'Does the model fit the GPU with headroom?',
              frameworks: ['NIST AI RMF MAP 1.1', 'ISO/IEC 42001 A.4.5'],
              auto: { check: 'vram-fits', result: 'pass', reason: '9.0 GB spare on 24 GB', estimate: false },
            }),
            item({ id: 'POC-02', phase: 'poc', kind: 'business', question: 'Is a golden evaluation set versioned?', status: 'in-progress', owner: 'Dana', due: '2026-11-20' }),
          ],
        }),
        phase({
          id: 'pilot',
          name: 'Pilot',
          durationWeeks: { min: 4, max: 8 },
          start: '2026-12-01',
          end: '2027-01-25',
          tasks: ['Limited rollout'],
          items: [
            item({
              id: 'PIL-01',
              phase: 'pilot',
              kind: 'security',
              question: 'Are prompt-injection tests in CI?',
              frameworks: ['OWASP LLM01:2025', 'AI 600-1 MS-2.7-007'],
              auto: { check: 'rate-limits', result: 'fail', reason: 'no rate limits configured', estimate: false },
            }),
          ],
        }),
        phase({ id: 'production', name: 'Production', durationWeeks: { min: 8, max: 12 }, start: null, end: null, tasks: [], items: [] }),
        phase({ id: 'optimization', name: 'Optimization', durationWeeks: null, start: null, end: null, tasks: [], items: [] }),
      ],
    },
    warnings: [{ id: 'MISTAKE-2', message: 'No quantization has been evaluated on your data.', why: 'Quality loss differs per task.' }],
    risks: ['Speed figures are estimates with a typical error of 12%.'],
    openQuestions: ['Who owns the golden set?'],
    sources: [
      { fact: 'Qwen3-14B: 14.8B parameters', source: 'https://huggingface.co/Qwen/Qwen3-14B', kind: 'primary', asOf: '2026-10-01' },
      { fact: 'GPT-4o price', source: 'https://openai.com/api/pricing/', kind: 'primary', asOf: '2026-10-01' },
      { fact: 'An article claim', source: 'Comparison article 2025', kind: 'secondary', asOf: '2025-06-01' },
    ],
    assumptions: [{ name: 'concurrency', value: 1, unit: 'sequences', source: 'plan' }],
    blockers: 1,
    summary: {
      recommendedModel: 'qwen3-14b',
      quant: 'Q4_K_M',
      hardware: '1 × NVIDIA GeForce RTX 4090',
      deploymentMode: 'local',
      monthlyCost: 15,
      openBlockers: 1,
    },
    problems: [],
  };
}

/** The plan behind the fixture (only the fields the report reads matter). */
export function fixturePlan(): Plan {
  return {
    schemaVersion: 1,
    id: 'seed-article-break-even',
    project: { name: 'Support assistant', organization: 'Acme', description: 'Internal coding help.', team: [{ name: 'Dana', role: 'ML engineer' }] },
    reportDate: '2026-11-01',
    profile: {
      useCases: ['coding'],
      languages: ['en'],
      contextTokens: 32768,
      concurrency: 1,
      latency: { ttftSeconds: 2, tokensPerSecond: 20 },
      dataSensitivity: 'internal',
      dataMayLeavePremises: true,
      deployment: 'local',
      hardwareOnHand: [{ gpu: 'rtx-4090', count: 1 }],
      hardwareBudgetUsd: null,
      region: 'de',
      monthlyActiveUsers: 40,
      license: {
        commercial: true,
        internalOnly: true,
        hostsAsServiceForThirdParties: false,
        redistributesWeights: false,
        finetunes: false,
        trainsOtherModelsOnOutputs: false,
        needsPatentGrant: false,
        euDomiciled: true,
        servesEu: true,
      },
    },
    workload: { inputTokensPerDay: 1e6, cachedInputTokensPerDay: 0, outputTokensPerDay: 1e6, daysPerMonth: 30 },
    apiComparisons: ['openai/gpt-4o', 'deepseek/deepseek-chat'],
    costAssumptions: { electricityUsdPerMonth: 15 },
    candidates: [{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 }, notes: 'Our first try.' }],
    operations: {
      fallback: null,
      monitoring: { planned: false },
      logRetentionDays: null,
      rateLimits: false,
      goldenSetSize: 0,
      quantsEvaluated: [],
      licenseReviewed: false,
      weightsPinned: false,
    },
    checklist: {},
    phases: {},
  };
}

/** Text that tries to break tables, inject headings, HTML, images, links and terminal escapes. */
export const HOSTILE_TEXT =
  ' | x | y |\n# Injected heading\n<script>alert(1)</script><img src=x onerror=alert(1)> \u001b[31mred\u001b[0m ![i](https://evil.example/x.png) [l](javascript:alert(1)) ``` `tick` \r\n> quote\n- item';

const HOSTILE_KEYS = new Set([
  'project', 'profileSummary', 'name', 'modelName', 'reasons', 'reason', 'message', 'action', 'why', 'quote', 'label',
  'hardwareLabel', 'risks', 'openQuestions', 'fact', 'question', 'notes', 'owner', 'tasks', 'problems', 'topic',
  'benchmark', 'evidence', 'role', 'organization', 'description', 'recommendedModel', 'hardware',
]);

/** A deep copy where every user-facing string under HOSTILE_KEYS gets HOSTILE_TEXT appended. */
export function withHostileText<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (HOSTILE_KEYS.has(key) ? `${value}${HOSTILE_TEXT}` : value) as T;
  if (Array.isArray(value)) return value.map((v) => withHostileText(v, key)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withHostileText(v, k)])) as T;
  }
  return value;
}
