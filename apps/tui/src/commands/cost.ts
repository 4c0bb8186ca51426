import { parseArgs } from 'node:util';
import { type Catalog, findHardware, findModel, findOffer, suggest } from '@llm-adopt/catalog';
import {
  type Assumption,
  bestHybridSplit,
  breakEvenUtilisation,
  type CurrencyOptions,
  compareScenarios,
  costRange,
  DEFAULT_UNCERTAINTY,
  DEFAULT_UNCERTAINTY_FACTORS,
  conversionProblem,
  DEFAULT_ASSUMPTIONS,
  ELECTRICITY_USD_PER_KWH_BY_REGION,
  type ElectricityRegion,
  type LocalCost,
  type LocalSetup,
  localMonthlyCost,
  type PricedOffer,
  roundCents,
  type Scenario,
  USD,
  validateWorkload,
  type Workload,
} from '@llm-adopt/pricing';
import { estimateSpeed, findQuantization, fit, type HardwareSpec, type QuantId } from '@llm-adopt/sizing';
import { sanitizeForTerminal } from '../terminal-text.js';
import { catalogWithFiles, reportCatalogIssues } from './catalog-files.js';
import { EXIT_OK, UsageError } from './command.js';

const HELP = `llm-adopt cost — API bills vs a local machine: monthly cost, cost per 1M tokens, break-even.

Usage:
  llm-adopt cost --input-tokens-per-day N --output-tokens-per-day N [options]

Workload:
  --input-tokens-per-day N      prompt tokens a day, cached ones included (required)
  --output-tokens-per-day N     generated tokens a day, reasoning excluded (required)
  --cached-share F              share of input read from the provider's cache, 0..1 (default 0)
  --reasoning-tokens-per-day N  hidden reasoning tokens, billed once at the output rate (default 0)
  --requests-per-day N          decides long-context tiers (prompt size = input / requests)
  --days-per-month N            default 30
  --monthly-growth F            e.g. 0.05 for +5% a month (default 0)
  --batch-share F               share of traffic on a Batch API (default 0)
  --off-peak-share F            share of traffic in the off-peak window (default 0)

API scenarios:
  --model ID                    offers in the catalog that serve this model
  --offer ID                    a catalog offer, e.g. openai/gpt-4o (repeatable)
  --litellm FILE                LiteLLM's model_prices_and_context_window.json: its chat entries become
                                offers (id provider/key, e.g. openai/gpt-4o) that replace the built-in
                                ones of the same id; pick them with --offer (repeatable; bad file exits 2)
  --catalog FILE                merge a user catalog file: models, GPUs, offers (repeatable)

Local scenario (with --gpu, --hardware-price or --rental-usd-per-hour):
  --gpu ID                      catalog GPU (price, board power)
  --gpus N                      GPUs per machine (default 1)
  --hardware-price USD          per GPU (default: catalog price)
  --host-cost USD               host PC per machine (default 1000)
  --power-watts W               whole machine at load (default: GPUs × board power + 150 W)
  --idle-watts W                whole machine idle (default 80)
  --electricity-usd-per-kwh X   (default: --region price)
  --region R                    ${Object.keys(ELECTRICITY_USD_PER_KWH_BY_REGION).join(', ')} (default us-residential)
  --amortization-months M       default 36
  --resale-share F              share of purchase recovered at the end (default 0)
  --ops-usd-per-month N         per machine (default 0)
  --rental-usd-per-hour X       rent per GPU-hour instead of buying
  --hours-on-per-day H          hours a day the machine is on (default 24)
  --duty-cycle F                share of on-hours at load (default: from the workload and speeds)
  --decode-tps N                generation speed of one machine, tokens/s (default: sizing estimate for --model)
  --prefill-tps N               prompt speed of one machine, tokens/s (default: sizing estimate for --model)
  --quant Q                     quantization for the speed estimate (default Q4_K_M)
  --concurrency N               sequences served at once for the speed estimate (default 1)
  --host-memory-gb N            RAM of the machine in GiB as the OS reports it (64 = 64 × 2^30 bytes), with
                                --model: partial offload is checked against 80% of it, as in llm-adopt size.
                                A model that does not fit (too little GPU memory, too few GPUs, too little
                                RAM for the offload) gets no local cost: "cannot serve on this hardware: …"

Output:
  --currency CODE --rate R      show amounts in CODE at R units per 1 USD (e.g. --currency KRW --rate 1400)
  --months N                    months of the cumulative chart (default 24)
  --json                        one JSON document: { "scenarios": [...] }

Amounts are computed unrounded and rounded to 2 decimals for display and JSON. No colour is used (NO_COLOR is always honoured).
Formulas: docs/methodology.md, "Pricing".
`;

