import { type Assumption, DEFAULT_ASSUMPTIONS } from './assumptions.js';
import { currencyAssumptions, workloadAssumptions } from './api-cost.js';
import { type CurrencyOptions, convert, type Money, USD } from './money.js';
import type { InputIssue } from './workload.js';
import { resolveWorkload, type Workload } from './workload.js';

/**
 * One local machine design and what it costs to run (docs/methodology.md, "Local cost").
 * Speeds come from sizing as plain numbers: pricing never imports sizing.
 */
export interface LocalSetup {
  /** Purchase price per GPU in USD (ignored when `rentalUsdPerHour` is set). */
  readonly hardwarePriceUsd: number;
  /** GPUs per machine. */
  readonly gpuCount: number;
  /** Host machine (CPU, RAM, PSU, storage) per machine, USD. */
  readonly hostCostUsd: number;
  /** Months over which the purchase is spread. */
  readonly amortizationMonths: number;
  /** Share of the purchase price recovered by resale at the end, 0..1. */
  readonly resaleShare: number;
  /** Rent instead of buy: USD per GPU-hour, electricity included; the machine is rented `hoursOnPerDay`. */
  readonly rentalUsdPerHour?: number;
  /** Whole-machine power at load and idle, watts. */
  readonly powerWattsLoad: number;
  readonly powerWattsIdle: number;
  /** Hours per day the machine is on. Default 24. */
  readonly hoursOnPerDay?: number;
  /** Share of on-hours at load. Default: derived from the workload and the speeds. */
  readonly dutyCycle?: number;
  readonly electricityUsdPerKwh: number;
  /** Operations cost per machine per month, USD. */
  readonly opsUsdPerMonth: number;
  /** Aggregate generation speed of one machine at the served concurrency, tokens/s. 0 = cannot run the model (see `cannotRun`). */
  readonly decodeTokensPerSecond: number;
  /** Aggregate prompt-processing speed of one machine, tokens/s. 0 = cannot run the model (see `cannotRun`). */
  readonly prefillTokensPerSecond: number;
  /** Highest share of on-hours a machine may be busy when counting machines (headroom for peaks). Default 0.75. */
  readonly maxBusyShare?: number;
  /** Fixed number of machines; default: as many as the workload needs. */
  readonly machines?: number;
  /**
   * Why the model cannot run on this machine at all (sizing's verdict `does-not-fit` or `needs-more-gpus`,
   * e.g. too little GPU memory, too few GPUs, too little host RAM for the offload), passed as plain text.
   * Then nothing is priced: no machines, no cost, no break-even, and `cannotServe` says why. A speed of 0
   * is the same state with the speed as the reason.
   */
  readonly cannotRun?: string;
}

export interface LocalCost {
  /** Amortised hardware (or rental) + energy + operations, first month. */
  readonly monthly: Money;
  readonly hardwarePerMonth: Money;
  readonly rentalPerMonth: Money;
  readonly energyPerMonth: Money;
  readonly opsPerMonth: Money;
  /** Cash out each month once the hardware is paid: energy + operations + rental (break-even compares this). */
  readonly runningPerMonth: Money;
  /** Cash paid at the start: machines × (GPUs × price + host); 0 when renting. */
  readonly upfront: Money;
  readonly kwhPerMonth: number;
  /** Machine-hours of work per day the workload needs (prefill + decode). */
  readonly busyHoursPerDay: number;
  readonly machinesNeeded: number;
  readonly machines: number;
  /** Share of on-hours at load actually used for energy. */
  readonly dutyCycle: number;
  /** Tokens/day one machine can serve at the workload's input:output mix within `maxBusyShare`. */
  readonly capacityTokensPerDayPerMachine: number;
  readonly tokensPerMonth: number;
  readonly costPerMTok: Money | null;
  /** Why this setup cannot serve the workload, or null when it can. */
  readonly cannotServe: string | null;
  /** Inputs that look inconsistent (e.g. a given duty cycle below what the workload needs). */
  readonly warnings: readonly string[];
  readonly assumptions: Readonly<Record<string, Assumption>>;
}

export interface LocalCostOptions {
  readonly currency?: CurrencyOptions;
  /** Month to price; token counts grow by (1 + monthlyGrowth)^month. Default 0. */
  readonly month?: number;
}

