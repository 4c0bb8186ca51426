/**
 * Automated checklist items: each reads the plan and what `assess` computed (sizing, license and
 * compliance findings, cost scenarios) and answers pass, fail or unknown with the reason.
 * Unknown means the plan does not hold the evidence (e.g. no load-test results); it never passes.
 */
import type { Model } from '@llm-adopt/catalog';
import type { AutoResult, CandidateAssessment, CostSection, Finding, ModelFinding } from '../assessment.js';
import type { Plan } from '../plan-schema.js';
import type { AutoCheckId } from './definition.js';

export interface CheckFacts {
  plan: Plan;
  /** The first candidate (the deployment the plan is about), if any. */
  primary: CandidateAssessment | null;
  primaryModel: Model | null;
  candidates: CandidateAssessment[];
  candidateModels: Array<Model | null>;
  licenseFindings: ModelFinding[];
  complianceFindings: Finding[];
  cost: CostSection;
}

export interface CheckOutcome {
  result: AutoResult;
  reason: string;
  /** True when the result rests on an estimate (speed) rather than a fact. */
  estimate: boolean;
}

const pass = (reason: string, estimate = false): CheckOutcome => ({ result: 'pass', reason, estimate });
const fail = (reason: string, estimate = false): CheckOutcome => ({ result: 'fail', reason, estimate });
const unknown = (reason: string): CheckOutcome => ({ result: 'unknown', reason, estimate: false });

/** POC-01 asks for 10–20 % headroom: we require at least 10 % of device memory spare. */
export const MIN_HEADROOM_SHARE = 0.1;
/** POC-11: a golden set needs at least 20 real cases. */
export const MIN_GOLDEN_SET = 20;
/** Model age after which OPT-06 asks for an upgrade review, months. */
export const MODEL_AGE_REVIEW_MONTHS = 18;
/** EU AI Act Art. 26(6): logs kept at least six months (taken as 183 days). */
export const MIN_LOG_RETENTION_DAYS = 183;

const noCandidate = () => unknown('no candidate deployment in the plan');

function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) + (td - fd) / 30;
}

