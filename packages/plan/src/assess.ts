/**
 * `assess(plan, catalog) -> Assessment`: the one place that composes catalog, sizing, licenses and
 * pricing. Pure and deterministic: no clock (the report date comes from the plan), no I/O.
 */
import { type Catalog, findModel, findOffer, type Model, type Offer } from '@llm-adopt/catalog';
import { comparisonMatrix, complianceFindings, evaluate, type Finding as LicenseFinding } from '@llm-adopt/licenses';
import {
  type Assumption,
  compareScenarios,
  DEFAULT_ASSUMPTIONS,
  ELECTRICITY_USD_PER_KWH_BY_REGION,
  type LocalScenarioInput,
  type LocalSetup,
  resolveWorkload,
  type Scenario,
  type Workload as PricingWorkload,
} from '@llm-adopt/pricing';
import { type Engine, findQuantization, type QuantId } from '@llm-adopt/sizing';
import type {
  Assessment,
  AssumptionRecord,
  CandidateAssessment,
  CostScenario,
  CostSection,
  FactSource,
  Finding,
  ModelFinding,
  PhaseState,
  SourceRef,
} from './assessment.js';
import { runAutoCheck } from './checklist/auto-checks.js';
import { CHECKLIST, PHASES } from './checklist/definition.js';
import { commonMistakes } from './checklist/mistakes.js';
import { readiness } from './checklist/readiness.js';
import { cannotRunReason, deploymentRecipe, quickQuantEstimate, sizeDeployment } from './deployment.js';
import { CODE_OF_PRACTICE_SOURCE } from './eu-code-of-practice.js';
import { type ResolvedHardware, resolveHardware } from './hardware.js';
import type { Plan } from './plan-schema.js';
import { recommend, usageProfile } from './recommend.js';
import { compareWithArticle } from './article-comparison.js';

/** ISO 3166-1 alpha-2 codes of EU member states, plus `eu`. */
const EU_REGIONS = new Set('eu at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se'.split(' '));

/** Quantizations shown side by side for a candidate (does quantization change the picture? — common mistake 2). */
const QUANT_TABLE: Readonly<Record<'gguf' | 'vllm', readonly QuantId[]>> = {
  gguf: ['Q4_K_M', 'Q5_K_M', 'Q6_K', 'Q8_0', 'F16'],
  vllm: ['AWQ-INT4', 'FP8', 'BF16'],
};

const src = (s: { source: string; kind: 'primary' | 'secondary'; asOf: string }): SourceRef => ({ source: s.source, kind: s.kind, asOf: s.asOf });
const nullIfEmpty = (s: string | undefined): string | null => (s === undefined || s === '' ? null : s);

function toFinding(f: LicenseFinding): Finding {
  return {
    id: f.id,
    severity: f.severity,
    topic: f.topic,
    message: f.message,
    action: f.action,
    license: nullIfEmpty(f.license),
    section: nullIfEmpty(f.section),
    quote: nullIfEmpty(f.quote),
    url: nullIfEmpty(f.url),
    clause: nullIfEmpty(f.clause),
  };
}

function electricityDefault(region: string): { value: number; unit: string; source: string } {
  if (EU_REGIONS.has(region)) return ELECTRICITY_USD_PER_KWH_BY_REGION['eu-non-household'];
  if (region === 'kr') return ELECTRICITY_USD_PER_KWH_BY_REGION['kr-residential'];
  return DEFAULT_ASSUMPTIONS.electricityUsdPerKwh;
}

interface CandidateWork {
  assessment: CandidateAssessment;
  model: Model | null;
  hardware: ResolvedHardware | null;
  /** Why the model cannot run on this candidate's hardware (needs more GPUs, does not fit), else null. */
  cannotRun: string | null;
}