function issue(issues: InputIssue[], path: string, value: unknown, ok: boolean, expected: string): void {
  if (!ok) issues.push({ path, expected, found: typeof value === 'number' ? String(value) : JSON.stringify(value) ?? 'nothing' });
}

const finiteAtLeast = (v: unknown, min: number) => typeof v === 'number' && Number.isFinite(v) && v >= min;

/** Checks a local setup; an empty list means it is valid. */
export function validateLocalSetup(setup: LocalSetup): InputIssue[] {
  const issues: InputIssue[] = [];
  const nonNeg = 'a finite number ≥ 0';
  issue(issues, 'hardwarePriceUsd', setup.hardwarePriceUsd, finiteAtLeast(setup.hardwarePriceUsd, 0), nonNeg);
  issue(issues, 'gpuCount', setup.gpuCount, Number.isInteger(setup.gpuCount) && setup.gpuCount >= 1, 'an integer ≥ 1');
  issue(issues, 'hostCostUsd', setup.hostCostUsd, finiteAtLeast(setup.hostCostUsd, 0), nonNeg);
  issue(issues, 'amortizationMonths', setup.amortizationMonths, finiteAtLeast(setup.amortizationMonths, 0) && setup.amortizationMonths > 0, 'a finite number > 0');
  issue(issues, 'resaleShare', setup.resaleShare, finiteAtLeast(setup.resaleShare, 0) && setup.resaleShare <= 1, 'a number from 0 to 1');
  if (setup.rentalUsdPerHour !== undefined) {
    issue(issues, 'rentalUsdPerHour', setup.rentalUsdPerHour, finiteAtLeast(setup.rentalUsdPerHour, 0), nonNeg);
  }
  issue(issues, 'powerWattsLoad', setup.powerWattsLoad, finiteAtLeast(setup.powerWattsLoad, 0), nonNeg);
  issue(issues, 'powerWattsIdle', setup.powerWattsIdle, finiteAtLeast(setup.powerWattsIdle, 0), nonNeg);
  if (setup.hoursOnPerDay !== undefined) {
    issue(issues, 'hoursOnPerDay', setup.hoursOnPerDay, finiteAtLeast(setup.hoursOnPerDay, 0) && setup.hoursOnPerDay > 0 && setup.hoursOnPerDay <= 24, 'a number > 0 and ≤ 24');
  }
  if (setup.dutyCycle !== undefined) {
    issue(issues, 'dutyCycle', setup.dutyCycle, finiteAtLeast(setup.dutyCycle, 0) && setup.dutyCycle <= 1, 'a number from 0 to 1');
  }
  issue(issues, 'electricityUsdPerKwh', setup.electricityUsdPerKwh, finiteAtLeast(setup.electricityUsdPerKwh, 0), nonNeg);
  issue(issues, 'opsUsdPerMonth', setup.opsUsdPerMonth, finiteAtLeast(setup.opsUsdPerMonth, 0), nonNeg);
  issue(issues, 'decodeTokensPerSecond', setup.decodeTokensPerSecond, finiteAtLeast(setup.decodeTokensPerSecond, 0), nonNeg);
  issue(issues, 'prefillTokensPerSecond', setup.prefillTokensPerSecond, finiteAtLeast(setup.prefillTokensPerSecond, 0), nonNeg);
  if (setup.maxBusyShare !== undefined) {
    issue(issues, 'maxBusyShare', setup.maxBusyShare, finiteAtLeast(setup.maxBusyShare, 0) && setup.maxBusyShare > 0 && setup.maxBusyShare <= 1, 'a number > 0 and ≤ 1');
  }
  if (setup.machines !== undefined) {
    issue(issues, 'machines', setup.machines, Number.isInteger(setup.machines) && setup.machines >= 1, 'an integer ≥ 1');
  }
  if (setup.cannotRun !== undefined) {
    issue(issues, 'cannotRun', setup.cannotRun, typeof setup.cannotRun === 'string' && setup.cannotRun.trim() !== '', 'a non-empty reason');
  }
  return issues;
}

