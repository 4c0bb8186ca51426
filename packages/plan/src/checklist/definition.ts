/**
 * The adoption checklist as data: the 43 items of the framework-anchored checklist (ids, kinds and
 * framework mappings from NIST AI RMF 1.0 / AI 600-1, ISO/IEC 42001 Annex A, the EU AI Act, the
 * OWASP Top 10 for LLM Applications 2025 and Google's ML Test Score), merged with the comparison
 * article's pre-adoption evaluation (technical, business, operational questions), its four-phase
 * roadmap and its tasks. Article questions that an anchored item already asks are folded into that
 * item (`ARTICLE §9 …` in `frameworks`); tasks no anchored item covers get `ART-…` ids.
 * An item with `auto` is checked by `assess` from the plan and the catalog (see auto-checks.ts).
 */
import type { ItemKind } from '../assessment.js';
import type { PhaseId } from '../plan-schema.js';

export type AutoCheckId =
  | 'vram-fits'
  | 'context-covers'
  | 'languages-covered'
  | 'eval-baseline'
  | 'latency-plausible'
  | 'purpose-documented'
  | 'license-allows'
  | 'regulatory-screening'
  | 'data-residency'
  | 'weights-pinned'
  | 'golden-set'
  | 'candidates-selected'
  | 'cost-known'
  | 'load-test'
  | 'config-pinned'
  | 'log-retention'
  | 'slo-defined'
  | 'fallback-defined'
  | 'replicas'
  | 'security-audit'
  | 'rate-limits'
  | 'inventory'
  | 'monitoring-planned'
  | 'eval-diff'
  | 'fine-tune-threshold'
  | 'quant-rechecked'
  | 'utilisation-metrics'
  | 'model-age';

export interface ChecklistItemDefinition {
  id: string;
  phase: PhaseId;
  kind: ItemKind;
  question: string;
  why: string;
  frameworks: string[];
  /** Automated check id, or null for a manual item (owner + evidence recorded in the plan). */
  auto: AutoCheckId | null;
}

export interface PhaseDefinition {
  id: PhaseId;
  name: string;
  /** The article's roadmap durations; Optimization is ongoing. */
  durationWeeks: { min: number; max: number } | null;
  /** The article's tasks for the phase (section 9, "Phased adoption roadmap"). */
  tasks: string[];
  /** Maturity level the phase corresponds to (checklist anchors, "Suggested phase mapping"). */
  maturity: string;
}

export const ARTICLE = 'comparison article 2025 §9';

export const PHASES: readonly PhaseDefinition[] = [
  {
    id: 'poc',
    name: 'PoC',
    durationWeeks: { min: 2, max: 4 },
    tasks: ['Define use cases', 'Select candidate models (2–3)', 'Run benchmark tests', 'Cost analysis'],
    maturity: 'MLOps L0 / LLMOps Initial',
  },
  {
    id: 'pilot',
    name: 'Pilot',
    durationWeeks: { min: 4, max: 8 },
    tasks: ['Deploy to a small team', 'Monitor performance', 'Collect feedback', 'Evaluate fine-tuning needs'],
    maturity: 'MLOps L1 / LLMOps Defined',
  },
  {
    id: 'production',
    name: 'Production',
    durationWeeks: { min: 8, max: 12 },
    tasks: ['Build infrastructure', 'CI/CD pipeline', 'Monitoring dashboard', 'Documentation'],
    maturity: 'MLOps L2–L3 / LLMOps Managed',
  },
  {
    id: 'optimization',
    name: 'Optimization',
    durationWeeks: null,
    tasks: ['Cost optimization', 'Performance tuning', 'Model upgrades', 'Team capability building'],
    maturity: 'MLOps L4 / LLMOps Optimized',
  },
];

const item = (
  id: string,
  phase: PhaseId,
  kind: ItemKind,
  question: string,
  why: string,
  frameworks: string[],
  auto: AutoCheckId | null,
): ChecklistItemDefinition => ({ id, phase, kind, question, why, frameworks, auto });

