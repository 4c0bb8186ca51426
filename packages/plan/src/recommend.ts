/**
 * `recommend(profile, catalog)`: ranks catalog models for a profile with a score breakdown whose
 * every part says why (docs/plan-file.md "Recommendation"). Parts, each 0..1 or null (not applicable):
 * - taskFit: per use case, from catalog benchmarks (each normalised to the best score any catalog
 *   model reports on that benchmark), or from the fact the use case turns on (context length for long
 *   documents, size for mobile/edge, EU readiness, quality per dollar);
 * - licenseFit: the licenses package's findings; a blocker excludes the model;
 * - hardwareFit: the best quantization whose memory estimate fits the hardware on hand (sizing);
 * - cost (API deployment only): cheapest current API offer serving the model (blended 3:1 input:output);
 * - context: native context covers the need (1), only with a documented extension (0.8), else excluded;
 * - languages: share of required languages the vendor names (catalog `languageSupport`: listed 1,
 *   unlisted STATED_COUNT_LANGUAGE_CREDIT, not-listed 0).
 * The score is the weighted mean of the applicable parts. Cheap parts are computed for every model;
 * license and sizing only for models whose upper bound can still reach the shortlist, so the work
 * stays linear in the catalog size.
 */
import { type Benchmark, type Catalog, languageSupport, type Model, type Offer, unlistedLanguageCount } from '@llm-adopt/catalog';
import { evaluate, type Finding as LicenseFinding, type UsageProfile } from '@llm-adopt/licenses';
import { DEFAULT_UNIFIED_USABLE_FRACTION, estimateMemory, type QuantId, quantization, TIGHT_FRACTION } from '@llm-adopt/sizing';
import type { Recommendation, ScorePart, SourceRef } from './assessment.js';
import { modelMaxContext } from './deployment.js';
import { CODE_OF_PRACTICE_SOURCE, codeOfPracticeStatus } from './eu-code-of-practice.js';
import { type ResolvedHardware, resolveHardware } from './hardware.js';
import type { Profile, UseCase } from './plan-schema.js';

type PartName = keyof Recommendation['breakdown'];

export const DEFAULT_WEIGHTS: Readonly<Record<PartName, number>> = {
  taskFit: 0.4,
  licenseFit: 0.15,
  hardwareFit: 0.15,
  cost: 0.1,
  context: 0.1,
  languages: 0.1,
};

interface UseCaseRule {
  /** Benchmarks that measure the task, in the catalog's spelling. */
  benchmarks: readonly string[];
  kind: 'benchmarks' | 'context-length' | 'small-size' | 'eu-readiness' | 'value';
  /** Weight overrides for this use case (the most demanding use case of the profile wins). */
  weights?: Partial<Record<PartName, number>>;
  /** Languages the use case itself requires. */
  languages?: readonly string[];
  requiresImageInput?: boolean;
  /** Upper bound on total parameters (on-device). */
  maxTotalParameters?: number;
}

/** Per use case: what task fit reads. The comparison article's reason for its pick is in the comment. */
export const USE_CASE_RULES: Readonly<Record<UseCase, UseCaseRule>> = {
  // Article: "HumanEval 92.7%, strongest code reasoning".
  // MBPP EvalPlus (base) is left out: it measures base (pretrained) models, and we rank the instruct models people deploy.
  coding: { kind: 'benchmarks', benchmarks: ['HumanEval', 'LiveCodeBench'] },
  // Article: "29 languages, best CJK performance".
  'multilingual-cjk': {
    kind: 'benchmarks',
    benchmarks: ['C-Eval', 'MGSM', 'MMLU'],
    languages: ['zh', 'ja', 'ko'],
    weights: { taskFit: 0.3, languages: 0.3 },
  },
  // Article: "Meta ecosystem, high Arena ELO" (no Arena ELO in the catalog: general knowledge and instruction following instead).
  'general-chat': { kind: 'benchmarks', benchmarks: ['MMLU-Pro', 'MMLU', 'IFEval'] },
  // Article: "best performance-to-cost ratio".
  'cost-efficiency': { kind: 'value', benchmarks: ['MMLU', 'MMLU-Pro'], weights: { taskFit: 0.5, cost: 0.05 } },
  // Article: "AIME 79.8%, published in Nature".
  'math-reasoning': { kind: 'benchmarks', benchmarks: ['AIME 2024', 'MATH-500', 'GPQA Diamond'] },
  // Article: "10M context, efficient processing".
  'long-documents': { kind: 'context-length', benchmarks: [], weights: { context: 0.2 } },
  // Article: "ultra-light, on-device execution".
  'mobile-edge': { kind: 'small-size', benchmarks: [], maxTotalParameters: 4.5e9 },
  // Article: "EU AI Act ready, European data centers".
  'eu-compliance': { kind: 'eu-readiness', benchmarks: ['MMLU', 'MMLU-Pro'] },
  // Article: "native multimodal support".
  multimodal: { kind: 'benchmarks', benchmarks: ['MMMU', 'MMLU', 'MMLU-Pro'], requiresImageInput: true },
  // Article: "balanced performance/cost".
  rag: { kind: 'benchmarks', benchmarks: ['IFEval', 'MMLU', 'MMLU-Pro'] },
};