const OPTIONS = {
  model: { type: 'string' },
  'input-tokens-per-day': { type: 'string' },
  'output-tokens-per-day': { type: 'string' },
  'cached-share': { type: 'string' },
  'reasoning-tokens-per-day': { type: 'string' },
  'requests-per-day': { type: 'string' },
  'days-per-month': { type: 'string' },
  'monthly-growth': { type: 'string' },
  'batch-share': { type: 'string' },
  'off-peak-share': { type: 'string' },
  offer: { type: 'string', multiple: true },
  litellm: { type: 'string', multiple: true },
  catalog: { type: 'string', multiple: true },
  gpu: { type: 'string' },
  gpus: { type: 'string' },
  'hardware-price': { type: 'string' },
  'host-cost': { type: 'string' },
  'power-watts': { type: 'string' },
  'idle-watts': { type: 'string' },
  'electricity-usd-per-kwh': { type: 'string' },
  region: { type: 'string' },
  'amortization-months': { type: 'string' },
  'resale-share': { type: 'string' },
  'ops-usd-per-month': { type: 'string' },
  'rental-usd-per-hour': { type: 'string' },
  'hours-on-per-day': { type: 'string' },
  'duty-cycle': { type: 'string' },
  quant: { type: 'string' },
  concurrency: { type: 'string' },
  'host-memory-gb': { type: 'string' },
  'decode-tps': { type: 'string' },
  'prefill-tps': { type: 'string' },
  currency: { type: 'string' },
  rate: { type: 'string' },
  months: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = Partial<Record<keyof typeof OPTIONS, string | string[] | boolean>>;

interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly positive?: boolean;
  readonly integer?: boolean;
}

/** Reads a numeric flag; bad input names the flag, what was expected and what was found. */
function numberFlag(values: Values, flag: keyof typeof OPTIONS, rule: NumberRule = {}): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const text = String(raw).trim();
  const value = text === '' ? Number.NaN : Number(text);
  const min = rule.min ?? 0;
  const ok =
    Number.isFinite(value) &&
    (rule.positive ? value > 0 : value >= min) &&
    (rule.max === undefined || value <= rule.max) &&
    (!rule.integer || Number.isInteger(value));
  if (!ok) {
    const expected = rule.integer
      ? `an integer ≥ ${rule.positive ? 1 : min}`
      : rule.positive
        ? 'a number > 0'
        : rule.max === undefined
          ? `a number ≥ ${min}`
          : `a number from ${min} to ${rule.max}`;
    throw new UsageError(`--${flag}: expected ${expected}, found "${sanitizeForTerminal(text)}"`);
  }
  return value;
}

function requiredNumber(values: Values, flag: keyof typeof OPTIONS, rule?: NumberRule): number {
  const value = numberFlag(values, flag, rule);
  if (value === undefined) throw new UsageError(`--${flag} is required (see llm-adopt cost --help)`);
  return value;
}

