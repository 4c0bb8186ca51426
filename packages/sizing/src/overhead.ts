/**
 * Engine overhead beyond weights and KV cache, per GPU. Methodology §Overhead.
 * llama.cpp/Ollama: compute buffer (Ollama's llama graph heuristic) + a fixed backend context.
 * vLLM: activation peak of the profile run + non-torch memory + CUDA graphs.
 */
import type { ArchitectureSpec, Engine, MemoryPart } from './types.js';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** CUDA context and driver reserve per GPU (Ollama MinimumMemory 457 MiB; llama.cpp logs ~451–456 MiB unaccounted). */
export const CUDA_CONTEXT_BYTES = 457 * MiB;
/** Metal (unified memory) reserve: Ollama's MinimumMemory for Metal. */
export const METAL_CONTEXT_BYTES = 512 * MiB;
/** llama.cpp default physical batch (`-ub`, n_ubatch). */
export const DEFAULT_UBATCH = 512;
/** vLLM `--gpu-memory-utilization` default (0.9 in the releases whose logs we calibrated on). */
export const DEFAULT_GPU_MEMORY_UTILIZATION = 0.9;
/** vLLM V1 default `--max-num-batched-tokens` for `vllm serve` (the profile run's token count). */
export const DEFAULT_MAX_NUM_BATCHED_TOKENS = 8192;
/** vLLM non-torch allocations: 0.28 GiB remainder in the RTX 3090 log (vllm#10517), rounded up. */
export const VLLM_NON_TORCH_BYTES = Math.round(0.3 * GiB);
/** vLLM CUDA graph capture (on by default): an assumption, not calibrated. */
export const VLLM_CUDA_GRAPH_BYTES = 0.5 * GiB;

export interface OverheadInput {
  arch: ArchitectureSpec;
  engine: Engine;
  /** Tokens per sequence. */
  contextTokens: number;
  concurrency: number;
  /** llama.cpp flash attention: without it the ub × n_ctx × heads score matrix dominates. */
  flashAttention?: boolean;
  unifiedMemory?: boolean;
  ubatch?: number;
  maxNumBatchedTokens?: number;
  cudaGraphBytes?: number;
}

/** Widest FFN activation a token produces: the dense width or the active experts' (+ shared) widths. */
export function ffnActivationWidth(arch: ArchitectureSpec): number {
  const dense = arch.intermediateSize ?? 0;
  if (!arch.moe) return dense;
  const m = arch.moe;
  const moe = m.activeExperts * m.expertIntermediateSize + m.sharedExperts * (m.sharedExpertIntermediateSize ?? m.expertIntermediateSize);
  return Math.max(dense, moe);
}

/**
 * llama.cpp compute buffer on the GPU. Without flash attention (Ollama llm/memory.go, llama graph):
 * max(4·ub·(1 + 4·e + n_ctx·(1 + heads)), 4·ub·(e + vocab)). With flash attention the score matrix is not
 * materialised: max(4·ub·(1 + 4·e + 2·ffn), 4·ub·(e + vocab)).
 */
export function llamaCppComputeBufferBytes(arch: ArchitectureSpec, nCtx: number, flashAttention: boolean, ubatch = DEFAULT_UBATCH): number {
  const e = arch.hiddenSize;
  const logits = 4 * ubatch * (e + arch.vocabSize);
  const body = flashAttention
    ? 4 * ubatch * (1 + 4 * e + 2 * ffnActivationWidth(arch))
    : 4 * ubatch * (1 + 4 * e + nCtx * (1 + arch.attentionHeads));
  return Math.max(body, logits);
}

/** vLLM activation peak: four FFN-width BF16 tensors per batched token (fit on vllm#10517: 109.8 KB/token for Llama-3.1-8B vs 114.7 modelled). */
export function vllmActivationBytes(arch: ArchitectureSpec, batchedTokens: number): number {
  return batchedTokens * 4 * ffnActivationWidth(arch) * 2;
}

/** Overhead for ONE GPU holding the whole model (multi-GPU splits are applied in fit()). */
export function overheadParts(input: OverheadInput): MemoryPart[] {
  const { arch, engine } = input;
  if (engine === 'vllm') {
    // V1 always chunks prefill: the profile run batches max_num_batched_tokens whatever the context.
    const tokens = input.maxNumBatchedTokens ?? DEFAULT_MAX_NUM_BATCHED_TOKENS;
    return [
      { label: `activation peak (profile run, ${tokens} batched tokens)`, bytes: vllmActivationBytes(arch, tokens) },
      { label: 'non-torch memory', bytes: VLLM_NON_TORCH_BYTES },
      { label: 'CUDA graphs (assumed)', bytes: input.cudaGraphBytes ?? VLLM_CUDA_GRAPH_BYTES },
    ];
  }
  const fa = input.flashAttention ?? engine === 'llama.cpp';
  const nCtx = input.contextTokens * input.concurrency;
  return [
    {
      label: `compute buffer (ubatch ${input.ubatch ?? DEFAULT_UBATCH}, flash attention ${fa ? 'on' : 'off'})`,
      bytes: llamaCppComputeBufferBytes(arch, nCtx, fa, input.ubatch),
    },
    input.unifiedMemory
      ? { label: 'Metal/backend context', bytes: METAL_CONTEXT_BYTES }
      : { label: 'CUDA context', bytes: CUDA_CONTEXT_BYTES },
  ];
}
