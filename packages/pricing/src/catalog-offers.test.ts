import { builtinCatalog, findOffer, type Offer } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { apiMonthlyCost, type PricedOffer, roundCents } from './index.js';

// Catalog offers are priced as they are: the structural PricedOffer accepts the catalog's Offer type.
const offer = (id: string): PricedOffer => {
  const found: Offer | undefined = findOffer(builtinCatalog(), id);
  if (!found) throw new Error(`catalog has no offer ${id}`);
  return found;
};

describe('pricing the built-in catalog offers', () => {
  const article = { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 };

  it("gives the article's $375.00 for GPT-4o and $12.60 for deepseek-chat, flagged retired", () => {
    expect(roundCents(apiMonthlyCost(article, offer('openai/gpt-4o')).monthly.amount)).toBe(375);
    const deepseek = apiMonthlyCost(article, offer('deepseek/deepseek-chat'));
    expect(roundCents(deepseek.monthly.amount)).toBe(12.6);
    expect(deepseek.available).toBe(false);
  });

  it("prices today's deepseek-flash at $22.50 off-peak and $45.00 at peak", () => {
    // (0.15 + 0.60) × 30 and (0.30 + 1.20) × 30 (hardware-costs reference §4.2 item 7)
    const flash = offer('deepseek/deepseek-flash');
    expect(roundCents(apiMonthlyCost({ ...article, offPeakShare: 1 }, flash).monthly.amount)).toBe(22.5);
    expect(roundCents(apiMonthlyCost(article, flash).monthly.amount)).toBe(45);
  });

  it("bills GPT-6.2 Astra's cache writes above 272K tokens at the tier's $20, not the base $10", () => {
    // 500,000-token prompts, 10% written, 50% read: 12M × 16 + 15M × 0.80 + 3M × 20 + 0.3M × 60 = 282.00
    const w = { inputTokensPerDay: 1e6, outputTokensPerDay: 1e4, requestsPerDay: 2, cacheWriteShare: 0.1, cachedInputShare: 0.5 };
    expect(roundCents(apiMonthlyCost(w, offer('openai/gpt-6.2-astra')).monthly.amount)).toBe(282);
  });
});