export const CHECKLIST: readonly ChecklistItemDefinition[] = [
  // PoC
  item('POC-01', 'poc', 'technical', 'Do weights + KV cache at the target context × concurrency fit GPU memory with ≥ 10–20 % headroom?', 'A model that does not fit falls back to CPU offload and runs many times slower; no headroom means out-of-memory errors under load.', ['ISO/IEC 42001 A.4.5', 'NIST AI RMF MEASURE 2.3', 'ML Test Score Mon6', `${ARTICLE} technical: VRAM vs hardware`], 'vram-fits'),
  item('POC-02', 'poc', 'technical', 'Does the maximum context cover the p95 prompt + output of the use case?', 'Prompts beyond the context are truncated silently or rejected; extended context (YaRN) may need explicit configuration.', ['ISO/IEC 42001 A.6.2.2', 'NIST AI RMF MAP 1.1', `${ARTICLE} technical: context length`], 'context-covers'),
  item('POC-03', 'poc', 'technical', 'Are all required languages supported and scored per language?', 'Average scores hide weak languages; a model must be evaluated on each language slice it will serve.', ['ML Test Score M6', 'NIST AI RMF MEASURE 2.3', `${ARTICLE} technical: languages`], 'languages-covered'),
  item('POC-04', 'poc', 'technical', 'Does the model beat a smaller model and the current API baseline on the golden set?', 'A bigger model that is not better on your data costs more for nothing (common mistake 1).', ['ML Test Score M5', 'NIST AI 600-1 MS-2.3-001', 'NIST AI 600-1 MS-2.5-001'], 'eval-baseline'),
  item('POC-05', 'poc', 'technical', 'Is single-node TTFT/TPOT plausibly within target?', 'Decode speed is bounded by memory bandwidth; an estimate tells early whether the hardware can meet the latency target at all.', ['ML Test Score Mon6', 'SRE: TTFT/TPOT (NVIDIA NIM metrics)', `${ARTICLE} technical: latency`], 'latency-plausible'),
  item('POC-06', 'poc', 'business', 'Are intended purpose, users and measurable success criteria written down?', 'Without measurable criteria the go/no-go decision becomes a matter of opinion.', ['NIST AI RMF MAP 1.1', 'NIST AI 600-1 MP-1.1-002', 'ISO/IEC 42001 A.9.4', 'EV-1', `${ARTICLE} PoC: define use cases`], 'purpose-documented'),
  item('POC-07', 'poc', 'legal', "Does the license allow the intended use (commercial use, user thresholds such as Llama's 700M MAU clause, acceptable-use policy, attribution)?", 'Open weights are not all open source: custom licenses carry user thresholds, use restrictions and attribution duties (common mistake 4).', ['NIST AI RMF GOVERN 6.1', 'NIST AI RMF MAP 4.1', 'OWASP LLM03:2025', 'ISO/IEC 42001 A.10.3', `${ARTICLE} business: license vs commercial use`], 'license-allows'),
  item('POC-08', 'poc', 'legal', 'Screened against EU AI Act Art. 5 and Annex III; role (deployer/provider) recorded?', 'Prohibited practices are banned outright and Annex III uses carry high-risk duties; a company that puts a model in its own product is usually the provider of that AI system.', ['EU AI Act Art. 5', 'EU AI Act Art. 6', 'EU AI Act Art. 25', 'NIST AI 600-1 GV-1.3-001'], 'regulatory-screening'),
  item('POC-09', 'poc', 'security', 'Will personal/confidential data reach the model; is residency required?', 'Sending such data to a third-party API may breach privacy law or contracts; it decides between local, API and hybrid deployment.', ['NIST AI RMF MEASURE 2.10', 'OWASP LLM02:2025', 'ML Test Score D5', 'ISO/IEC 42001 A.7', `${ARTICLE} business: data privacy`], 'data-residency'),
  item('POC-10', 'poc', 'security', 'Weights from a verified source, revision/hash pinned, safetensors, model card reviewed?', 'Unpinned or unofficial weights can change under you or carry malicious code (pickles, poisoned adapters).', ['OWASP LLM03:2025', 'NIST AI 600-1 MG-3.1-005', 'NIST AI 600-1 GV-1.6-003', 'ISO/IEC 42001 A.7.5'], 'weights-pinned'),
  item('POC-11', 'poc', 'operational', 'Is there a versioned golden set (≥ 20–100 real cases) held out from prompt tuning?', 'Leaderboard benchmarks do not measure your task; every later decision (quantization, upgrades) is checked against this set.', ['EV-3', 'NIST AI 600-1 MP-2.3-001', 'ML Test Score I4', `${ARTICLE} PoC: benchmark tests`], 'golden-set'),
  item('ART-POC-1', 'poc', 'technical', 'Are 2–3 candidate models selected for the PoC?', 'Comparing a few candidates on your own data is cheaper than discovering in the pilot that the first choice was wrong.', [`${ARTICLE} PoC: select candidate models (2–3)`], 'candidates-selected'),
  item('ART-POC-2', 'poc', 'business', 'Is the cost analysis done (API vs local monthly cost, break-even)?', 'Local hardware pays off only when the API bill it replaces exceeds its running cost; sometimes it never does.', [`${ARTICLE} PoC: cost analysis`, 'NIST AI 600-1 MS-2.12-003'], 'cost-known'),
  // Pilot
  item('PIL-01', 'pilot', 'technical', 'Does a load test at target concurrency meet p95 TTFT, TPOT and goodput targets?', 'Single-request speed says little about behaviour under concurrent load, where queueing dominates TTFT.', ['NIST AI RMF MEASURE 2.3', 'ML Test Score Mon6', 'SRE: goodput (DistServe)', 'SRE: load test (guidellm)'], 'load-test'),
  item('PIL-02', 'pilot', 'technical', 'Does the regression eval run automatically and gate on thresholds?', 'Prompt, model or config changes silently regress quality unless a gate stops them.', ['ML Test Score I3', 'ML Test Score I4', 'NIST AI 600-1 GV-1.3-002', 'ISO/IEC 42001 A.6.2.4', 'EV-4'], null),
  item('PIL-03', 'pilot', 'technical', 'Are engine version, quantization and sampling parameters pinned and reproducible?', 'Results differ between engines, quantizations and sampling settings; without pinning, a pilot result cannot be reproduced.', ['ML Test Score I1', 'NIST AI 600-1 MG-3.2-002', 'ISO/IEC 42001 A.6.2.7'], 'config-pinned'),
  item('PIL-04', 'pilot', 'security', 'Is model output validated before downstream use (schemas, escaping)?', 'Model output is untrusted input for the systems that consume it (injection into HTML, SQL, shells).', ['OWASP LLM05:2025', 'NIST AI 600-1 MS-2.6-005'], null),
  item('PIL-05', 'pilot', 'business', 'Is the cost per 1k requests (self-host vs API) known at pilot volume?', 'Pilot volume shows the real token mix; unbounded consumption is also a security risk.', ['NIST AI 600-1 MS-2.12-003', 'OWASP LLM10:2025'], 'cost-known'),
  item('PIL-06', 'pilot', 'business', 'Are go/no-go thresholds and an approver agreed?', 'A named approver and thresholds agreed before the results arrive keep the production decision honest.', ['NIST AI 600-1 GV-1.3-002', 'NIST AI 600-1 MS-2.3-003'], null),
  item('PIL-07', 'pilot', 'legal', 'Are users told they interact with AI where required?', 'EU AI Act Art. 50 transparency duties apply from 2 Aug 2026, including to open-source systems.', ['EU AI Act Art. 50', 'NIST AI 600-1 MP-5.1-003', 'ISO/IEC 42001 A.8.2'], null),
  item('PIL-08', 'pilot', 'security', 'Red-teamed for direct/indirect prompt injection and prompt leakage?', 'Prompt injection is the top LLM application risk; open-weight models differ widely in jailbreak resistance.', ['OWASP LLM01:2025', 'OWASP LLM07:2025', 'NIST AI 600-1 MS-2.7-007'], null),
  item('PIL-09', 'pilot', 'security', 'Tested for PII/secret leakage; output filtering in place?', 'Models repeat what they saw in context or training; leaks are personal-data incidents.', ['OWASP LLM02:2025', 'NIST AI 600-1 MS-2.10-001', 'NIST AI 600-1 MP-4.1-009'], null),
  item('PIL-10', 'pilot', 'security', 'Tools/actions least-privilege with human approval for side effects?', 'An agent with broad permissions turns a prompt injection into real actions.', ['OWASP LLM06:2025', 'EU AI Act Art. 26(2)', 'ISO/IEC 42001 A.9.2'], null),
  item('PIL-11', 'pilot', 'security', 'If RAG: per-tenant access control on the vector store?', 'Retrieval can return documents the user is not allowed to see.', ['OWASP LLM08:2025'], null),
  item('PIL-12', 'pilot', 'operational', 'Are prompts, outputs, model version and latency logged with a retention period (≥ 6 months if high-risk)?', 'Logs are the evidence for incidents, audits and regressions; high-risk deployers must keep them at least six months.', ['EU AI Act Art. 26(6)', 'ISO/IEC 42001 A.6.2.8'], 'log-retention'),
  item('PIL-13', 'pilot', 'operational', 'Have operators had AI-literacy training?', 'EU AI Act Art. 4 has required AI literacy of staff since 2 Feb 2025.', ['EU AI Act Art. 4', 'ISO/IEC 42001 A.4.6'], null),
  item('ART-PIL-1', 'pilot', 'business', 'Is the pilot deployed to a small team with its performance monitored and feedback collected?', 'Real users find failure modes the golden set does not contain; their feedback grows the set.', [`${ARTICLE} Pilot: small team, monitor performance, collect feedback`], null),
  item('ART-PIL-2', 'pilot', 'technical', 'Is the need for fine-tuning evaluated (and prompt/RAG alternatives tried first)?', 'Fine-tuning adds cost, re-evaluation duties and, above one third of the original compute, EU GPAI provider duties.', [`${ARTICLE} Pilot: evaluate fine-tuning`, 'NIST AI 600-1 MP-4.1-007'], null),
  // Production
  item('PRD-01', 'production', 'operational', 'SLOs (p95 TTFT, TPOT, error rate, availability) defined with alerts and an error budget?', 'Without SLOs and alerts, degradation is noticed by users first (common mistake 5).', ['SRE: SLOs and error budgets', 'ISO/IEC 42001 A.6.2.6', 'NIST AI RMF MANAGE 4.1', `${ARTICLE} operational: monitoring system`], 'slo-defined'),
  item('PRD-02', 'production', 'operational', 'Is failover to an API/secondary model configured and tested, and does it respect privacy/license limits?', 'Every serving stack fails sometimes; an untested fallback fails with it, and an API fallback must not receive data that may not leave the premises.', ['NIST AI 600-1 GV-6.2-001', 'NIST AI 600-1 GV-6.2-006', 'NIST AI RMF MANAGE 2.4', `${ARTICLE} operational: fallback strategy`], 'fallback-defined'),
  item('PRD-03', 'production', 'operational', 'New versions canaried; one-step rollback to previous weights?', 'A bad model or engine update must be reversible in minutes.', ['ML Test Score I6', 'ML Test Score I7', 'ISO/IEC 42001 A.6.2.5'], null),
  item('PRD-04', 'production', 'operational', 'Replicas cover peak + one failure; weights mirrored internally?', 'One machine is a single point of failure; upstream repositories can disappear.', ['NIST AI 600-1 GV-6.2-005', 'ISO/IEC 42001 A.4.5'], 'replicas'),
  item('PRD-05', 'production', 'operational', 'Production quality sampled (online evals, user feedback, drift)?', 'Inputs drift away from the golden set; quality must be measured where it matters.', ['NIST AI 600-1 MG-4.1-002', 'ML Test Score Mon7', 'ISO/IEC 42001 A.6.2.6'], null),
  item('PRD-06', 'production', 'operational', 'Incident runbook with deactivation criteria, escalation and serious-incident reporting?', 'Deployers of high-risk systems must suspend use and report serious incidents; a runbook makes that possible at 3 a.m.', ['NIST AI 600-1 MG-2.4-004', 'NIST AI 600-1 GV-6.2-003', 'EU AI Act Art. 26(5)', 'ISO/IEC 42001 A.8.4'], null),
  item('PRD-07', 'production', 'operational', 'Named owner, on-call and patch cadence for the serving stack; dependency alerts?', 'Self-hosting means owning the life cycle: engines and drivers need patches, models need upgrades.', ['ML Test Score Mon1', 'ISO/IEC 42001 A.3.2', 'NIST AI RMF MANAGE 3.2', `${ARTICLE} business: long-term maintenance plan`], null),
  item('PRD-08', 'production', 'business', 'SLA with internal consumers (and the API-fallback vendor) documented?', 'Consumers need to know what availability and latency to expect; the fallback vendor’s terms bound yours.', ['NIST AI 600-1 GV-6.1-004', 'NIST AI 600-1 GV-6.2-007', `${ARTICLE} business: SLA`], null),
  item('PRD-09', 'production', 'security', 'Security audit covered LLM01–LLM10, threat model, weight/image supply-chain scan?', 'LLM applications add attack surfaces that a classic application audit does not cover.', ['NIST AI 600-1 MS-2.7-001', 'NIST AI 600-1 GV-6.1-009', 'OWASP LLM03:2025', `${ARTICLE} operational: security audit process`], 'security-audit'),
  item('PRD-10', 'production', 'security', 'Rate limits, max tokens, timeouts and per-tenant quotas set?', 'Unbounded consumption exhausts GPUs or API budgets (denial of wallet).', ['OWASP LLM10:2025'], 'rate-limits'),
  item('PRD-11', 'production', 'legal', 'Inventory entry (model, version, license, data, owner) and FRIA/worker notice where applicable?', 'An AI inventory with license and provenance is the basis of every later review; Art. 26(7) and 27 add notices and impact assessments.', ['NIST AI 600-1 GV-1.6-003', 'ISO/IEC 42001 A.4.2', 'ISO/IEC 42001 A.5.2', 'EU AI Act Art. 26(7)', 'EU AI Act Art. 27'], 'inventory'),
  item('PRD-12', 'production', 'security', 'Grounding/citations, UI caveats and human review for consequential outputs?', 'Models state false things confidently; consequential decisions need a human in the loop.', ['OWASP LLM09:2025', 'NIST AI 600-1 MS-2.5-003', 'EU AI Act Art. 26(2)'], null),
  item('ART-PRD-1', 'production', 'operational', 'Is the serving infrastructure built with a CI/CD pipeline for prompts, configs and models?', 'Manual deployments are neither reproducible nor reversible.', [`${ARTICLE} Production: build infrastructure, CI/CD pipeline`], null),
  item('ART-PRD-2', 'production', 'operational', 'Is a monitoring dashboard for response quality, latency and error rate planned?', 'The article’s fifth common mistake: production deployment without monitoring.', [`${ARTICLE} Production: monitoring dashboard`, `${ARTICLE} mistake 5`], 'monitoring-planned'),
  item('ART-PRD-3', 'production', 'operational', 'Is the deployment documented (architecture, runbook, model and data cards)?', 'Documentation lets someone other than its author operate and audit the system.', [`${ARTICLE} Production: documentation`, 'ISO/IEC 42001 A.8.2'], null),
  // Optimization
  item('OPT-01', 'optimization', 'technical', 'Is every model/prompt/config update run against the same golden + safety suite before promotion?', 'Even minor model updates change behaviour; the same baseline data must judge them.', ['NIST AI 600-1 MG-3.1-003', 'NIST AI 600-1 MP-4.1-007', 'ML Test Score I4', 'Microsoft: foundation model life cycle', `${ARTICLE} operational: model update pipeline`], 'eval-diff'),
  item('OPT-02', 'optimization', 'technical', 'After fine-tuning: safety re-evaluated; compute vs the one-third threshold checked?', 'Fine-tuning can undo safety training; above one third of the original training compute the modifier becomes a GPAI model provider in the EU.', ['NIST AI 600-1 MS-2.7-008', 'NIST AI 600-1 MS-2.6-003', 'EU GPAI guidelines para 63', 'EU AI Act Art. 25'], 'fine-tune-threshold'),
  item('OPT-03', 'optimization', 'technical', 'Are quantization/batching/speculative-decoding changes re-checked for quality and goodput?', 'Quantization usually costs little quality, but only a benchmark on your data shows it (common mistake 2).', ['ML Test Score Mon6', 'ML Test Score Mon7', `${ARTICLE} mistake 2`, `${ARTICLE} Optimization: performance tuning`], 'quant-rechecked'),
  item('OPT-04', 'optimization', 'business', 'Are GPU utilisation and cost per token reviewed and right-sized?', 'An idle GPU costs electricity and capital; an overloaded one breaks latency targets.', ['NIST AI 600-1 MS-2.12-003', 'Microsoft MLOps L4', `${ARTICLE} Optimization: cost optimization`], 'utilisation-metrics'),
  item('OPT-05', 'optimization', 'operational', 'Is the golden set refreshed from production failures and the judge recalibrated?', 'A golden set that never grows stops catching the failures users actually see.', ['EV-3', 'EV-5', 'NIST AI 600-1 MG-3.2-004'], null),
  item('OPT-06', 'optimization', 'operational', 'Are model age, upstream advisories and license changes watched, with a decommission plan?', 'Models age, licenses change between versions and engines drop support; a decommission plan avoids being stuck.', ['ML Test Score Mon4', 'ML Test Score Mon1', 'NIST AI RMF GOVERN 1.7', 'NIST AI 600-1 MG-3.2-009', `${ARTICLE} Optimization: model upgrades`], 'model-age'),
  item('OPT-07', 'optimization', 'legal', 'Periodic re-assessment of risk, license and regulatory dates?', 'Regulatory dates move (the 2026 Digital Omnibus moved the Annex III date) and licenses are revised.', ['NIST AI RMF GOVERN 1.5', 'NIST AI 600-1 MS-2.7-009', 'ISO/IEC 42001 A.2.4'], null),
  item('ART-OPT-1', 'optimization', 'operational', "Is the team's capability being built (training, shared runbooks, knowledge transfer)?", 'Self-hosting depends on a few people; their knowledge must spread.', [`${ARTICLE} Optimization: team capability building`, 'ISO/IEC 42001 A.4.6'], null),
];

/** The article's five common mistakes (section 9), as warning definitions. */
export const COMMON_MISTAKES = [
  { id: 'MISTAKE-1', title: 'Choosing the largest model from the start', remedy: 'Start small and scale up; in many cases a 14B model is enough.' },
  { id: 'MISTAKE-2', title: 'Underestimating quantization quality', remedy: 'Q4_K_M is close to FP16 for most uses; always validate with a benchmark on your data.' },
  { id: 'MISTAKE-3', title: 'Insisting on API-only or local-only deployment', remedy: 'Hybrid: sensitive data local, bulk processing via API.' },
  { id: 'MISTAKE-4', title: 'Insufficient license review', remedy: 'Review the license with legal before adoption (e.g. Llama 4 user threshold and EU terms).' },
  { id: 'MISTAKE-5', title: 'Production deployment without monitoring', remedy: 'Monitor response quality, latency and error rate in real time.' },
] as const;