/** Ceiling of the task fit when the catalog has no evidence: below any benchmarked model, so evidence wins. */
export const NO_EVIDENCE_TASK_FIT = 0.5;

/**
 * Without a benchmark, a weak size prior orders unverified models (a 14B before a 0.6B):
 * 0.5 × log10(total parameters) / 11, i.e. 0.5 at 100B parameters, capped at 0.5.
 */
export function noEvidencePrior(model: Model): number {
  return Math.min(NO_EVIDENCE_TASK_FIT, (NO_EVIDENCE_TASK_FIT * Math.log10(model.parameters.total)) / 11);
}
/** A language the vendor may cover without naming it (it states more languages than it names): likely but unverified. */
export const STATED_COUNT_LANGUAGE_CREDIT = 0.8;
/** Share of a blended price that is input (3 input tokens per output token). */
const INPUT_SHARE = 0.75;
/** Quantizations tried for hardware fit, best quality first; the first that fits is suggested. */
const FIT_QUANTS: readonly QuantId[] = ['Q8_0', 'Q4_K_M', 'Q3_K_M', 'Q2_K'];
const FIT_QUANT_VALUE: Readonly<Record<string, number>> = { Q8_0: 1, Q4_K_M: 0.9, Q3_K_M: 0.6, Q2_K: 0.4 };
/** Devices one workstation or server holds when a budget is spent (four double-width cards). */
export const MAX_BUDGET_DEVICES = 4;

export interface RecommendOptions {
  /** How many eligible models to rank (default 8). */
  limit?: number;
  /** License usage in the licenses package's terms; default from the profile (see `usageProfile`). */
  usage?: UsageProfile;
}

/** The licenses package's usage profile for a plan profile. */
export function usageProfile(profile: Profile): UsageProfile {
  const l = profile.license;
  return {
    commercial: l.commercial,
    monthlyActiveUsers: profile.monthlyActiveUsers,
    ...(l.mauHistory ? { mauHistory: l.mauHistory } : {}),
    euDomiciled: l.euDomiciled,
    hostsAsServiceForThirdParties: l.hostsAsServiceForThirdParties,
    redistributesWeights: l.redistributesWeights,
    finetunes: l.finetunes,
    trainsOtherModelsOnOutputs: l.trainsOtherModelsOnOutputs,
    multimodalUse: profile.useCases.includes('multimodal'),
    ...(l.derivativeName ? { derivativeName: l.derivativeName } : {}),
    needsPatentGrant: l.needsPatentGrant,
    internalOnly: l.internalOnly,
    ...(l.offersChatbotToPublic !== undefined ? { offersChatbotToPublic: l.offersChatbotToPublic } : {}),
    ...(l.rebrandsOrModifies !== undefined ? { rebrandsOrModifies: l.rebrandsOrModifies } : {}),
    ...(l.fineTuneComputeShare !== undefined ? { fineTuneComputeShare: l.fineTuneComputeShare } : {}),
    ...(l.highRiskUseCase !== undefined ? { highRiskUseCase: l.highRiskUseCase } : {}),
    servesEu: l.servesEu || l.euDomiciled,
    ...(l.generatesSyntheticContent !== undefined ? { generatesSyntheticContent: l.generatesSyntheticContent } : {}),
  };
}

/** One benchmark score chosen for a model: vendor over third party over article; the lower of duplicates. */
export function benchmarkScore(model: Model, name: string): Benchmark | null {
  const rank = { vendor: 0, 'third-party': 1, article: 2 } as const;
  let best: Benchmark | null = null;
  for (const b of model.benchmarks) {
    if (b.name !== name || (b.unit !== 'percent' && b.unit !== 'score')) continue;
    if (
      best === null ||
      rank[b.reportedBy] < rank[best.reportedBy] ||
      (rank[b.reportedBy] === rank[best.reportedBy] && b.score < best.score)
    ) {
      best = b;
    }
  }
  return best;
}

