import { builtinCatalog } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { KV_BYTES_PER_ELEMENT, kvCacheBytes, kvCacheBytesPerToken } from './kv-cache.js';
import { DEEPSEEK_R1, LLAMA_3_1_8B, LLAMA_4_SCOUT_ATTENTION, QWEN3_8B, QWEN3_30B_A3B } from './test-support/architectures.js';

const MiB = 2 ** 20;

describe('KV cache per token', () => {
  it('Llama-3.1-8B (GQA): 2 × 32 layers × 8 KV heads × 128 × 2 B = 131,072 B', () => {
    expect(kvCacheBytesPerToken(LLAMA_3_1_8B)).toBe(131_072);
  });

  it('Llama-3-8B at 8192 tokens in f16 is the 1024 MiB llama.cpp logs', () => {
    // 131,072 B × 8192 = 1,073,741,824 B = 1024 MiB.
    expect(kvCacheBytes({ arch: LLAMA_3_1_8B, contextTokens: 8192 }).bytes / MiB).toBe(1024);
  });

  it('Qwen3-8B: 2 × 36 × 8 × 128 × 2 = 147,456 B, matching Qwen’s measured 4320 MiB for 30,719 extra tokens', () => {
    expect(kvCacheBytesPerToken(QWEN3_8B)).toBe(147_456);
    // 147,456 × 30,719 = 4,529,700,864 B = 4319.9 MiB; Qwen measured 20267 − 15947 = 4320 MiB.
    const delta = kvCacheBytes({ arch: QWEN3_8B, contextTokens: 30_720 }).bytes - kvCacheBytes({ arch: QWEN3_8B, contextTokens: 1 }).bytes;
    expect(delta).toBe(4_529_700_864);
    expect(Math.abs(delta / MiB - 4320)).toBeLessThan(0.5);
  });

  it('Qwen3-30B-A3B: 2 × 48 × 4 × 128 × 2 = 98,304 B (Qwen measured 2880 MiB for 30,719 tokens)', () => {
    expect(kvCacheBytesPerToken(QWEN3_30B_A3B)).toBe(98_304);
    expect((98_304 * 30_719) / MiB).toBeCloseTo(2879.9, 1);
  });

  it('DeepSeek-R1 (MLA) caches one 512 + 64 latent per layer: 61 × 576 × 2 = 70,272 B', () => {
    expect(kvCacheBytesPerToken(DEEPSEEK_R1)).toBe(70_272);
  });

  it('DeepSeek-R1 q8_0 at 32,768 tokens is the 1166.62 MiB ik_llama.cpp logs', () => {
    // 61 × 576 × 34/32 × 32,768 = 1,223,294,976 B = 1166.62 MiB.
    const kv = kvCacheBytes({ arch: DEEPSEEK_R1, contextTokens: 32_768, kvCacheType: 'q8_0' });
    expect(kv.bytes).toBe(1_223_294_976);
    expect(kv.bytes / MiB).toBe(1166.625); // printed as 1166.62
  });

  it('chunked/sliding layers stop growing at the window: Llama 4 Scout at 10,485,760 tokens', () => {
    // Per layer per token 2 × 8 × 128 × 2 = 4096 B. 12 global layers: 12 × 4096 × 10,485,760 = 515,396,075,520;
    // 36 chunked layers: 36 × 4096 × 8192 = 1,207,959,552. Total 516,604,035,072 B (≈ 515 GB from globals alone).
    const kv = kvCacheBytes({ arch: LLAMA_4_SCOUT_ATTENTION, contextTokens: 10_485_760 });
    expect(kv.bytes).toBe(516_604_035_072);
    expect(kv.fullAttentionLayers).toBe(12);
    expect(kv.windowedTokens).toBe(8192);
  });

  it('sliding window on every layer: Mistral-7B-v0.1 (sliding_window 4096) at 32,768 tokens holds 4096', () => {
    // https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json: 32 layers, 8 KV heads × 128, window 4096.
    const mistral = { ...LLAMA_3_1_8B, modelType: 'mistral', vocabSize: 32_000, windowedAttention: { kind: 'sliding' as const, windowTokens: 4096, layers: 32 } };
    // 32 layers × (2 × 8 × 128 × 2 B) × 4096 tokens = 536,870,912 B = 512 MiB, not the 4 GiB of a full cache.
    expect(kvCacheBytes({ arch: mistral, contextTokens: 32_768 }).bytes).toBe(536_870_912);
    expect(kvCacheBytes({ arch: mistral, contextTokens: 2048 }).bytes).toBe(2048 * 131_072);
  });

  it('below the window every layer grows: 4096 tokens × 48 layers × 4096 B', () => {
    expect(kvCacheBytes({ arch: LLAMA_4_SCOUT_ATTENTION, contextTokens: 4096 }).bytes).toBe(4096 * 48 * 4096);
  });

  it('quantized KV: q8_0 = 34/32 B and q4_0 = 18/32 B per element', () => {
    expect(KV_BYTES_PER_ELEMENT.q8_0).toBe(1.0625);
    expect(KV_BYTES_PER_ELEMENT.q4_0).toBe(0.5625);
    // Llama-3.1-8B q4_0: 2 × 32 × 8 × 128 × 0.5625 = 36,864 B per token.
    expect(kvCacheBytesPerToken(LLAMA_3_1_8B, 'q4_0')).toBe(36_864);
  });

  it('multiplies by concurrent sequences', () => {
    // 4 sequences × 8192 tokens × 131,072 B = 4 GiB.
    expect(kvCacheBytes({ arch: LLAMA_3_1_8B, contextTokens: 8192, concurrency: 4 }).bytes).toBe(4 * 2 ** 30);
  });
});

describe('every catalog model against model-facts.json kv_cache_bytes_per_token_bf16', () => {
  // Values copied from ../shared/reference/model-facts.json (computed there from each config.json).
  const FACTS: Record<string, number> = {
    'deepseek-r1': 70_272,
    'deepseek-r1-distill-qwen-1.5b': 28_672,
    'deepseek-r1-distill-qwen-7b': 57_344,
    'deepseek-r1-distill-qwen-14b': 196_608,
    'deepseek-r1-distill-qwen-32b': 262_144,
    'deepseek-r1-distill-llama-8b': 131_072,
    'deepseek-r1-distill-llama-70b': 327_680,
    'llama-4-scout': 196_608, // all layers; 49,152 for the 12 global layers alone
    'llama-4-maverick': 196_608,
    'qwen3-0.6b': 114_688,
    'qwen3-1.7b': 114_688,
    'qwen3-4b': 147_456,
    'qwen3-8b': 147_456,
    'qwen3-14b': 163_840,
    'qwen3-32b': 262_144,
    'qwen3-30b-a3b': 98_304,
    'qwen3-235b-a22b': 192_512,
    'mixtral-8x22b': 229_376,
    'mistral-7b-instruct-v0.3': 131_072,
    'llama-3.1-8b': 131_072,
    'llama-3.3-70b': 327_680,
  };
  it('matches for every model the facts file covers', () => {
    let checked = 0;
    for (const model of builtinCatalog().models) {
      const expected = FACTS[model.id];
      if (expected === undefined) continue;
      expect(kvCacheBytesPerToken(model.architecture, 'bf16'), model.id).toBe(expected);
      checked++;
    }
    expect(checked).toBe(Object.keys(FACTS).length);
  });
});
