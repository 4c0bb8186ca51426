import { describe, expect, it } from 'vitest';
import { conversionProblem, convert, roundCents, validateWorkload } from './index.js';

describe('money', () => {
  it('rounds to cents only for presentation, half away from zero', () => {
    expect(roundCents(0.14 * 30 + 0.28 * 30)).toBe(12.6); // 12.600000000000001 in doubles
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(-2.405)).toBe(-2.41);
    expect(roundCents(-0.001)).toBe(0);
  });

  it('converts through USD with user rates', () => {
    const rates = { currency: 'KRW', unitsPerUsd: { KRW: 1400, EUR: 0.87 } };
    expect(convert(10, 'USD', rates)).toEqual({ amount: 14000, currency: 'KRW' });
    // 87 EUR = 100 USD = 140,000 KRW
    expect(convert(87, 'EUR', rates).amount).toBeCloseTo(140000, 6);
    expect(conversionProblem('CNY', rates)).toBe('no exchange rate for CNY (give units of CNY per 1 USD)');
    expect(() => convert(1, 'CNY', rates)).toThrow(RangeError);
  });
});

describe('validateWorkload', () => {
  it('names the field, what was expected and what was found', () => {
    expect(
      validateWorkload({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6, cachedInputShare: 1.5, batchShare: 0.75, offPeakShare: 0.5 }),
    ).toEqual([
      { path: 'cachedInputShare', expected: 'a number from 0 to 1', found: '1.5' },
      { path: 'cachedInputShare', expected: 'cachedInputShare + cacheWriteShare ≤ 1', found: '1.5' },
      { path: 'batchShare', expected: 'batchShare + offPeakShare ≤ 1', found: '1.25' },
    ]);
  });

  it('checks that a request mix adds up', () => {
    expect(
      validateWorkload({
        inputTokensPerDay: 1,
        outputTokensPerDay: 1,
        requestMix: [{ share: 0.5, inputTokensPerRequest: 1000 }],
      }),
    ).toEqual([{ path: 'requestMix', expected: 'shares summing to 1', found: '0.5' }]);
  });
});