interface Context {
  profile: Profile;
  catalog: Catalog;
  rules: UseCaseRule[];
  weights: Record<PartName, number>;
  bestByBenchmark: Map<string, number>;
  offerByModel: Map<string, { offer: Offer; blended: number }>;
  bestBlended: number | null;
  bestValue: number | null;
  languages: string[];
  hardware: ResolvedHardware | null;
  usage: UsageProfile;
  licenseCache: Map<string, LicenseSummary>;
  memoryCache: WeakMap<object, Map<string, number>>;
}

/** 1234567 → "1,234,567" (Intl's toLocaleString is too slow for a 20,000-model catalog). */
const fmtInt = (n: number) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const fmtPct = (x: number) => `${(Math.round(x * 10) / 10).toFixed(1)}`;
const fmtB = (n: number) => `${(n / 1e9).toFixed(n >= 1e10 ? 0 : 1)}B`;
const usd = (x: number) => `$${x.toFixed(2)}`;

function sourceOf(b: Benchmark): SourceRef {
  return { source: b.source.source, kind: b.source.kind, asOf: b.source.asOf };
}

function buildContext(profile: Profile, catalog: Catalog, options: RecommendOptions): Context {
  const useCases: UseCase[] = profile.useCases.length > 0 ? profile.useCases : ['general-chat'];
  const rules = useCases.map((u) => USE_CASE_RULES[u]);
  // A part some use case re-weights takes the largest of those weights; the others keep the default.
  const overridden: Partial<Record<PartName, number>> = {};
  for (const r of rules) {
    for (const [k, v] of Object.entries(r.weights ?? {}) as Array<[PartName, number]>) overridden[k] = Math.max(overridden[k] ?? 0, v);
  }
  const weights: Record<PartName, number> = { ...DEFAULT_WEIGHTS, ...overridden };
  const names = new Set(rules.flatMap((r) => r.benchmarks));
  // The best of the scores benchmarkScore picks (so a cons@64 figure never sets the bar for pass@1 ones).
  const bestByBenchmark = new Map<string, number>();
  for (const m of catalog.models) {
    for (const name of names) {
      const b = benchmarkScore(m, name);
      if (b) bestByBenchmark.set(name, Math.max(bestByBenchmark.get(name) ?? Number.NEGATIVE_INFINITY, b.score));
    }
  }
  const offerByModel = new Map<string, { offer: Offer; blended: number }>();
  for (const o of catalog.offers) {
    if (!o.modelId || o.status.state === 'retired' || o.currency !== 'USD') continue;
    const blended = INPUT_SHARE * o.rates.inputPerMTok + (1 - INPUT_SHARE) * o.rates.outputPerMTok;
    const current = offerByModel.get(o.modelId);
    if (!current || blended < current.blended) offerByModel.set(o.modelId, { offer: o, blended });
  }
  let bestBlended: number | null = null;
  for (const { blended } of offerByModel.values()) bestBlended = bestBlended === null ? blended : Math.min(bestBlended, blended);
  const languages = [...new Set([...profile.languages, ...rules.flatMap((r) => r.languages ?? [])])];
  const first = profile.deployment === 'api' ? undefined : profile.hardwareOnHand[0];
  const resolved = first ? resolveHardware(first, catalog) : null;
  const ctx: Context = {
    profile,
    catalog,
    rules,
    weights,
    bestByBenchmark,
    offerByModel,
    bestBlended,
    bestValue: null,
    languages,
    hardware: resolved?.ok ? resolved.value : null,
    usage: options.usage ?? usageProfile(profile),
    licenseCache: new Map(),
    memoryCache: new WeakMap(),
  };
  if (rules.some((r) => r.kind === 'value')) {
    let best: number | null = null;
    for (const m of catalog.models) {
      const v = valueFor(ctx, m);
      if (v !== null) best = best === null ? v.value : Math.max(best, v.value);
    }
    ctx.bestValue = best;
  }
  return ctx;
}

/** Quality (normalised MMLU or MMLU-Pro) per blended USD per MTok of the cheapest current API offer. */
function valueFor(ctx: Context, model: Model): { value: number; quality: number; bench: Benchmark; offer: Offer; blended: number } | null {
  const offer = ctx.offerByModel.get(model.id);
  if (!offer) return null;
  for (const name of ['MMLU', 'MMLU-Pro']) {
    const b = benchmarkScore(model, name);
    const best = ctx.bestByBenchmark.get(name);
    if (b && best) {
      const quality = b.score / best;
      return { value: quality / offer.blended, quality, bench: b, offer: offer.offer, blended: offer.blended };
    }
  }
  return null;
}

