import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports the functions other packages import', () => {
    const functions = [
      'builtinCatalog', 'findModel', 'findHardware', 'findOffer', 'suggest', 'filterModels', 'formatIssue', 'parseJsonText', 'issuesFromAjv',
      'parseCatalogFile', 'mergeCatalog', 'importLiteLLMPrices', 'importHfConfig', 'countParameters', 'readCatalogFile', 'toSafeJson',
    ];
    for (const name of functions) expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
  });

  it('exports the TypeBox schemas as values', () => {
    expect(api.Model.type).toBe('object');
    expect(api.Offer.properties.rates).toBe(api.RateCard);
  });

  it('memoises the built-in catalog and freezes it deeply', () => {
    const catalog = api.builtinCatalog();
    expect(api.builtinCatalog()).toBe(catalog);
    const gpt4o = api.findOffer(catalog, 'openai/gpt-4o')!;
    expect(() => {
      (gpt4o.rates as { inputPerMTok: number }).inputPerMTok = 0;
    }).toThrow(TypeError);
    expect(gpt4o.rates.inputPerMTok).toBe(2.5);
  });
});
