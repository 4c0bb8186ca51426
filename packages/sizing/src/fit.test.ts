import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fit, HOST_USABLE_FRACTION } from './fit.js';
import type { QuantId } from './quantizations.js';
import { DEEPSEEK_R1, LLAMA_3_1_8B, QWEN3_32B } from './test-support/architectures.js';
import type { ArchitectureSpec } from './types.js';

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
    // Host RAM: 11 × 469,971,168 + 1,050,673,152 token_embd = 6,220,356,000 B.
    expect(r.hostMemoryNeededBytes).toBe(6_220_356_000);
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

  it('refuses a GPU count the heads do not divide into, and names the counts that work', () => {
    // 2 H100s hold it (see above) and 64 heads split over 2 or 4: "more GPUs" would be the wrong advice.
    const r = fit({ arch: QWEN3_32B, quant: 'BF16', engine: 'vllm', contextTokens: 32_768 }, h100, { gpuCount: 3 });
    expect(r.fits).toBe(false);
    expect(r.verdict).toBe('does-not-fit');
    expect(r.reasons[0]).toBe('64 attention heads do not divide across 3 GPUs');
    expect(r.reasons).toContain('use 2 or 4 GPUs instead of 3');
  });

  it('says more GPUs when the first count that splits and holds the model is above the one given', () => {
    // 262,144 tokens × 2 sequences: KV = 2 × 262,144 × 64 layers × 2 × 8 heads × 128 × 2 B = 137,438,953,472 B.
    // Per GPU on 2: (65,524,246,528 + 137,438,953,472 + 1,677,721,600) / 2 + 0.8 GiB ≈ 103.2 GB > 72 GB;
    // on 4: ≈ 52.0 GB fits. 3 does not split 64 heads, so the answer is 4.
    const r = fit({ arch: QWEN3_32B, quant: 'BF16', engine: 'vllm', contextTokens: 262_144, concurrency: 2 }, h100, { gpuCount: 3 });
    expect(r.verdict).toBe('needs-more-gpus');
    expect(r.gpusNeeded).toBe(4);
    expect(r.reasons).toContain('use 4 GPUs instead of 3');
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

describe('host memory for llama.cpp partial offload', () => {
  const GiB = 2 ** 30;
  // The catalog's RTX 4090: 24 GB of GDDR6X is 24 × 2^30 bytes.
  const rtx4090Binary = { ...rtx4090, memoryBytes: 24 * GiB };
  /** https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct/blob/main/config.json */
  const LLAMA_3_1_70B: ArchitectureSpec = {
    modelType: 'llama',
    layers: 80,
    hiddenSize: 8192,
    attentionHeads: 64,
    kvHeads: 8,
    headDim: 128,
    vocabSize: 128_256,
    tiedEmbeddings: false,
    intermediateSize: 28_672,
  };
  const r1 = { arch: DEEPSEEK_R1, quant: 'Q4_K_M' as const, contextTokens: 8192 };
  const l70 = { arch: LLAMA_3_1_70B, quant: 'Q4_K_M' as const, contextTokens: 8192 };

  it('DeepSeek-R1 Q4_K_M on one RTX 4090 with 64 GiB of host RAM does not fit: 358.0 GiB needed, 51.2 usable', () => {
    const r = fit(r1, rtx4090Binary, { hostMemoryBytes: 64 * GiB });
    // Weights 404,430,572,544 (token_embd 521,256,960, output 760,195,072); KV 8192 × 576 × 61 × 2 B = 575,668,224.
    // Per layer: (404,430,572,544 − 521,256,960 − 760,195,072 + 575,668,224) / 61 = 6,618,439,159.61 B.
    // GPU budget: 25,769,803,776 − 758,644,736 overhead − 760,195,072 output = 24,250,963,968 → 3 layers; 58 offloaded.
    // Host: ⌈58 × 6,618,439,159.61⌉ = 383,869,471,258 + 521,256,960 token_embd = 384,390,728,218 B = 358.0 GiB.
    // Usable: 0.8 × 64 GiB = 54,975,581,388.8 B = 51.2 GiB.
    expect(r.verdict).toBe('does-not-fit');
    expect(r.fits).toBe(false);
    expect(r.hostMemoryNeededBytes).toBe(384_390_728_218);
    expect(r.hostMemoryUsableBytes).toBeCloseTo(54_975_581_388.8, 1);
    expect(r.offloadLayers).toBe(0);
    expect(r.gpuLayers).toBe(0);
    expect(r.reasons[0]).toBe('host RAM too small: offloading 58 of 61 layers needs 358.0 GiB of host RAM; 51.2 GiB usable (80% of 64.0 GiB)');
  });

  it('without the host RAM, R1 stays needs-offload but carries the 358.0 GiB the host must have', () => {
    const r = fit(r1, rtx4090Binary);
    expect(r.verdict).toBe('needs-offload');
    expect(r.offloadLayers).toBe(58);
    expect(r.hostMemoryNeededBytes).toBe(384_390_728_218);
    expect(r.hostMemoryUsableBytes).toBeNull();
    expect(r.reasons).toContain(
      'the host must have 358.0 GiB of RAM for the offloaded layers, their KV cache and the token embeddings (host RAM not given, not checked)',
    );
  });

  it('Llama-3.1-70B Q4_K_M on one 24 GiB card with 128 GiB of host RAM runs with 36 layers offloaded (18.9 GiB)', () => {
    const r = fit(l70, rtx4090Binary, { hostMemoryBytes: 128 * GiB });
    // Weights 42,518,174,720 (token_embd 591,003,648, output 861,913,088); KV 2 × 80 × 8 × 128 × 2 B × 8192 = 2,684,354,560.
    // Per layer: (42,518,174,720 − 591,003,648 − 861,913,088 + 2,684,354,560) / 80 = 546,870,156.8 B.
    // GPU budget: 25,769,803,776 − 758,644,736 − 861,913,088 = 24,149,245,952 → ⌊44.16⌋ = 44 layers; 36 offloaded.
    // Host: ⌈36 × 546,870,156.8⌉ = 19,687,325,645 + 591,003,648 = 20,278,329,293 B = 18.9 GiB ≤ 0.8 × 128 GiB = 102.4 GiB.
    expect(r.verdict).toBe('needs-offload');
    expect(r.gpuLayers).toBe(44);
    expect(r.offloadLayers).toBe(36);
    expect(r.hostMemoryNeededBytes).toBe(20_278_329_293);
    expect(r.reasons).toContain('host RAM: 18.9 GiB needed, 102.4 GiB usable (80% of 128.0 GiB)');
  });

  it('fits exactly at the limit (host = need ÷ 0.8) and not one byte below it', () => {
    // 20,278,329,293 / 0.8 = 25,347,911,616.25 B of host RAM (23.6 GiB).
    const limit = 20_278_329_293 / HOST_USABLE_FRACTION;
    expect(fit(l70, rtx4090Binary, { hostMemoryBytes: limit }).verdict).toBe('needs-offload');
    expect(fit(l70, rtx4090Binary, { hostMemoryBytes: limit - 1 }).verdict).toBe('does-not-fit');
  });

  it('needs no host RAM when nothing is offloaded', () => {
    const r = fit({ arch: LLAMA_3_1_8B, quant: 'Q4_K_M', contextTokens: 8192 }, rtx4090, { hostMemoryBytes: 8 * GiB });
    expect(r.verdict).toBe('fits');
    expect(r.hostMemoryNeededBytes).toBe(0);
    expect(r.hostMemoryUsableBytes).toBe(0.8 * 8 * GiB);
  });

  it('more host RAM never turns a fit into a non-fit', () => {
    const cases = fc.record({
      arch: fc.constantFrom(LLAMA_3_1_8B, QWEN3_32B, LLAMA_3_1_70B),
      quant: fc.constantFrom<QuantId>('Q4_K_M', 'Q8_0', 'F16'),
      contextTokens: fc.integer({ min: 512, max: 65_536 }),
      gpuGiB: fc.integer({ min: 4, max: 48 }),
      hostGiB: fc.integer({ min: 1, max: 256 }),
      moreGiB: fc.integer({ min: 0, max: 512 }),
    });
    fc.assert(
      fc.property(cases, ({ arch, quant, contextTokens, gpuGiB, hostGiB, moreGiB }) => {
        const input = { arch, quant, contextTokens };
        const gpu = { ...rtx4090, memoryBytes: gpuGiB * GiB };
        const small = fit(input, gpu, { hostMemoryBytes: hostGiB * GiB });
        const large = fit(input, gpu, { hostMemoryBytes: (hostGiB + moreGiB) * GiB });
        if (small.verdict !== 'does-not-fit') expect(large.verdict).toBe(small.verdict);
        // The need does not depend on the host; unknown host RAM is treated as enough.
        expect(large.hostMemoryNeededBytes).toBe(small.hostMemoryNeededBytes);
        if (large.verdict !== 'does-not-fit') expect(fit(input, gpu).verdict).toBe(large.verdict);
      }),
      { numRuns: 60 },
    );
  });
});
