import { describe, expect, it } from 'vitest';
import { fit } from './fit.js';
import { DEEPSEEK_R1, LLAMA_3_1_8B, QWEN3_32B } from './test-support/architectures.js';

const rtx4090 = { memoryBytes: 24e9, bandwidthBytesPerSecond: 1008e9, denseFp16Flops: 165.2e12, unifiedMemory: false };
const rtx4070ti = { memoryBytes: 12e9, bandwidthBytesPerSecond: 504e9, denseFp16Flops: 80.2e12, unifiedMemory: false };
const h100 = { memoryBytes: 80e9, bandwidthBytesPerSecond: 3350e9, denseFp16Flops: 989e12, unifiedMemory: false };
const m2Ultra = { memoryBytes: 192e9, bandwidthBytesPerSecond: 800e9, denseFp16Flops: 27.2e12, unifiedMemory: true, usableMemoryFraction: 0.75 };
const m4Pro = { memoryBytes: 64e9, bandwidthBytesPerSecond: 273e9, denseFp16Flops: 9.2e12, unifiedMemory: true, usableMemoryFraction: 0.75 };

describe('fit on one GPU', () => {
  it('Llama-3.1-8B Q4_K_M at 8k on an RTX 4090 fits with 17.55 GB spare', () => {
    const r = fit({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192 }, rtx4090);
    // GPU holds weights without token_embd (host) + KV + compute buffer + CUDA context:
    // 4,918,541,312 − 295,501,824 + 1,073,741,824 + 271,056,896 + 479,199,232 = 6,447,037,440.
    expect(r.verdict).toBe('fits');
    expect(r.fits).toBe(true);
    expect(r.requiredBytesPerGpu).toBe(6_447_037_440);
    expect(r.spareBytesPerGpu).toBe(24e9 - 6_447_037_440);
    expect(r.gpuLayers).toBe(32);
    expect(r.offloadLayers).toBe(0);
  });

  it('gives the largest context that fits: (24e9 − 5,373,295,616) / 131,072 B per token = 142,110', () => {
    const r = fit({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192 }, rtx4090);
    expect(r.maxContextTokens).toBe(142_110);
  });

  it('caps the largest context at the model maximum when given', () => {
    const r = fit({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192 }, rtx4090, { maxContextTokens: 131_072 });
    expect(r.maxContextTokens).toBe(131_072);
  });

  it('is tight when less than 10 % of usable memory is left', () => {
    const r = fit({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192 }, { ...rtx4090, memoryBytes: 7e9 });
    // 7e9 − 6,447,037,440 = 552,962,560 < 700,000,000.
    expect(r.verdict).toBe('fits-tight');
    expect(r.fits).toBe(true);
  });
});

describe('llama.cpp partial offload', () => {
  it('Llama-3.1-8B F16 at 8k on a 12 GB RTX 4070 Ti: 21 of 32 layers on the GPU', () => {
    const r = fit({ arch: LLAMA_3_1_8B, quant: 'F16', contextTokens: 8192 }, rtx4070ti);
    // Per layer (weights + KV): (16,066,698,240 − 1,050,673,152 token_embd − 1,050,689,536 output + 1,073,741,824) / 32
    // = 469,971,168 B. GPU budget: 12e9 − 750,256,128 overhead − 1,050,689,536 output = 10,199,054,336 → 21 layers.
    expect(r.verdict).toBe('needs-offload');
    expect(r.gpuLayers).toBe(21);
    expect(r.offloadLayers).toBe(11);
    // Two such GPUs hold it: 16,089,766,912 / 2 + 750,256,128 ≤ 12e9.
    expect(r.gpusNeeded).toBe(2);
  });
});

describe('vLLM tensor parallel', () => {
  it('Qwen3-32B BF16 at 32k needs 2 H100s at 0.9 utilisation', () => {
    const input = { arch: QWEN3_32B, quant: 'BF16' as const, engine: 'vllm' as const, contextTokens: 32_768 };
    // One GPU: 65,524,246,528 weights + 8,589,934,592 KV + 1,677,721,600 activations + 0.8 GiB = 76.65 GB > 72 GB.
    const one = fit(input, h100);
    expect(one.verdict).toBe('needs-more-gpus');
    expect(one.gpusNeeded).toBe(2);
    expect(one.requiredBytesPerGpu).toBeCloseTo(65_524_246_528 + 8_589_934_592 + 1_677_721_600 + 0.8 * 2 ** 30, 0);
    // Two GPUs: everything but the fixed 0.8 GiB splits in half.
    const two = fit(input, h100, { gpuCount: 2 });
    expect(two.verdict).toBe('fits');
    expect(two.requiredBytesPerGpu).toBeCloseTo((65_524_246_528 + 8_589_934_592 + 1_677_721_600) / 2 + 0.8 * 2 ** 30, 0);
  });

  it('refuses a GPU count the heads do not divide into', () => {
    const r = fit({ arch: QWEN3_32B, quant: 'BF16', engine: 'vllm', contextTokens: 32_768 }, h100, { gpuCount: 3 });
    expect(r.fits).toBe(false);
    expect(r.reasons[0]).toBe('64 attention heads do not divide across 3 GPUs');
  });
});

describe('unified memory', () => {
  it('uses the stated usable fraction (75 % of 192 GB = 144 GB) and keeps embeddings in the same pool', () => {
    const r = fit({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192 }, m2Ultra);
    expect(r.usableBytesPerGpu).toBe(144e9);
    // 4,918,541,312 + 1,073,741,824 + 271,056,896 + 512 MiB Metal context.
    expect(r.requiredBytesPerGpu).toBe(4_918_541_312 + 1_073_741_824 + 271_056_896 + 512 * 2 ** 20);
    expect(r.reasons[0]).toBe('unified memory: 75% of 192.0 GB usable by the GPU');
  });

  it('DeepSeek-R1 Q4_K_M does not fit a 64 GB M4 Pro, and offload is not an option there', () => {
    const r = fit({ arch: DEEPSEEK_R1, quant: 'Q4_K_M', contextTokens: 8192 }, m4Pro);
    expect(r.verdict).toBe('does-not-fit');
    expect(r.maxContextTokens).toBeNull();
  });
});