interface Cheap {
  model: Model;
  parts: Record<PartName, ScorePart>;
  reasons: string[];
  evidence: Recommendation['evidence'];
  excluded: Recommendation['excluded'];
}

function part(value: number | null, weight: number, reason: string): ScorePart {
  return { value: value === null ? null : Math.max(0, Math.min(1, value)), weight, reason };
}

function benchmarksFit(ctx: Context, model: Model, rule: UseCaseRule, useCase: UseCase, evidence: Recommendation['evidence']): { value: number | null; reason: string } {
  const found: string[] = [];
  let sum = 0;
  let n = 0;
  for (const name of rule.benchmarks) {
    const b = benchmarkScore(model, name);
    const best = ctx.bestByBenchmark.get(name);
    if (!b || best === undefined || best <= 0) continue;
    sum += b.score / best;
    n++;
    evidence.push({ useCase, benchmark: name, score: b.score, unit: b.unit, source: sourceOf(b) });
    const origin = b.reportedBy === 'article' ? 'comparison article, secondary' : `${b.reportedBy}, ${b.source.kind}`;
    found.push(`${name} ${fmtPct(b.score)} (best in catalog ${fmtPct(best)}; ${origin})`);
  }
  if (n === 0) return { value: null, reason: `${useCase}: no ${rule.benchmarks.join('/')} score in the catalog` };
  return { value: sum / n, reason: `${useCase}: ${found.join(', ')}` };
}

function taskFitFor(ctx: Context, model: Model, evidence: Recommendation['evidence']): { value: number; reason: string } {
  const values: number[] = [];
  const reasons: string[] = [];
  ctx.rules.forEach((rule, i) => {
    const useCase = (ctx.profile.useCases[i] ?? 'general-chat') as UseCase;
    switch (rule.kind) {
      case 'benchmarks': {
        const r = benchmarksFit(ctx, model, rule, useCase, evidence);
        if (r.value === null) {
          const prior = noEvidencePrior(model);
          values.push(prior);
          reasons.push(`${r.reason}: size prior ${prior.toFixed(3)} (unverified; ${NO_EVIDENCE_TASK_FIT} × log10(parameters)/11)`);
        } else {
          values.push(r.value);
          reasons.push(r.reason);
        }
        break;
      }
      case 'context-length': {
        // log scale: 10M tokens (the longest documented context in the catalog family) = 1.
        const max = modelMaxContext(model);
        values.push(Math.log2(max) / Math.log2(10_485_760));
        reasons.push(`${useCase}: documented context ${fmtInt(max)} tokens (log scale, 10,485,760 = 1)`);
        break;
      }
      case 'small-size': {
        const limit = rule.maxTotalParameters ?? 4.5e9;
        values.push(1 - model.parameters.total / limit);
        reasons.push(`${useCase}: ${fmtB(model.parameters.total)} parameters; smaller is better on device (limit ${fmtB(limit)})`);
        break;
      }
      case 'eu-readiness': {
        const license = model.license.id;
        const art53 = license === 'MIT' || license === 'Apache-2.0';
        const status = codeOfPracticeStatus(model.vendor);
        const signatory = status === 'full' ? 1 : status === 'partial' ? 0.5 : 0;
        const q = benchmarksFit(ctx, model, rule, useCase, evidence);
        values.push(0.4 * (art53 ? 1 : 0) + 0.4 * signatory + 0.2 * (q.value ?? NO_EVIDENCE_TASK_FIT));
        reasons.push(
          `${useCase}: ${license} ${art53 ? 'meets' : 'does not meet'} the AI Act Art. 53(2) open-source licence test; ${model.vendor} ${
            status === 'full' ? 'signed' : status === 'partial' ? 'partly signed' : status === 'declined' ? 'declined to sign' : 'has not signed'
          } the GPAI Code of Practice (as of ${CODE_OF_PRACTICE_SOURCE.asOf})`,
        );
        break;
      }
      case 'value': {
        const v = valueFor(ctx, model);
        if (v === null || ctx.bestValue === null) {
          values.push(NO_EVIDENCE_TASK_FIT);
          reasons.push(`${useCase}: no current API price or no MMLU score in the catalog: neutral ${NO_EVIDENCE_TASK_FIT} (unverified)`);
        } else {
          values.push(v.value / ctx.bestValue);
          evidence.push({ useCase, benchmark: v.bench.name, score: v.bench.score, unit: v.bench.unit, source: sourceOf(v.bench) });
          reasons.push(
            `${useCase}: ${v.bench.name} ${fmtPct(v.bench.score)} at ${usd(v.offer.rates.inputPerMTok)}/${usd(v.offer.rates.outputPerMTok)} per MTok (${v.offer.displayName}, as of ${v.offer.source.asOf})`,
          );
        }
        break;
      }
    }
  });
  const value = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return { value, reason: reasons.join('; ') };
}

