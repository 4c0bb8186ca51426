import { describe, expect, it } from 'vitest';
import { builtinCatalog } from './builtin.js';
import { catalogIssues } from './catalog-checks.js';
import { filterModels } from './filter.js';
import { allModelNames, findHardware, findModel, findOffer } from './lookup.js';
import { suggest } from './suggest.js';
import { validateCatalogFile } from './validate.js';

const catalog = builtinCatalog();

const MODEL_IDS = [
  'deepseek-r1',
  'deepseek-r1-distill-qwen-1.5b',
  'deepseek-r1-distill-qwen-7b',
  'deepseek-r1-distill-qwen-14b',
  'deepseek-r1-distill-qwen-32b',
  'deepseek-r1-distill-llama-8b',
  'deepseek-r1-distill-llama-70b',
  'llama-4-scout',
  'llama-4-maverick',
  'qwen3-0.6b',
  'qwen3-1.7b',
  'qwen3-4b',
  'qwen3-8b',
  'qwen3-14b',
  'qwen3-32b',
  'qwen3-30b-a3b',
  'qwen3-235b-a22b',
  'mixtral-8x22b',
  'mistral-7b-instruct-v0.3',
  'llama-3.1-8b',
  'llama-3.3-70b',
  'qwen2.5-72b',
];

/** Every object with a `source` string must also say what kind of source it is and when it was read. */
function sourcesOf(value: unknown, path: string, out: Array<{ path: string; source: Record<string, unknown> }>): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      sourcesOf(v, `${path}[${i}]`, out);
    });
  }
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && v && typeof v === 'object') out.push({ path: `${path}.source`, source: v as Record<string, unknown> });
      sourcesOf(v, `${path}.${k}`, out);
    }
  }
}

