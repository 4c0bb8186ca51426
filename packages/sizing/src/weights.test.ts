import { countParameters as catalogCountParameters, builtinCatalog } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { GGUF_METADATA_BYTES_PER_VOCAB_ENTRY } from './calibrated-constants.js';
import { type GgmlType, ggmlBytes } from './ggml-types.js';
import { assignGgmlTypes, isGgufQuant, useMoreBits } from './quant-recipe.js';
import { QUANT_IDS } from './quantizations.js';
import { countParameters, listTensors } from './tensor-inventory.js';
import { DEEPSEEK_R1, LLAMA_3_1_8B, QWEN3_0_6B, QWEN3_30B_A3B, QWEN3_32B } from './test-support/architectures.js';
import { weightsBytes } from './weights.js';

describe('llama.cpp K-quant recipe', () => {
  it('use_more_bits marks 16 of 32 layers: the first 4, the last 4 and every third in between', () => {
    const marked = Array.from({ length: 32 }, (_, i) => i).filter((i) => useMoreBits(i, 32));
    expect(marked).toEqual([0, 1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 27, 28, 29, 30, 31]);
  });

  it('Q4_K_M keeps output at Q6_K, token_embd at Q4_K and bumps attn_v/ffn_down in those layers', () => {
    const tensors = listTensors(LLAMA_3_1_8B);
    const types = assignGgmlTypes(tensors, LLAMA_3_1_8B, 'Q4_K_M');
    const typeOf = (name: string) => types[tensors.findIndex((t) => t.name === name)];
    expect(typeOf('output.weight')).toBe('Q6_K');
    expect(typeOf('token_embd.weight')).toBe('Q4_K');
    expect(typeOf('blk.0.attn_v.weight')).toBe('Q6_K');
    expect(typeOf('blk.4.attn_v.weight')).toBe('Q4_K');
    expect(typeOf('blk.6.ffn_down.weight')).toBe('Q6_K');
    expect(typeOf('blk.7.ffn_down.weight')).toBe('Q4_K');
    expect(typeOf('blk.7.attn_norm.weight')).toBe('F32');
  });

  it('Q2_K: attn_v Q4_K when GQA ≥ 4 (32/8 = 4), ffn_down and attn_output Q3_K', () => {
    const tensors = listTensors(LLAMA_3_1_8B);
    const types = assignGgmlTypes(tensors, LLAMA_3_1_8B, 'Q2_K');
    const typeOf = (name: string) => types[tensors.findIndex((t) => t.name === name)];
    expect(typeOf('blk.3.attn_v.weight')).toBe('Q4_K');
    expect(typeOf('blk.3.ffn_down.weight')).toBe('Q3_K');
    expect(typeOf('blk.3.attn_output.weight')).toBe('Q3_K');
    expect(typeOf('blk.3.ffn_up.weight')).toBe('Q2_K');
  });

  it('tied embeddings are quantized as the output tensor (Qwen3-0.6B Q4_K_M → Q6_K)', () => {
    const tensors = listTensors(QWEN3_0_6B);
    const types = assignGgmlTypes(tensors, QWEN3_0_6B, 'Q4_K_M');
    expect(types[tensors.findIndex((t) => t.name === 'token_embd.weight')]).toBe('Q6_K');
    expect(tensors.some((t) => t.name === 'output.weight')).toBe(false);
  });
});