function assessCandidate(plan: Plan, catalog: Catalog, index: number, sources: FactSource[]): CandidateWork {
  const c = plan.candidates[index]!;
  const contextTokens = c.contextTokens ?? plan.profile.contextTokens;
  const concurrency = c.concurrency ?? plan.profile.concurrency;
  const problems: string[] = [];
  const model = findModel(catalog, c.model) ?? null;
  if (!model) problems.push(`unknown model id "${c.model}": not in the catalog`);
  const hw = resolveHardware(c.hardware, catalog);
  if (!hw.ok) problems.push(hw.problem);
  const hardware = hw.ok ? hw.value : null;
  const base: CandidateAssessment = {
    index,
    modelId: model?.id ?? c.model,
    modelName: model?.name ?? c.model,
    quant: findQuantization(c.quant)?.id ?? c.quant,
    engine: c.engine,
    hardwareLabel: hardware?.label ?? ('gpu' in c.hardware ? `${c.hardware.count} × ${c.hardware.gpu}` : `${c.hardware.count} × custom device`),
    hardware: {
      id: hardware?.id ?? null,
      count: c.hardware.count,
      memoryBytesEach: hardware?.spec.memoryBytes ?? 0,
      bandwidthBytesPerSecond: hardware?.spec.bandwidthBytesPerSecond ?? 0,
    },
    contextTokens,
    concurrency,
    memory: null,
    fit: null,
    speed: null,
    quantTable: [],
    recipe: null,
    problems,
  };
  if (!model || !hardware) return { assessment: base, model, hardware, cannotRun: null };
  if (hardware.catalogEntry) {
    const h = hardware.catalogEntry;
    sources.push({ fact: `${h.name}: ${(h.memoryBytes / 2 ** 30).toFixed(0)} GiB, ${(h.bandwidthBytesPerSecond / 1e9).toFixed(0)} GB/s`, ...src(h.source) });
  }
  // The largest context that fits is searched for the first candidate only (about 25 memory estimates).
  // Host RAM in GiB as the OS reports it (docs/plan-file.md).
  const hostMemoryBytes = c.hardware.hostMemoryGb !== undefined ? c.hardware.hostMemoryGb * 2 ** 30 : null;
  const sized = sizeDeployment(model, c.quant, c.engine as Engine, hardware, contextTokens, concurrency, true, index === 0, hostMemoryBytes);
  if (!sized.ok) {
    problems.push(sized.problem);
    return { assessment: base, model, hardware, cannotRun: null };
  }
  const { fit, speed } = sized.value;
  base.memory = {
    weightsBytes: fit.memory.weightsBytes,
    kvCacheBytes: fit.memory.kvCacheBytes,
    overheadBytes: fit.memory.overheadBytes,
    totalBytes: fit.memory.totalBytes,
    parts: fit.memory.parts.map((p) => ({ label: p.label, bytes: p.bytes })),
  };
  const totalUsable = fit.usableBytesPerGpu * fit.gpuCount;
  const totalRequired = fit.requiredBytesPerGpu * fit.gpuCount;
  base.fit = {
    verdict: fit.verdict,
    spareBytes: totalUsable - totalRequired,
    gpusNeeded: fit.gpusNeeded,
    offloadLayers: fit.offloadLayers,
    hostMemoryNeededBytes: fit.hostMemoryNeededBytes,
    hostMemoryBytes,
    hostMemoryUsableBytes: fit.hostMemoryUsableBytes,
    maxContextTokens: index === 0 ? fit.maxContextTokens : null,
    reasons: fit.reasons,
  };
  if (speed) {
    base.speed = {
      decode: { ...speed.decodeTokensPerSecond },
      prefill: speed.prefillTokensPerSecond ? { ...speed.prefillTokensPerSecond } : null,
      ttftSeconds: speed.timeToFirstTokenSeconds?.typical ?? null,
      typicalErrorPct: speed.typicalErrorPct,
    };
  }
  const family = c.engine === 'vllm' ? 'vllm' : 'gguf';
  for (const q of QUANT_TABLE[family]) {
    if (q === sized.value.quant) {
      base.quantTable.push({ quant: q, totalBytes: fit.memory.totalBytes, fits: fit.fits, decodeTypical: speed?.decodeTokensPerSecond.typical ?? null });
      continue;
    }
    const other = quickQuantEstimate(model, q, c.engine as Engine, hardware, contextTokens, concurrency);
    if (other) base.quantTable.push(other);
  }
  const cannotRun = cannotRunReason(fit, hardware);
  // No run commands for hardware the model does not run on (they would start a server that fails).
  if (cannotRun === null) {
    const r = deploymentRecipe(model, sized.value.quant, sized.value, hardware, contextTokens, concurrency);
    base.recipe = { ollama: r.ollama, llamaCpp: r.llamaCpp, vllm: r.vllm };
  }
  return { assessment: base, model, hardware, cannotRun };
}

