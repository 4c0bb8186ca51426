import { describe, expect, it } from 'vitest';
import { apiMonthlyCost, breakEven, localMonthlyCost, roundCents } from './index.js';
import { deepseekChat, gpt4o } from './test-support/offers.js';
import { articleRtx4090 } from './test-support/setups.js';

// The comparison article: "1M tokens/day", GPT-4o $2.50/$10.00, DeepSeek $0.14/$0.28, RTX 4090 $1,600, ~$15/month power.
// Hidden assumption: 1M input AND 1M output tokens every day, 30-day month.
const article = { inputTokensPerDay: 1_000_000, outputTokensPerDay: 1_000_000 };

describe("the comparison article's break-even, done right", () => {
  const local = localMonthlyCost(articleRtx4090, article);

  it('runs the 4090 for $15.00 a month in electricity', () => {
    // 500 W × 8 h = 4 kWh/day × 30 = 120 kWh × $0.125 = $15.00
    expect(local.kwhPerMonth).toBeCloseTo(120, 9);
    expect(roundCents(local.runningPerMonth.amount)).toBe(15);
    expect(local.upfront.amount).toBe(1600);
  });

  it('breaks even against GPT-4o in 4.44 months, not 6', () => {
    // 1,600 / (375.00 − 15.00) = 4.444…
    const be = breakEven(local, apiMonthlyCost(article, gpt4o));
    expect(be.months).toBeCloseTo(4.4444444, 6);
    expect(roundCents(be.monthlySavings.amount)).toBe(360);
    expect(be.reason).toBe('1600.00 USD upfront / 360.00 USD saved per month');
  });

  it('never breaks even against DeepSeek at $12.60, not 74 months', () => {
    // 12.60 − 15.00 = −2.40 a month: the local box costs more to run than the API bill.
    const be = breakEven(local, apiMonthlyCost(article, deepseekChat));
    expect(be.months).toBeNull();
    expect(roundCents(be.monthlySavings.amount)).toBe(-2.4);
    expect(be.reason).toBe('never: local running cost 15.00 USD per month is not below the API bill 12.60 USD');
  });

  it('takes 13.76 months at a 3:1 input:output split of 1M tokens a day in total', () => {
    // 30 × (0.75 × 2.50 + 0.25 × 10.00) = 131.25; 1,600 / (131.25 − 15) = 13.763…
    const mix = { inputTokensPerDay: 750_000, outputTokensPerDay: 250_000 };
    const be = breakEven(localMonthlyCost(articleRtx4090, mix), apiMonthlyCost(mix, gpt4o));
    expect(be.months).toBeCloseTo(13.7634, 4);
  });

  it('takes 9.28 months when the API side uses Batch', () => {
    // 1,600 / (187.50 − 15) = 9.275…
    const batch = { ...article, batchShare: 1 };
    const be = breakEven(localMonthlyCost(articleRtx4090, batch), apiMonthlyCost(batch, gpt4o));
    expect(be.months).toBeCloseTo(9.2754, 4);
  });

  it('pays back immediately when renting is cheaper than the API every month', () => {
    // $0.34/h × 24 × 30 = 244.80 < 375.00, nothing upfront → 0 months
    const rented = localMonthlyCost({ ...articleRtx4090, rentalUsdPerHour: 0.34 }, article);
    expect(roundCents(rented.runningPerMonth.amount)).toBe(244.8);
    expect(breakEven(rented, apiMonthlyCost(article, gpt4o)).months).toBe(0);
  });

  it('says never when the setup cannot serve the workload', () => {
    const cannot = localMonthlyCost({ ...articleRtx4090, decodeTokensPerSecond: 0 }, article);
    const be = breakEven(cannot, apiMonthlyCost(article, gpt4o));
    expect(be.months).toBeNull();
    expect(be.reason).toContain('cannot serve');
  });

  it('refuses to compare different currencies', () => {
    const krw = apiMonthlyCost(article, gpt4o, { currency: { currency: 'KRW', unitsPerUsd: { KRW: 1400 } } });
    expect(() => breakEven(local, krw)).toThrow('currencies differ: local USD, API KRW');
  });
});
