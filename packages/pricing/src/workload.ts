import { DEFAULT_ASSUMPTIONS } from './assumptions.js';

/** Requests of one size class: their share of the daily tokens and their prompt size (decides context tiers). */
export interface RequestClass {
  /** Share of all daily tokens (input, output, reasoning alike) in requests of this size, 0..1. */
  readonly share: number;
  /** Input (prompt) tokens per request, cached ones included. */
  readonly inputTokensPerRequest: number;
}

/**
 * A workload as providers bill it (docs/methodology.md, "Workload").
 * Input tokens include the cached ones (OpenAI/Gemini convention); output tokens EXCLUDE reasoning
 * tokens, which are given separately and billed at the output rate once — if your usage log reports
 * `completion_tokens` that already include reasoning, pass them as output and leave reasoning at 0.
 */
export interface Workload {
  readonly inputTokensPerDay: number;
  readonly outputTokensPerDay: number;
  /** Share of input tokens read from the provider's prompt cache, 0..1. Default 0. */
  readonly cachedInputShare?: number;
  /** Share of input tokens written to the cache (billed at the cache-write rate where one exists), 0..1. Default 0. */
  readonly cacheWriteShare?: number;
  /** Hidden reasoning tokens per day, billed as output. Default 0. */
  readonly reasoningTokensPerDay?: number;
  /** Requests per day; with `inputTokensPerDay` gives the prompt size that decides context tiers. */
  readonly requestsPerDay?: number;
  /** Explicit request-size mix (shares sum to 1); overrides `requestsPerDay` for tier decisions. */
  readonly requestMix?: readonly RequestClass[];
  /** Default 30. */
  readonly daysPerMonth?: number;
  /** Month-over-month growth of every token count, e.g. 0.05 = +5%/month. Default 0. */
  readonly monthlyGrowth?: number;
  /** Share of traffic sent through a Batch API (where the offer has a batch rate card), 0..1. Default 0. */
  readonly batchShare?: number;
  /** Share of traffic in the offer's off-peak window (where it has one), 0..1. Default 0. */
  readonly offPeakShare?: number;
}

/** A problem with an input: the field path, what was expected and what was found. */
export interface InputIssue {
  readonly path: string;
  readonly expected: string;
  readonly found: string;
}

/** A workload with every default filled in. `mix` is undefined when the prompt size is unknown. */
export interface ResolvedWorkload {
  readonly inputTokensPerDay: number;
  readonly outputTokensPerDay: number;
  readonly cachedInputShare: number;
  readonly cacheWriteShare: number;
  readonly reasoningTokensPerDay: number;
  readonly mix: readonly RequestClass[] | undefined;
  readonly daysPerMonth: number;
  readonly monthlyGrowth: number;
  readonly batchShare: number;
  readonly offPeakShare: number;
  /** Names of the fields that took their default. */
  readonly defaulted: readonly string[];
}

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function checkNumber(
  issues: InputIssue[],
  path: string,
  value: unknown,
  rule: { min?: number; max?: number; positive?: boolean; optional?: boolean },
): void {
  if (value === undefined && rule.optional) return;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (rule.positive ? value > 0 : value >= (rule.min ?? 0)) &&
    (rule.max === undefined || value <= rule.max);
  if (ok) return;
  const range = rule.positive
    ? 'a finite number > 0'
    : rule.max === undefined
      ? `a finite number ≥ ${rule.min ?? 0}`
      : `a number from ${rule.min ?? 0} to ${rule.max}`;
  issues.push({ path, expected: range, found: describe(value) });
}

