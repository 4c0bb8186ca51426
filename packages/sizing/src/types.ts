/**
 * Plain input shapes for every sizing function. They mirror the catalog's `Architecture` and `Hardware`
 * schemas structurally (a catalog object is assignable), so callers and tests need no catalog data.
 */

/** Mixture-of-experts FFN layers: every expert is resident in memory; active + shared experts drive speed. */
export interface MoeSpec {
  /** Decoder layers whose FFN is a mixture of experts (the others use the dense FFN). */
  layers: number;
  experts: number;
  activeExperts: number;
  sharedExperts: number;
  expertIntermediateSize: number;
  sharedExpertIntermediateSize?: number;
  /** Per-expert routing bias in every MoE layer (DeepSeek V3 `e_score_correction_bias`). */
  routerBias?: boolean;
}

/** Multi-head latent attention (DeepSeek V2/V3/R1). */
export interface MlaSpec {
  kvLoraRank: number;
  qLoraRank: number | null;
  qkNopeHeadDim: number;
  qkRopeHeadDim: number;
  vHeadDim: number;
}

/** Layers that only attend to a window (sliding) or a chunk (Llama 4); their KV cache stops growing there. */
export interface WindowedAttentionSpec {
  kind: 'sliding' | 'chunked';
  windowTokens: number;
  /** How many of the decoder layers are windowed. */
  layers: number;
}

/** The architecture facts sizing needs, as in a model's config.json. */
export interface ArchitectureSpec {
  /** config.json `model_type` (`llama`, `qwen3`, `qwen3_moe`, `deepseek_v3`, …). */
  modelType: string;
  layers: number;
  hiddenSize: number;
  attentionHeads: number;
  kvHeads: number;
  headDim: number;
  vocabSize: number;
  tiedEmbeddings: boolean;
  /** Dense FFN width (SwiGLU: gate, up, down); null when every layer is MoE. */
  intermediateSize: number | null;
  moe?: MoeSpec;
  mla?: MlaSpec;
  windowedAttention?: WindowedAttentionSpec;
  /** Bias on q/k/v projections (Qwen2/2.5 family). */
  attentionBias?: boolean;
  /** RMSNorm on each head's query and key (Qwen3): 2 × headDim weights per layer. Default: by modelType. */
  qkNorm?: boolean;
  nativeDtype?: 'bf16' | 'fp16' | 'fp32' | 'fp8';
}

/** One device (GPU or unified-memory machine). Figures per device. */
export interface HardwareSpec {
  /** Device memory in bytes. */
  memoryBytes: number;
  /** Peak memory bandwidth in bytes per second. */
  bandwidthBytesPerSecond: number;
  /** Dense FP16/BF16 throughput in FLOP/s; prefill and TTFT are only estimated when known. */
  denseFp16Flops?: number;
  /** Memory shared with the CPU/OS (Apple silicon, DGX Spark). */
  unifiedMemory: boolean;
  /** Share of unified memory usable by the GPU; default {@link DEFAULT_UNIFIED_USABLE_FRACTION}. */
  usableMemoryFraction?: number;
}

/** Inference engines we size for. Ollama runs llama.cpp's engine with its own defaults. */
export type Engine = 'llama.cpp' | 'ollama' | 'vllm';
export const ENGINES: readonly Engine[] = ['llama.cpp', 'ollama', 'vllm'];

/** KV cache element types. `q8_0`/`q4_0` are llama.cpp/Ollama; `fp8` is vLLM's `--kv-cache-dtype fp8`. */
export type KvCacheType = 'f16' | 'bf16' | 'q8_0' | 'q4_0' | 'fp8';
export const KV_CACHE_TYPES: readonly KvCacheType[] = ['f16', 'bf16', 'q8_0', 'q4_0', 'fp8'];

/** A three-point range: printed speeds are never a bare number (methodology §Speed). */
export interface Range {
  low: number;
  typical: number;
  high: number;
}

/** A labelled slice of a memory total. */
export interface MemoryPart {
  label: string;
  bytes: number;
}