function pricingWorkload(plan: Plan): PricingWorkload {
  const w = plan.workload;
  return {
    inputTokensPerDay: w.inputTokensPerDay,
    outputTokensPerDay: w.outputTokensPerDay,
    cachedInputShare: w.inputTokensPerDay > 0 ? w.cachedInputTokensPerDay / w.inputTokensPerDay : 0,
    ...(w.requestsPerDay !== undefined && w.requestsPerDay > 0 ? { requestsPerDay: w.requestsPerDay } : {}),
    daysPerMonth: w.daysPerMonth,
    ...(w.monthlyGrowth !== undefined ? { monthlyGrowth: w.monthlyGrowth } : {}),
  };
}

function record(name: string, a: Assumption): AssumptionRecord {
  return { name, value: a.value, unit: a.unit, source: a.isDefault ? `default: ${a.source}` : a.source };
}

/**
 * A local setup for a sized candidate (docs/plan-file.md "Cost assumptions"). With
 * `electricityUsdPerMonth`, the machine is taken to draw constant power and the price per kWh is
 * the bill divided by that energy, so the energy line equals the bill.
 */
function localSetup(plan: Plan, work: CandidateWork, problems: string[], cannotServe: NonNullable<CostSection['cannotServe']>): LocalScenarioInput | null {
  const a = plan.costAssumptions;
  const hw = work.hardware;
  const speed = work.assessment.speed;
  const label = `${work.assessment.modelName} ${work.assessment.quant} on ${work.assessment.hardwareLabel}`;
  if (work.cannotRun !== null) {
    // The model does not run there (needs more GPUs, does not fit): no cost as if it served
    // (pricing's cannotRun state, methodology §Local cost).
    cannotServe.push({ id: `local:${work.assessment.index}`, label, reason: work.cannotRun });
    return null;
  }
  if (!hw || !speed) {
    problems.push(`local cost of ${label}: not sized (${work.assessment.problems.join('; ') || work.assessment.fit?.verdict || 'no speed'})`);
    return null;
  }
  if (speed.prefill === null) {
    // Pricing reads a prefill speed of 0 as "does not run"; an unknown one is a gap in the inputs instead.
    problems.push(`local cost of ${label}: prefill speed unknown (the hardware's FLOP/s are not known)`);
    return null;
  }
  const price = a.hardwarePriceUsd ?? hw.priceUsd;
  if (price === null) {
    problems.push(`local cost of ${label}: no purchase price for ${hw.name} (set costAssumptions.hardwarePriceUsd)`);
    return null;
  }
  if (hw.watts === null) {
    problems.push(`local cost of ${label}: board power of ${hw.name} unknown (set custom.watts)`);
    return null;
  }
  const days = plan.workload.daysPerMonth;
  const hostWatts = DEFAULT_ASSUMPTIONS.hostPowerWatts.value;
  const loadWatts = hw.watts * hw.count + hostWatts;
  const assumptions: Record<string, Assumption> = {
    hardwarePriceUsd: a.hardwarePriceUsd !== undefined ? { value: price, unit: 'USD per GPU', source: 'plan' } : { value: price, unit: 'USD per GPU', source: hw.priceSource ? `catalog: ${hw.priceSource.source} (as of ${hw.priceSource.asOf})` : 'catalog' },
    powerWattsLoad: { value: loadWatts, unit: 'W per machine at load', source: `${hw.count} × ${hw.watts} W board power (catalog) + ${hostWatts} W host (${DEFAULT_ASSUMPTIONS.hostPowerWatts.source})` },
  };
  let setup: LocalSetup;
  const common = {
    hardwarePriceUsd: price,
    gpuCount: hw.count,
    hostCostUsd: a.hostCostUsd ?? DEFAULT_ASSUMPTIONS.hostCostUsd.value,
    amortizationMonths: a.amortizationMonths ?? DEFAULT_ASSUMPTIONS.amortizationMonths.value,
    resaleShare: DEFAULT_ASSUMPTIONS.resaleShare.value,
    opsUsdPerMonth: a.operationsUsdPerMonth ?? DEFAULT_ASSUMPTIONS.opsUsdPerMonth.value,
    decodeTokensPerSecond: speed.decode.typical * Math.max(1, work.assessment.concurrency),
    prefillTokensPerSecond: speed.prefill.typical,
    machines: 1,
  };
  if (a.hostCostUsd === undefined) {
    const d = DEFAULT_ASSUMPTIONS.hostCostUsd;
    // The default prices a single-GPU workstation; the reference has no figure for a multi-GPU server.
    const source = hw.count > 1 ? `${d.source} — a single-GPU workstation; a multi-GPU server costs more: set costAssumptions.hostCostUsd` : d.source;
    assumptions.hostCostUsd = { ...d, source, isDefault: true };
  }
  if (a.electricityUsdPerMonth !== undefined) {
    const kwh = (days * 24 * loadWatts) / 1000;
    setup = { ...common, powerWattsLoad: loadWatts, powerWattsIdle: loadWatts, hoursOnPerDay: 24, electricityUsdPerKwh: kwh > 0 ? a.electricityUsdPerMonth / kwh : 0 };
    assumptions.electricityUsdPerMonth = { value: a.electricityUsdPerMonth, unit: 'USD/month per machine', source: 'plan (flat bill; price per kWh derived at constant draw)' };
  } else {
    const kwhPrice = a.electricityUsdPerKwh !== undefined ? { value: a.electricityUsdPerKwh, unit: 'USD/kWh', source: 'plan' } : electricityDefault(plan.profile.region);
    setup = {
      ...common,
      powerWattsLoad: loadWatts,
      powerWattsIdle: DEFAULT_ASSUMPTIONS.powerWattsIdle.value,
      ...(a.hoursOnPerDay !== undefined ? { hoursOnPerDay: a.hoursOnPerDay } : {}),
      electricityUsdPerKwh: kwhPrice.value,
    };
    assumptions.electricityUsdPerKwh = { ...kwhPrice, ...(a.electricityUsdPerKwh === undefined ? { isDefault: true } : {}) };
  }
  assumptions.decodeTokensPerSecond = { value: common.decodeTokensPerSecond, unit: 'tokens/s per machine', source: `sizing estimate (typical; ±${Math.round(speed.typicalErrorPct ?? 0)} %)` };
  return { id: `local:${work.assessment.index}`, label, setup, assumptions };
}