/** `--flag -5` would be read as two flags; join it to `--flag=-5` so the value check can name the flag and the number. */
function joinNegativeNumbers(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    const option = OPTIONS[name as keyof typeof OPTIONS] as { type: string } | undefined;
    if (option?.type === 'string' && next !== undefined && /^-(\d|\.\d|Infinity)/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

function parse(argv: string[]): Values {
  try {
    return parseArgs({ args: joinNegativeNumbers(argv), options: OPTIONS, strict: true, allowPositionals: false })
      .values as Values;
  } catch (error) {
    // node:util messages name the flag ("Unknown option '--foo'"); keep them on one line.
    throw new UsageError(sanitizeForTerminal(error instanceof Error ? error.message : String(error)));
  }
}

const WORKLOAD_FLAGS: Record<string, string> = {
  inputTokensPerDay: 'input-tokens-per-day',
  outputTokensPerDay: 'output-tokens-per-day',
  cachedInputShare: 'cached-share',
  reasoningTokensPerDay: 'reasoning-tokens-per-day',
  requestsPerDay: 'requests-per-day',
  daysPerMonth: 'days-per-month',
  monthlyGrowth: 'monthly-growth',
  batchShare: 'batch-share',
  offPeakShare: 'off-peak-share',
};

function readWorkload(values: Values): Workload {
  const workload = readWorkloadFlags(values);
  // Cross-field rules (batch + off-peak ≤ 1) that single-flag parsing cannot see.
  const issue = validateWorkload(workload)[0];
  if (issue) {
    const flag = WORKLOAD_FLAGS[issue.path] ?? issue.path;
    const expected = issue.expected.replace(/[a-zA-Z]+Share/g, (k) => `--${WORKLOAD_FLAGS[k] ?? k}`);
    throw new UsageError(`--${flag}: expected ${expected}, found ${issue.found}`);
  }
  return workload;
}

function readWorkloadFlags(values: Values): Workload {
  return {
    inputTokensPerDay: requiredNumber(values, 'input-tokens-per-day'),
    outputTokensPerDay: requiredNumber(values, 'output-tokens-per-day'),
    cachedInputShare: numberFlag(values, 'cached-share', { max: 1 }),
    reasoningTokensPerDay: numberFlag(values, 'reasoning-tokens-per-day'),
    requestsPerDay: numberFlag(values, 'requests-per-day', { positive: true }),
    daysPerMonth: numberFlag(values, 'days-per-month', { positive: true, max: 31 }),
    monthlyGrowth: numberFlag(values, 'monthly-growth', { min: -1 }),
    batchShare: numberFlag(values, 'batch-share', { max: 1 }),
    offPeakShare: numberFlag(values, 'off-peak-share', { max: 1 }),
  };
}

function readCurrency(values: Values): CurrencyOptions {
  const code = values.currency === undefined ? undefined : String(values.currency).trim().toUpperCase();
  const rate = numberFlag(values, 'rate', { positive: true });
  if (code === undefined) {
    if (rate !== undefined) throw new UsageError('--rate needs --currency (e.g. --currency KRW --rate 1400)');
    return USD;
  }
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new UsageError(`--currency: expected a 3-letter ISO 4217 code, found "${sanitizeForTerminal(code)}"`);
  }
  if (code === 'USD') return USD;
  if (rate === undefined) throw new UsageError(`--rate is required with --currency ${code} (units of ${code} per 1 USD)`);
  return { currency: code, unitsPerUsd: { [code]: rate }, rateSource: `user-given rate (--rate ${rate})` };
}

function readOffers(values: Values, catalog: Catalog): PricedOffer[] {
  const offers: PricedOffer[] = [];
  const add = (offer: PricedOffer) => {
    if (!offers.some((o) => o.id === offer.id)) offers.push(offer);
  };
  if (values.model !== undefined) {
    const name = String(values.model);
    const model = findModel(catalog, name);
    if (!model) {
      const hint = suggest(name, catalog.models.map((m) => m.id));
      throw new UsageError(
        `--model: unknown model "${sanitizeForTerminal(name)}"${hint.length ? `; did you mean ${hint.join(', ')}?` : ''}`,
      );
    }
    for (const offer of catalog.offers) if (offer.modelId === model.id) add(offer);
  }
  for (const id of (values.offer as string[] | undefined) ?? []) {
    const offer = findOffer(catalog, id);
    if (!offer) {
      const hint = suggest(id, catalog.offers.map((o) => o.id));
      throw new UsageError(
        `--offer: unknown offer "${sanitizeForTerminal(id)}"${hint.length ? `; did you mean ${hint.join(', ')}?` : ''}`,
      );
    }
    add(offer);
  }
  return offers;
}

interface LocalInput {
  readonly id: string;
  readonly label: string;
  readonly setup: LocalSetup;
  readonly assumptions: Record<string, Assumption>;
  /** Relative error of the speeds when sizing estimated them. */
  readonly speedError?: number;
}

function readLocal(values: Values, catalog: Catalog): LocalInput | undefined {
  const wantsLocal =
    values.gpu !== undefined || values['hardware-price'] !== undefined || values['rental-usd-per-hour'] !== undefined;
  if (!wantsLocal) return undefined;
  const assumptions: Record<string, Assumption> = {};
  const defaulted = (key: string, a: Assumption) => {
    assumptions[key] = { ...a, isDefault: true };
    return a.value as number;
  };

  let hardware: ReturnType<typeof findHardware>;
  if (values.gpu !== undefined) {
    const name = String(values.gpu);
    hardware = findHardware(catalog, name);
    if (!hardware) {
      const hint = suggest(name, catalog.hardware.map((h) => h.id));
      throw new UsageError(
        `--gpu: unknown GPU "${sanitizeForTerminal(name)}"${hint.length ? `; did you mean ${hint.join(', ')}?` : ''}`,
      );
    }
  }
  const gpus = numberFlag(values, 'gpus', { positive: true, integer: true }) ?? 1;
  const rental = numberFlag(values, 'rental-usd-per-hour');

  let price = numberFlag(values, 'hardware-price');
  if (price === undefined) {
    if (rental !== undefined) price = 0;
    else if (hardware?.price) {
      price = hardware.price.usd;
      assumptions.hardwarePriceUsd = {
        value: price,
        unit: 'USD per GPU',
        source: `catalog: ${hardware.price.kind} as of ${hardware.price.asOf}, ${hardware.price.source.source}`,
        isDefault: true,
      };
    } else {
      throw new UsageError(
        `--hardware-price is required: the catalog has no price for ${hardware ? `GPU "${hardware.id}"` : 'this setup'}`,
      );
    }
  }

  let powerLoad = numberFlag(values, 'power-watts');
  if (powerLoad === undefined) {
    if (!hardware) throw new UsageError('--power-watts is required without --gpu (whole machine at load, watts)');
    const host = DEFAULT_ASSUMPTIONS.hostPowerWatts.value;
    powerLoad = gpus * hardware.tdpWatts + host;
    assumptions.powerWattsLoad = {
      value: powerLoad,
      unit: 'W per machine at load',
      source: `${gpus} × ${hardware.tdpWatts} W board power (catalog, ${hardware.source.source}) + ${host} W host (${DEFAULT_ASSUMPTIONS.hostPowerWatts.source})`,
      isDefault: true,
    };
  }

  let electricity = numberFlag(values, 'electricity-usd-per-kwh');
  if (electricity === undefined) {
    const region = String(values.region ?? 'us-residential');
    if (!(region in ELECTRICITY_USD_PER_KWH_BY_REGION)) {
      throw new UsageError(
        `--region: expected one of ${Object.keys(ELECTRICITY_USD_PER_KWH_BY_REGION).join(', ')}, found "${sanitizeForTerminal(region)}"`,
      );
    }
    electricity = defaulted('electricityUsdPerKwh', ELECTRICITY_USD_PER_KWH_BY_REGION[region as ElectricityRegion]);
  } else if (values.region !== undefined) {
    throw new UsageError('--region and --electricity-usd-per-kwh both set the electricity price; give one');
  }

  const speed = readSpeed(values, hardware, gpus, assumptions, catalog);
  const setup: LocalSetup = {
    hardwarePriceUsd: price,
    gpuCount: gpus,
    hostCostUsd: numberFlag(values, 'host-cost') ?? defaulted('hostCostUsd', DEFAULT_ASSUMPTIONS.hostCostUsd),
    amortizationMonths:
      numberFlag(values, 'amortization-months', { positive: true }) ??
      defaulted('amortizationMonths', DEFAULT_ASSUMPTIONS.amortizationMonths),
    resaleShare: numberFlag(values, 'resale-share', { max: 1 }) ?? defaulted('resaleShare', DEFAULT_ASSUMPTIONS.resaleShare),
    rentalUsdPerHour: rental,
    powerWattsLoad: powerLoad,
    powerWattsIdle: numberFlag(values, 'idle-watts') ?? defaulted('powerWattsIdle', DEFAULT_ASSUMPTIONS.powerWattsIdle),
    electricityUsdPerKwh: electricity,
    opsUsdPerMonth:
      numberFlag(values, 'ops-usd-per-month') ?? defaulted('opsUsdPerMonth', DEFAULT_ASSUMPTIONS.opsUsdPerMonth),
    decodeTokensPerSecond: speed.decode,
    prefillTokensPerSecond: speed.prefill,
    // Sizing says the model does not run on this machine: pricing then prices nothing (methodology §Local cost).
    ...(speed.cannotRun !== undefined ? { cannotRun: speed.cannotRun } : {}),
    hoursOnPerDay: numberFlag(values, 'hours-on-per-day', { positive: true, max: 24 }),
    dutyCycle: numberFlag(values, 'duty-cycle', { max: 1 }),
  };
  const name = hardware ? hardware.id : 'machine';
  return {
    id: `local/${name}`,
    label: `${gpus}× ${hardware ? hardware.name : 'GPU'}${rental !== undefined ? ' (rented)' : ''}`,
    setup,
    assumptions,
    speedError: speed.error,
  };
}

/** Range, utilisation and hybrid split of the local setup against one API (docs/methodology.md, "Ranges", "Utilisation", "Hybrid"). */
interface Analysis {
  readonly against: string;
  readonly breakEvenMonths: { readonly best: number | null; readonly typical: number | null; readonly worst: number | null };
  readonly monthlyLocalCost: { readonly best: number; readonly typical: number; readonly worst: number };
  readonly breakEvenUtilisation: number | null;
  readonly breakEvenTokensPerDay: number | null;
  readonly bestLocalShare: number;
  readonly bestSplitMonthlyCost: number;
}

function analyse(local: LocalInput, offers: readonly PricedOffer[], workload: Workload, currency: CurrencyOptions): Analysis[] {
  const uncertainty = { ...DEFAULT_UNCERTAINTY_FACTORS, speedError: local.speedError ?? DEFAULT_UNCERTAINTY_FACTORS.speedError };
  return offers.map((offer) => {
    const range = costRange(local.setup, workload, offer, { uncertainty, currency });
    const utilisation = breakEvenUtilisation(local.setup, workload, offer, { currency });
    const split = bestHybridSplit(local.setup, workload, offer, { currency });
    return {
      against: offer.id,
      breakEvenMonths: {
        best: range.best.breakEven.months,
        typical: range.typical.breakEven.months,
        worst: range.worst.breakEven.months,
      },
      monthlyLocalCost: {
        best: range.best.local.monthly.amount,
        typical: range.typical.local.monthly.amount,
        worst: range.worst.local.monthly.amount,
      },
      breakEvenUtilisation: utilisation.utilisation,
      breakEvenTokensPerDay: utilisation.tokensPerDay,
      bestLocalShare: split.localShare,
      bestSplitMonthlyCost: split.monthly.amount,
    };
  });
}

/** The range factors as assumptions, so the printed range says what it assumed. */
function rangeAssumptions(local: LocalInput): Record<string, Assumption> {
  const u = DEFAULT_UNCERTAINTY;
  return {
    'range.electricityFactor': { value: `${u.electricityFactor.best.toFixed(3)}–${u.electricityFactor.worst.toFixed(3)}`, unit: '× electricity price (best–worst)', source: u.electricityFactor.source, isDefault: true },
    'range.hardwarePriceFactor': { value: `${u.hardwarePriceFactor.best}–${u.hardwarePriceFactor.worst}`, unit: '× GPU price (best–worst)', source: u.hardwarePriceFactor.source, isDefault: true },
    'range.speedError': local.speedError === undefined
      ? { value: u.speedError.value, unit: '± share of speed', source: u.speedError.source, isDefault: true }
      : { value: Math.round(local.speedError * 100) / 100, unit: '± share of speed', source: 'sizing typical error of the estimate', isDefault: true },
    'range.volumeFactor': { value: `${u.volumeFactor.best}–${u.volumeFactor.worst}`, unit: '× token volume (best–worst)', source: u.volumeFactor.source, isDefault: true },
  };
}

/**
 * Decode/prefill tokens/s of one machine: the flags, or sizing's typical estimate for --model on --gpu.
 * A model that does not run there (sizing's does-not-fit or needs-more-gpus, with --host-memory-gb checked
 * for offload) comes back with `cannotRun`, sizing's reasons, so the local scenario gets no cost.
 */
function readSpeed(
  values: Values,
  hardware: ReturnType<typeof findHardware>,
  gpus: number,
  assumptions: Record<string, Assumption>,
  catalog: Catalog,
): { decode: number; prefill: number; error?: number; cannotRun?: string } {
  let decode = numberFlag(values, 'decode-tps');
  let prefill = numberFlag(values, 'prefill-tps');
  // GiB as the OS reports RAM (DIMMs come in binary sizes), as in llm-adopt size: 64 → 64 × 2^30 bytes.
  const hostGib = numberFlag(values, 'host-memory-gb', { positive: true });
  if (decode !== undefined && prefill !== undefined && hostGib === undefined) return { decode, prefill };
  const model = values.model === undefined ? undefined : findModel(catalog, String(values.model));
  if (!model || !hardware) {
    if (hostGib !== undefined) {
      throw new UsageError('--host-memory-gb needs --model and --gpu (it checks whether the model fits the machine the GPUs sit in)');
    }
    throw new UsageError(
      `--${decode === undefined ? 'decode-tps' : 'prefill-tps'} is required for a local scenario unless --model and --gpu are given (tokens/s of the model on one machine)`,
    );
  }
  const quantName = String(values.quant ?? 'Q4_K_M');
  const quant = findQuantization(quantName);
  if (!quant) throw new UsageError(`--quant: unknown quantization "${sanitizeForTerminal(quantName)}"`);
  const concurrency = numberFlag(values, 'concurrency', { positive: true, integer: true }) ?? 1;
  const workload = readWorkloadFlags(values);
  // KV depth for the estimate: the prompt size when the request count is known, else 4,096 tokens.
  const contextTokens = workload.requestsPerDay ? Math.max(1, Math.round(workload.inputTokensPerDay / workload.requestsPerDay)) : 4096;
  const spec: HardwareSpec = {
    memoryBytes: hardware.memoryBytes,
    bandwidthBytesPerSecond: hardware.bandwidthBytesPerSecond,
    denseFp16Flops: hardware.denseFp16Flops,
    unifiedMemory: hardware.unifiedMemory,
    usableMemoryFraction: hardware.usableMemoryFraction,
  };
  const quantId = quant.id as QuantId;
  const fitted = fit({ arch: model.architecture, quant: quantId, contextTokens, concurrency }, spec, {
    gpuCount: gpus,
    ...(hostGib !== undefined ? { hostMemoryBytes: hostGib * 2 ** 30 } : {}),
  });
  const where = `${model.id} ${quantId} on ${gpus}× ${hardware.id}, ${contextTokens}-token context, concurrency ${concurrency}`;
  if (fitted.verdict === 'does-not-fit' || fitted.verdict === 'needs-more-gpus') {
    const none: Assumption = { value: 0, unit: 'tokens/s per machine', source: `sizing: ${where} does not fit (${fitted.verdict})`, isDefault: true };
    if (decode === undefined) assumptions.decodeTokensPerSecond = none;
    if (prefill === undefined) assumptions.prefillTokensPerSecond = none;
    return { decode: decode ?? 0, prefill: prefill ?? 0, cannotRun: `${where}: ${fitted.reasons.join('; ')}` };
  }
  if (decode !== undefined && prefill !== undefined) return { decode, prefill };
  const estimate = estimateSpeed({
    arch: model.architecture,
    quant: quantId,
    hardware: spec,
    gpuCount: gpus,
    concurrency,
    contextTokens,
    promptTokens: contextTokens,
    offloadLayers: fitted.offloadLayers,
  });
  const source = (error: number) =>
    `sizing estimate (typical, ±${error.toFixed(0)}% typical error): ${where}${fitted.offloadLayers ? `, ${fitted.offloadLayers} layers offloaded` : ''}`;
  if (decode === undefined) {
    decode = estimate.aggregateDecodeTokensPerSecond.typical;
    assumptions.decodeTokensPerSecond = { value: decode, unit: 'tokens/s per machine', source: source(estimate.typicalErrorPct), isDefault: true };
  }
  if (prefill === undefined) {
    if (!estimate.prefillTokensPerSecond) {
      throw new UsageError(`--prefill-tps is required: sizing has no compute figure for ${hardware.id}`);
    }
    prefill = estimate.prefillTokensPerSecond.typical;
    assumptions.prefillTokensPerSecond = { value: prefill, unit: 'tokens/s per machine', source: source(estimate.prefillTypicalErrorPct), isDefault: true };
  }
  return { decode, prefill, error: Math.max(estimate.typicalErrorPct, estimate.prefillTypicalErrorPct) / 100 };
}

// ---- presentation ---------------------------------------------------------------------------

const money = (amount: number) =>
  roundCents(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const months = (m: number | null) => (m === null ? 'never' : `${roundCents(m).toFixed(2)} months`);
const count = (n: number) => Math.round(n).toLocaleString('en-US');

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd());
}

