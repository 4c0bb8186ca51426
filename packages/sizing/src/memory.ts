/**
 * Total memory of a deployment: weights + KV cache + engine overhead, for one copy of the model on one
 * device (fit() splits it across GPUs). Methodology §Memory.
 */
import { type KvCacheEstimate, kvCacheBytes } from './kv-cache.js';
import { DEFAULT_MAX_NUM_BATCHED_TOKENS, overheadParts, vllmActivationBytes } from './overhead.js';
import { findQuantization, type QuantId } from './quantizations.js';
import type { ArchitectureSpec, Engine, KvCacheType, MemoryPart } from './types.js';
import { type WeightsEstimate, weightsBytes } from './weights.js';

export interface SizingInput {
  arch: ArchitectureSpec;
  quant: QuantId;
  /** Context per sequence, tokens. */
  contextTokens: number;
  /** Concurrent sequences (llama.cpp `-np` slots, Ollama OLLAMA_NUM_PARALLEL, vLLM users). Default 1. */
  concurrency?: number;
  /** Default f16 (vLLM `auto` stores the model's 16-bit dtype: same bytes). */
  kvCacheType?: KvCacheType;
  /** Default llama.cpp. */
  engine?: Engine;
  /** llama.cpp default on (`-fa auto`); Ollama default off unless the KV cache is quantized. */
  flashAttention?: boolean;
  /** Unified memory machine (Metal context size, usable fraction). */
  unifiedMemory?: boolean;
  /** Exact tensor bytes (e.g. summed from a GGUF header) replacing the recipe estimate. */
  exactWeightsBytes?: number;
  ubatch?: number;
  /** vLLM profile-run tokens (`--max-num-batched-tokens`). */
  maxNumBatchedTokens?: number;
  /** vLLM CUDA-graph reserve (default VLLM_CUDA_GRAPH_BYTES; 0 with `--enforce-eager`). */
  cudaGraphBytes?: number;
  /** A weights estimate already computed for this arch, quant and engine (skips recomputation in loops). */
  weights?: WeightsEstimate;
}

export interface MemoryEstimate {
  weightsBytes: number;
  kvCacheBytes: number;
  overheadBytes: number;
  /** vLLM's activation peak (part of overheadBytes; splits across tensor-parallel GPUs). 0 for llama.cpp/Ollama. */
  activationBytes: number;
  totalBytes: number;
  /** weights, KV cache, then each overhead part, summing to totalBytes. */
  parts: MemoryPart[];
  weights: WeightsEstimate;
  kv: KvCacheEstimate;
  engine: Engine;
  kvCacheType: KvCacheType;
  concurrency: number;
  flashAttention: boolean;
  /** vLLM allocates KV in 16-token blocks: context rounded up. */
  cachedTokensPerSequence: number;
}

/** vLLM's KV block size in tokens. */
export const VLLM_BLOCK_TOKENS = 16;

/** Problems with an input, as messages (empty when valid). */
export function validateSizingInput(input: SizingInput): string[] {
  const problems: string[] = [];
  const engine = input.engine ?? 'llama.cpp';
  const kv = input.kvCacheType ?? 'f16';
  if (!findQuantization(input.quant)) problems.push(`unknown quantization "${input.quant}"`);
  const spec = findQuantization(input.quant);
  if (spec && engine === 'vllm' && spec.family === 'gguf') {
    problems.push(`${input.quant} is a GGUF (llama.cpp/Ollama) format; vLLM serves F16, BF16, FP8, AWQ-INT4 or GPTQ-INT4`);
  }
  if (spec && engine !== 'vllm' && spec.family === 'safetensors') {
    problems.push(`${input.quant} is a vLLM (safetensors) format; ${engine} needs a GGUF type such as Q4_K_M`);
  }
  if (engine === 'vllm' && (kv === 'q8_0' || kv === 'q4_0')) problems.push(`vLLM has no ${kv} KV cache; use f16 or fp8`);
  if (engine !== 'vllm' && kv === 'fp8') problems.push(`${engine} has no fp8 KV cache; use f16, q8_0 or q4_0`);
  if (!Number.isInteger(input.contextTokens) || input.contextTokens < 1) problems.push(`context must be a positive integer, got ${input.contextTokens}`);
  const c = input.concurrency ?? 1;
  if (!Number.isInteger(c) || c < 1) problems.push(`concurrency must be a positive integer, got ${c}`);
  return problems;
}

export function estimateMemory(input: SizingInput): MemoryEstimate {
  const engine = input.engine ?? 'llama.cpp';
  const kvCacheType = input.kvCacheType ?? 'f16';
  const concurrency = input.concurrency ?? 1;
  const weights = input.weights ?? weightsBytes(input.arch, input.quant, engine === 'vllm' ? 'safetensors' : undefined);
  const wBytes = input.exactWeightsBytes ?? weights.bytes;
  const cachedTokensPerSequence =
    engine === 'vllm' ? Math.ceil(input.contextTokens / VLLM_BLOCK_TOKENS) * VLLM_BLOCK_TOKENS : input.contextTokens;
  const kv = kvCacheBytes({ arch: input.arch, contextTokens: cachedTokensPerSequence, concurrency, kvCacheType });
  // Ollama only enables flash attention by request, and requires it for a quantized KV cache.
  const flashAttention = input.flashAttention ?? (engine === 'llama.cpp' || kvCacheType === 'q8_0' || kvCacheType === 'q4_0');
  const overhead = overheadParts({
    arch: input.arch,
    engine,
    contextTokens: input.contextTokens,
    concurrency,
    flashAttention,
    unifiedMemory: input.unifiedMemory ?? false,
    ...(input.ubatch !== undefined ? { ubatch: input.ubatch } : {}),
    ...(input.maxNumBatchedTokens !== undefined ? { maxNumBatchedTokens: input.maxNumBatchedTokens } : {}),
    ...(input.cudaGraphBytes !== undefined ? { cudaGraphBytes: input.cudaGraphBytes } : {}),
  });
  const overheadBytes = overhead.reduce((s, p) => s + p.bytes, 0);
  const activationBytes = engine === 'vllm' ? vllmActivationBytes(input.arch, input.maxNumBatchedTokens ?? DEFAULT_MAX_NUM_BATCHED_TOKENS) : 0;
  const parts: MemoryPart[] = [
    { label: `weights (${input.quant})`, bytes: wBytes },
    { label: `KV cache (${kvCacheType}, ${input.contextTokens} tokens × ${concurrency})`, bytes: kv.bytes },
    ...overhead,
  ];
  return {
    weightsBytes: wBytes,
    kvCacheBytes: kv.bytes,
    overheadBytes,
    activationBytes,
    totalBytes: wBytes + kv.bytes + overheadBytes,
    parts,
    weights,
    kv,
    engine,
    kvCacheType,
    concurrency,
    flashAttention,
    cachedTokensPerSequence,
  };
}
