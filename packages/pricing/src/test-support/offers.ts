import type { PricedOffer } from '../index.js';

// Price cards copied from the project's api-prices reference (compiled 2026-11-28); sources as stated there.
const litellm = { source: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json', asOf: '2026-07-24' };

export const gpt4o: PricedOffer = {
  id: 'openai/gpt-4o',
  displayName: 'GPT-4o',
  currency: 'USD',
  rates: { inputPerMTok: 2.5, cachedInputPerMTok: 1.25, outputPerMTok: 10 },
  tiers: [{ condition: 'batch', rates: { inputPerMTok: 1.25, cachedInputPerMTok: null, outputPerMTok: 5 } }],
  contextTokens: 128000,
  status: { state: 'deprecated', date: '2027-01-14' },
  source: litellm,
};

/** The article's DeepSeek figure: `deepseek-chat`, retired 2026-07-24. */
export const deepseekChat: PricedOffer = {
  id: 'deepseek/deepseek-chat',
  displayName: 'DeepSeek (deepseek-chat)',
  currency: 'USD',
  rates: { inputPerMTok: 0.14, cachedInputPerMTok: 0.0028, outputPerMTok: 0.28 },
  tiers: [],
  contextTokens: 128000,
  status: { state: 'retired', date: '2026-07-24' },
  source: { source: 'https://api-docs.deepseek.com/quick_start/pricing', asOf: '2026-06-07' },
};

/** Peak card as base, off-peak at half (deepseek-flash, 2026-11-15). */
export const deepseekFlash: PricedOffer = {
  id: 'deepseek/deepseek-flash',
  currency: 'USD',
  rates: { inputPerMTok: 0.3, cachedInputPerMTok: 0.006, outputPerMTok: 1.2 },
  tiers: [{ condition: 'off-peak', window: '10:00-01:00', rates: { inputPerMTok: 0.15, cachedInputPerMTok: 0.003, outputPerMTok: 0.6 } }],
  contextTokens: 1000000,
  status: { state: 'current' },
  source: { source: 'https://api-docs.deepseek.com/quick_start/pricing', asOf: '2026-11-15' },
};

export const gemini31Pro: PricedOffer = {
  id: 'google/gemini-3.1-pro-preview',
  currency: 'USD',
  rates: { inputPerMTok: 2, cachedInputPerMTok: 0.2, outputPerMTok: 12 },
  tiers: [{ condition: 'context-above', thresholdTokens: 200000, rates: { inputPerMTok: 4, cachedInputPerMTok: 0.4, outputPerMTok: 18 } }],
  contextTokens: 1048576,
  status: { state: 'current' },
  source: litellm,
};

export const qwen3Max: PricedOffer = {
  id: 'alibaba/qwen3-max',
  currency: 'USD',
  rates: { inputPerMTok: 1.2, cachedInputPerMTok: null, outputPerMTok: 6 },
  tiers: [
    { condition: 'context-above', thresholdTokens: 128000, rates: { inputPerMTok: 3, cachedInputPerMTok: null, outputPerMTok: 15 } },
    { condition: 'context-above', thresholdTokens: 32000, rates: { inputPerMTok: 2.4, cachedInputPerMTok: null, outputPerMTok: 12 } },
  ],
  contextTokens: 262144,
  status: { state: 'current' },
  source: litellm,
};
