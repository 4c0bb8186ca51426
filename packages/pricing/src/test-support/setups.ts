import type { LocalSetup } from '../index.js';

/**
 * The article's RTX 4090 at $1,600 with "~$15/month electricity": we make the $15 explicit as
 * 500 W at load one third of the day, nothing idle, at $0.125/kWh → 4 kWh/day × 30 = 120 kWh × 0.125 = $15.00.
 */
export const articleRtx4090: LocalSetup = {
  hardwarePriceUsd: 1600,
  gpuCount: 1,
  hostCostUsd: 0,
  amortizationMonths: 36,
  resaleShare: 0,
  powerWattsLoad: 500,
  powerWattsIdle: 0,
  dutyCycle: 1 / 3,
  electricityUsdPerKwh: 0.125,
  opsUsdPerMonth: 0,
  decodeTokensPerSecond: 100,
  prefillTokensPerSecond: 2000,
};

/** A realistic single-4090 workstation (hardware-costs reference §4.2 item 5): 600 W load, 80 W idle, US residential power. */
export const workstation4090: LocalSetup = {
  hardwarePriceUsd: 1600,
  gpuCount: 1,
  hostCostUsd: 1000,
  amortizationMonths: 36,
  resaleShare: 0,
  powerWattsLoad: 600,
  powerWattsIdle: 80,
  electricityUsdPerKwh: 0.18,
  opsUsdPerMonth: 0,
  decodeTokensPerSecond: 100,
  prefillTokensPerSecond: 2000,
};
