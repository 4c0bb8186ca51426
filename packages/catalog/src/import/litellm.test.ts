import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../data-issue.js';
import { validateCatalogFile } from '../validate.js';
import { importLiteLLMPrices } from './litellm.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));

describe('importLiteLLMPrices', () => {
  const result = importLiteLLMPrices(fixture('litellm-prices-sample.json'), 'model_prices_and_context_window.json', { asOf: '2026-07-24' });
  const offers = result.ok ? result.value : [];

  it('keeps chat entries only (sample_spec and embeddings skipped)', () => {
    expect(offers.map((o) => o.id)).toEqual(['openai/gpt-4o', 'anthropic/claude-3-5-sonnet-20241022', 'gemini/gemini-3.1-pro-preview', 'deepseek/deepseek-chat']);
  });

  it('converts USD per token to USD per 1M tokens, with cache reads and batch', () => {
    const gpt4o = offers[0]!;
    // 2.5e-06 × 1e6 = 2.50; 1e-05 × 1e6 = 10.00; cache read 1.25e-06 → 1.25; batches 1.25 / 5.00.
    expect(gpt4o.rates).toEqual({ inputPerMTok: 2.5, cachedInputPerMTok: 1.25, outputPerMTok: 10 });
    expect(gpt4o.tiers).toEqual([{ condition: 'batch', rates: { inputPerMTok: 1.25, cachedInputPerMTok: null, outputPerMTok: 5 } }]);
    expect(gpt4o.contextTokens).toBe(128_000);
    expect(gpt4o.source).toMatchObject({ source: 'model_prices_and_context_window.json', kind: 'secondary', asOf: '2026-07-24' });
  });

  it('maps cache writes, deprecation dates and _above_Nk_tokens tiers', () => {
    const claude = offers[1]!;
    expect(claude.cacheWritePerMTok).toBe(3.75);
    expect(claude.status).toEqual({ state: 'deprecated', date: '2025-10-01', note: 'LiteLLM deprecation_date' });
    const gemini = offers[2]!;
    expect(gemini.tiers[0]).toMatchObject({ condition: 'context-above', thresholdTokens: 200_000, rates: { inputPerMTok: 4, cachedInputPerMTok: 0.4, outputPerMTok: 18 } });
    // 2.8e-07 → 0.28 without float noise (2.8e-07 × 1e6 = 0.27999999999999997 in binary).
    expect(offers[3]!.rates).toEqual({ inputPerMTok: 0.28, cachedInputPerMTok: 0.028, outputPerMTok: 0.42 });
  });

  it('produces offers that pass the catalog schema', () => {
    const checked = validateCatalogFile({ offers }, 'imported');
    expect(checked.ok ? [] : checked.issues).toEqual([]);
  });

  it('reports wrong types with file and path', () => {
    const bad = importLiteLLMPrices(fixture('litellm-prices-bad.json'), 'bad.json');
    expect(bad.ok ? [] : bad.issues.map(formatIssue)).toEqual([
      'bad.json: $["gpt-4o"].input_cost_per_token: expected a number ≥ 0, found string "2.5e-06"',
      'bad.json: $.broken: expected an object, found array of 2 items',
    ]);
    expect(importLiteLLMPrices([], 'list.json')).toEqual({ ok: false, issues: [{ file: 'list.json', path: '$', expected: 'an object keyed by model name', found: 'array of 0 items' }] });
  });
});