function costSection(plan: Plan, catalog: Catalog, works: CandidateWork[], sources: FactSource[]): CostSection {
  const problems: string[] = [];
  const offers: Offer[] = [];
  for (const id of plan.apiComparisons) {
    const o = findOffer(catalog, id);
    if (!o) problems.push(`unknown API offer id "${id}": not in the catalog`);
    else {
      offers.push(o);
      sources.push({ fact: `${o.displayName}: ${o.rates.inputPerMTok} in / ${o.rates.outputPerMTok} out ${o.currency} per MTok (${o.status.state})`, ...src(o.source) });
    }
  }
  const cannotServe: NonNullable<CostSection['cannotServe']> = [];
  const locals = works.map((w) => localSetup(plan, w, problems, cannotServe)).filter((l): l is LocalScenarioInput => l !== null);
  const workload = pricingWorkload(plan);
  const scenarios = offers.length + locals.length > 0 ? compareScenarios({ workload, offers, locals }) : [];
  const firstLocal = locals[0]?.id ?? null;
  const growth = resolveWorkload(workload).monthlyGrowth;
  // pricing compares each local scenario with the cheapest API that can still be bought.
  const cheapestOpen = scenarios
    .filter((s) => s.kind === 'api' && offers.find((o) => o.id === s.id)?.status.state !== 'retired')
    .reduce<(typeof scenarios)[number] | undefined>((best, s) => (best === undefined || s.monthlyCost < best.monthlyCost ? s : best), undefined);
  const out: CostScenario[] = scenarios.map((s) => {
    const offer = s.kind === 'api' ? offers.find((o) => o.id === s.id) : undefined;
    return {
      id: s.kind === 'api' ? `api:${s.id}` : s.id,
      kind: s.kind,
      label: s.label,
      monthlyCost: s.monthlyCost,
      upfrontCost: s.upfront,
      costPerMTok: s.costPerMTok,
      breakEvenMonths: s.breakEvenMonths,
      breakEvenAgainst: s.kind === 'api' ? firstLocal : cheapestOpen ? `api:${cheapestOpen.id}` : null,
      ...breakEvenExplanation(s, scenarios, s.kind === 'api' ? firstLocal : (cheapestOpen?.id ?? null), growth),
      cumulative: [...s.cumulative],
      assumptions: Object.entries(s.assumptions).map(([k, v]) => record(k, v)),
      source: offer ? src(offer.source) : null,
    };
  });
  for (const s of scenarios) for (const w of s.warnings) problems.push(`${s.label}: ${w}`);
  const currency = scenarios[0]?.currency ?? 'USD';
  return { currency, scenarios: out, cannotServe, assumptions: out.flatMap((s) => s.assumptions.filter((a) => a.source.startsWith('default'))).filter((a, i, all) => all.findIndex((b) => b.name === a.name) === i), problems };
}