/** A local setup the model does not run on: pricing buys no machine for it (cannotRun or speed 0). */
const cannotRun = (s: Scenario, locals: ReadonlyMap<string, LocalCost>): boolean => s.kind === 'local' && locals.get(s.id)?.machines === 0;

const MARKERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Cumulative cash per scenario as a plain-text scatter: one letter per scenario per month, `*` where they overlap. */
export function cumulativeChart(scenarios: readonly Scenario[], currency: string, height = 10): string[] {
  if (scenarios.length === 0) return [];
  const horizon = scenarios[0]!.cumulative.length - 1;
  const step = horizon <= 30 ? 2 : 1;
  const top = Math.max(...scenarios.flatMap((s) => s.cumulative), 0) || 1;
  const grid = Array.from({ length: height }, () => Array.from({ length: horizon * step + 1 }, () => ' '));
  scenarios.forEach((s, i) => {
    s.cumulative.forEach((v, m) => {
      const row = height - 1 - Math.round((Math.max(0, v) / top) * (height - 1));
      const col = m * step;
      const cell = grid[row]![col]!;
      grid[row]![col] = cell === ' ' ? MARKERS[i % MARKERS.length]! : cell === MARKERS[i % MARKERS.length] ? cell : '*';
    });
  });
  const labels = grid.map((_, r) => {
    if (r === 0) return money(top);
    if (r === height - 1) return money(0);
    if (r === Math.floor((height - 1) / 2)) return money((top * (height - 1 - r)) / (height - 1));
    return '';
  });
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const lines = [`Cumulative cost over ${horizon} months (${currency}, cash: purchase at month 0, then monthly cost)`];
  grid.forEach((row, r) => {
    lines.push(`${labels[r]!.padStart(labelWidth)} ┤${row.join('').trimEnd()}`);
  });
  let axis = '';
  for (let m = 0; m <= horizon; m += 6) axis = axis.padEnd(m * step) + String(m);
  lines.push(`${' '.repeat(labelWidth)} └${'─'.repeat(horizon * step + 1)}`);
  lines.push(`${' '.repeat(labelWidth)}  ${axis}  month`);
  lines.push(
    `${' '.repeat(labelWidth)}  ${scenarios.map((s, i) => `${MARKERS[i % MARKERS.length]} ${sanitizeForTerminal(s.id)}`).join('   ')}`,
  );
  return lines;
}

