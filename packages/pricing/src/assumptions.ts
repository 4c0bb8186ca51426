/**
 * Defaults used when the caller gives no value. Each carries its unit and source so the
 * apps can print it as an assumption (DESIGN.md, "Every assumption is an input with a default that the report prints").
 * Sources are the ones collected in the project's hardware-costs reference (compiled 2026-11-28).
 */

/** One assumption as printed: what value was used, its unit, and where it comes from. */
export interface Assumption {
  readonly value: number | string | boolean;
  readonly unit: string;
  readonly source: string;
  /** True when the caller did not give the value and the default was used. */
  readonly isDefault?: boolean;
}

const EIA_STEO = 'https://www.consumeraffairs.com/news/your-electric-bill-will-probably-go-up-in-2026-heres-why-122325.html';
const EIA_COMMERCIAL = 'https://energystackhub.polsia.app/resources/commercial-electricity-rates-by-state';
const EUROSTAT = 'https://www.pubt.io/view/929A0A224023D5879F8452D5CD9C30DFD5DB7077';
const KEPCO_AVG = 'https://donga.com/en/article/all/20240910/5162521/1';
const RTX4090_MSRP = 'https://eatsip365.com/4090-msrp-vs-real-market-price-analysis';
const RTX4090_STREET = 'https://visualfoodie.com/rtx-5090-vs-rtx-4090-a-price-comparison';

/** Electricity price per kWh in USD by region (marginal tariffs may be higher; see methodology). */
export const ELECTRICITY_USD_PER_KWH_BY_REGION = {
  'us-residential': {
    value: 0.1802,
    unit: 'USD/kWh',
    source: `EIA Short-Term Energy Outlook Dec 2025, 2026 forecast 18.02 ¢/kWh (${EIA_STEO})`,
  },
  'us-commercial': {
    value: 0.1437,
    unit: 'USD/kWh',
    source: `EIA Electric Power Monthly Table 5.6.A, Feb 2026, 14.37 ¢/kWh (${EIA_COMMERCIAL})`,
  },
  'eu-household': {
    value: 0.33,
    unit: 'USD/kWh',
    source: `Eurostat H1 2025 €0.2872/kWh incl. taxes (${EUROSTAT}) at the assumed €1 = $1.15`,
  },
  'eu-non-household': {
    value: 0.2187,
    unit: 'USD/kWh',
    source: `Eurostat H1 2025 €0.1902/kWh (${EUROSTAT}) at the assumed €1 = $1.15`,
  },
  'kr-residential': {
    value: 0.125,
    unit: 'USD/kWh',
    source: `KEPCO all-in average ≈₩175/kWh, Aug 2024 (${KEPCO_AVG}) at the assumed $1 = ₩1,400`,
  },
} as const satisfies Record<string, Assumption>;

export type ElectricityRegion = keyof typeof ELECTRICITY_USD_PER_KWH_BY_REGION;

/** Every default the pricing functions and the `cost` command may use. */
export const DEFAULT_ASSUMPTIONS = {
  daysPerMonth: {
    value: 30,
    unit: 'days',
    source: 'convention: a 30-day month (the comparison article multiplies by 30)',
  },
  monthlyGrowth: { value: 0, unit: 'share per month', source: 'assumption: flat volume' },
  cachedInputShare: { value: 0, unit: 'share of input tokens', source: 'assumption: no cache hits' },
  cacheWriteShare: { value: 0, unit: 'share of input tokens', source: 'assumption: no cache writes' },
  reasoningTokensPerDay: { value: 0, unit: 'tokens/day', source: 'assumption: no reasoning tokens' },
  batchShare: { value: 0, unit: 'share of traffic', source: 'assumption: no Batch API use' },
  offPeakShare: { value: 0, unit: 'share of traffic', source: 'assumption: no off-peak traffic' },
  electricityUsdPerKwh: ELECTRICITY_USD_PER_KWH_BY_REGION['us-residential'],
  hostCostUsd: {
    value: 1000,
    unit: 'USD per machine',
    source: 'assumption: host PC (CPU, RAM, PSU, case, storage), hardware-costs reference gives roughly $800–1,500',
  },
  amortizationMonths: {
    value: 36,
    unit: 'months',
    source: 'assumption: 3-year useful life (hardware-costs reference: 3–5 years)',
  },
  resaleShare: { value: 0, unit: 'share of purchase price', source: 'assumption: no resale value (conservative)' },
  hostPowerWatts: {
    value: 150,
    unit: 'W per machine under load, on top of the GPUs',
    source:
      'assumption: hardware-costs reference illustrates a 4090 system at ~600 W under load for a 450 W card (600 − 450)',
  },
  powerWattsIdle: {
    value: 80,
    unit: 'W per machine',
    source: 'assumption: hardware-costs reference illustrates ~80 W idle for a single-GPU workstation',
  },
  hoursOnPerDay: {
    value: 24,
    unit: 'hours/day',
    source: 'assumption: the machine stays on (a local box does not scale to zero)',
  },
  maxBusyShare: {
    value: 0.75,
    unit: 'share of on-hours',
    source: 'assumption: keep 25% headroom for traffic peaks when sizing machine count',
  },
  opsUsdPerMonth: {
    value: 0,
    unit: 'USD/month per machine',
    source: 'assumption: operations time not costed (set it: maintenance, monitoring, on-call)',
  },
  rtx4090PriceUsd: {
    value: 1599,
    unit: 'USD',
    source: `RTX 4090 launch MSRP, Oct 2022 (${RTX4090_MSRP})`,
  },
} as const satisfies Record<string, Assumption>;

/**
 * Spread of the uncertain inputs for `costRange` (best, worst as factors of the typical value).
 * Electricity: prices across US states and EU countries span ~3× (hardware-costs reference §1), so ±√3.
 * Hardware: RTX 4090 2026 quotes $950–2,000 around the $1,599 MSRP.
 */
export const DEFAULT_UNCERTAINTY = {
  electricityFactor: {
    best: 1 / Math.sqrt(3),
    worst: Math.sqrt(3),
    source: 'hardware-costs reference §1: cheapest to dearest region ≈3×, taken as ±√3 around the typical price',
  },
  hardwarePriceFactor: {
    best: 0.6,
    worst: 1.25,
    source: `hardware-costs reference §2: RTX 4090 2026 quotes ~$950 used to ~$2,000 new around $1,599 (${RTX4090_STREET})`,
  },
  speedError: {
    value: 0.3,
    source: 'assumption: ±30% on estimated decode/prefill speed unless sizing reports its own calibrated error',
  },
  volumeFactor: {
    best: 1.25,
    worst: 0.75,
    source: 'assumption: actual token volume (utilisation) within ±25% of the estimate',
  },
} as const;
