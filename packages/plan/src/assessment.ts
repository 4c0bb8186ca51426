/**
 * `Assessment`: everything the app and the report show about one plan, computed by
 * `assess(plan, catalog)`. Plain data (JSON-serialisable, no functions, no Dates), so the report's
 * `--json` output is this object and a golden file can hold it. Shapes here are self-contained:
 * they copy what the app needs from the leaf packages instead of re-exporting their types, so this
 * contract stays stable while those packages evolve.
 *
 * Units: bytes, seconds, tokens, and the cost currency (`cost.currency`). Any field that may be
 * unknown is `null`, never 0.
 */
import type { ArticleComparison } from './article-comparison.js';
import type { ChecklistStatus, Engine, PhaseId, UseCase } from './plan-schema.js';

/** A fact's provenance as the catalog stores it. */
export interface SourceRef {
  /** URL or named document. */
  source: string;
  kind: 'primary' | 'secondary';
  /** `YYYY-MM-DD`. */
  asOf: string;
}

/** One fact used by the assessment, with where it comes from (printed in the report's sources section). */
export interface FactSource extends SourceRef {
  /** Human sentence naming the fact, e.g. "Qwen3-14B context: 32,768 tokens native". */
  fact: string;
}

/** An input the numbers depend on, with its value (defaults included, so the report can print them). */
export interface AssumptionRecord {
  name: string;
  value: number | string | boolean | null;
  unit: string;
  /** `plan` when the plan file set it, else where the default comes from (e.g. `pricing default`, a URL). */
  source: string;
}

/** A score component in 0..1 and the sentence that explains it. `value` null = not applicable / unknown. */
export interface ScorePart {
  value: number | null;
  /** Weight in the total (0..1; weights of applicable parts are renormalised). */
  weight: number;
  reason: string;
}

export interface Recommendation {
  modelId: string;
  name: string;
  /** 1 = best. Excluded models are ranked after every eligible model. */
  rank: number;
  /** Weighted sum of the applicable breakdown parts, 0..1. 0 when excluded. */
  score: number;
  breakdown: {
    taskFit: ScorePart;
    licenseFit: ScorePart;
    hardwareFit: ScorePart;
    cost: ScorePart;
    context: ScorePart;
    languages: ScorePart;
  };
  /** Set when a blocker removes the model from the shortlist (license blocker, context far too small, data may not leave premises and no way to run it). */
  excluded: { reason: string; code: string } | null;
  /** Checkable sentences: which benchmark, which clause, which size. */
  reasons: string[];
  /** Suggested deployment for this model: smallest quantization that fits the hardware on hand, or null. */
  suggestedQuant: string | null;
  /** Benchmarks used for task fit, with sources. */
  evidence: Array<{ useCase: UseCase; benchmark: string; score: number; unit: string; source: SourceRef }>;
}

export interface MemoryBreakdown {
  weightsBytes: number;
  kvCacheBytes: number;
  overheadBytes: number;
  totalBytes: number;
  /** Labelled parts as sizing reports them (e.g. "compute buffers"), for the detail view. */
  parts: Array<{ label: string; bytes: number }>;
}

/** As the sizing package reports it. */
export type FitVerdict = 'fits' | 'fits-tight' | 'needs-more-gpus' | 'needs-offload' | 'does-not-fit';

export interface FitResult {
  verdict: FitVerdict;
  /** Device memory minus total need (negative = short by this much), across all devices. */
  spareBytes: number;
  /** Devices of this kind needed to hold it entirely. null when unknown. */
  gpusNeeded: number | null;
  /** Layers that would run on the CPU (offload), 0 when all fit. */
  offloadLayers: number;
  /**
   * Host RAM the offload needs, bytes: offloaded layers + their KV cache + token embeddings
   * (methodology §Host memory for offload). 0 when nothing is offloaded; also set when the verdict is
   * `does-not-fit` because the host lacks it. Always set by assess (optional for older assessments).
   */
  hostMemoryNeededBytes?: number;
  /** Host RAM the plan gives (`hardware.hostMemoryGb` × 2^30), bytes; null when not given (then not checked). */
  hostMemoryBytes?: number | null;
  /** The share of it offload may use (sizing's HOST_USABLE_FRACTION × hostMemoryBytes), bytes; null when not given. */
  hostMemoryUsableBytes?: number | null;
  /** Largest context that fits at this concurrency, tokens; computed for the first candidate only (null for the others). */
  maxContextTokens: number | null;
  reasons: string[];
}

