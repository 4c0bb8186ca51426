import { describe, expect, it } from 'vitest';
import { DECODE_P90_ERROR, DECODE_TYPICAL_ERROR } from './calibrated-constants.js';
import { decodeStepSeconds, estimateSpeed } from './speed.js';
import { DEEPSEEK_R1, LLAMA_3_1_8B, QWEN3_30B_A3B, QWEN3_32B } from './test-support/architectures.js';

const rtx4090 = { bandwidthBytesPerSecond: 1008e9, denseFp16Flops: 165.2e12 };
const a100 = { bandwidthBytesPerSecond: 2039e9, denseFp16Flops: 312e12 };

describe('decode', () => {
  it('Llama-3.1-8B Q4_K_M on an RTX 4090 at an empty context: 127.2 tokens/s (measured 127.74)', () => {
    // step = 2.61 ms + 4,617,398,528 B / 1008 GB/s + 14.79 × 7,504,924,672 weights / 165.2 TFLOP/s
    //      = 0.00261 + 0.0045807525 + 0.0006718997 = 0.0078626522 s → 127.18 tokens/s.
    expect(decodeStepSeconds({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', hardware: rtx4090 })).toBeCloseTo(0.0078626522, 9);
    const s = estimateSpeed({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', hardware: rtx4090 });
    expect(s.decodeTokensPerSecond.typical).toBeCloseTo(127.18, 2);
    expect(s.decodeTokensPerSecond.low).toBeCloseTo(127.18 * (1 - DECODE_TYPICAL_ERROR), 1);
    expect(s.decodeTokensPerSecond.high).toBeCloseTo(127.18 * (1 + DECODE_TYPICAL_ERROR), 1);
    expect(s.typicalErrorPct).toBeCloseTo(DECODE_TYPICAL_ERROR * 100, 6);
  });

  it('single-stream llama.cpp does not read faster than 1.13 TB/s, however fast the memory', () => {
    // A100: min(1.0 × 2039 GB/s, 1.13 TB/s) = 1.13 TB/s for the bytes term.
    const step = decodeStepSeconds({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', hardware: a100 });
    expect(step).toBeCloseTo(0.00261 + 4_617_398_528 / 1.13e12 + (14.79 * 7_504_924_672) / 312e12, 9);
  });

  it('reads the KV cache too: 32k of context costs 32,768 × 131,072 B per token', () => {
    const at0 = decodeStepSeconds({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', hardware: rtx4090 });
    const at32k = decodeStepSeconds({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', hardware: rtx4090, contextTokens: 32_768 });
    expect(at32k - at0).toBeCloseTo((32_768 * 131_072) / 1008e9, 9);
  });

  it('a MoE model decodes from its active experts: Qwen3-30B-A3B is faster than dense Qwen3-32B', () => {
    const moe = estimateSpeed({ arch: QWEN3_30B_A3B, quant: 'Q4_K_M', hardware: rtx4090 }).decodeTokensPerSecond.typical;
    const dense = estimateSpeed({ arch: QWEN3_32B, quant: 'Q4_K_M', hardware: rtx4090 }).decodeTokensPerSecond.typical;
    expect(moe).toBeGreaterThan(3 * dense);
  });

  it('offloaded layers are read at host bandwidth (60 GB/s default) and slow decode down', () => {
    const gpu = estimateSpeed({ arch: LLAMA_3_1_8B, quant: 'F16', hardware: rtx4090 });
    const split = estimateSpeed({ arch: LLAMA_3_1_8B, quant: 'F16', hardware: rtx4090, offloadLayers: 11 });
    expect(split.decodeTokensPerSecond.typical).toBeLessThan(gpu.decodeTokensPerSecond.typical / 2);
    expect(split.assumptions.some((a) => a.includes('11 layers read from host memory at 60 GB/s'))).toBe(true);
  });

  it('llama.cpp layer split adds no single-stream speed; vLLM tensor parallel does', () => {
    const one = estimateSpeed({ arch: QWEN3_32B, quant: 'Q4_K_M', hardware: rtx4090 }).decodeTokensPerSecond.typical;
    const twoLayer = estimateSpeed({ arch: QWEN3_32B, quant: 'Q4_K_M', hardware: rtx4090, gpuCount: 2 }).decodeTokensPerSecond.typical;
    expect(twoLayer).toBeCloseTo(one, 9);
    const vOne = estimateSpeed({ arch: QWEN3_32B, quant: 'BF16', engine: 'vllm', hardware: a100 }).decodeTokensPerSecond.typical;
    const vTwo = estimateSpeed({ arch: QWEN3_32B, quant: 'BF16', engine: 'vllm', hardware: a100, gpuCount: 2 }).decodeTokensPerSecond.typical;
    expect(vTwo).toBeGreaterThan(1.4 * vOne);
  });

  it('concurrency: each user gets less, all users together get more', () => {
    const one = estimateSpeed({ arch: LLAMA_3_1_8B, quant: 'FP8', engine: 'vllm', hardware: a100, contextTokens: 1024 });
    const many = estimateSpeed({ arch: LLAMA_3_1_8B, quant: 'FP8', engine: 'vllm', hardware: a100, contextTokens: 1024, concurrency: 64 });
    expect(many.decodeTokensPerSecond.typical).toBeLessThan(one.decodeTokensPerSecond.typical);
    expect(many.aggregateDecodeTokensPerSecond.typical).toBeGreaterThan(10 * one.aggregateDecodeTokensPerSecond.typical);
  });

  it('without FLOP/s the compute term is left out and the range widens to the 90th-percentile error', () => {
    const s = estimateSpeed({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', hardware: { bandwidthBytesPerSecond: 1008e9 } });
    expect(s.typicalErrorPct).toBeCloseTo(DECODE_P90_ERROR * 100, 6);
    expect(s.prefillTokensPerSecond).toBeNull();
    expect(s.timeToFirstTokenSeconds).toBeNull();
  });
});

describe('prefill and time to first token', () => {
  it('prefill = 0.583 × FLOP/s ÷ (2 × active weights + attention FLOPs at half the prompt)', () => {
    const s = estimateSpeed({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', hardware: rtx4090, promptTokens: 1024 });
    // FLOPs per token: 2 × 7,504,924,672 + 4 × 32 layers × 32 heads × 128 × 512 = 15,009,849,344 + 268,435,456.
    const perToken = 15_009_849_344 + 268_435_456;
    expect(s.prefillTokensPerSecond?.typical).toBeCloseTo((0.583 * 165.2e12) / perToken, 6);
    // TTFT = 1024 / prefill + one decode step.
    const ttft = 1024 / ((0.583 * 165.2e12) / perToken) + decodeStepSeconds({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', hardware: rtx4090 });
    expect(s.timeToFirstTokenSeconds?.typical).toBeCloseTo(ttft, 9);
  });
});

describe('prefill with layers offloaded to the host (llama.cpp)', () => {
  it('adds the copy of the host layers to the GPU once per 512-token ubatch over PCIe 4.0 ×16', () => {
    // Llama-3.1-8B Q4_K_M, 16 of 32 blocks on the host: blocks 0–15, of which 0,1,2,3,6,9,12,15 use more
    // bits (138,903,552 + 32,768 norm bytes = 138,936,320 B) and 8 are plain (122,683,392 + 32,768 =
    // 122,716,160 B): 8 × 138,936,320 + 8 × 122,716,160 = 2,093,219,840 B per ubatch.
    // Per token: 2,093,219,840 / (31.5e9 × 512) = 1.2979e-4 s on top of the compute-bound time.
    const base = { arch: LLAMA_3_1_8B, quant: 'Q4_K_M' as const, hardware: rtx4090, contextTokens: 8192 };
    const onGpu = estimateSpeed(base).prefillTokensPerSecond?.typical ?? 0;
    const offloaded = estimateSpeed({ ...base, offloadLayers: 16 });
    const expected = 1 / (1 / onGpu + 2_093_219_840 / (31.5e9 * 512));
    expect(offloaded.prefillTokensPerSecond?.typical).toBeCloseTo(expected, 6);
    expect(offloaded.prefillTokensPerSecond!.typical).toBeLessThan(onGpu);
    expect(offloaded.assumptions.some((a) => a.includes('prefill copies the 16 host layers (2.1 GB)'))).toBe(true);
  });

  it('DeepSeek-R1 mostly on the host prefills at tens of tokens/s, not the GPU-bound hundreds', () => {
    const r1 = estimateSpeed({ arch: DEEPSEEK_R1, quant: 'Q4_K_M', hardware: rtx4090, contextTokens: 8192, offloadLayers: 58 });
    // ~380 GB of host layers per 512 tokens at 31.5 GB/s ≈ 12 s per ubatch → ≈ 42 tokens/s.
    expect(r1.prefillTokensPerSecond!.typical).toBeGreaterThan(30);
    expect(r1.prefillTokensPerSecond!.typical).toBeLessThan(50);
  });
});