describe('weights bytes', () => {
  it('Llama-3.1-8B Q4_K_M, tensor by tensor', () => {
    // token_embd Q4_K: 4096 × 128,256 × 144/256 = 295,501,824; output Q6_K: 525,336,576 × 210/256 = 430,940,160.
    // Plain layer (16 of them), all Q4_K: (2·4096² + 2·4096·1024 + 3·4096·14336) × 0.5625 = 122,683,392.
    // use_more_bits layer (16): q,k,o,gate,up Q4_K = 155,189,248 × 0.5625 = 87,293,952; v + down Q6_K =
    // 62,914,560 × 0.8203125 = 51,609,600 → 138,903,552. Norms F32: (32 · 2 · 4096 + 4096) × 4 = 1,064,960.
    // Total: 295,501,824 + 430,940,160 + 16 × 122,683,392 + 16 × 138,903,552 + 1,064,960 = 4,912,898,048.
    const w = weightsBytes(LLAMA_3_1_8B, 'Q4_K_M');
    expect(w.tensorBytes).toBe(4_912_898_048);
    expect(w.byType).toEqual({ Q4_K: 3_655_139_328, Q6_K: 1_256_693_760, F32: 1_064_960 });
    expect(w.byClass.output).toBe(430_940_160);
    expect(w.tokenEmbeddingBytes).toBe(295_501_824);
    // GGUF metadata (tokenizer): 44 B × 128,256 entries = 5,643,264; file 4,918,541,312 B vs 4.92 GB published.
    expect(w.metadataBytes).toBe(GGUF_METADATA_BYTES_PER_VOCAB_ENTRY * 128_256);
    expect(w.bytes).toBe(4_918_541_312);
    expect(w.bitsPerWeight).toBeCloseTo((8 * 4_912_898_048) / 8_030_261_248, 10);
  });

  it('reads, per decoded token, everything but the embedding table (one row of it)', () => {
    // 4,912,898,048 − 295,501,824 + one Q4_K row of 4096 weights (2304 B) = 4,617,398,528.
    expect(weightsBytes(LLAMA_3_1_8B, 'Q4_K_M').activeBytes).toBe(4_617_398_528);
  });

  it('Q8_0 keeps every matrix at 34 B per 32 weights, output included', () => {
    // (8,030,261,248 − 266,240 norm weights) × 34/32 + 266,240 × 4 = 8,531,869,696 + 1,064,960.
    expect(weightsBytes(LLAMA_3_1_8B, 'Q8_0').tensorBytes).toBe(8_531_869_696 + 1_064_960);
  });

  it('FP8 (vLLM): 1 B per linear weight + an FP32 scale per output row; embeddings and lm_head stay BF16', () => {
    // Per layer: 218,103,808 weights + 43,008 rows × 4 B = 218,275,840; × 32 = 6,984,826,880.
    // Embeddings + lm_head: 2 × 525,336,576 × 2 = 2,101,346,304. Norms BF16: 266,240 × 2 = 532,480.
    expect(weightsBytes(LLAMA_3_1_8B, 'FP8').bytes).toBe(6_984_826_880 + 2_101_346_304 + 532_480);
  });

  it('AWQ-INT4: 0.5 B per weight + 2.5 B per group of 128', () => {
    // Per layer: 218,103,808 / 2 + 1,703,936 groups × 2.5 = 109,051,904 + 4,259,840 = 113,311,744; × 32 = 3,625,975,808.
    expect(weightsBytes(LLAMA_3_1_8B, 'AWQ-INT4').bytes).toBe(3_625_975_808 + 2_101_346_304 + 532_480);
  });

  it('MoE keeps every expert resident but reads only the active ones', () => {
    const w = weightsBytes(QWEN3_30B_A3B, 'BF16');
    // 128 experts × 48 layers × 3 × 2048 × 768 weights × 2 B = 57,982,058,496 B of experts.
    expect(w.byClass.ffnExperts).toBe(57_982_058_496);
    // 8 of 128 experts are read per token: 1/16 of the expert bytes.
    const expertRead = w.tensors.filter((t) => t.tensor.class === 'ffnExperts').reduce((s, t) => s + t.activeBytes, 0);
    expect(expertRead).toBe(57_982_058_496 / 16);
  });

  it('more bits, more bytes: Q2_K < Q3_K_M < Q4_K_M < Q5_K_M < Q6_K < Q8_0 < F16 for Qwen3-32B', () => {
    const order = ['Q2_K', 'Q3_K_M', 'Q4_K_M', 'Q5_K_M', 'Q6_K', 'Q8_0', 'F16'] as const;
    const sizes = order.map((q) => weightsBytes(QWEN3_32B, q).bytes);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThan(sizes[i - 1] as number);
  });
});