interface Row {
  readonly key: string;
  readonly a: Assumption;
  readonly ids: string[];
}

/** Every assumption of every scenario, once; keys whose value differs between scenarios are prefixed with the scenario. */
function collectAssumptions(scenarios: readonly Scenario[]): Row[] {
  const byKey = new Map<string, Row[]>();
  for (const s of scenarios) {
    for (const [key, a] of Object.entries(s.assumptions)) {
      const rows = byKey.get(key) ?? [];
      const same = rows.find((r) => JSON.stringify(r.a.value) === JSON.stringify(a.value) && r.a.source === a.source);
      if (same) same.ids.push(s.id);
      else rows.push({ key, a, ids: [s.id] });
      byKey.set(key, rows);
    }
  }
  return [...byKey.values()].flat().sort((x, y) => x.key.localeCompare(y.key));
}

function valueText(a: Assumption): string {
  return typeof a.value === 'number' ? String(Math.round(a.value * 1e6) / 1e6) : String(a.value);
}

/** Where each API price comes from (catalog source or the user's LiteLLM/catalog file) and as of when. */
interface PriceSource {
  readonly offer: string;
  readonly source: string;
  readonly kind: 'primary' | 'secondary';
  readonly asOf: string;
}

function priceSources(offers: readonly PricedOffer[], catalog: Catalog): PriceSource[] {
  return offers.flatMap((o) => {
    const found = findOffer(catalog, o.id);
    return found ? [{ offer: o.id, source: found.source.source, kind: found.source.kind, asOf: found.source.asOf }] : [];
  });
}