const SETUP_UNITS: Record<Exclude<keyof LocalSetup, 'cannotRun'>, string> = {
  hardwarePriceUsd: 'USD per GPU',
  gpuCount: 'GPUs per machine',
  hostCostUsd: 'USD per machine',
  amortizationMonths: 'months',
  resaleShare: 'share of purchase price',
  rentalUsdPerHour: 'USD per GPU-hour',
  powerWattsLoad: 'W per machine at load',
  powerWattsIdle: 'W per machine idle',
  hoursOnPerDay: 'hours/day',
  dutyCycle: 'share of on-hours at load',
  electricityUsdPerKwh: 'USD/kWh',
  opsUsdPerMonth: 'USD/month per machine',
  decodeTokensPerSecond: 'tokens/s per machine',
  prefillTokensPerSecond: 'tokens/s per machine',
  maxBusyShare: 'share of on-hours',
  machines: 'machines',
};

/** Ceil that ignores floating-point dust (2.0000000000004 machines is 2 machines). */
function ceilCount(x: number): number {
  return Math.ceil(x - 1e-9);
}

/**
 * Monthly cost of ownership of a local setup serving a workload (docs/methodology.md, "Local cost").
 *   busy seconds/day = input/prefill + (output + reasoning)/decode
 *   machines         = ceil(busy seconds / (hoursOn × 3600 × maxBusyShare))
 *   duty             = busy seconds / (machines × hoursOn × 3600)
 *   kWh/month        = machines × days × hoursOn × (duty × W_load + (1 − duty) × W_idle) / 1000
 *   hardware/month   = machines × (gpus × price + host) × (1 − resale) / amortisation months
 */
export function localMonthlyCost(setup: LocalSetup, workload: Workload, options: LocalCostOptions = {}): LocalCost {
  const problems = validateLocalSetup(setup);
  if (problems.length > 0) {
    throw new RangeError(`invalid local setup: ${problems.map((i) => `${i.path}: expected ${i.expected}, found ${i.found}`).join('; ')}`);
  }
  const resolved = resolveWorkload(workload);
  const currency = options.currency ?? USD;
  const growth = (1 + resolved.monthlyGrowth) ** (options.month ?? 0);
  const days = resolved.daysPerMonth;
  const inputPerDay = resolved.inputTokensPerDay * growth;
  const generatedPerDay = (resolved.outputTokensPerDay + resolved.reasoningTokensPerDay) * growth;
  const tokensPerDay = inputPerDay + generatedPerDay;

  const assumptions: Record<string, Assumption> = { ...workloadAssumptions(resolved), ...currencyAssumptions(currency, []) };
  for (const [key, unit] of Object.entries(SETUP_UNITS)) {
    const value = setup[key as keyof typeof SETUP_UNITS];
    if (value !== undefined) assumptions[key] = { value, unit, source: 'given' };
  }
  const useDefault = <K extends 'hoursOnPerDay' | 'maxBusyShare'>(name: K, given: number | undefined): number => {
    if (given !== undefined) return given;
    assumptions[name] = { ...DEFAULT_ASSUMPTIONS[name], isDefault: true };
    return DEFAULT_ASSUMPTIONS[name].value;
  };
  const cannotRun = setup.cannotRun ?? zeroSpeedReason(setup);
  if (cannotRun !== null) return cannotRunCost(cannotRun, tokensPerDay * days, currency, assumptions);
  const hoursOn = useDefault('hoursOnPerDay', setup.hoursOnPerDay);
  const maxBusy = useDefault('maxBusyShare', setup.maxBusyShare);

  // Prefix caching could skip cached input locally; we count all input as prefill (conservative).
  const needsPrefill = inputPerDay > 0;
  const needsDecode = generatedPerDay > 0;
  const busySeconds =
    (needsPrefill ? inputPerDay / setup.prefillTokensPerSecond : 0) + (needsDecode ? generatedPerDay / setup.decodeTokensPerSecond : 0);
  const secondsAvailable = hoursOn * 3600 * maxBusy;
  const machinesNeeded = Math.max(1, ceilCount(busySeconds / secondsAvailable));
  const machines = setup.machines ?? machinesNeeded;
  const cannotServe =
    machines < machinesNeeded
      ? `needs ${machinesNeeded} machines to serve ${Math.round(tokensPerDay)} tokens/day within ${Math.round(maxBusy * 100)}% busy time; the setup has ${machines}`
      : null;
  const capacityTokensPerDayPerMachine =
    busySeconds > 0 ? (tokensPerDay * secondsAvailable) / busySeconds : Number.POSITIVE_INFINITY;
  const derivedDuty = Math.min(1, busySeconds / (machines * hoursOn * 3600));
  const duty = setup.dutyCycle ?? derivedDuty;
  const warnings: string[] = [];
  if (setup.dutyCycle !== undefined && !cannotServe && setup.dutyCycle < derivedDuty - 1e-9) {
    warnings.push(
      `given duty cycle ${setup.dutyCycle} is below the ${derivedDuty.toFixed(3)} the workload needs at these speeds: energy is understated`,
    );
  }

  const renting = setup.rentalUsdPerHour !== undefined;
  const machineCost = setup.gpuCount * setup.hardwarePriceUsd + setup.hostCostUsd;
  const upfrontUsd = renting ? 0 : machines * machineCost;
  const hardwareUsd = renting ? 0 : (upfrontUsd * (1 - setup.resaleShare)) / setup.amortizationMonths;
  const rentalUsd = renting ? machines * setup.gpuCount * setup.rentalUsdPerHour! * hoursOn * days : 0;
  // A rented GPU's electricity is in its hourly price.
  const kwhPerMonth = renting
    ? 0
    : (machines * days * hoursOn * (duty * setup.powerWattsLoad + (1 - duty) * setup.powerWattsIdle)) / 1000;
  const energyUsd = kwhPerMonth * setup.electricityUsdPerKwh;
  const opsUsd = machines * setup.opsUsdPerMonth;
  const monthlyUsd = hardwareUsd + rentalUsd + energyUsd + opsUsd;
  const money = (usd: number) => convert(usd, 'USD', currency);
  const tokensPerMonth = tokensPerDay * days;

  return {
    monthly: money(monthlyUsd),
    hardwarePerMonth: money(hardwareUsd),
    rentalPerMonth: money(rentalUsd),
    energyPerMonth: money(energyUsd),
    opsPerMonth: money(opsUsd),
    runningPerMonth: money(energyUsd + opsUsd + rentalUsd),
    upfront: money(upfrontUsd),
    kwhPerMonth,
    busyHoursPerDay: busySeconds / 3600,
    machinesNeeded,
    machines,
    dutyCycle: duty,
    capacityTokensPerDayPerMachine,
    tokensPerMonth,
    costPerMTok: tokensPerMonth > 0 ? money(monthlyUsd / (tokensPerMonth / 1e6)) : null,
    cannotServe,
    warnings,
    assumptions,
  };
}

