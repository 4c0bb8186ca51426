import { describe, expect, it } from 'vitest';
import { apiMonthlyCost, type PricedOffer, roundCents } from './index.js';
import { deepseekChat, deepseekFlash, gemini31Pro, gpt4o, qwen3Max } from './test-support/offers.js';

const cents = (x: number) => roundCents(x);

describe('apiMonthlyCost', () => {
  it("bills the article's 1M input + 1M output a day on GPT-4o at $375.00", () => {
    // 30 × (1 × 2.50 + 1 × 10.00) = 375.00
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 }, gpt4o);
    expect(cents(cost.monthly.amount)).toBe(375);
    expect(cost.monthly.currency).toBe('USD');
    expect(cost.lines.map((l) => [l.rateCard, l.kind, l.tokensPerMonth, cents(l.amount.amount)])).toEqual([
      ['base', 'input', 30e6, 75],
      ['base', 'output', 30e6, 300],
    ]);
    // 375 / 60M tokens × 1M = 6.25 per 1M
    expect(cents(cost.costPerMTok!.amount)).toBe(6.25);
    expect(cost.warnings.map((w) => w.code)).toEqual(['deprecated']);
  });

  it("bills the article's DeepSeek at $12.60 and flags the retired offer", () => {
    // 30 × (0.14 + 0.28) = 12.60
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 }, deepseekChat);
    expect(cents(cost.monthly.amount)).toBe(12.6);
    expect(cost.available).toBe(false);
    expect(cost.warnings[0]).toEqual({
      code: 'retired',
      message: 'deepseek/deepseek-chat is retired since 2026-07-24: price shown for reference only',
    });
  });

  it('bills cached input at the cache-read rate', () => {
    // input 30M: 15M uncached × 2.50 = 37.50, 15M cached × 1.25 = 18.75; output 6M × 10 = 60 → 116.25
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 2e5, cachedInputShare: 0.5 }, gpt4o);
    expect(cents(cost.monthly.amount)).toBe(116.25);
    expect(cost.tokensPerMonth.cachedInput).toBe(15e6);
  });

  it('bills cached input at the input rate when the offer has no cache discount', () => {
    // qwen3-max: 30M × 1.20 = 36 + 3M × 6 = 18 → 54, cached share changes nothing
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e5, cachedInputShare: 0.5, requestsPerDay: 100 }, qwen3Max);
    expect(cents(cost.monthly.amount)).toBe(54);
  });

  it('reprices the whole request above a long-context threshold, cached part included', () => {
    // 6M input/day in 20 requests = 300k-token prompts > 200k → tier card for the whole request.
    // 180M input: 90M uncached × 4.00 = 360, 90M cached × 0.40 = 36; 3M output × 18 = 54 → 450.00
    const cost = apiMonthlyCost(
      { inputTokensPerDay: 6e6, outputTokensPerDay: 1e5, cachedInputShare: 0.5, requestsPerDay: 20 },
      gemini31Pro,
    );
    expect(cents(cost.monthly.amount)).toBe(450);
    expect(new Set(cost.lines.map((l) => l.rateCard))).toEqual(new Set(['context-above-200000']));
  });

  it('keeps a prompt of exactly the threshold at base rates', () => {
    // 4M/day in 20 requests = 200,000 tokens, not above 200,000: 120M × 2 = 240 + 6M × 12 = 72 → 312.00
    const cost = apiMonthlyCost({ inputTokensPerDay: 4e6, outputTokensPerDay: 2e5, requestsPerDay: 20 }, gemini31Pro);
    expect(cents(cost.monthly.amount)).toBe(312);
  });

  it('prices a request-size mix over several context tiers', () => {
    // qwen3-max, thirds at 10k / 64k / 200k prompts; 90M input, 9M output a month → 30M + 3M per third:
    // base 30 × 1.2 + 3 × 6 = 54; >32k 30 × 2.4 + 3 × 12 = 108; >128k 30 × 3 + 3 × 15 = 135 → 297.00
    const third = 1 / 3;
    const cost = apiMonthlyCost(
      {
        inputTokensPerDay: 3e6,
        outputTokensPerDay: 3e5,
        requestMix: [
          { share: third, inputTokensPerRequest: 10_000 },
          { share: third, inputTokensPerRequest: 64_000 },
          { share: third, inputTokensPerRequest: 200_000 },
        ],
      },
      qwen3Max,
    );
    expect(cents(cost.monthly.amount)).toBe(297);
  });

  it('warns when tiers exist but the prompt size is unknown', () => {
    const cost = apiMonthlyCost({ inputTokensPerDay: 6e6, outputTokensPerDay: 1e5 }, gemini31Pro);
    expect(cost.warnings.map((w) => w.code)).toEqual(['prompt-size-unknown']);
    expect(cost.assumptions.promptSize?.value).toBe('≤ 200000');
  });

  it('halves GPT-4o with the Batch API', () => {
    // 30 × (1.25 + 5.00) = 187.50
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6, batchShare: 1 }, gpt4o);
    expect(cents(cost.monthly.amount)).toBe(187.5);
    // A quarter batched: 0.75 × 375 + 0.25 × 187.50 = 281.25 + 46.875 = 328.125 → 328.13
    const quarter = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6, batchShare: 0.25 }, gpt4o);
    expect(cents(quarter.monthly.amount)).toBe(328.13);
  });

  it('bills batch traffic at base rates when the offer has no batch card, and says so', () => {
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6, batchShare: 1 }, deepseekFlash);
    // peak card: 30 × (0.30 + 1.20) = 45.00
    expect(cents(cost.monthly.amount)).toBe(45);
    expect(cost.warnings.map((w) => w.code)).toContain('no-batch-rate');
  });

  it('prices the off-peak share at the off-peak card', () => {
    // half off-peak: 15M × 0.15 + 15M × 0.60 = 11.25; half peak: 15M × 0.30 + 15M × 1.20 = 22.50 → 33.75
    const half = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6, offPeakShare: 0.5 }, deepseekFlash);
    expect(cents(half.monthly.amount)).toBe(33.75);
    // all off-peak: 30 × (0.15 + 0.60) = 22.50 (hardware-costs reference §4.2 item 7)
    const all = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6, offPeakShare: 1 }, deepseekFlash);
    expect(cents(all.monthly.amount)).toBe(22.5);
  });

  it('bills reasoning tokens once, at the output rate', () => {
    // 1M input, 0.4M visible + 0.6M reasoning output: 30 × (2.50 + 0.4 × 10 + 0.6 × 10) = 375.00
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 4e5, reasoningTokensPerDay: 6e5 }, gpt4o);
    expect(cents(cost.monthly.amount)).toBe(375);
    expect(cost.lines.find((l) => l.kind === 'reasoning')?.tokensPerMonth).toBe(18e6);
  });

  it('bills cache writes at the cache-write rate', () => {
    const offer = { ...gpt4o, id: 'anthropic/example', cacheWritePerMTok: 3.125, tiers: [] };
    // 30M input: 10% written 3M × 3.125 = 9.375; 60% read 18M × 1.25 = 22.50; 30% plain 9M × 2.50 = 22.50 → 54.375 → 54.38
    const cost = apiMonthlyCost(
      { inputTokensPerDay: 1e6, outputTokensPerDay: 0, cacheWriteShare: 0.1, cachedInputShare: 0.6 },
      offer,
    );
    expect(cents(cost.monthly.amount)).toBe(54.38);
  });

  describe('cache writes above a context tier', () => {
    // GPT-6.2 Astra's card (api-prices reference): base 8 / 0.40 cached / 10 cache write / 40 out;
    // prompts above 272,000 tokens: 16 / 0.80 / 20 / 60, the whole request repriced.
    const astra: PricedOffer = {
      id: 'openai/gpt-6.2-astra',
      currency: 'USD',
      rates: { inputPerMTok: 8, cachedInputPerMTok: 0.4, outputPerMTok: 40 },
      cacheWritePerMTok: 10,
      tiers: [
        { condition: 'context-above', thresholdTokens: 272000, rates: { inputPerMTok: 16, cachedInputPerMTok: 0.8, outputPerMTok: 60 }, cacheWritePerMTok: 20 },
      ],
      contextTokens: 1050000,
      status: { state: 'current' },
      source: { source: 'https://github.com/BerriAI/litellm/discussions/52347', asOf: '2026-11-18' },
    };
    // 1M input a day in 2 requests = 500,000-token prompts (> 272,000); 10% written, 50% read; 10k output a day.
    const longPrompts = { inputTokensPerDay: 1e6, outputTokensPerDay: 1e4, requestsPerDay: 2, cacheWriteShare: 0.1, cachedInputShare: 0.5 };

    it("bill at the tier's own cache-write rate where the offer gives one", () => {
      // 30M input: 12M plain × 16 = 192; 15M read × 0.80 = 12; 3M written × 20 = 60; 0.3M output × 60 = 18 → 282.00
      const cost = apiMonthlyCost(longPrompts, astra);
      expect(cents(cost.monthly.amount)).toBe(282);
      expect(cost.lines.find((l) => l.kind === 'cache-write')).toMatchObject({ rateCard: 'context-above-272000', ratePerMTok: 20, tokensPerMonth: 3e6 });
      expect(Object.keys(cost.assumptions).filter((k) => k.startsWith('cacheWrite.'))).toEqual([]);
    });

    it('bill at the base cache-write rate when the tier has none, and say so', () => {
      // Same, but 3M written × 10 (base) = 30 instead of 60 → 252.00
      const noTierRate: PricedOffer = { ...astra, tiers: [{ ...astra.tiers[0]!, cacheWritePerMTok: undefined }] };
      const cost = apiMonthlyCost(longPrompts, noTierRate);
      expect(cents(cost.monthly.amount)).toBe(252);
      expect(cost.assumptions['cacheWrite.openai/gpt-6.2-astra.context-above-272000']).toEqual({
        value: 10,
        unit: 'USD per 1M tokens',
        source: 'assumption: openai/gpt-6.2-astra gives no cache-write price for prompts above 272000 tokens; billed at its base cache-write rate',
        isDefault: true,
      });
      // Nothing written, nothing assumed.
      expect(Object.keys(apiMonthlyCost({ ...longPrompts, cacheWriteShare: 0 }, noTierRate).assumptions).filter((k) => k.startsWith('cacheWrite.'))).toEqual([]);
    });

    it('keep the base cache-write rate below the threshold', () => {
      // 10 requests → 100,000-token prompts: 12M × 8 = 96; 15M × 0.40 = 6; 3M × 10 = 30; 0.3M × 40 = 12 → 144.00
      expect(cents(apiMonthlyCost({ ...longPrompts, requestsPerDay: 10 }, astra).monthly.amount)).toBe(144);
    });
  });

  it('converts to a user currency with a user rate', () => {
    // 375 USD × 1,400 KRW/USD = 525,000 KRW
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 }, gpt4o, {
      currency: { currency: 'KRW', unitsPerUsd: { KRW: 1400 } },
    });
    expect(cost.monthly).toEqual({ amount: 525000, currency: 'KRW' });
    expect(cost.assumptions['rate.KRW']).toEqual({ value: 1400, unit: 'KRW per USD', source: 'user-given rate' });
  });

  it('grows the volume month by month', () => {
    // month 2 at +10%/month: 375 × 1.1² = 453.75
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6, monthlyGrowth: 0.1 }, gpt4o, { month: 2 });
    expect(cents(cost.monthly.amount)).toBe(453.75);
  });

  it('lists every default it used as an assumption with a source', () => {
    const cost = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 }, gpt4o);
    expect(cost.assumptions.daysPerMonth).toMatchObject({ value: 30, isDefault: true });
    expect(Object.values(cost.assumptions).every((a) => a.source.length > 0)).toBe(true);
  });

  it('rejects an invalid workload naming the field', () => {
    expect(() => apiMonthlyCost({ inputTokensPerDay: -1, outputTokensPerDay: Number.NaN }, gpt4o)).toThrow(
      'invalid workload: inputTokensPerDay: expected a finite number ≥ 0, found -1; outputTokensPerDay: expected a finite number ≥ 0, found NaN',
    );
  });
});