export function runAutoCheck(id: AutoCheckId, f: CheckFacts): CheckOutcome {
  const { plan, primary } = f;
  const ops = plan.operations;
  switch (id) {
    case 'vram-fits': {
      if (!primary) return noCandidate();
      if (!primary.fit || !primary.memory) return unknown(primary.problems.join('; ') || 'not sized');
      const total = primary.hardware.memoryBytesEach * primary.hardware.count;
      const share = total > 0 ? primary.fit.spareBytes / total : 0;
      const gb = (b: number) => `${(b / 1e9).toFixed(1)} GB`;
      if (primary.fit.verdict !== 'fits' && primary.fit.verdict !== 'fits-tight') {
        return fail(`${primary.modelName} ${primary.quant} needs ${gb(primary.memory.totalBytes)} at ${primary.contextTokens.toLocaleString('en-US')} tokens × ${primary.concurrency}: ${primary.fit.verdict} on ${primary.hardwareLabel}`);
      }
      const headroom = `${Math.round(share * 100)} % of ${gb(total)} spare`;
      return share >= MIN_HEADROOM_SHARE
        ? pass(`${primary.modelName} ${primary.quant} needs ${gb(primary.memory.totalBytes)}; ${headroom}`)
        : fail(`fits, but only ${headroom} (need ≥ ${MIN_HEADROOM_SHARE * 100} % headroom)`);
    }
    case 'context-covers': {
      const m = f.primaryModel;
      if (!m) return noCandidate();
      const need = plan.profile.contextTokens;
      const max = m.context.extension?.maxTokens ?? m.context.nativeTokens;
      if (m.context.nativeTokens >= need) return pass(`native context ${m.context.nativeTokens.toLocaleString('en-US')} ≥ ${need.toLocaleString('en-US')} needed`);
      if (max >= need) return pass(`needs ${m.context.extension?.method ?? 'the documented extension'} (native ${m.context.nativeTokens.toLocaleString('en-US')}, up to ${max.toLocaleString('en-US')}) for ${need.toLocaleString('en-US')} tokens: configure it`);
      return fail(`at most ${max.toLocaleString('en-US')} tokens, the use case needs ${need.toLocaleString('en-US')}`);
    }
    case 'languages-covered': {
      const m = f.primaryModel;
      if (!m) return noCandidate();
      const codes = m.languages.codes.map((c) => c.toLowerCase());
      const missing = plan.profile.languages.filter((l) => !codes.some((c) => c === l || c.startsWith(`${l}-`)));
      if (missing.length === 0) return pass(`${plan.profile.languages.join(', ')} listed by the vendor`);
      if (codes.length === 0 && (m.languages.count ?? 0) >= 100) return unknown(`vendor states ${m.languages.count} languages without listing them: verify ${missing.join(', ')} on your golden set`);
      return fail(`not listed by the vendor: ${missing.join(', ')}`);
    }
    case 'eval-baseline':
      return unknown('no evaluation results in the plan: run the golden set against a smaller model and the API baseline, then record the evidence');
    case 'latency-plausible': {
      if (!primary) return noCandidate();
      const { ttftSeconds, tokensPerSecond } = plan.profile.latency;
      if (ttftSeconds === null && tokensPerSecond === null) return unknown('no latency target in the profile');
      if (!primary.speed) return unknown(`no speed estimate: ${primary.problems.join('; ') || primary.fit?.verdict || 'not sized'}`);
      const problems: string[] = [];
      const ok: string[] = [];
      if (tokensPerSecond !== null) {
        const d = primary.speed.decode.typical;
        (d >= tokensPerSecond ? ok : problems).push(`decode ≈ ${d.toFixed(1)} tok/s vs target ${tokensPerSecond}`);
      }
      if (ttftSeconds !== null) {
        if (primary.speed.ttftSeconds === null) problems.push('time to first token not estimable (GPU FLOP/s unknown)');
        else (primary.speed.ttftSeconds <= ttftSeconds ? ok : problems).push(`TTFT ≈ ${primary.speed.ttftSeconds.toFixed(2)} s vs target ${ttftSeconds} s`);
      }
      const note = primary.speed.typicalErrorPct !== null ? ` (estimate, typical error ±${Math.round(primary.speed.typicalErrorPct)} %)` : ' (estimate)';
      return problems.length === 0 ? pass(`${ok.join('; ')}${note}`, true) : fail(`${problems.join('; ')}${note}`, true);
    }
    case 'purpose-documented': {
      const missing: string[] = [];
      if (plan.profile.useCases.length === 0) missing.push('use cases');
      if (!plan.project.description) missing.push('project description (purpose, users, success criteria)');
      return missing.length === 0 ? pass(`use cases (${plan.profile.useCases.join(', ')}) and a project description are recorded`) : fail(`missing: ${missing.join(', ')}`);
    }
    case 'license-allows': {
      const models = new Set(f.candidates.map((c) => c.modelId));
      if (models.size === 0) return noCandidate();
      const blockers = f.licenseFindings.filter((x) => x.severity === 'blocker' && models.has(x.model));
      if (blockers.length > 0) return fail(blockers.map((b) => `${b.model}: ${b.message}`).join(' '));
      const warnings = f.licenseFindings.filter((x) => x.severity === 'warning' && models.has(x.model)).length;
      return pass(`no license blocker for ${[...models].join(', ')}${warnings > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'} to review)` : ''}`);
    }
    case 'regulatory-screening': {
      const l = plan.profile.license;
      if (!l.euDomiciled && !l.servesEu) return pass('neither EU-domiciled nor serving the EU: AI Act screening not triggered (re-check if that changes)');
      if (l.highRiskUseCase === undefined) return unknown('EU in scope: record whether the use case falls under Annex III (license.highRiskUseCase, null when not)');
      const blockers = f.complianceFindings.filter((x) => x.severity === 'blocker');
      if (blockers.length > 0) return fail(blockers.map((b) => b.message).join(' '));
      return pass(l.highRiskUseCase === null ? 'EU in scope; screened: not an Annex III use case' : `EU in scope; Annex III area "${l.highRiskUseCase}" recorded: high-risk duties apply`);
    }
    case 'data-residency': {
      const p = plan.profile;
      const sensitive = p.dataSensitivity === 'confidential' || p.dataSensitivity === 'personal';
      if (sensitive && !p.dataMayLeavePremises && p.deployment === 'api') return fail(`${p.dataSensitivity} data may not leave the premises, but the deployment is API-only`);
      if (sensitive && p.dataMayLeavePremises) return pass(`${p.dataSensitivity} data may leave the premises (recorded): check the API provider's terms and region`);
      return pass(`data sensitivity "${p.dataSensitivity}", may leave premises: ${p.dataMayLeavePremises ? 'yes' : 'no'}; deployment ${p.deployment} is consistent`);
    }
    case 'weights-pinned':
      return ops.weightsPinned ? pass('weights pinned to a revision/hash (operations.weightsPinned)') : fail('weights not pinned to a revision or hash (set operations.weightsPinned once done)');
    case 'golden-set':
      return ops.goldenSetSize >= MIN_GOLDEN_SET ? pass(`golden set of ${ops.goldenSetSize} cases`) : fail(`golden set of ${ops.goldenSetSize} cases (need ≥ ${MIN_GOLDEN_SET})`);
    case 'candidates-selected': {
      const models = new Set(plan.candidates.map((c) => c.model));
      if (models.size >= 2 && models.size <= 3) return pass(`${models.size} candidate models: ${[...models].join(', ')}`);
      if (models.size > 3) return pass(`${models.size} candidate models (the article suggests narrowing to 2–3)`);
      return fail(`${models.size} candidate model${models.size === 1 ? '' : 's'} (the article suggests 2–3)`);
    }
    case 'cost-known': {
      const api = f.cost.scenarios.filter((s) => s.kind === 'api');
      const local = f.cost.scenarios.filter((s) => s.kind === 'local');
      if (plan.workload.inputTokensPerDay + plan.workload.outputTokensPerDay === 0) return fail('no workload (tokens per day) in the plan');
      if (api.length === 0 && local.length === 0) return fail(`no cost scenario could be computed${f.cost.problems.length ? `: ${f.cost.problems.join('; ')}` : ''}`);
      if (api.length === 0 || local.length === 0) return pass(`${api.length} API and ${local.length} local scenario${local.length === 1 ? '' : 's'} priced (add ${api.length === 0 ? 'an API comparison' : 'a local candidate'} for a break-even)`);
      return pass(`${api.length} API and ${local.length} local scenarios priced, with break-even`);
    }
    case 'load-test':
      return unknown('no load-test results in the plan: run one at the target concurrency and record the evidence link');
    case 'config-pinned': {
      if (!primary) return noCandidate();
      return ops.weightsPinned ? pass(`engine ${primary.engine}, quantization ${primary.quant} and weights revision pinned`) : fail(`engine ${primary.engine} and ${primary.quant} recorded, but the weights revision is not pinned`);
    }
    case 'log-retention': {
      const days = ops.logRetentionDays;
      if (days === null) return fail('no log retention period in the plan (operations.logRetentionDays)');
      const highRisk = typeof plan.profile.license.highRiskUseCase === 'string';
      if (highRisk && days < MIN_LOG_RETENTION_DAYS) return fail(`${days} days < 6 months required for high-risk use (AI Act Art. 26(6))`);
      return pass(`logs kept ${days} days${highRisk ? ' (≥ 6 months, high-risk)' : ''}`);
    }
    case 'slo-defined': {
      const { ttftSeconds, tokensPerSecond } = plan.profile.latency;
      const missing: string[] = [];
      if (ttftSeconds === null && tokensPerSecond === null) missing.push('latency targets');
      if (!ops.monitoring.planned) missing.push('monitoring');
      return missing.length === 0 ? pass('latency targets set and monitoring planned') : fail(`missing: ${missing.join(' and ')}`);
    }
    case 'fallback-defined': {
      const fb = ops.fallback;
      if (!fb) return fail('no fallback defined (operations.fallback)');
      if (fb.kind === 'api' && !plan.profile.dataMayLeavePremises) return fail(`fallback ${fb.target} is an API, but data may not leave the premises`);
      return fb.tested ? pass(`fallback ${fb.kind} ${fb.target}, tested`) : fail(`fallback ${fb.kind} ${fb.target} defined but not tested`);
    }
    case 'replicas': {
      if (!primary?.fit) return noCandidate();
      const needed = primary.fit.gpusNeeded;
      if (needed === null) return fail('no device count fits the model');
      const count = primary.hardware.count;
      return count >= 2 * needed
        ? pass(`${count} devices: two replicas of ${needed}`)
        : fail(`${count} device${count === 1 ? '' : 's'} for a model needing ${needed}: no spare replica for a failure`);
    }
    case 'security-audit':
      return unknown('no security audit record in the plan: record owner and evidence for the LLM01–LLM10 review');
    case 'rate-limits':
      return ops.rateLimits ? pass('rate limits, max tokens and timeouts configured') : fail('rate limits / max tokens / timeouts not configured (operations.rateLimits)');
    case 'inventory': {
      if (f.candidates.length === 0) return noCandidate();
      const unknownModels = f.candidates.filter((_, i) => !f.candidateModels[i]).map((c) => c.modelId);
      return unknownModels.length === 0
        ? pass('model, license chain and source are in the report for every candidate')
        : fail(`not in the catalog (no license or provenance): ${unknownModels.join(', ')}`);
    }
    case 'monitoring-planned':
      return ops.monitoring.planned
        ? pass(`monitoring planned${ops.monitoring.tool ? ` with ${ops.monitoring.tool}` : ''}${ops.monitoring.metrics?.length ? `: ${ops.monitoring.metrics.join(', ')}` : ''}`)
        : fail('no monitoring of quality, latency and error rate planned (operations.monitoring.planned)');
    case 'eval-diff':
      return unknown('no evaluation history in the plan: record a baseline run and compare each update against it');
    case 'fine-tune-threshold': {
      const l = plan.profile.license;
      if (!l.finetunes) return pass('no fine-tuning planned');
      if (l.fineTuneComputeShare === undefined) return unknown('fine-tuning planned: record its compute as a share of the original training compute (license.fineTuneComputeShare)');
      return l.fineTuneComputeShare > 1 / 3
        ? fail(`fine-tuning compute ${(l.fineTuneComputeShare * 100).toFixed(0)} % of the original > one third: you become the provider of a new GPAI model in the EU`)
        : pass(`fine-tuning compute ${(l.fineTuneComputeShare * 100).toFixed(0)} % of the original ≤ one third`);
    }
    case 'quant-rechecked': {
      if (!primary) return noCandidate();
      return ops.quantsEvaluated.some((q) => q.toUpperCase() === primary.quant.toUpperCase())
        ? pass(`${primary.quant} evaluated on the team's data (${ops.quantsEvaluated.join(', ')})`)
        : fail(`${primary.quant} not among the quantizations evaluated on the team's data (${ops.quantsEvaluated.join(', ') || 'none'})`);
    }
    case 'utilisation-metrics':
      return unknown('no utilisation or cost-per-token metrics imported');
    case 'model-age': {
      const m = f.primaryModel;
      if (!m) return noCandidate();
      if (!m.releaseDate) return unknown(`${m.name}: release date unknown`);
      if (!plan.reportDate) return unknown('no reportDate in the plan to measure the model age against');
      const months = monthsBetween(m.releaseDate, plan.reportDate);
      return months <= MODEL_AGE_REVIEW_MONTHS
        ? pass(`${m.name} released ${m.releaseDate}, ${Math.floor(months)} months before ${plan.reportDate}`)
        : fail(`${m.name} released ${m.releaseDate}, ${Math.floor(months)} months before ${plan.reportDate} (> ${MODEL_AGE_REVIEW_MONTHS}): review newer versions and plan decommissioning`);
    }
  }
}