function human(
  scenarios: readonly Scenario[],
  prices: readonly PriceSource[],
  locals: ReadonlyMap<string, LocalCost>,
  analyses: ReadonlyMap<string, readonly Analysis[]>,
  workload: Workload,
  currency: string,
  usefulLifeMonths: number | undefined,
): string {
  const out: string[] = [];
  const days = workload.daysPerMonth ?? DEFAULT_ASSUMPTIONS.daysPerMonth.value;
  out.push(
    `Workload: ${count(workload.inputTokensPerDay)} input + ${count(workload.outputTokensPerDay)} output${
      workload.reasoningTokensPerDay ? ` + ${count(workload.reasoningTokensPerDay)} reasoning` : ''
    } tokens/day, ${days} days/month`,
    '',
  );
  const rows = [['Scenario', 'Kind', `Monthly (${currency})`, `Per 1M tokens`, 'Upfront', 'Break-even']];
  // API rows show break-even against the first local setup: none when that one cannot serve.
  const firstLocal = scenarios.find((s) => s.kind === 'local');
  const firstLocalPriced = firstLocal !== undefined && !cannotRun(firstLocal, locals);
  for (const s of scenarios) {
    if (cannotRun(s, locals)) {
      // No price for a setup that cannot serve: a 0.00 would read as free.
      rows.push([sanitizeForTerminal(s.label === s.id ? s.id : `${s.id} (${s.label})`), s.kind, 'cannot serve', '-', '-', '-']);
      continue;
    }
    rows.push([
      sanitizeForTerminal(s.label === s.id ? s.id : `${s.id} (${s.label})`),
      s.kind,
      money(s.monthlyCost),
      s.costPerMTok === null ? '-' : money(s.costPerMTok),
      money(s.upfront),
      s.breakEven.length === 0 || (s.kind === 'api' && !firstLocalPriced) ? '-' : months(s.breakEvenMonths),
    ]);
  }
  out.push(...table(rows));
  if (prices.length > 0) {
    out.push('', 'API prices from:', ...prices.map((p) => sanitizeForTerminal(`  ${p.offer}: ${p.source} (${p.kind}, as of ${p.asOf})`)));
  }
  if (scenarios.some((s) => s.kind === 'local' && !cannotRun(s, locals))) {
    out.push(
      '',
      'Break-even: months until the local purchase is paid back by (API bill − local running cost); API rows show the first',
      'local setup against that API, local rows the cheapest available API.',
    );
  }

  for (const s of scenarios.filter((x) => x.kind === 'local')) {
    const c = locals.get(s.id);
    if (!c) continue;
    if (cannotRun(s, locals)) {
      out.push('', sanitizeForTerminal(`${s.id}: ${c.cannotServe ?? 'cannot serve on this hardware'}`), '  no local cost and no break-even: the model does not run on this machine');
      continue;
    }
    out.push(
      '',
      `${sanitizeForTerminal(s.id)}: ${c.machines} machine(s), busy ${c.busyHoursPerDay.toFixed(2)} h/day (duty ${(c.dutyCycle * 100).toFixed(1)}%), ${c.kwhPerMonth.toFixed(1)} kWh/month, capacity ${count(c.capacityTokensPerDayPerMachine)} tokens/day per machine`,
      `  monthly = hardware ${money(c.hardwarePerMonth.amount)} + rental ${money(c.rentalPerMonth.amount)} + energy ${money(c.energyPerMonth.amount)} + operations ${money(c.opsPerMonth.amount)} ${currency}`,
    );
    for (const b of s.breakEven) {
      const beyondLife =
        b.months !== null && usefulLifeMonths !== undefined && b.months > usefulLifeMonths
          ? `; longer than the ${usefulLifeMonths}-month amortisation period`
          : '';
      out.push(
        `  vs ${sanitizeForTerminal(b.against)}: ${months(b.months)} (${sanitizeForTerminal(b.reason.replace(/^never: /, ''))}${beyondLife})`,
      );
      const a = analyses.get(s.id)?.find((x) => x.against === b.against);
      if (!a) continue;
      const m = a.breakEvenMonths;
      out.push(
        `    range best / typical / worst: ${months(m.best)} / ${months(m.typical)} / ${months(m.worst)}; local ${money(a.monthlyLocalCost.best)} / ${money(a.monthlyLocalCost.typical)} / ${money(a.monthlyLocalCost.worst)} ${currency}/month`,
        `    local cheaper from ${a.breakEvenUtilisation === null ? 'never (not even at 100% use of one machine)' : `${(a.breakEvenUtilisation * 100).toFixed(1)}% use of one machine (${count(a.breakEvenTokensPerDay ?? 0)} tokens/day)`}; cheapest split ${Math.round(a.bestLocalShare * 100)}% local at ${money(a.bestSplitMonthlyCost)} ${currency}/month`,
      );
    }
  }

  // A setup that cannot serve said so above; its zero cash would draw as a free line in the chart.
  const warnings = scenarios.filter((s) => !cannotRun(s, locals)).flatMap((s) => s.warnings.map((w) => `${s.id}: ${w}`));
  if (warnings.length) out.push('', 'Warnings:', ...warnings.map((w) => `  ! ${sanitizeForTerminal(w)}`));

  out.push('', ...cumulativeChart(scenarios.filter((s) => !cannotRun(s, locals)), currency));

  const assumptions = collectAssumptions(scenarios);
  const keyed = new Map<string, number>();
  for (const r of assumptions) keyed.set(r.key, (keyed.get(r.key) ?? 0) + 1);
  out.push('', 'Assumptions (* = default used):');
  for (const r of assumptions) {
    const name = (keyed.get(r.key) ?? 0) > 1 ? `${r.key} [${r.ids.join(', ')}]` : r.key;
    out.push(
      sanitizeForTerminal(`  ${r.a.isDefault ? '*' : ' '} ${name} = ${valueText(r.a)} ${r.a.unit} — ${r.a.source}`),
    );
  }
  return `${out.join('\n')}\n`;
}