describe('built-in catalog', () => {
  it('validates against its own schema and cross-checks (ids, aliases, offer → model links)', () => {
    const result = validateCatalogFile({ ...catalog }, 'builtin');
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(catalogIssues(catalog, 'builtin', { requireModelRefs: true })).toEqual([]);
  });

  it('holds exactly the canonical model ids', () => {
    expect(catalog.models.map((m) => m.id).sort()).toEqual([...MODEL_IDS].sort());
  });

  it('holds the required hardware ids', () => {
    const ids = catalog.hardware.map((h) => h.id);
    for (const id of ['rtx-4060-ti-16gb', 'rtx-4070-ti', 'rtx-3090', 'rtx-4090', 'rtx-5090', 'a100-80gb-sxm', 'h100-pcie', 'h100-sxm', 'h200', 'l40s', 'dgx-spark', 'm2-ultra-192gb', 'm4-max-128gb', 'mi300x'])
      expect(ids).toContain(id);
  });

  it('stores GPU and unified memory in binary bytes: the vendor "GB" × 2^30 (docs/data-sources.md)', () => {
    const memory = (id: string) => builtinCatalog().hardware.find((h) => h.id === id)?.memoryBytes;
    // nvidia-smi: RTX 3090 24,576 MiB = 24 × 1024 MiB = 24 × 2^30 = 25,769,803,776 B (not 24 × 10^9).
    expect(memory('rtx-3090')).toBe(25_769_803_776);
    expect(memory('rtx-4090')).toBe(25_769_803_776);
    // A100 80 GB: nvidia-smi 81,920 MiB = 80 × 2^30 = 85,899,345,920 B.
    expect(memory('a100-80gb-sxm')).toBe(85_899_345_920);
    // MI300X 192 GB: 192 × 2^30 = 206,158,430,208 B; a 128 GB Mac: 128 × 2^30 = 137,438,953,472 B.
    expect(memory('mi300x')).toBe(206_158_430_208);
    expect(memory('m4-max-128gb')).toBe(137_438_953_472);
    expect(memory('dgx-spark')).toBe(137_438_953_472);
    // Every device's vendor figure is a whole number of GB, so every entry is a whole number of GiB.
    for (const h of builtinCatalog().hardware) expect(h.memoryBytes % 2 ** 30, h.id).toBe(0);
  });

  it('gives every fact a source URL or document, a kind and an as-of date', () => {
    const found: Array<{ path: string; source: Record<string, unknown> }> = [];
    sourcesOf(catalog, '$', found);
    // 22 models × at least 8 sourced facts each, 20 GPUs, 43 offers.
    expect(found.length).toBeGreaterThan(22 * 8 + 20 + 43);
    for (const { source } of found) {
      expect(typeof source.source).toBe('string');
      expect(['primary', 'secondary']).toContain(source.kind);
      expect(source.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('resolves Ollama tags, Hugging Face repo ids and names case-insensitively', () => {
    expect(findModel(catalog, 'llama4:scout')?.id).toBe('llama-4-scout');
    expect(findModel(catalog, 'deepseek-ai/DeepSeek-R1')?.id).toBe('deepseek-r1');
    expect(findModel(catalog, 'DEEPSEEK-R1:14B')?.id).toBe('deepseek-r1-distill-qwen-14b');
    expect(findModel(catalog, 'mixtral:8x22b')?.id).toBe('mixtral-8x22b');
    expect(findModel(catalog, 'qwen2.5:72b')?.id).toBe('qwen2.5-72b');
    expect(findModel(catalog, 'qwen3-72b')).toBeUndefined();
    expect(findHardware(catalog, 'RTX 4090')?.id).toBe('rtx-4090');
    expect(findOffer(catalog, 'openai/gpt-4o')?.rates).toEqual({ inputPerMTok: 2.5, cachedInputPerMTok: 1.25, outputPerMTok: 10 });
  });

  it('suggests the real models for the article\'s "Qwen3-72B"', () => {
    const ids = catalog.models.map((m) => m.id);
    const suggestions = suggest('qwen3-72b', ids);
    expect(suggestions).toContain('qwen2.5-72b');
    expect(suggestions).toContain('qwen3-32b');
    expect(suggest('llama4-scout', allModelNames(catalog))[0]).toBe('llama-4-scout');
  });

  it('records the article corrections: Mixtral 141B, Qwen3 119 languages, Qwen3-235B 32K native + YaRN to 128K', () => {
    expect(findModel(catalog, 'mixtral-8x22b')?.parameters.total).toBe(141e9);
    expect(findModel(catalog, 'qwen3-8b')?.languages.count).toBe(119);
    const q = findModel(catalog, 'qwen3-235b-a22b')!;
    expect(q.context.nativeTokens).toBe(32_768);
    expect(q.context.extension).toMatchObject({ method: 'YaRN', factor: 4, maxTokens: 131_072 });
    expect(q.license.id).toBe('Apache-2.0');
    const humanEval = findModel(catalog, 'deepseek-r1')!.benchmarks.find((b) => b.name === 'HumanEval');
    expect(humanEval).toMatchObject({ score: 92.7, reportedBy: 'article', source: { kind: 'secondary' } });
  });

  it('carries lineage: Llama-based distills inherit Llama terms, Qwen-based ones Apache-2.0', () => {
    const lineage = (id: string) => findModel(catalog, id)!.baseModels.map((b) => [b.id, b.license]);
    expect(lineage('deepseek-r1-distill-llama-8b')).toEqual([['meta-llama/Llama-3.1-8B', 'LicenseRef-Llama-3.1-Community']]);
    expect(lineage('deepseek-r1-distill-llama-70b')).toEqual([['llama-3.3-70b', 'LicenseRef-Llama-3.3-Community']]);
    expect(lineage('deepseek-r1-distill-qwen-1.5b')).toEqual([['Qwen/Qwen2.5-Math-1.5B', 'Apache-2.0']]);
    expect(findModel(catalog, 'deepseek-r1-distill-llama-8b')!.license.id).toBe('MIT');
    const licenseIds = new Set(catalog.models.map((m) => m.license.id));
    expect([...licenseIds].sort()).toEqual(['Apache-2.0', 'LicenseRef-Llama-3.1-Community', 'LicenseRef-Llama-3.3-Community', 'LicenseRef-Llama-4-Community', 'LicenseRef-Qwen', 'MIT']);
  });

  it('filters by license, size, context, modality, language and MoE', () => {
    const ids = (f: Parameters<typeof filterModels>[1]) => filterModels(catalog, f).map((m) => m.id);
    expect(ids({ license: 'mit' })).toHaveLength(7);
    expect(ids({ modality: 'image' }).sort()).toEqual(['llama-4-maverick', 'llama-4-scout']);
    expect(ids({ moe: true }).sort()).toEqual(['deepseek-r1', 'llama-4-maverick', 'llama-4-scout', 'mixtral-8x22b', 'qwen3-235b-a22b', 'qwen3-30b-a3b']);
    // Qwen3-0.6B and 1.7B have no YaRN extension: 32K only.
    expect(ids({ minContextTokens: 100_000 })).not.toContain('qwen3-1.7b');
    expect(ids({ minContextTokens: 100_000 })).toContain('qwen3-4b');
    expect(ids({ minParams: 100e9, maxParams: 300e9 }).sort()).toEqual(['llama-4-scout', 'mixtral-8x22b', 'qwen3-235b-a22b']);
    expect(ids({ language: 'ko' })).toEqual(['qwen2.5-72b']);
    expect(ids({ language: 'th', moe: false }).sort()).toEqual(['llama-3.1-8b', 'llama-3.3-70b', 'qwen2.5-72b']);
  });

  it('keeps the offers the pricing example needs: GPT-4o at 2.50/10.00 and DeepSeek at 0.14/0.28', () => {
    const deepseek = findOffer(catalog, 'deepseek/deepseek-chat')!;
    expect([deepseek.rates.inputPerMTok, deepseek.rates.outputPerMTok]).toEqual([0.14, 0.28]);
    expect(deepseek.status).toMatchObject({ state: 'retired', date: '2026-07-24' });
    const article = catalog.offers.filter((o) => o.tags?.includes('article')).map((o) => o.id);
    expect(article).toEqual(expect.arrayContaining(['openai/gpt-4o', 'openai/gpt-4o-mini', 'anthropic/claude-3-5-sonnet-20241022', 'google/gemini-1.5-pro', 'deepseek/deepseek-chat', 'alibaba/qwen3-235b-a22b', 'mistral/open-mixtral-8x22b']));
    expect(findOffer(catalog, 'anthropic/claude-3-5-sonnet-20241022')!.status.state).toBe('retired');
  });

  it("gives a long-context tier its own cache-write price where the source has one, and leaves it unset elsewhere", () => {
    // api-prices reference: GPT-6.2 Astra 10 → 20 and GPT-6 Astra 12.5 → 25 per 1M cache-write tokens above 272K.
    const tierCacheWrite = (id: string) => findOffer(catalog, id)!.tiers.find((t) => t.condition === 'context-above')?.cacheWritePerMTok;
    expect([findOffer(catalog, 'openai/gpt-6.2-astra')!.cacheWritePerMTok, tierCacheWrite('openai/gpt-6.2-astra')]).toEqual([10, 20]);
    expect([findOffer(catalog, 'openai/gpt-6-astra')!.cacheWritePerMTok, tierCacheWrite('openai/gpt-6-astra')]).toEqual([12.5, 25]);
    // The reference gives the Anthropic rows no long-context tier at all, so there is nothing to fill in.
    const anthropic = catalog.offers.filter((o) => o.provider === 'anthropic');
    expect(anthropic.map((o) => o.tiers.filter((t) => t.condition === 'context-above').length)).toEqual([0, 0, 0]);
    const withTierCacheWrite = catalog.offers.filter((o) => o.tiers.some((t) => t.cacheWritePerMTok !== undefined)).map((o) => o.id);
    expect(withTierCacheWrite.sort()).toEqual(['openai/gpt-6-astra', 'openai/gpt-6.2-astra']);
  });

  it('carries the Qwen3 Technical Report thinking-mode scores of the dense models', () => {
    const score = (id: string, name: string) => catalog.models.find((m) => m.id === id)?.benchmarks.find((b) => b.name === name && b.reportedBy === 'vendor');
    // Table 13 (Qwen3-32B), Table 17 (Qwen3-8B), Table 19 (Qwen3-0.6B) of arXiv 2505.09388.
    expect(score('qwen3-32b', 'AIME 2024')?.score).toBe(81.4);
    expect(score('qwen3-32b', 'Codeforces')).toMatchObject({ score: 1977, unit: 'rating' });
    expect(score('qwen3-8b', 'LiveCodeBench')).toMatchObject({ score: 57.5, conditions: expect.stringContaining('thinking mode') });
    expect(score('qwen3-0.6b', 'MATH-500')?.score).toBe(77.6);
    expect(score('qwen3-14b', 'GPQA Diamond')?.source).toMatchObject({ source: 'https://arxiv.org/abs/2505.09388', kind: 'primary' });
  });

  it('flags article-only benchmark values as secondary, and gives vendor scores their conditions', () => {
    const all = catalog.models.flatMap((m) => m.benchmarks.map((b) => ({ id: m.id, ...b })));
    const article = all.filter((b) => b.reportedBy === 'article');
    expect(article.length).toBeGreaterThan(0);
    for (const b of article) expect([b.source.kind, (b.source.note?.length ?? 0) > 0]).toEqual(['secondary', true]);
    // Coding scores a recommender can use: vendor-reported LiveCodeBench or HumanEval.
    const coding = new Set(all.filter((b) => b.reportedBy === 'vendor' && ['LiveCodeBench', 'HumanEval'].includes(b.name)).map((b) => b.id));
    expect([...coding].sort()).toEqual([
      'deepseek-r1', 'deepseek-r1-distill-llama-70b', 'deepseek-r1-distill-llama-8b', 'deepseek-r1-distill-qwen-1.5b', 'deepseek-r1-distill-qwen-14b',
      'deepseek-r1-distill-qwen-32b', 'deepseek-r1-distill-qwen-7b', 'llama-3.1-8b', 'llama-3.3-70b', 'llama-4-maverick', 'llama-4-scout',
      'qwen3-0.6b', 'qwen3-1.7b', 'qwen3-14b', 'qwen3-235b-a22b', 'qwen3-32b', 'qwen3-4b', 'qwen3-8b',
    ]);
  });
});
