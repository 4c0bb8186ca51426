import { DEFAULT_UNCERTAINTY } from './assumptions.js';
import { type ApiCost, apiMonthlyCost } from './api-cost.js';
import { type BreakEven, breakEvenOverTime } from './break-even.js';
import { type LocalCost, type LocalSetup, localMonthlyCost } from './local-cost.js';
import { type CurrencyOptions, type Money, USD } from './money.js';
import type { PricedOffer } from './offer.js';
import { scaleWorkload, type Workload } from './workload.js';

/** Best and worst values of the uncertain inputs, as factors of the typical value. */
export interface Uncertainty {
  readonly electricityFactor: { readonly best: number; readonly worst: number };
  readonly hardwarePriceFactor: { readonly best: number; readonly worst: number };
  /** Relative error of the speed estimate: best = speed × (1 + e), worst = speed × (1 − e). */
  readonly speedError: number;
  /** Token volume actually served (utilisation): best/worst factors of the estimate. */
  readonly volumeFactor: { readonly best: number; readonly worst: number };
}

export const DEFAULT_UNCERTAINTY_FACTORS: Uncertainty = {
  electricityFactor: DEFAULT_UNCERTAINTY.electricityFactor,
  hardwarePriceFactor: DEFAULT_UNCERTAINTY.hardwarePriceFactor,
  speedError: DEFAULT_UNCERTAINTY.speedError.value,
  volumeFactor: DEFAULT_UNCERTAINTY.volumeFactor,
};

export interface RangeCase {
  readonly local: LocalCost;
  readonly api: ApiCost;
  readonly breakEven: BreakEven;
  /** The inputs of this case. */
  readonly electricityUsdPerKwh: number;
  readonly hardwarePriceUsd: number;
  readonly decodeTokensPerSecond: number;
  readonly prefillTokensPerSecond: number;
  readonly volumeFactor: number;
}

export interface CostRange {
  readonly best: RangeCase;
  readonly typical: RangeCase;
  readonly worst: RangeCase;
}

/**
 * Best / typical / worst case for a local setup against one API (docs/methodology.md, "Ranges").
 * Best moves every uncertain input in local's favour at once (cheap power and hardware, fast, busy); worst the opposite.
 */
export function costRange(
  setup: LocalSetup,
  workload: Workload,
  offer: PricedOffer,
  options: { readonly uncertainty?: Uncertainty; readonly currency?: CurrencyOptions } = {},
): CostRange {
  const u = options.uncertainty ?? DEFAULT_UNCERTAINTY_FACTORS;
  const currency = options.currency ?? USD;
  const build = (electricity: number, hardware: number, speed: number, volume: number): RangeCase => {
    const s: LocalSetup = {
      ...setup,
      electricityUsdPerKwh: setup.electricityUsdPerKwh * electricity,
      hardwarePriceUsd: setup.hardwarePriceUsd * hardware,
      decodeTokensPerSecond: setup.decodeTokensPerSecond * speed,
      prefillTokensPerSecond: setup.prefillTokensPerSecond * speed,
    };
    const w = scaleWorkload(workload, volume);
    const local = localMonthlyCost(s, w, { currency });
    const api = apiMonthlyCost(w, offer, { currency });
    return {
      local,
      api,
      breakEven: breakEvenOverTime(s, w, offer, { currency }),
      electricityUsdPerKwh: s.electricityUsdPerKwh,
      hardwarePriceUsd: s.hardwarePriceUsd,
      decodeTokensPerSecond: s.decodeTokensPerSecond,
      prefillTokensPerSecond: s.prefillTokensPerSecond,
      volumeFactor: volume,
    };
  };
  return {
    best: build(u.electricityFactor.best, u.hardwarePriceFactor.best, 1 + u.speedError, u.volumeFactor.best),
    typical: build(1, 1, 1, 1),
    worst: build(u.electricityFactor.worst, u.hardwarePriceFactor.worst, Math.max(0, 1 - u.speedError), u.volumeFactor.worst),
  };
}