export interface SpeedRange {
  low: number;
  typical: number;
  high: number;
}

export interface SpeedEstimate {
  /** Decode speed per sequence, tokens/s (memory-bandwidth bound; an estimate). */
  decode: SpeedRange;
  /** Prefill speed, tokens/s (compute bound; an estimate). */
  prefill: SpeedRange | null;
  /** Time to first token for the profile's context, seconds (typical). */
  ttftSeconds: number | null;
  /** Calibration error of the decode estimate, percent (from sizing's measured data). */
  typicalErrorPct: number | null;
}

export interface CandidateAssessment {
  /** Index in `plan.candidates`. */
  index: number;
  modelId: string;
  modelName: string;
  quant: string;
  engine: Engine;
  /** Human label of the hardware, e.g. "1 × NVIDIA GeForce RTX 4090". */
  hardwareLabel: string;
  hardware: { id: string | null; count: number; memoryBytesEach: number; bandwidthBytesPerSecond: number };
  contextTokens: number;
  concurrency: number;
  /** null when the model or hardware is unknown (see `problems`). */
  memory: MemoryBreakdown | null;
  fit: FitResult | null;
  speed: SpeedEstimate | null;
  /**
   * The same model at other quantizations on the same hardware: does quantization change the picture?
   * Rows other than the chosen quantization use one memory estimate against all devices' usable memory.
   */
  quantTable: Array<{ quant: string; totalBytes: number; fits: boolean; decodeTypical: number | null }>;
  recipe: { ollama: string | null; llamaCpp: string | null; vllm: string | null } | null;
  /** Why some fields are null (unknown model id, unknown GPU, unsupported quantization). */
  problems: string[];
}

export interface CostScenario {
  /** Stable id: `api:<offer id>` or `local:<candidate index>`. */
  id: string;
  kind: 'api' | 'local';
  label: string;
  /**
   * Cost per month in the first month: the API bill, or for local hardware the amortised purchase
   * (net of resale) + electricity + operations (+ rental). The cumulative series below is cash:
   * purchase at month 0, then the running cost only.
   */
  monthlyCost: number;
  /** Up-front cost (hardware purchase), 0 for API. */
  upfrontCost: number;
  /** Cost per million tokens (input + output) at this workload. null when no tokens. */
  costPerMTok: number | null;
  /**
   * Months until buying local hardware pays for itself (docs/methodology.md, "Break-even"). For an API
   * scenario: the first local scenario against this API. For a local scenario: against the cheapest API
   * that is not retired. Flat volume: upfront / (API monthly − local running monthly), null when the
   * running cost is not below the API bill. Growing volume: where cumulative local cash (extra machines
   * included) meets the API's, found month by month, null when not within pricing's 60-month horizon.
   * Also null when the local setup cannot serve the workload or there is nothing to compare with.
   */
  breakEvenMonths: number | null;
  /** Id of the scenario the break-even is computed against (`local:<i>` or `api:<offer>`), or null. */
  breakEvenAgainst: string | null;
  /**
   * How pricing found `breakEvenMonths`: `flat` (the closed form, no growth), `month-by-month` (growing
   * volume), `cannot-serve` (the local setup cannot serve the workload: never). null when there is
   * nothing to compare with. Optional only so Assessments built before it existed still type-check.
   */
  breakEvenMethod?: 'flat' | 'month-by-month' | 'cannot-serve' | null;
  /**
   * Pricing's own explanation of `breakEvenMonths` (`BreakEven.reason`), e.g. "2600.00 USD upfront /
   * 1234.56 USD saved per month" or "never within 60 months: with monthly growth 5%, local cumulative cash
   * stays above the API total". null when there is nothing to compare with.
   */
  breakEvenReason?: string | null;
  /** Cumulative cost at month 0..24 (25 values), upfront included at month 0. */
  cumulative: number[];
  /** Inputs used, e.g. rates per MTok, electricity per month. */
  assumptions: AssumptionRecord[];
  source: SourceRef | null;
}

export interface CostSection {
  currency: string;
  scenarios: CostScenario[];
  /**
   * Candidates whose model cannot run on their hardware (verdict `needs-more-gpus`, e.g. "needs 8 × NVIDIA
   * H100 SXM 80GB; the plan lists 4 (…)", or `does-not-fit`, e.g. too little host RAM for the offload): no
   * speed and no local cost are computed for them; the reason says why.
   */
  cannotServe?: Array<{ id: string; label: string; reason: string }>;
  assumptions: AssumptionRecord[];
  /** Why a comparison could not be made (unknown offer id, no price for the hardware). */
  problems: string[];
}

