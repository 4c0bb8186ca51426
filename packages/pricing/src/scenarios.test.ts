import { describe, expect, it } from 'vitest';
import { compareScenarios, roundCents } from './index.js';
import { deepseekChat, gpt4o } from './test-support/offers.js';
import { articleRtx4090 } from './test-support/setups.js';

describe('compareScenarios', () => {
  const scenarios = compareScenarios({
    workload: { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 },
    offers: [gpt4o, deepseekChat],
    locals: [
      {
        id: 'local/rtx-4090',
        label: 'RTX 4090',
        setup: articleRtx4090,
        assumptions: { hardwarePriceUsd: { value: 1600, unit: 'USD per GPU', source: 'the comparison article' } },
      },
    ],
  });
  const [openai, deepseek, local] = scenarios;

  it('lists the API scenarios then the local ones with monthly cost and break-even', () => {
    expect(scenarios.map((s) => [s.id, s.kind, roundCents(s.monthlyCost), s.breakEvenMonths === null ? null : roundCents(s.breakEvenMonths)])).toEqual([
      ['openai/gpt-4o', 'api', 375, 4.44],
      ['deepseek/deepseek-chat', 'api', 12.6, null],
      // local monthly = 1,600 / 36 + 15 = 59.44; break-even against the cheapest *available* API: GPT-4o (DeepSeek chat is retired)
      ['local/rtx-4090', 'local', 59.44, 4.44],
    ]);
    expect(local!.breakEven).toEqual([
      { against: 'openai/gpt-4o', months: 1600 / 360, reason: '1600.00 USD upfront / 360.00 USD saved per month' },
      {
        against: 'deepseek/deepseek-chat',
        months: null,
        reason: 'never: local running cost 15.00 USD per month is not below the API bill 12.60 USD',
      },
    ]);
  });

  it('accumulates cash over 24 months: upfront then running cost', () => {
    expect(openai!.cumulative).toHaveLength(25);
    expect(roundCents(openai!.cumulative[24]!)).toBe(9000); // 24 × 375
    expect(roundCents(deepseek!.cumulative[12]!)).toBe(151.2); // 12 × 12.60
    expect(local!.cumulative[0]).toBe(1600);
    expect(roundCents(local!.cumulative[24]!)).toBe(1960); // 1,600 + 24 × 15
  });

  it('flags the retired offer and keeps the caller-given sources', () => {
    expect(deepseek!.warnings).toEqual(['deepseek/deepseek-chat is retired since 2026-07-24: price shown for reference only']);
    expect(local!.assumptions.hardwarePriceUsd?.source).toBe('the comparison article');
    expect(local!.upfront).toBe(1600);
  });

  it('buys another machine the month growth needs it', () => {
    // 4M in + 4M out a day, +50%/month. One machine serves 86,400 × 0.75 s of 2,000 t/s prefill / 100 t/s decode work:
    // month 0 busy = 2,000 + 40,000 = 42,000 s (1 machine); month 1 × 1.5 = 63,000 (1); month 2 × 2.25 = 94,500 → 2 machines.
    const grown = compareScenarios({
      workload: { inputTokensPerDay: 4e6, outputTokensPerDay: 4e6, monthlyGrowth: 0.5 },
      offers: [],
      locals: [{ id: 'local', setup: { ...articleRtx4090, dutyCycle: undefined, powerWattsIdle: 0, electricityUsdPerKwh: 0 } }],
      horizonMonths: 3,
    });
    // no electricity cost: cumulative is purchases only — 1,600 at start, a second 1,600 in month 2 (index 3)
    expect(grown[0]!.cumulative).toEqual([1600, 1600, 1600, 3200]);
  });
});