/** Checks a workload; an empty list means it is valid. */
export function validateWorkload(workload: Workload): InputIssue[] {
  const issues: InputIssue[] = [];
  checkNumber(issues, 'inputTokensPerDay', workload.inputTokensPerDay, {});
  checkNumber(issues, 'outputTokensPerDay', workload.outputTokensPerDay, {});
  checkNumber(issues, 'cachedInputShare', workload.cachedInputShare, { max: 1, optional: true });
  checkNumber(issues, 'cacheWriteShare', workload.cacheWriteShare, { max: 1, optional: true });
  checkNumber(issues, 'reasoningTokensPerDay', workload.reasoningTokensPerDay, { optional: true });
  checkNumber(issues, 'requestsPerDay', workload.requestsPerDay, { positive: true, optional: true });
  checkNumber(issues, 'daysPerMonth', workload.daysPerMonth, { positive: true, max: 31, optional: true });
  checkNumber(issues, 'monthlyGrowth', workload.monthlyGrowth, { min: -1, optional: true });
  checkNumber(issues, 'batchShare', workload.batchShare, { max: 1, optional: true });
  checkNumber(issues, 'offPeakShare', workload.offPeakShare, { max: 1, optional: true });
  if ((workload.cachedInputShare ?? 0) + (workload.cacheWriteShare ?? 0) > 1 + 1e-12) {
    issues.push({
      path: 'cachedInputShare',
      expected: 'cachedInputShare + cacheWriteShare ≤ 1',
      found: describe((workload.cachedInputShare ?? 0) + (workload.cacheWriteShare ?? 0)),
    });
  }
  if ((workload.batchShare ?? 0) + (workload.offPeakShare ?? 0) > 1 + 1e-12) {
    issues.push({
      path: 'batchShare',
      expected: 'batchShare + offPeakShare ≤ 1',
      found: describe((workload.batchShare ?? 0) + (workload.offPeakShare ?? 0)),
    });
  }
  if (workload.requestMix !== undefined) {
    let sum = 0;
    workload.requestMix.forEach((c, i) => {
      checkNumber(issues, `requestMix[${i}].share`, c.share, { max: 1 });
      checkNumber(issues, `requestMix[${i}].inputTokensPerRequest`, c.inputTokensPerRequest, {});
      sum += Number.isFinite(c.share) ? c.share : 0;
    });
    if (Math.abs(sum - 1) > 1e-9) {
      issues.push({ path: 'requestMix', expected: 'shares summing to 1', found: describe(sum) });
    }
  }
  return issues;
}

/** Fills in defaults (DEFAULT_ASSUMPTIONS). Throws a RangeError listing the issues for an invalid workload. */
export function resolveWorkload(workload: Workload): ResolvedWorkload {
  const issues = validateWorkload(workload);
  if (issues.length > 0) {
    throw new RangeError(
      `invalid workload: ${issues.map((i) => `${i.path}: expected ${i.expected}, found ${i.found}`).join('; ')}`,
    );
  }
  const defaulted: string[] = [];
  const pick = <K extends keyof typeof DEFAULT_ASSUMPTIONS>(name: K, given: number | undefined): number => {
    if (given !== undefined) return given;
    defaulted.push(name);
    return DEFAULT_ASSUMPTIONS[name].value as number;
  };
  let mix: readonly RequestClass[] | undefined = workload.requestMix;
  if (mix === undefined && workload.requestsPerDay !== undefined) {
    mix = [{ share: 1, inputTokensPerRequest: workload.inputTokensPerDay / workload.requestsPerDay }];
  }
  return {
    inputTokensPerDay: workload.inputTokensPerDay,
    outputTokensPerDay: workload.outputTokensPerDay,
    cachedInputShare: pick('cachedInputShare', workload.cachedInputShare),
    cacheWriteShare: pick('cacheWriteShare', workload.cacheWriteShare),
    reasoningTokensPerDay: pick('reasoningTokensPerDay', workload.reasoningTokensPerDay),
    mix,
    daysPerMonth: pick('daysPerMonth', workload.daysPerMonth),
    monthlyGrowth: pick('monthlyGrowth', workload.monthlyGrowth),
    batchShare: pick('batchShare', workload.batchShare),
    offPeakShare: pick('offPeakShare', workload.offPeakShare),
    defaulted,
  };
}

/** The same workload with every token count multiplied by `factor` (growth, hybrid splits, utilisation). */
export function scaleWorkload(workload: Workload, factor: number): Workload {
  return {
    ...workload,
    inputTokensPerDay: workload.inputTokensPerDay * factor,
    outputTokensPerDay: workload.outputTokensPerDay * factor,
    reasoningTokensPerDay:
      workload.reasoningTokensPerDay === undefined ? undefined : workload.reasoningTokensPerDay * factor,
    // Request count scales with volume so the prompt size (and thus the context tier) stays the same.
    requestsPerDay:
      workload.requestsPerDay === undefined || !(factor > 0) ? workload.requestsPerDay : workload.requestsPerDay * factor,
  };
}
