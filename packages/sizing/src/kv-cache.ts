/**
 * KV cache bytes: GQA/MHA `2 × kv_heads × head_dim` values per layer per token, MLA one latent of
 * `kv_lora_rank + qk_rope_head_dim`, windowed layers capped at the window. Methodology §KV cache.
 */
import type { ArchitectureSpec, KvCacheType } from './types.js';

/** Bytes per cached element: q8_0 = 34 B per 32 values, q4_0 = 18 B per 32 (ggml block layouts). */
export const KV_BYTES_PER_ELEMENT: Readonly<Record<KvCacheType, number>> = {
  f16: 2,
  bf16: 2,
  fp8: 1,
  q8_0: 34 / 32,
  q4_0: 18 / 32,
};

/** Cached values per token in one attention layer. */
export function kvValuesPerLayerPerToken(arch: ArchitectureSpec): number {
  if (arch.mla) return arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim;
  return 2 * arch.kvHeads * arch.headDim;
}

/**
 * Bytes per token if every layer cached the full context (no window cap).
 * Llama-3.1-8B f16: 2 × 32 × 8 × 128 × 2 = 131,072 B. DeepSeek-R1 (MLA): 61 × 576 × 2 = 70,272 B.
 */
export function kvCacheBytesPerToken(arch: ArchitectureSpec, kvType: KvCacheType = 'f16'): number {
  return arch.layers * kvValuesPerLayerPerToken(arch) * KV_BYTES_PER_ELEMENT[kvType];
}

export interface KvCacheInput {
  arch: ArchitectureSpec;
  /** Context per sequence, in tokens. */
  contextTokens: number;
  /** Sequences held at once (parallel slots / concurrent users). */
  concurrency?: number;
  kvCacheType?: KvCacheType;
}

export interface KvCacheEstimate {
  bytes: number;
  /** Bytes one more token of context adds, for one sequence, while it is below every window. */
  bytesPerToken: number;
  fullAttentionLayers: number;
  windowedLayers: number;
  /** Tokens each windowed layer keeps (min(context, window)). */
  windowedTokens: number;
}

export function kvCacheBytes(input: KvCacheInput): KvCacheEstimate {
  const { arch, contextTokens } = input;
  const concurrency = input.concurrency ?? 1;
  const perLayerToken = kvValuesPerLayerPerToken(arch) * KV_BYTES_PER_ELEMENT[input.kvCacheType ?? 'f16'];
  const windowed = arch.windowedAttention ? Math.min(arch.windowedAttention.layers, arch.layers) : 0;
  const full = arch.layers - windowed;
  const windowedTokens = arch.windowedAttention ? Math.min(contextTokens, arch.windowedAttention.windowTokens) : 0;
  const perSequence = perLayerToken * (full * contextTokens + windowed * windowedTokens);
  return {
    bytes: perSequence * concurrency,
    bytesPerToken: perLayerToken * arch.layers,
    fullAttentionLayers: full,
    windowedLayers: windowed,
    windowedTokens,
  };
}

/** KV bytes read to decode one token at `depth` tokens of context (one sequence). */
export function kvBytesReadPerToken(arch: ArchitectureSpec, depth: number, kvType: KvCacheType = 'f16'): number {
  return kvCacheBytes({ arch, contextTokens: depth, concurrency: 1, kvCacheType: kvType }).bytes;
}