export interface UtilisationBreakEven {
  /** Share of one machine's on-hours at load where local (amortised) equals the API bill; null = local never cheaper at ≤ 100%. */
  readonly utilisation: number | null;
  /** Tokens/day at that utilisation, same input:output mix as the workload. */
  readonly tokensPerDay: number | null;
  readonly reason: string;
}

/**
 * The utilisation of one machine at which local becomes cheaper than the API (docs/methodology.md, "Utilisation").
 * Both sides are linear in the served volume: local(u) = F + (L1 − F)·u, API(u) = A1·u, so u* = F / (A1 − (L1 − F)).
 */
export function breakEvenUtilisation(
  setup: LocalSetup,
  workload: Workload,
  offer: PricedOffer,
  options: { readonly currency?: CurrencyOptions } = {},
): UtilisationBreakEven {
  const currency = options.currency ?? USD;
  const probe = localMonthlyCost({ ...setup, machines: 1, maxBusyShare: 1 }, workload, { currency });
  const hoursOn = setup.hoursOnPerDay ?? 24;
  if (probe.cannotServe || !(probe.busyHoursPerDay > 0)) {
    return { utilisation: null, tokensPerDay: null, reason: probe.cannotServe ?? 'empty workload' };
  }
  // Volume factor that keeps one machine busy all its on-hours.
  const fullScale = hoursOn / probe.busyHoursPerDay;
  const at = (u: number) => ({
    local: localMonthlyCost({ ...setup, machines: 1, maxBusyShare: 1, dutyCycle: u }, scaleWorkload(workload, fullScale * u), { currency }),
    api: apiMonthlyCost(scaleWorkload(workload, fullScale * u), offer, { currency }),
  });
  const idle = at(0).local.monthly.amount;
  const full = at(1);
  const slope = full.api.monthly.amount - (full.local.monthly.amount - idle);
  const fullTokensPerDay = (full.local.tokensPerMonth / (workload.daysPerMonth ?? 30));
  if (!(slope > 0)) {
    return { utilisation: null, tokensPerDay: null, reason: 'never: each extra token costs more locally than on the API' };
  }
  const u = idle / slope;
  if (u > 1) {
    return { utilisation: null, tokensPerDay: null, reason: `never: local would need ${(u * 100).toFixed(0)}% utilisation of one machine` };
  }
  return { utilisation: u, tokensPerDay: fullTokensPerDay * u, reason: 'local fixed cost / (API − local marginal cost) per unit of utilisation' };
}

export interface HybridSplit {
  /** Share of the traffic served locally, 0..1. */
  readonly localShare: number;
  readonly local: LocalCost | null;
  readonly api: ApiCost;
  readonly monthly: Money;
}

/** Cost of serving `localShare` of the traffic locally and the rest on the API (docs/methodology.md, "Hybrid"). */
export function hybridSplit(
  setup: LocalSetup,
  workload: Workload,
  offer: PricedOffer,
  localShare: number,
  options: { readonly currency?: CurrencyOptions } = {},
): HybridSplit {
  if (!(localShare >= 0 && localShare <= 1)) throw new RangeError(`localShare: expected 0..1, found ${localShare}`);
  const currency = options.currency ?? USD;
  const local = localShare > 0 ? localMonthlyCost(setup, scaleWorkload(workload, localShare), { currency }) : null;
  const api = apiMonthlyCost(scaleWorkload(workload, 1 - localShare), offer, { currency });
  return {
    localShare,
    local,
    api,
    monthly: { amount: (local?.monthly.amount ?? 0) + api.monthly.amount, currency: api.monthly.currency },
  };
}

/** The cheapest split among 0, step, 2·step … 1 (servable local parts only). */
export function bestHybridSplit(
  setup: LocalSetup,
  workload: Workload,
  offer: PricedOffer,
  options: { readonly currency?: CurrencyOptions; readonly step?: number } = {},
): HybridSplit {
  const step = options.step ?? 0.05;
  const steps = Math.round(1 / step);
  let best = hybridSplit(setup, workload, offer, 0, options);
  for (let i = 1; i <= steps; i++) {
    const split = hybridSplit(setup, workload, offer, Math.min(1, i * step), options);
    if (split.local?.cannotServe) continue;
    if (split.monthly.amount < best.monthly.amount) best = split;
  }
  return best;
}
