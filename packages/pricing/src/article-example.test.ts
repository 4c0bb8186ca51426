import { describe, expect, it } from 'vitest';
import { apiMonthlyCost, breakEven, localMonthlyCost, roundCents, type PricedOffer, type LocalSetup } from './index.js';

const src = { source: 'test', asOf: '2026-07-24' };
const gpt4o: PricedOffer = { id: 'openai/gpt-4o', currency: 'USD', rates: { inputPerMTok: 2.5, cachedInputPerMTok: 1.25, outputPerMTok: 10 }, tiers: [], status: { state: 'current' }, source: src };
const deepseek: PricedOffer = { id: 'deepseek/deepseek-chat', currency: 'USD', rates: { inputPerMTok: 0.14, cachedInputPerMTok: null, outputPerMTok: 0.28 }, tiers: [], status: { state: 'current' }, source: src };
const workload = { inputTokensPerDay: 1_000_000, outputTokensPerDay: 1_000_000 };
const rtx4090: LocalSetup = { hardwarePriceUsd: 1600, gpuCount: 1, hostCostUsd: 0, amortizationMonths: 36, resaleShare: 0, powerWattsLoad: 500, powerWattsIdle: 0, dutyCycle: 1 / 3, electricityUsdPerKwh: 0.125, opsUsdPerMonth: 0, decodeTokensPerSecond: 100, prefillTokensPerSecond: 2000 };

describe('smoke', () => {
  it('works', () => {
    const a = apiMonthlyCost(workload, gpt4o);
    const d = apiMonthlyCost(workload, deepseek);
    const l = localMonthlyCost(rtx4090, workload);
    console.log(a.monthly, d.monthly, l, breakEven(l, a), breakEven(l, d));
    expect(roundCents(a.monthly.amount)).toBe(375);
  });
});