/**
 * Share of the required languages the vendor covers, per catalog `languageSupport`: a named language
 * counts 1; one the vendor may cover without naming it (states more languages than it names) counts
 * STATED_COUNT_LANGUAGE_CREDIT; one a complete list leaves out counts 0.
 */
function languagesFor(ctx: Context, model: Model): ScorePart {
  const w = ctx.weights.languages;
  if (ctx.languages.length === 0) return part(null, w, 'no language requirement');
  const stated = model.languages.count ?? 0;
  let credit = 0;
  const english: string[] = [];
  const missing: string[] = [];
  const unverified: string[] = [];
  for (const lang of ctx.languages) {
    const support = languageSupport(model, lang);
    if (support === 'listed') credit += 1;
    else if (support === 'unlisted' && lang.toLowerCase() === 'en' && stated >= 100) {
      // A 100+-language vendor's model card and benchmark reports are in English.
      credit += 1;
      english.push(lang);
    } else if (support === 'unlisted') {
      credit += STATED_COUNT_LANGUAGE_CREDIT;
      unverified.push(lang);
    } else missing.push(lang);
  }
  const value = credit / ctx.languages.length;
  const parts = [`needs ${ctx.languages.join(', ')}`];
  if (english.length > 0) parts.push('en not named by the vendor but credited in full: its model card and benchmark reports are in English');
  if (unverified.length > 0) {
    const named = stated - unlistedLanguageCount(model);
    parts.push(
      `${unverified.join(', ')} not named by the vendor; the vendor states ${stated} languages${named > 0 ? ` and names ${named}` : ''}: unverified, credit ${STATED_COUNT_LANGUAGE_CREDIT} each`,
    );
  }
  if (missing.length > 0) parts.push(`not listed by the vendor: ${missing.join(', ')}`);
  if (missing.length === 0 && unverified.length === 0 && english.length === 0) parts.push('all listed by the vendor');
  return part(value, w, parts.join('; '));
}

function contextFor(ctx: Context, model: Model): { part: ScorePart; excluded: Recommendation['excluded'] } {
  const need = ctx.profile.contextTokens;
  const native = model.context.nativeTokens;
  const max = modelMaxContext(model);
  const w = ctx.weights.context;
  if (native >= need) return { part: part(1, w, `native context ${fmtInt(native)} ≥ ${fmtInt(need)} needed`), excluded: null };
  if (max >= need) {
    const how = model.context.extension?.method ?? 'extension';
    return {
      part: part(0.8, w, `needs ${how} to reach ${fmtInt(need)} tokens (native ${fmtInt(native)}, documented maximum ${fmtInt(max)})`),
      excluded: null,
    };
  }
  return {
    part: part(0, w, `documented maximum context ${fmtInt(max)} < ${fmtInt(need)} needed`),
    excluded: { code: 'context', reason: `context too small: at most ${fmtInt(max)} tokens, the profile needs ${fmtInt(need)}` },
  };
}

function costFor(ctx: Context, model: Model): ScorePart {
  const w = ctx.weights.cost;
  // Only an API deployment pays per token; self-hosted cost is the hardware's, compared in the cost section.
  if (ctx.profile.deployment !== 'api') return part(null, w, `${ctx.profile.deployment} deployment: running cost is compared in the cost section, not ranked`);
  const offer = ctx.offerByModel.get(model.id);
  if (!offer || ctx.bestBlended === null) return part(0, w, 'no current API offer for this model in the catalog: it would have to be self-hosted');
  return part(
    ctx.bestBlended / offer.blended,
    w,
    `cheapest API: ${offer.offer.displayName} ${usd(offer.offer.rates.inputPerMTok)} in / ${usd(offer.offer.rates.outputPerMTok)} out per MTok (as of ${offer.offer.source.asOf})`,
  );
}