const round2 = (x: number | null) => (x === null ? null : roundCents(x));

function json(
  scenarios: readonly Scenario[],
  prices: readonly PriceSource[],
  locals: ReadonlyMap<string, LocalCost>,
  analyses: ReadonlyMap<string, readonly Analysis[]>,
  workload: Workload,
  currency: string,
): string {
  return `${JSON.stringify(
    {
      currency,
      workload,
      scenarios: scenarios.map((s) => {
        // A setup that cannot serve has no price: null, not 0 (cannotServe says why).
        const priced = !cannotRun(s, locals);
        return {
          id: s.id,
          kind: s.kind,
          label: s.label,
          monthlyCost: priced ? roundCents(s.monthlyCost) : null,
          currency: s.currency,
          costPerMTok: priced ? round2(s.costPerMTok) : null,
          upfront: priced ? roundCents(s.upfront) : null,
          breakEvenMonths: round2(s.breakEvenMonths),
          breakEven: s.breakEven.map((b) => ({ against: b.against, months: round2(b.months), reason: b.reason })),
          cumulative: priced ? s.cumulative.map(roundCents) : [],
          cannotServe: s.cannotServe,
          warnings: s.warnings,
          assumptions: s.assumptions,
          ...(analyses.has(s.id)
            ? {
                analysis: analyses.get(s.id)!.map((a) => ({
                  against: a.against,
                  breakEvenMonths: {
                    best: round2(a.breakEvenMonths.best),
                    typical: round2(a.breakEvenMonths.typical),
                    worst: round2(a.breakEvenMonths.worst),
                  },
                  monthlyLocalCost: {
                    best: roundCents(a.monthlyLocalCost.best),
                    typical: roundCents(a.monthlyLocalCost.typical),
                    worst: roundCents(a.monthlyLocalCost.worst),
                  },
                  breakEvenUtilisation: a.breakEvenUtilisation === null ? null : Math.round(a.breakEvenUtilisation * 1e4) / 1e4,
                  breakEvenTokensPerDay: a.breakEvenTokensPerDay === null ? null : Math.round(a.breakEvenTokensPerDay),
                  bestLocalShare: a.bestLocalShare,
                  bestSplitMonthlyCost: roundCents(a.bestSplitMonthlyCost),
                })),
              }
            : {}),
        };
      }),
      priceSources: prices,
    },
    null,
    2,
  )}\n`;
}

