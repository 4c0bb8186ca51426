import { describe, expect, it } from 'vitest';
import { bestHybridSplit, breakEvenUtilisation, costRange, hybridSplit, roundCents } from './index.js';
import { deepseekChat, gpt4o } from './test-support/offers.js';
import { workstation4090 } from './test-support/setups.js';

const article = { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 };

describe('costRange', () => {
  it('moves electricity, hardware price, speed and volume together for best and worst', () => {
    const range = costRange(workstation4090, article, gpt4o);
    // typical: energy 18.558 (see local-cost.test.ts); 2,600 / (375 − 18.558) = 7.2943
    expect(range.typical.breakEven.months).toBeCloseTo(7.2943, 4);
    // best: power × 1/√3, card × 0.6 = 960 (+1,000 host), speed × 1.3, volume × 1.25:
    // busy = 1.25M/2,600 + 1.25M/130 = 10,096.15 s → energy 10.5326; API 468.75; 1,960 / (468.75 − 10.5326) = 4.2774
    expect(range.best.hardwarePriceUsd).toBeCloseTo(960, 9);
    expect(roundCents(range.best.local.energyPerMonth.amount)).toBe(10.53);
    expect(range.best.breakEven.months).toBeCloseTo(4.2774, 4);
    // worst: power × √3, card × 1.25 = 2,000, speed × 0.7, volume × 0.75: energy 33.1566; 3,000 / (281.25 − 33.1566) = 12.0922
    expect(roundCents(range.worst.local.energyPerMonth.amount)).toBe(33.16);
    expect(range.worst.breakEven.months).toBeCloseTo(12.0922, 4);
  });
});

describe('breakEvenUtilisation', () => {
  it('finds the share of one machine at which local is as cheap as GPT-4o', () => {
    // fixed F = 2,600/36 + 57.6 kWh idle × 0.18 = 82.590; at 100% busy the machine serves 86,400/10,500 × (1M + 1M) tokens/day,
    // API then 375 × 8.2286 = 3,085.71, local adds (600 − 80) W × 720 h × 0.18 = 67.392
    // u = 82.590 / (3,085.71 − 67.392) = 0.027363 → 450,316 tokens/day
    const result = breakEvenUtilisation(workstation4090, article, gpt4o);
    expect(result.utilisation).toBeCloseTo(0.027363, 6);
    expect(Math.round(result.tokensPerDay!)).toBe(450_316);
  });

  it('says never when local is dearer even at full load', () => {
    const result = breakEvenUtilisation({ ...workstation4090, hardwarePriceUsd: 1e7 }, article, deepseekChat);
    expect(result.utilisation).toBeNull();
    expect(result.reason).toMatch(/^never: local would need \d+% utilisation of one machine$/);
  });
});

describe('hybridSplit', () => {
  it('adds the local half and the API half', () => {
    // local at 0.5M + 0.5M: 72.222 + energy 14.463 = 86.685; API half 187.50 → 274.19
    const split = hybridSplit(workstation4090, article, gpt4o, 0.5);
    expect(roundCents(split.local!.monthly.amount)).toBe(86.69);
    expect(roundCents(split.api.monthly.amount)).toBe(187.5);
    expect(roundCents(split.monthly.amount)).toBe(274.19);
  });

  it('sends everything local against GPT-4o and nothing local against $12.60 DeepSeek', () => {
    expect(bestHybridSplit(workstation4090, article, gpt4o).localShare).toBe(1);
    expect(bestHybridSplit(workstation4090, article, deepseekChat).localShare).toBe(0);
  });
});