function cheapParts(ctx: Context, model: Model): Cheap {
  const evidence: Recommendation['evidence'] = [];
  const task = taskFitFor(ctx, model, evidence);
  const context = contextFor(ctx, model);
  let excluded = context.excluded;
  for (const rule of ctx.rules) {
    if (excluded) break;
    if (rule.requiresImageInput && !model.modalities.input.includes('image')) {
      excluded = { code: 'modality', reason: `no image input (inputs: ${model.modalities.input.join(', ')})` };
    } else if (rule.maxTotalParameters !== undefined && model.parameters.total > rule.maxTotalParameters) {
      excluded = { code: 'size', reason: `too large for on-device use: ${fmtB(model.parameters.total)} parameters > ${fmtB(rule.maxTotalParameters)}` };
    }
  }
  const budgetApplicable = ctx.hardware === null && ctx.profile.deployment !== 'api' && ctx.profile.hardwareBudgetUsd !== null;
  const hardwareApplicable = (ctx.hardware !== null || budgetApplicable) && !ctx.rules.some((r) => r.kind === 'small-size');
  const parts: Record<PartName, ScorePart> = {
    taskFit: part(task.value, ctx.weights.taskFit, task.reason),
    licenseFit: part(1, ctx.weights.licenseFit, 'not evaluated yet'),
    hardwareFit: hardwareApplicable ? part(1, ctx.weights.hardwareFit, 'not evaluated yet') : part(null, ctx.weights.hardwareFit, ctx.profile.deployment === 'api' ? 'API deployment: no hardware to fit' : 'no hardware on hand in the plan'),
    cost: costFor(ctx, model),
    context: context.part,
    languages: languagesFor(ctx, model),
  };
  if (model.capabilities.includes('reasoning') && !model.capabilities.includes('thinking-switch') && ctx.profile.useCases.some((u) => u === 'general-chat' || u === 'rag')) {
    // Not scored: a property to weigh, stated so it is not missed.
    parts.taskFit.reason += '; note: always writes a reasoning trace before answering (more output tokens and latency per answer)';
  }
  return { model, parts, reasons: [], evidence, excluded };
}

export function weightedScore(parts: Record<PartName, ScorePart>): number {
  let sum = 0;
  let weights = 0;
  for (const p of Object.values(parts)) {
    if (p.value === null || p.weight <= 0) continue;
    sum += p.value * p.weight;
    weights += p.weight;
  }
  return weights > 0 ? sum / weights : 0;
}

interface LicenseSummary {
  chain: string;
  warnings: number;
  obligations: number;
  blocker: boolean;
}

/**
 * License rules read the license, the lineage and the input modalities (and the usage, fixed here):
 * models that share them share the counts, so a catalog of near-copies is evaluated once per kind.
 * A blocker is re-evaluated per model so its message names the right model.
 */
function licenseSummary(ctx: Context, model: Model): { summary: LicenseSummary; blockerFinding: LicenseFinding | null } {
  const key = JSON.stringify([model.license.id, model.baseModels.map((b) => [b.id, b.license, b.relation]), model.modalities.input]);
  let summary = ctx.licenseCache.get(key);
  if (summary && !summary.blocker) return { summary, blockerFinding: null };
  const evaluation = evaluate(model, ctx.usage, { catalog: ctx.catalog });
  summary = {
    chain: evaluation.licenses.join(' + '),
    warnings: evaluation.findings.filter((f) => f.severity === 'warning').length,
    obligations: evaluation.findings.filter((f) => f.severity === 'obligation').length,
    blocker: evaluation.findings.some((f) => f.severity === 'blocker'),
  };
  ctx.licenseCache.set(key, summary);
  return { summary, blockerFinding: evaluation.findings.find((f) => f.severity === 'blocker') ?? null };
}

/** Total memory of a model at a quantization for the profile, memoised per architecture object. */
function memoryTotal(ctx: Context, model: Model, quant: QuantId, unifiedMemory: boolean): number {
  let byQuant = ctx.memoryCache.get(model.architecture);
  if (!byQuant) {
    byQuant = new Map();
    ctx.memoryCache.set(model.architecture, byQuant);
  }
  const key = `${quant}|${unifiedMemory}`;
  let total = byQuant.get(key);
  if (total === undefined) {
    total = estimateMemory({
      arch: model.architecture,
      quant,
      contextTokens: ctx.profile.contextTokens,
      concurrency: ctx.profile.concurrency,
      engine: 'llama.cpp',
      unifiedMemory,
    }).totalBytes;
    byQuant.set(key, total);
  }
  return total;
}

