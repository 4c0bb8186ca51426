import { describe, expect, it } from 'vitest';
import { builtinCatalog } from './builtin.js';
import { filterModels } from './filter.js';
import { languageSupport, unlistedLanguageCount } from './languages.js';
import { findModel } from './lookup.js';

const catalog = builtinCatalog();
const model = (id: string) => findModel(catalog, id)!;

describe('languageSupport: what the catalog can say about a model and a language', () => {
  it('says listed when the vendor names the language, whatever the case', () => {
    // Qwen2.5-72B's card names 13 of its "over 29" languages, Korean among them.
    expect(languageSupport(model('qwen2.5-72b'), 'ko')).toBe('listed');
    expect(languageSupport(model('qwen2.5-72b'), 'KO')).toBe('listed');
  });

  it('says unlisted when the vendor states more languages than it names', () => {
    // Qwen3: 119 stated, 0 codes stored → any code may be among them; Qwen2.5: 29 stated, 13 named → 16 unnamed.
    expect(languageSupport(model('qwen3-8b'), 'ko')).toBe('unlisted');
    expect(languageSupport(model('qwen2.5-72b'), 'id')).toBe('unlisted');
    expect(unlistedLanguageCount(model('qwen3-8b'))).toBe(119);
    expect(unlistedLanguageCount(model('qwen2.5-72b'))).toBe(29 - 13);
  });

  it('says not-listed when the stored list is the whole list', () => {
    // Llama 3.1: Meta supports exactly these 8; Mistral 7B v0.3: no count, no list.
    expect(languageSupport(model('llama-3.1-8b'), 'ko')).toBe('not-listed');
    expect(unlistedLanguageCount(model('llama-3.1-8b'))).toBe(0);
    expect(languageSupport(model('mistral-7b-instruct-v0.3'), 'en')).toBe('not-listed');
  });
});

describe('filterModels by language', () => {
  const ids = (f: Parameters<typeof filterModels>[1]) => filterModels(catalog, f).map((m) => m.id).sort();
  const qwen3 = ['qwen3-0.6b', 'qwen3-1.7b', 'qwen3-14b', 'qwen3-235b-a22b', 'qwen3-30b-a3b', 'qwen3-32b', 'qwen3-4b', 'qwen3-8b'];

  it('keeps only models whose vendor names the language by default', () => {
    expect(ids({ language: 'ko' })).toEqual(['qwen2.5-72b']);
  });

  it('adds the models that may support it, unverified, when asked', () => {
    // ko: Qwen2.5 names it; the 8 Qwen3 models state 119 languages without naming them here.
    expect(ids({ language: 'ko', includeUnlistedLanguages: true })).toEqual(['qwen2.5-72b', ...qwen3].sort());
    // id (Indonesian): Llama 4 names it; Qwen2.5 (16 unnamed) and Qwen3 may support it.
    expect(ids({ language: 'id', includeUnlistedLanguages: true })).toEqual(['llama-4-maverick', 'llama-4-scout', 'qwen2.5-72b', ...qwen3].sort());
  });
});