/**
 * A speed of 0 means the model does not run on the machine (sizing gives 0 where it does not fit), whatever
 * the workload: the same state as `cannotRun`, with the speed as the reason (docs/methodology.md, "Local cost").
 */
function zeroSpeedReason(setup: LocalSetup): string | null {
  const zero = [
    ...(setup.decodeTokensPerSecond > 0 ? [] : ['decode']),
    ...(setup.prefillTokensPerSecond > 0 ? [] : ['prefill']),
  ];
  if (zero.length === 0) return null;
  return `${zero.join(' and ')} speed 0 tokens/s: the model does not run on this machine`;
}

/**
 * A setup on which the model does not run (docs/methodology.md, "Local cost"): nothing to buy or run,
 * so every amount is zero and `cannotServe` carries the reason; break-even is "never".
 */
function cannotRunCost(reason: string, tokensPerMonth: number, currency: CurrencyOptions, assumptions: Record<string, Assumption>): LocalCost {
  const zero = convert(0, 'USD', currency);
  return {
    monthly: zero,
    hardwarePerMonth: zero,
    rentalPerMonth: zero,
    energyPerMonth: zero,
    opsPerMonth: zero,
    runningPerMonth: zero,
    upfront: zero,
    kwhPerMonth: 0,
    busyHoursPerDay: 0,
    machinesNeeded: 0,
    machines: 0,
    dutyCycle: 0,
    capacityTokensPerDayPerMachine: 0,
    tokensPerMonth,
    costPerMTok: null,
    cannotServe: `cannot serve on this hardware: ${reason}`,
    warnings: [],
    assumptions,
  };
}