function licensePart(ctx: Context, c: Cheap): void {
  const { summary, blockerFinding } = licenseSummary(ctx, c.model);
  const { warnings, obligations, chain } = summary;
  if (blockerFinding) {
    const b = blockerFinding;
    c.parts.licenseFit = part(0, ctx.weights.licenseFit, `${chain}: blocker — ${b.message}`);
    c.excluded ??= { code: 'license', reason: `license blocker (${b.license}${b.section ? ` ${b.section}` : ''}): ${b.message}` };
  } else {
    const value = Math.max(0.3, 1 - 0.15 * warnings - 0.05 * obligations);
    c.parts.licenseFit = part(
      value,
      ctx.weights.licenseFit,
      `${chain}: ${warnings} warning${warnings === 1 ? '' : 's'}, ${obligations} obligation${obligations === 1 ? '' : 's'} for this use (1 − 0.15 per warning − 0.05 per obligation)`,
    );
  }
}

/**
 * Hardware fit for ranking: one memory estimate per quantization (weights + KV cache + overhead,
 * sizing's estimateMemory) against the memory of all devices on hand (× the usable share on
 * unified-memory machines). The full per-device fit, with offload and the largest context, is
 * computed for the plan's candidates in `assess`; this keeps ranking a large catalog fast.
 */
function hardwarePart(ctx: Context, c: Cheap): QuantId | null {
  const hw = ctx.hardware;
  if (c.parts.hardwareFit.value === null) return null;
  if (!hw) return budgetPart(ctx, c);
  const usableShare = hw.spec.unifiedMemory ? (hw.spec.usableMemoryFraction ?? DEFAULT_UNIFIED_USABLE_FRACTION) : 1;
  const usable = hw.spec.memoryBytes * hw.count * usableShare;
  const gb = (b: number) => `${(b / 1e9).toFixed(1)} GB`;
  let smallest = Number.POSITIVE_INFINITY;
  for (const quant of FIT_QUANTS) {
    // Weights at the nominal bits per weight are a lower bound: skip the estimate when even they do not fit.
    const weightsLowerBound = (c.model.parameters.total * quantization(quant).nominalBitsPerWeight) / 8;
    if (weightsLowerBound > usable) continue;
    const m = { totalBytes: memoryTotal(ctx, c.model, quant, hw.spec.unifiedMemory) };
    smallest = Math.min(smallest, m.totalBytes);
    if (m.totalBytes <= usable) {
      const tight = usable - m.totalBytes < TIGHT_FRACTION * usable;
      c.parts.hardwareFit = part(
        FIT_QUANT_VALUE[quant] ?? 0,
        ctx.weights.hardwareFit,
        `${quant} fits ${hw.label}: ${gb(m.totalBytes)} needed at ${fmtInt(ctx.profile.contextTokens)} tokens × ${ctx.profile.concurrency}, ${gb(usable)} usable${tight ? ' (tight)' : ''}`,
      );
      return quant;
    }
  }
  const need = Number.isFinite(smallest) ? `${gb(smallest)} at Q2_K or more` : `more than ${gb(usable)} for the weights alone`;
  if (ctx.profile.deployment === 'local') {
    c.excluded ??= { code: 'hardware', reason: `does not fit ${hw.label} even at Q2_K (needs ${need}) and the plan is local-only` };
  }
  c.parts.hardwareFit = part(0, ctx.weights.hardwareFit, `not even Q2_K fits ${hw.label} at ${fmtInt(ctx.profile.contextTokens)} tokens (needs ${need}, ${gb(usable)} usable)`);
  return null;
}

/**
 * Hardware fit from a budget (no hardware on hand): the cheapest catalog configuration of identical
 * priced devices (1–MAX_BUDGET_DEVICES in one machine; one unified-memory machine) whose memory holds
 * the model's estimate, per quantization, best quality first. GPU prices only: the host is extra.
 */
