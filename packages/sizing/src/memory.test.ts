import { describe, expect, it } from 'vitest';
import { fit } from './fit.js';
import { estimateMemory, validateSizingInput } from './memory.js';
import { CUDA_CONTEXT_BYTES, llamaCppComputeBufferBytes } from './overhead.js';
import { DEEPSEEK_R1, LLAMA_3_1_8B } from './test-support/architectures.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

describe('llama.cpp compute buffer', () => {
  it('Llama-3-8B at 8192 tokens without flash attention: the 560 MiB llama.cpp logs', () => {
    // 4 · 512 · (1 + 4·4096 + 8192 · (1 + 32)) = 2048 · 286,721 = 587,204,608 B = 560.0 MiB.
    expect(llamaCppComputeBufferBytes(LLAMA_3_1_8B, 8192, false)).toBe(587_204_608);
    expect(587_204_608 / MiB).toBeCloseTo(560, 0);
  });

  it('with flash attention the logits term dominates: 4 · 512 · (4096 + 128,256) = 258.5 MiB', () => {
    expect(llamaCppComputeBufferBytes(LLAMA_3_1_8B, 8192, true)).toBe(271_056_896);
  });

  it('DeepSeek-R1 at 32,768 tokens without flash attention: 8312 MiB against 8470 MiB logged (−1.9 %)', () => {
    // 4 · 512 · (1 + 4·7168 + 32,768 · 129) = 2048 · 4,255,745 = 8,715,765,760 B.
    const bytes = llamaCppComputeBufferBytes(DEEPSEEK_R1, 32_768, false);
    expect(bytes).toBe(8_715_765_760);
    expect((bytes / MiB - 8470) / 8470).toBeCloseTo(-0.019, 3);
  });
});

describe('estimateMemory', () => {
  it('adds weights, KV cache and overhead, and the parts sum to the total', () => {
    const m = estimateMemory({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192 });
    // 4,918,541,312 weights + 1,073,741,824 KV + 271,056,896 compute + 457 MiB CUDA context.
    expect(m.weightsBytes).toBe(4_918_541_312);
    expect(m.kvCacheBytes).toBe(1_073_741_824);
    expect(m.overheadBytes).toBe(271_056_896 + CUDA_CONTEXT_BYTES);
    expect(m.totalBytes).toBe(4_918_541_312 + 1_073_741_824 + 271_056_896 + 457 * MiB);
    expect(m.parts.reduce((s, p) => s + p.bytes, 0)).toBe(m.totalBytes);
  });

  it('Ollama runs without flash attention unless the KV cache is quantized', () => {
    expect(estimateMemory({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192, engine: 'ollama' }).flashAttention).toBe(false);
    expect(estimateMemory({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192, engine: 'ollama', kvCacheType: 'q8_0' }).flashAttention).toBe(true);
  });

  it('uses exact weights from a GGUF header when given', () => {
    expect(estimateMemory({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 512, exactWeightsBytes: 4_920_000_000 }).weightsBytes).toBe(4_920_000_000);
  });

  it('rejects combinations the engines do not have', () => {
    expect(validateSizingInput({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192, engine: 'vllm' })[0]).toMatch(/GGUF/);
    expect(validateSizingInput({ arch: LLAMA_3_1_8B, quant: 'FP8', contextTokens: 8192, engine: 'llama.cpp' })[0]).toMatch(/vLLM/);
    expect(validateSizingInput({ arch: LLAMA_3_1_8B, quant: 'BF16', contextTokens: 8192, engine: 'vllm', kvCacheType: 'q4_0' })[0]).toMatch(/no q4_0/);
    expect(validateSizingInput({ arch: LLAMA_3_1_8B, quant: 'BF16', contextTokens: 0, engine: 'vllm' })[0]).toMatch(/context/);
    expect(validateSizingInput({ arch: LLAMA_3_1_8B, quant: 'BF16', contextTokens: 8192, engine: 'vllm', kvCacheType: 'fp8' })).toEqual([]);
  });
});

describe('vLLM: the KV cache takes what gpu_memory_utilization leaves', () => {
  // vllm#10517 (V0, RTX 3090 with 23.58 GiB visible, utilization 0.90, profile run at max_model_len,
  // CUDA graphs outside the profile): kv_cache_size 3.81 GiB at max_model_len 20000, 2.89 GiB at 29000.
  const rtx3090 = { memoryBytes: 23.58 * GiB, bandwidthBytesPerSecond: 936e9, unifiedMemory: false };
  const pool = (maxModelLen: number) =>
    fit(
      { arch: LLAMA_3_1_8B, quant: 'BF16', engine: 'vllm', contextTokens: maxModelLen, maxNumBatchedTokens: maxModelLen, cudaGraphBytes: 0 },
      rtx3090,
    ).vllm?.kvPoolBytesPerGpu ?? 0;

  it('max_model_len 20000: 3.83 GiB modelled vs 3.81 GiB logged', () => {
    // 21.222 GiB budget − 14.957 weights (8,030,261,248 × 2 B) − 2.136 activations (20000 × 4 × 14336 × 2 B) − 0.3 non-torch.
    expect(pool(20_000) / GiB).toBeCloseTo(3.829, 2);
    expect(Math.abs(pool(20_000) / GiB - 3.81) / 3.81).toBeLessThan(0.01);
  });

  it('max_model_len 29000: 2.87 GiB modelled vs 2.89 GiB logged', () => {
    expect(Math.abs(pool(29_000) / GiB - 2.89) / 2.89).toBeLessThan(0.01);
  });

  it('the pool holds 31,232 tokens in the log; the model says how many sequences fit', () => {
    const r = fit({ arch: LLAMA_3_1_8B, quant: 'BF16', engine: 'vllm', contextTokens: 20_000, maxNumBatchedTokens: 20_000, cudaGraphBytes: 0 }, rtx3090);
    // 3.829 GiB / 131,072 B per token ≈ 31,370 tokens → one 20,000-token sequence.
    expect(Math.abs((r.vllm?.maxCachedTokens ?? 0) - 31_232) / 31_232).toBeLessThan(0.01);
    expect(r.vllm?.maxConcurrency).toBe(1);
  });
});