/**
 * Why a scenario's break-even is what it is, in pricing's own words (`BreakEven.reason`), and how it was
 * found (docs/methodology.md, "Break-even"): a local setup that cannot serve never pays back; otherwise
 * the closed form with flat volume, the month-by-month crossing of cumulative cash with growth.
 * `againstId` is the pricing id (`local:<i>` or the offer id) of the scenario on the other side.
 */
export function breakEvenExplanation(
  s: Scenario,
  scenarios: readonly Scenario[],
  againstId: string | null,
  monthlyGrowth: number,
): { breakEvenMethod: CostScenario['breakEvenMethod']; breakEvenReason: string | null } {
  const entry = againstId === null ? undefined : s.breakEven.find((b) => b.against === againstId);
  if (!entry) return { breakEvenMethod: null, breakEvenReason: null };
  const local = s.kind === 'local' ? s : scenarios.find((x) => x.kind === 'local' && x.id === againstId);
  const method = local?.cannotServe ? 'cannot-serve' : monthlyGrowth === 0 ? 'flat' : 'month-by-month';
  return { breakEvenMethod: method, breakEvenReason: entry.reason };
}

export function assess(plan: Plan, catalog: Catalog): Assessment {
  const sources: FactSource[] = [];
  const problems: string[] = [];
  const recommendations = recommend(plan.profile, catalog);
  const works = plan.candidates.map((_, i) => assessCandidate(plan, catalog, i, sources));
  for (const w of works) problems.push(...w.assessment.problems.map((p) => `candidate ${w.assessment.index + 1}: ${p}`));
  const cost = costSection(plan, catalog, works, sources);

  // License findings for every candidate model and the top three eligible recommendations.
  const usage = usageProfile(plan.profile);
  const modelsForLicense: Model[] = [];
  const addModel = (m: Model | null | undefined) => {
    if (m && !modelsForLicense.some((x) => x.id === m.id)) modelsForLicense.push(m);
  };
  for (const w of works) addModel(w.model);
  for (const r of recommendations.filter((r) => !r.excluded).slice(0, 3)) addModel(findModel(catalog, r.modelId));
  const licenseFindings: ModelFinding[] = [];
  const licenseChains: Assessment['licenseChains'] = [];
  for (const m of modelsForLicense) {
    const e = evaluate(m, usage, { catalog });
    licenseChains.push({ model: m.id, licenses: e.licenses });
    for (const f of e.findings) licenseFindings.push({ ...toFinding(f), model: f.model ?? m.id });
    sources.push({ fact: `${m.name}: license ${m.license.id}`, ...src(m.license.source) });
    sources.push({ fact: `${m.name}: ${(m.parameters.total / 1e9).toFixed(1)}B parameters (${(m.parameters.active / 1e9).toFixed(1)}B active)`, ...src(m.parameters.source) });
    sources.push({ fact: `${m.name}: context ${m.context.nativeTokens.toLocaleString('en-US')} tokens native${m.context.extension ? `, ${m.context.extension.maxTokens.toLocaleString('en-US')} with ${m.context.extension.method}` : ''}`, ...src(m.context.source) });
    sources.push({ fact: `${m.name}: languages ${m.languages.codes.join(', ') || (m.languages.count ? `${m.languages.count} stated` : 'none stated')}`, ...src(m.languages.source) });
  }
  const matrix = comparisonMatrix([...new Set(licenseChains.flatMap((c) => c.licenses))]);
  const licenseMatrix: Assessment['licenseMatrix'] = {
    topics: matrix.rows.map((r) => r.label),
    rows: licenseChains.map((chain) => {
      const license = chain.licenses[0] ?? '';
      const column = matrix.licenses.findIndex((l) => l.id === license);
      return {
        model: chain.model,
        license,
        cells: matrix.rows.map((r) => {
          const cell = column >= 0 ? r.cells[column] : undefined;
          return cell ? `${cell.answer}${cell.section ? ` (${cell.section})` : ''}` : 'unknown license';
        }),
      };
    }),
  };
  const primaryWork = works[0] ?? null;
  const compliance = complianceFindings(usage, { licenses: primaryWork ? (licenseChains.find((c) => c.model === primaryWork.model?.id)?.licenses ?? []) : [] }).map(toFinding);

  for (const r of recommendations.slice(0, 3)) {
    for (const e of r.evidence) sources.push({ fact: `${r.name}: ${e.benchmark} ${e.score}${e.unit === 'percent' ? ' %' : ''}`, ...e.source });
  }
  if (plan.profile.useCases.includes('eu-compliance')) sources.push({ fact: 'GPAI Code of Practice signatories', ...CODE_OF_PRACTICE_SOURCE });

  // Checklist.
  const facts = {
    plan,
    primary: primaryWork?.assessment ?? null,
    primaryModel: primaryWork?.model ?? null,
    candidates: works.map((w) => w.assessment),
    candidateModels: works.map((w) => w.model),
    licenseFindings,
    complianceFindings: compliance,
    cost,
  };
  const phases: PhaseState[] = PHASES.map((phase) => {
    const items = CHECKLIST.filter((i) => i.phase === phase.id).map((def) => {
      const entry = plan.checklist[def.id];
      const auto = def.auto ? { check: def.auto, ...runAutoCheck(def.auto, facts) } : null;
      return {
        id: def.id,
        phase: def.phase,
        kind: def.kind,
        question: def.question,
        why: def.why,
        frameworks: [...def.frameworks],
        auto,
        status: entry?.status ?? 'todo',
        owner: entry?.owner ?? null,
        due: entry?.due ?? null,
        notes: entry?.notes ?? null,
        evidence: entry?.evidence ?? null,
      };
    });
    const dates = plan.phases[phase.id];
    return {
      id: phase.id,
      name: phase.name,
      durationWeeks: phase.durationWeeks ? { ...phase.durationWeeks } : null,
      start: dates?.start ?? null,
      end: dates?.end ?? null,
      tasks: [...phase.tasks],
      readiness: readiness(items),
      items,
    };
  });

  const warnings = commonMistakes({
    plan,
    recommendations,
    candidateModels: works.map((w) => w.model),
    licenseFindings,
    cost,
    modelById: (id) => findModel(catalog, id),
  });

  const pocFails = phases[0]?.items.filter((i) => i.auto?.result === 'fail').length ?? 0;
  const blockerFindings = licenseFindings.filter((f) => f.severity === 'blocker' && works.some((w) => w.model?.id === f.model)).length + compliance.filter((f) => f.severity === 'blocker').length;
  const blockers = blockerFindings + pocFails;

  const risks: string[] = [];
  for (const f of licenseFindings.filter((x) => x.severity === 'blocker' || x.severity === 'warning')) risks.push(`${f.model}: ${f.message}`);
  for (const w of works) {
    if (w.assessment.fit && !['fits', 'fits-tight'].includes(w.assessment.fit.verdict)) risks.push(`${w.assessment.modelName} ${w.assessment.quant} on ${w.assessment.hardwareLabel}: ${w.assessment.fit.verdict}`);
  }
  if (primaryWork?.assessment.speed) risks.push('Speeds are bandwidth-based estimates: measure them with a load test before committing (PIL-01).');
  const openQuestions = phases.flatMap((p) => p.items.filter((i) => i.auto?.result === 'unknown').map((i) => `${i.id}: ${i.auto!.reason}`));

  const assumptions: AssumptionRecord[] = [
    { name: 'contextTokens', value: plan.profile.contextTokens, unit: 'tokens', source: 'plan' },
    { name: 'concurrency', value: plan.profile.concurrency, unit: 'sequences', source: 'plan' },
    { name: 'inputTokensPerDay', value: plan.workload.inputTokensPerDay, unit: 'tokens/day', source: 'plan' },
    { name: 'cachedInputTokensPerDay', value: plan.workload.cachedInputTokensPerDay, unit: 'tokens/day', source: 'plan' },
    { name: 'outputTokensPerDay', value: plan.workload.outputTokensPerDay, unit: 'tokens/day', source: 'plan' },
    { name: 'daysPerMonth', value: plan.workload.daysPerMonth, unit: 'days', source: 'plan' },
    ...cost.assumptions,
  ];

  const top = recommendations.find((r) => !r.excluded) ?? null;
  const firstLocal = cost.scenarios.find((s) => s.kind === 'local');
  const cheapestApi = cost.scenarios.filter((s) => s.kind === 'api').sort((a, b) => a.monthlyCost - b.monthlyCost)[0];
  return {
    planId: plan.id,
    project: plan.project.name,
    generatedFor: plan.reportDate ?? null,
    profileSummary: profileSummary(plan),
    recommendations,
    candidates: works.map((w) => w.assessment),
    cost,
    licenseFindings,
    licenseChains,
    licenseMatrix,
    complianceFindings: compliance,
    checklist: { phases },
    warnings,
    risks,
    openQuestions,
    sources: dedupeSources(sources),
    assumptions,
    blockers,
    summary: {
      recommendedModel: primaryWork?.assessment.modelId ?? top?.modelId ?? null,
      quant: primaryWork?.assessment.quant ?? top?.suggestedQuant ?? null,
      hardware: primaryWork?.assessment.hardwareLabel ?? null,
      deploymentMode: plan.profile.deployment,
      // Another candidate's cost must not stand in for a first candidate the model does not fit.
      monthlyCost: cost.cannotServe?.some((x) => x.id === 'local:0') ? null : (firstLocal?.monthlyCost ?? cheapestApi?.monthlyCost ?? null),
      openBlockers: blockers,
    },
    articleComparison: plan.profile.useCases.map((u) => compareWithArticle(u, recommendations)),
    problems: [...problems, ...cost.problems],
  };
}

