import { describe, expect, it } from 'vitest';
import { builtinCatalog } from './builtin.js';
import { formatIssue } from './data-issue.js';
import { findModel, findOffer } from './lookup.js';
import { mergeCatalog, mergeCatalogChecked } from './merge.js';

const base = builtinCatalog();
const qwen = findModel(base, 'qwen3-8b')!;
const gpt4o = findOffer(base, 'openai/gpt-4o')!;

describe('mergeCatalog', () => {
  it('replaces an entry with the same id in place and appends new ids', () => {
    const cheaper = { ...gpt4o, rates: { ...gpt4o.rates, inputPerMTok: 2 } };
    const mine = { ...gpt4o, id: 'acme/gpt-4o-contract', providerModel: 'gpt-4o', rates: { inputPerMTok: 2, cachedInputPerMTok: 1, outputPerMTok: 8 } };
    const merged = mergeCatalog(base, { offers: [cheaper, mine] });
    expect(merged.offers).toHaveLength(base.offers.length + 1);
    expect(merged.offers.findIndex((o) => o.id === 'openai/gpt-4o')).toBe(base.offers.findIndex((o) => o.id === 'openai/gpt-4o'));
    expect(findOffer(merged, 'openai/gpt-4o')!.rates.inputPerMTok).toBe(2);
    expect(merged.offers.at(-1)!.id).toBe('acme/gpt-4o-contract');
    // The built-in catalog itself is untouched.
    expect(findOffer(base, 'openai/gpt-4o')!.rates.inputPerMTok).toBe(2.5);
    expect(merged.models).toEqual(base.models);
  });

  it('lets an overlay claim an alias: the name then resolves to the overlay entry only', () => {
    const fineTune = { ...qwen, id: 'acme-qwen3-8b-ft', name: 'ACME Qwen3 8B fine-tune', aliases: ['qwen3:8b'], distribution: { huggingFace: 'acme/qwen3-8b-ft', ollama: [] } };
    const merged = mergeCatalog(base, { models: [fineTune] });
    expect(findModel(merged, 'qwen3:8b')!.id).toBe('acme-qwen3-8b-ft');
    expect(findModel(merged, 'qwen3-8b')!.distribution.ollama).toEqual([]);

    const checked = mergeCatalogChecked(base, { models: [fineTune] }, 'acme.json');
    expect(checked.ok ? [] : checked.issues.map(formatIssue)).toEqual([
      'acme.json: $.models[0]: expected names not used by another entry, found "qwen3:8b", which already names "qwen3-8b"',
    ]);
  });

  it('checks that overlay offers point at models that exist after the merge', () => {
    const offer = { ...gpt4o, id: 'acme/hosted-qwen', modelId: 'qwen3-9b' };
    const checked = mergeCatalogChecked(base, { offers: [offer] }, 'acme.json');
    expect(checked.ok ? [] : checked.issues.map(formatIssue)).toEqual(['acme.json: $.offers[0].modelId: expected the id of a catalog model, found "qwen3-9b"']);
    expect(mergeCatalogChecked(base, { offers: [{ ...offer, modelId: 'qwen3-8b' }] }, 'acme.json').ok).toBe(true);
  });
});
