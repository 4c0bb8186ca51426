import { describe, expect, it } from 'vitest';
import { gb, grouped, integer, money, months, percent, score, seconds, tokensPerSecond } from './numbers.js';

describe('number formats', () => {
  it('groups thousands and fixes decimals', () => {
    expect(grouped(1234567.891, 2)).toBe('1,234,567.89');
    expect(grouped(-0.001, 2)).toBe('0.00');
    expect(grouped(-1500, 0)).toBe('-1,500');
    expect(grouped(Number.NaN, 0)).toBe('n/a');
  });

  it('labels units', () => {
    // 9_060_000_000 bytes / 1e9 = 9.06 -> one decimal
    expect(gb(9_060_000_000)).toBe('9.1 GB');
    // 41_943_040 bytes / 1e9 = 0.0419 -> two decimals below 0.1 GB
    expect(gb(41_943_040)).toBe('0.04 GB');
    expect(gb(null)).toBe('n/a');
    expect(money(375, 'USD')).toBe('USD 375.00');
    expect(money(1600, 'EUR')).toBe('EUR 1,600.00');
    expect(integer(32768)).toBe('32,768');
    expect(percent(0.834)).toBe('83%');
    expect(score(0.8349)).toBe('0.83');
    expect(tokensPerSecond(7.25)).toBe('7.3 tok/s');
    expect(tokensPerSecond(41.6)).toBe('42 tok/s');
    expect(seconds(0.456)).toBe('0.46 s');
    // 1600 / (375 - 15) = 4.444...
    expect(months(1600 / 360)).toBe('4.4 months');
    expect(months(null)).toBe('never');
  });
});