/** As in @llm-adopt/licenses, most severe first: `obligation` = allowed, but you must do something. */
export type Severity = 'blocker' | 'warning' | 'obligation' | 'info';

/** A license or compliance finding with the clause it comes from. */
export interface Finding {
  id: string;
  severity: Severity;
  topic: string;
  /** What applies, in plain words. */
  message: string;
  /** What the team must do, one imperative sentence (never empty; "Nothing to do; …" for information that asks nothing). */
  action: string;
  /** License id (SPDX or LicenseRef-…), null for regulation findings. */
  license: string | null;
  /** Section/article the finding cites, e.g. "§2" or "Art. 53(2)". */
  section: string | null;
  /** Verbatim quote of the clause, when available. */
  quote: string | null;
  url: string | null;
  /** Id of the clause or provision cited, null when none. */
  clause: string | null;
}

export interface ModelFinding extends Finding {
  /** Catalog model id the finding concerns. */
  model: string;
}

export type AutoResult = 'pass' | 'fail' | 'unknown';

export type ItemKind = 'technical' | 'business' | 'operational' | 'security' | 'legal';

export interface ChecklistItemState {
  id: string;
  phase: PhaseId;
  kind: ItemKind;
  question: string;
  why: string;
  /** Framework ids (NIST AI RMF, AI 600-1, ISO/IEC 42001, EU AI Act, OWASP LLM 2025, ML Test Score, article). */
  frameworks: string[];
  /** Present for automated items: the check's result on this plan. */
  auto: { check: string; result: AutoResult; reason: string; estimate: boolean } | null;
  /** The team's status from the plan (absent in the plan = `todo`). */
  status: ChecklistStatus;
  owner: string | null;
  due: string | null;
  notes: string | null;
  evidence: string | null;
}

export interface Readiness {
  /** 0..1; see docs/plan-file.md "Readiness". */
  score: number;
  automated: { done: number; total: number };
  manual: { done: number; total: number };
  /** The item kind with the lowest completion share (ties: first in kind order), null when no items. */
  weakestKind: ItemKind | null;
}

export interface PhaseState {
  id: PhaseId;
  name: string;
  /** From the article's roadmap: PoC 2–4 weeks, Pilot 4–8, Production 8–12; Optimization ongoing (null). */
  durationWeeks: { min: number; max: number } | null;
  start: string | null;
  end: string | null;
  /** The article's tasks for this phase. */
  tasks: string[];
  readiness: Readiness;
  items: ChecklistItemState[];
}

export interface Warning {
  /** `MISTAKE-1` … `MISTAKE-5` for the article's common mistakes; other ids for other warnings. */
  id: string;
  message: string;
  why: string;
}

export interface Assessment {
  planId: string;
  project: string;
  /** The plan's `reportDate`, or null. Never the clock. */
  generatedFor: string | null;
  /** One paragraph describing the profile in words. */
  profileSummary: string;
  recommendations: Recommendation[];
  candidates: CandidateAssessment[];
  cost: CostSection;
  licenseFindings: ModelFinding[];
  /** License chain per model (repo license + upstream base-model licenses). */
  licenseChains: Array<{ model: string; licenses: string[] }>;
  /** Models × topics comparison (rows = models considered; cells = short verdicts). */
  licenseMatrix: { topics: string[]; rows: Array<{ model: string; license: string; cells: string[] }> };
  complianceFindings: Finding[];
  checklist: { phases: PhaseState[] };
  warnings: Warning[];
  risks: string[];
  openQuestions: string[];
  sources: FactSource[];
  assumptions: AssumptionRecord[];
  /** Findings of severity `blocker` plus checklist auto-checks that fail in the PoC phase. */
  blockers: number;
  summary: {
    /** The plan's first candidate model (the deployment it is about), else the top eligible recommendation. */
    recommendedModel: string | null;
    /** The first candidate's quantization, else the top recommendation's suggested one. */
    quant: string | null;
    /** The first candidate's hardware label, else null. */
    hardware: string | null;
    deploymentMode: 'local' | 'api' | 'hybrid';
    /** Monthly cost of the first local candidate if any, else of the cheapest API scenario. */
    monthlyCost: number | null;
    openBlockers: number;
  };
  /** Our ranking next to the comparison article's use-case table, per use case of the plan, with why they differ. */
  articleComparison: ArticleComparison[];
  /** Problems with the plan itself (unknown ids etc.), one sentence each. */
  problems: string[];
}
