/**
 * The Assessment carries pricing's own break-even reason and how it was found, so the report does not
 * explain a month-by-month crossing under growth with the flat-volume formula.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinCatalog } from '@llm-adopt/catalog';
import { compareScenarios, type LocalSetup, type PricedOffer, type Workload } from '@llm-adopt/pricing';
import { describe, expect, it } from 'vitest';
import { assess, breakEvenExplanation } from './assess.js';
import { loadPlan } from './io/plan-file.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

describe('break-even reason and method in the Assessment', () => {
  it('flat volume (the article example): closed form, in pricing’s words', () => {
    const loaded = loadPlan(join(examples, 'seed-article-break-even.plan.yaml'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const a = assess(loaded.value.plan, builtinCatalog());
    const scenario = (id: string) => a.cost.scenarios.find((s) => s.id === id)!;
    // upfront 1,600; running 15/month; GPT-4o 375/month → saving 360: 1,600 / 360 = 4.44 months.
    expect(scenario('api:openai/gpt-4o')).toMatchObject({
      breakEvenMethod: 'flat',
      breakEvenReason: '1600.00 USD upfront / 360.00 USD saved per month',
    });
    // DeepSeek 12.60/month < running 15: never.
    expect(scenario('api:deepseek/deepseek-chat')).toMatchObject({
      breakEvenMonths: null,
      breakEvenMethod: 'flat',
      breakEvenReason: 'never: local running cost 15.00 USD per month is not below the API bill 12.60 USD',
    });
    // The local row is against GPT-4o (DeepSeek is retired): the same figure and reason.
    expect(scenario('local:0')).toMatchObject({ breakEvenMethod: 'flat', breakEvenReason: '1600.00 USD upfront / 360.00 USD saved per month' });
  });

  // pricing's growth example (break-even-growth.test.ts): $1 per MTok, a $600 box with $50/month operations.
  const dollarPerMTok: PricedOffer = {
    id: 'test/one-dollar',
    currency: 'USD',
    rates: { inputPerMTok: 1, cachedInputPerMTok: null, outputPerMTok: 1 },
    tiers: [],
    status: { state: 'current' },
    source: { source: 'test price card', asOf: '2026-11-28' },
  };
  const box: LocalSetup = {
    hardwarePriceUsd: 600,
    gpuCount: 1,
    hostCostUsd: 0,
    amortizationMonths: 36,
    resaleShare: 0,
    powerWattsLoad: 0,
    powerWattsIdle: 0,
    electricityUsdPerKwh: 0,
    opsUsdPerMonth: 50,
    decodeTokensPerSecond: 1e6,
    prefillTokensPerSecond: 1e6,
  };
  const explain = (workload: Workload, setup: LocalSetup) => {
    const scenarios = compareScenarios({ workload, offers: [dollarPerMTok], locals: [{ id: 'local:0', setup }] });
    const [api, local] = scenarios;
    return {
      api: { months: api!.breakEvenMonths, ...breakEvenExplanation(api!, scenarios, 'local:0', workload.monthlyGrowth ?? 0) },
      local: { months: local!.breakEvenMonths, ...breakEvenExplanation(local!, scenarios, 'test/one-dollar', workload.monthlyGrowth ?? 0) },
    };
  };

  it('growing volume: the month-by-month crossing, not upfront / saving', () => {
    // 10M tokens/day × 30 = 300M → $300 in month 0, +10%/month: API totals 300, 630, 993; local 600 + 50/month.
    // Month 2 starts with local 700 vs API 630: gap 70, closed at 363 − 50 = 313/month → t = 2 + 70/313 = 2.22.
    // (upfront / first-month saving would say 600 / 250 = 2.4.)
    const { api, local } = explain({ inputTokensPerDay: 10e6, outputTokensPerDay: 0, monthlyGrowth: 0.1 }, box);
    expect(api.months).toBeCloseTo(2 + 70 / 313, 12);
    expect(api.breakEvenMethod).toBe('month-by-month');
    expect(api.breakEvenReason).toBe(
      'with monthly growth 10%, local cumulative cash (upfront, extra machines, running cost) falls to the API total after 2.22 months',
    );
    expect(local).toEqual(api);
  });

  it('shrinking volume that never pays back: "never within 60 months", not "API bill not above running cost"', () => {
    // −50%/month: API bills 300, 150, 75, … sum to less than 600 ever, while local pays 600 + 50/month.
    // Month 0's API bill (300) is above the running cost (50): the flat wording's reason would be false here.
    const { api } = explain({ inputTokensPerDay: 10e6, outputTokensPerDay: 0, monthlyGrowth: -0.5 }, box);
    expect(api).toEqual({
      months: null,
      breakEvenMethod: 'month-by-month',
      breakEvenReason: 'never within 60 months: with monthly growth -50%, local cumulative cash stays above the API total',
    });
  });

  it('a setup that cannot serve never pays back, whatever the growth', () => {
    const { api } = explain({ inputTokensPerDay: 10e6, outputTokensPerDay: 0, monthlyGrowth: 0.1 }, { ...box, decodeTokensPerSecond: 0 });
    expect(api.months).toBeNull();
    expect(api.breakEvenMethod).toBe('cannot-serve');
    expect(api.breakEvenReason).toMatch(/^never: the local setup cannot serve the workload \(cannot serve on this hardware: decode speed 0/);
  });

  it('nothing to compare with: no method, no reason', () => {
    const scenarios = compareScenarios({ workload: { inputTokensPerDay: 10e6, outputTokensPerDay: 0 }, offers: [dollarPerMTok], locals: [] });
    expect(breakEvenExplanation(scenarios[0]!, scenarios, null, 0)).toEqual({ breakEvenMethod: null, breakEvenReason: null });
  });
});

describe('workload.monthlyGrowth in the plan file', () => {
  it('+10 % a month on the article example: GPT-4o is overtaken in month 4, not after 4.44 months', () => {
    const loaded = loadPlan(join(examples, 'seed-article-break-even.plan.yaml'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const plan = { ...loaded.value.plan, workload: { ...loaded.value.plan.workload, monthlyGrowth: 0.1 } };
    const gpt4o = assess(plan, builtinCatalog()).cost.scenarios.find((s) => s.id === 'api:openai/gpt-4o')!;
    // Cumulative API after k months = 375 × (1.1^k − 1) / 0.1; local = 1,600 + 15 k (flat electricity bill).
    // After 3 months: 1,241.25 vs 1,645 (gap 403.75); month 4 adds 375 × 1.1³ = 499.125 vs 15, so the
    // totals meet 403.75 / 484.125 = 0.834 into month 4: 3.83 months.
    expect(gpt4o.breakEvenMethod).toBe('month-by-month');
    expect(gpt4o.breakEvenMonths).toBeCloseTo(3 + 403.75 / 484.125, 6);
  });
});