export async function run(argv: string[]): Promise<number> {
  const values = parse(argv);
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  const notes: string[] = [];
  const loaded = catalogWithFiles({ catalog: (values.catalog as string[] | undefined) ?? [], litellm: (values.litellm as string[] | undefined) ?? [] }, notes);
  if (!loaded.ok) return reportCatalogIssues(loaded.issues);
  const catalog = loaded.value;
  const workload = readWorkload(values);
  const currency = readCurrency(values);
  const horizon = numberFlag(values, 'months', { positive: true, integer: true }) ?? 24;
  if (horizon > 240) throw new UsageError(`--months: expected an integer from 1 to 240, found "${horizon}"`);
  const offers = readOffers(values, catalog);
  const local = readLocal(values, catalog);
  if (offers.length === 0 && !local) {
    throw new UsageError('nothing to compare: give --offer, --model (offers serving it) or a local setup (--gpu)');
  }
  for (const offer of offers) {
    const problem = conversionProblem(offer.currency, currency);
    if (problem) throw new UsageError(`--offer ${offer.id} is priced in ${offer.currency}: ${problem}`);
  }

  const prices = priceSources(offers, catalog);
  const scenarios = compareScenarios({
    workload,
    offers,
    locals: local ? [{ ...local, assumptions: { ...local.assumptions, ...rangeAssumptions(local) } }] : [],
    currency,
    horizonMonths: horizon,
  });
  const locals = new Map<string, LocalCost>();
  const analyses = new Map<string, readonly Analysis[]>();
  if (local) {
    const localCost = localMonthlyCost(local.setup, workload, { currency });
    locals.set(local.id, localCost);
    // Ranges, utilisation and hybrid splits of a machine the model does not run on would be prices of nothing.
    if (localCost.machines > 0) analyses.set(local.id, analyse(local, offers, workload, currency));
  }

  process.stdout.write(
    values.json
      ? json(scenarios, prices, locals, analyses, workload, currency.currency)
      : human(scenarios, prices, locals, analyses, workload, currency.currency, local?.setup.rentalUsdPerHour === undefined ? local?.setup.amortizationMonths : undefined),
  );
  // After the result, so a usage error later in the run stays a single line.
  for (const note of notes) process.stderr.write(`llm-adopt: ${sanitizeForTerminal(note)}\n`);
  return EXIT_OK;
}