describe('parameter count', () => {
  it('DeepSeek-R1 totals 671,026,419,200 parameters without the MTP module (config.json count)', () => {
    expect(countParameters(DEEPSEEK_R1).total).toBe(671_026_419_200);
  });

  it('Llama-3.1-8B totals 8,030,261,248', () => {
    expect(countParameters(LLAMA_3_1_8B).total).toBe(8_030_261_248);
  });

  it('agrees with the catalog’s countParameters for every built-in model, class by class', () => {
    for (const model of builtinCatalog().models) {
      const ours = countParameters(model.architecture);
      const theirs = catalogCountParameters(model.architecture);
      expect(ours.byClass, model.id).toEqual(theirs.byClass);
      expect(ours.total, model.id).toBe(theirs.total);
    }
  });
});

describe('grouped typing equals typing every tensor', () => {
  // computeWeightsBytes types and sums one block per (kind, recipeLayerKey) and counts it for every
  // block that shares it; this checks that shortcut against llama.cpp's per-tensor walk
  // (assignGgmlTypes) for every built-in model and every GGUF file type: each tensor's type, the
  // integer sums exactly, the float sums (bytes read per token) to 1e-12 (only the order of addition differs).
  const models = builtinCatalog().models;
  const ggufQuants = QUANT_IDS.filter((q) => isGgufQuant(q));
  const close = (actual: number, expected: number) => Math.abs(actual - expected) <= 1e-12 * Math.abs(expected);

  it.each(models.map((m) => [m.id, m] as const))('%s', (_id, model) => {
    const arch = model.architecture;
    const tensors = listTensors(arch);
    for (const quant of ggufQuants) {
      const types = assignGgmlTypes(tensors, arch, quant);
      const w = weightsBytes(arch, quant);
      expect(w.tensors.map((t) => t.tensor)).toEqual(tensors);
      expect(w.tensors.map((t) => t.type)).toEqual(types);
      const ref = { tensorBytes: 0, parameters: 0, activeParameters: 0, tokenEmbeddingBytes: 0, outputBytes: 0 };
      const byClass: Record<string, number> = {};
      const byType: Record<string, number> = {};
      const layerBytes = new Array<number>(arch.layers).fill(0);
      let active = 0;
      let layerActive = 0;
      tensors.forEach((t, i) => {
        const b = ggmlBytes(types[i] as GgmlType, t.elements);
        const a = t.activeElements * (b / t.elements) + (t.role === 'token_embd' && arch.tiedEmbeddings ? b : 0);
        ref.tensorBytes += b;
        ref.parameters += t.elements;
        ref.activeParameters += t.role === 'token_embd' ? (arch.tiedEmbeddings ? t.elements : 0) : t.activeElements;
        byClass[t.class] = (byClass[t.class] ?? 0) + b;
        byType[types[i] as string] = (byType[types[i] as string] ?? 0) + b;
        active += a;
        if (t.layer !== null) {
          layerActive += a;
          layerBytes[t.layer] = (layerBytes[t.layer] ?? 0) + b;
        } else if (t.role === 'token_embd') ref.tokenEmbeddingBytes += b;
        else ref.outputBytes += b;
      });
      const nonZeroClasses = Object.fromEntries(Object.entries(w.byClass).filter(([, b]) => b > 0));
      expect({ quant, ...ref, byClass: nonZeroClasses, byType: w.byType, layerBytes: w.layerBytes }).toEqual({
        quant,
        tensorBytes: w.tensorBytes,
        parameters: w.parameters,
        activeParameters: w.activeParameters,
        tokenEmbeddingBytes: w.tokenEmbeddingBytes,
        outputBytes: w.outputBytes,
        byClass,
        byType,
        layerBytes,
      });
      expect({ quant, activeBytes: close(w.activeBytes, active), layerActiveBytes: close(w.layerActiveBytes, layerActive) }).toEqual({
        quant,
        activeBytes: true,
        layerActiveBytes: true,
      });
    }
  });

  it('an unfrozen copy of a catalog architecture gives the same estimate as the frozen one', () => {
    const r1 = models.find((m) => m.id === 'deepseek-r1')?.architecture;
    if (!r1) throw new Error('deepseek-r1 missing from the catalog');
    const copy = structuredClone(r1);
    for (const quant of ['Q4_K_M', 'Q3_K_M', 'FP8'] as const) {
      const frozen = weightsBytes(r1, quant);
      const mutable = weightsBytes(copy, quant);
      expect({ ...mutable, tensors: mutable.tensors.length }).toEqual({ ...frozen, tensors: frozen.tensors.length });
    }
  });
});