function budgetPart(ctx: Context, c: Cheap): QuantId | null {
  const budget = ctx.profile.hardwareBudgetUsd ?? 0;
  const priced = ctx.catalog.hardware.filter((h) => h.price !== null && h.price.usd > 0);
  const gb = (b: number) => `${(b / 1e9).toFixed(1)} GB`;
  for (const quant of FIT_QUANTS) {
    let discrete: number | null = null;
    let unified: number | null = null;
    let best: { name: string; count: number; cost: number; need: number } | null = null;
    for (const h of priced) {
      const share = h.unifiedMemory ? (h.usableMemoryFraction ?? DEFAULT_UNIFIED_USABLE_FRACTION) : 1;
      const lowerBound = (c.model.parameters.total * quantization(quant).nominalBitsPerWeight) / 8;
      if (lowerBound > h.memoryBytes * share * MAX_BUDGET_DEVICES) continue;
      if (h.unifiedMemory) unified ??= memoryTotal(ctx, c.model, quant, true);
      else discrete ??= memoryTotal(ctx, c.model, quant, false);
      const need = (h.unifiedMemory ? unified : discrete) ?? 0;
      const count = Math.ceil(need / (h.memoryBytes * share));
      if (count > MAX_BUDGET_DEVICES || (h.unifiedMemory && count > 1)) continue;
      const cost = count * (h.price?.usd ?? 0);
      if (cost <= budget && (best === null || cost < best.cost)) best = { name: h.name, count, cost, need };
    }
    if (best) {
      c.parts.hardwareFit = part(
        FIT_QUANT_VALUE[quant] ?? 0,
        ctx.weights.hardwareFit,
        `${quant} (${gb(best.need)} at ${fmtInt(ctx.profile.contextTokens)} tokens × ${ctx.profile.concurrency}) fits ${best.count} × ${best.name} for $${fmtInt(best.cost)} (catalog price), within the $${fmtInt(budget)} budget (GPUs only)`,
      );
      return quant;
    }
  }
  c.parts.hardwareFit = part(0, ctx.weights.hardwareFit, `no catalog hardware within the $${fmtInt(budget)} budget holds it even at Q2_K`);
  return null;
}

/** Ranked models for a profile: eligible ones first (best score first), then the excluded ones with why. */
export function recommend(profile: Profile, catalog: Catalog, options: RecommendOptions = {}): Recommendation[] {
  const limit = options.limit ?? 8;
  const ctx = buildContext(profile, catalog, options);
  const cheap = catalog.models.map((m) => cheapParts(ctx, m));
  const excluded: Array<{ c: Cheap; upper: number }> = cheap.filter((c) => c.excluded).map((c) => ({ c, upper: weightedScore(c.parts) }));
  const order = cheap
    .filter((c) => !c.excluded)
    .map((c) => ({ c, upper: weightedScore(c.parts) }))
    .sort((a, b) => b.upper - a.upper || a.c.model.id.localeCompare(b.c.model.id));

  const eligible: Array<{ c: Cheap; score: number; quant: QuantId | null }> = [];
  for (const { c, upper } of order) {
    const cutoff = eligible.length >= limit ? (eligible[limit - 1]?.score ?? 0) : -1;
    if (upper <= cutoff) break; // nothing further down can beat the shortlist (ties keep the earlier model)
    licensePart(ctx, c);
    const quant = hardwarePart(ctx, c);
    if (c.excluded) {
      excluded.push({ c, upper });
      continue;
    }
    eligible.push({ c, score: weightedScore(c.parts), quant });
    eligible.sort((a, b) => b.score - a.score || a.c.model.id.localeCompare(b.c.model.id));
    // Only the shortlist is kept: a catalog of near-copies must not make this quadratic.
    if (eligible.length > limit) eligible.length = limit;
  }
  const shortlist = eligible.slice(0, limit);
  // The excluded models best at the task are listed with why: that is when the reason matters.
  const taskValue = (e: { c: Cheap }) => e.c.parts.taskFit.value ?? 0;
  const shownExcluded = excluded.sort((a, b) => taskValue(b) - taskValue(a) || a.c.model.id.localeCompare(b.c.model.id)).slice(0, limit);

  const out: Recommendation[] = [];
  for (const [i, { c, score, quant }] of shortlist.entries()) out.push(toRecommendation(c, i + 1, score, quant));
  for (const [i, { c }] of shownExcluded.entries()) out.push(toRecommendation(c, shortlist.length + i + 1, 0, null));
  return out;
}

function toRecommendation(c: Cheap, rank: number, score: number, quant: QuantId | null): Recommendation {
  const reasons = [
    `task fit: ${c.parts.taskFit.reason}`,
    `license: ${c.parts.licenseFit.reason}`,
    `hardware: ${c.parts.hardwareFit.reason}`,
    `cost: ${c.parts.cost.reason}`,
    `context: ${c.parts.context.reason}`,
    `languages: ${c.parts.languages.reason}`,
  ];
  if (c.model.languages.note && c.parts.languages.value !== null && c.parts.languages.value < 1) reasons.push(`vendor on languages: ${c.model.languages.note}`);
  if (c.excluded) reasons.unshift(`excluded: ${c.excluded.reason}`);
  return {
    modelId: c.model.id,
    name: c.model.name,
    rank,
    score,
    breakdown: c.parts,
    excluded: c.excluded,
    reasons,
    suggestedQuant: quant,
    evidence: c.evidence,
  };
}