function dedupeSources(sources: FactSource[]): FactSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.fact}\u0000${s.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function profileSummary(plan: Plan): string {
  const p = plan.profile;
  const parts = [
    `${plan.project.name}${plan.project.organization ? ` (${plan.project.organization})` : ''}: ${p.useCases.length > 0 ? p.useCases.join(', ') : 'no use case chosen yet'}`,
    `languages ${p.languages.join(', ') || 'none'}`,
    `${p.contextTokens.toLocaleString('en-US')} tokens of context × ${p.concurrency} concurrent`,
    `${p.dataSensitivity} data that ${p.dataMayLeavePremises ? 'may' : 'may not'} leave the premises`,
    `${p.deployment} deployment`,
    `region ${p.region}`,
    `${p.monthlyActiveUsers.toLocaleString('en-US')} monthly active user${p.monthlyActiveUsers === 1 ? '' : 's'}`,
  ];
  if (p.hardwareOnHand.length > 0) parts.push(`hardware on hand: ${p.hardwareOnHand.map((h) => ('gpu' in h ? `${h.count} × ${h.gpu}` : `${h.count} × ${h.custom.name ?? 'custom device'}`)).join(', ')}`);
  if (p.hardwareBudgetUsd !== null) parts.push(`hardware budget $${p.hardwareBudgetUsd.toLocaleString('en-US')}`);
  return `${parts.join('; ')}.`;
}
