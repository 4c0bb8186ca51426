import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from './builtin.js';
import { countParameters } from './parameter-count.js';
import type { Architecture, Model } from './schema/index.js';

interface Reference {
  id: string;
  totalPublished: string;
  activePublished: string;
  computedTotalFromConfig: number;
  computedActiveFromConfig: number;
  kvBytesPerTokenBf16: number;
  kvBytesPerTokenBf16GlobalLayersOnly?: number;
}
const reference: Reference[] = JSON.parse(readFileSync(new URL('../test/fixtures/model-facts-reference.json', import.meta.url), 'utf8')).models;
const catalog = builtinCatalog();
const model = (id: string): Model => {
  const m = catalog.models.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
};
/** "8.2B" → 8.2e9; "7B (model name)" → 7e9. */
const billions = (label: string) => Number.parseFloat(label) * 1e9;
/** Labels that are only the size in the model's name, not a published count. */
const nameOnly = (label: string, id: string) =>
  label.includes('model name') || id.startsWith('deepseek-r1-distill-') || id === 'qwen3-14b';

/** KV-cache bytes per token at BF16 (docs/methodology.md): MLA latent, else 2 (K,V) × layers × kv heads × head dim × 2 bytes. */
function kvBytesPerToken(arch: Architecture, layers = arch.layers): number {
  if (arch.mla) return layers * (arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim) * 2;
  return 2 * layers * arch.kvHeads * arch.headDim * 2;
}

describe('countParameters', () => {
  it('splits Llama-3.1-8B into tensor classes (hand calculation)', () => {
    const c = countParameters(model('llama-3.1-8b').architecture);
    // vocab 128,256 × hidden 4,096 = 525,336,576 for the embeddings and again for the untied lm_head.
    expect(c.byClass.embeddings).toBe(525_336_576);
    expect(c.byClass.output).toBe(525_336_576);
    // Per layer: q 4096×4096 + k,v 2×4096×1024 + o 4096×4096 = 41,943,040; × 32 layers.
    expect(c.byClass.attention).toBe(1_342_177_280);
    // SwiGLU: 3 × 4096 × 14,336 = 176,160,768 per layer; × 32.
    expect(c.byClass.ffnDense).toBe(5_637_144_576);
    // Two RMSNorms of 4,096 per layer + the final norm: 32 × 8,192 + 4,096.
    expect(c.byClass.norms).toBe(266_240);
    expect(c.total).toBe(8_030_261_248);
    expect(c.active).toBe(c.total);
  });

  it('counts DeepSeek-R1 MLA projections, 256 routed + 1 shared expert and the router bias', () => {
    const c = countParameters(model('deepseek-r1').architecture);
    // Per layer: q_a 7168×1536 + q_b 1536×128×192 + kv_a 7168×576 + kv_b 512×128×256 + o 128×128×7168
    //          = 11,010,048 + 37,748,736 + 4,128,768 + 16,777,216 + 117,440,512 = 187,105,280; × 61 layers.
    expect(c.byClass.attention).toBe(11_413_422_080);
    // 58 MoE layers × 256 experts × 3 × 7168 × 2048.
    expect(c.byClass.ffnExperts).toBe(653_908_770_816);
    expect(c.byClass.ffnSharedExperts).toBe(58 * 3 * 7168 * 2048);
    // Gate 256 × 7168 plus a 256-value e_score_correction_bias per MoE layer.
    expect(c.byClass.router).toBe(58 * 256 * 7169);
    // 3 dense layers × 3 × 7168 × 18,432.
    expect(c.byClass.ffnDense).toBe(1_189_085_184);
    expect(c.total).toBe(671_026_419_200);
    // Active: 8 of 256 routed experts per MoE layer.
    expect(c.active).toBe(37_552_297_472);
  });

  it('treats Llama 4 Maverick as 24 MoE layers (128 experts + 1 shared) and 24 dense layers of width 16,384', () => {
    const c = countParameters(model('llama-4-maverick').architecture);
    expect(c.byClass.ffnDense).toBe(24 * 3 * 5120 * 16_384);
    expect(c.byClass.ffnExperts).toBe(24 * 128 * 3 * 5120 * 8192);
    expect(c.byClass.ffnSharedExperts).toBe(24 * 3 * 5120 * 8192);
    expect(c.total).toBe(400_711_848_960);
    expect(c.active).toBe(17_184_691_200);
  });

  it('counts tied embeddings once (Qwen3-0.6B) and Qwen3 q/k norms', () => {
    const c = countParameters(model('qwen3-0.6b').architecture);
    expect(c.byClass.output).toBe(0);
    // Per layer 2 × 1024 + q_norm/k_norm 2 × 128; 28 layers + final norm 1,024.
    expect(c.byClass.norms).toBe(28 * (2048 + 256) + 1024);
    expect(c.total).toBe(596_049_920);
  });

  it('adds the q/k/v bias of Qwen2-family models', () => {
    const c = countParameters(model('deepseek-r1-distill-qwen-7b').architecture);
    // 28 layers × (q 3584×3584 + k,v 2×3584×512 + o 3584×3584 + bias 3584 + 2×512).
    expect(c.byClass.attention).toBe(28 * (2 * 3584 * 3584 + 2 * 3584 * 512 + 3584 + 1024));
    expect(c.total).toBe(7_615_616_512);
  });

  for (const ref of reference) {
    it(`${ref.id}: computed total and active match the reference counts and the published figure within 2%`, () => {
      const m = model(ref.id);
      const c = countParameters(m.architecture);
      expect(c.total).toBe(ref.computedTotalFromConfig);
      expect(c.active).toBe(ref.computedActiveFromConfig);
      // The catalog's own figure is within 2% of the count from its architecture.
      expect(Math.abs(c.total / m.parameters.total - 1)).toBeLessThan(0.02);
      expect(Math.abs(c.active / m.parameters.active - 1)).toBeLessThan(0.02);
      if (!nameOnly(ref.totalPublished, ref.id)) {
        // Llama 4's published totals include the vision encoder (109B vs 107.8B text decoder: 1.1%), still within 2%.
        expect(Math.abs(c.total / billions(ref.totalPublished) - 1)).toBeLessThan(0.02);
        expect(Math.abs(c.active / billions(ref.activePublished) - 1)).toBeLessThan(0.02);
      } else {
        // Name-only sizes ("1.5B") are labels: the catalog stores the config.json count instead.
        expect(m.parameters.total).toBe(ref.computedTotalFromConfig);
      }
    });

    it(`${ref.id}: KV-cache bytes per token at BF16 equal the reference (${ref.kvBytesPerTokenBf16})`, () => {
      const arch = model(ref.id).architecture;
      expect(kvBytesPerToken(arch)).toBe(ref.kvBytesPerTokenBf16);
      if (ref.kvBytesPerTokenBf16GlobalLayersOnly !== undefined) {
        const globalLayers = arch.layers - (arch.windowedAttention?.layers ?? 0);
        expect(kvBytesPerToken(arch, globalLayers)).toBe(ref.kvBytesPerTokenBf16GlobalLayersOnly);
      }
    });
  }

  it('Qwen2.5-72B (not in the reference file) computes to its card figure of 72.7B', () => {
    // 2 × 152,064 × 8,192 + 80 × (151,005,184 attention + 726,663,168 FFN + 16,384 norms) + 8,192.
    expect(countParameters(model('qwen2.5-72b').architecture).total).toBe(72_706_203_648);
    expect(kvBytesPerToken(model('qwen2.5-72b').architecture)).toBe(2 * 80 * 8 * 128 * 2);
  });

  it('for any architecture: total is the sum of the classes and active never exceeds total', () => {
    const source = { source: 'test', kind: 'primary' as const, asOf: '2026-11-28' };
    const architecture = fc
      .record({
        layers: fc.integer({ min: 1, max: 128 }),
        hiddenSize: fc.integer({ min: 64, max: 16_384 }),
        attentionHeads: fc.integer({ min: 1, max: 128 }),
        kvHeads: fc.integer({ min: 1, max: 128 }),
        headDim: fc.integer({ min: 16, max: 256 }),
        vocabSize: fc.integer({ min: 1000, max: 300_000 }),
        tiedEmbeddings: fc.boolean(),
        intermediateSize: fc.integer({ min: 64, max: 65_536 }),
        attentionBias: fc.boolean(),
        qkNorm: fc.boolean(),
        moe: fc.option(fc.record({ experts: fc.integer({ min: 2, max: 256 }), share: fc.double({ min: 0, max: 1, noNaN: true }), sharedExperts: fc.integer({ min: 0, max: 2 }), expertIntermediateSize: fc.integer({ min: 64, max: 8192 }) })),
      })
      .map(({ moe, ...a }): Architecture => ({
        ...a,
        modelType: 'test',
        nativeDtype: 'bf16',
        source,
        ...(moe ? { moe: { layers: Math.max(1, Math.round(moe.share * a.layers)), experts: moe.experts, activeExperts: Math.min(moe.experts, 1 + (moe.experts % 8)), sharedExperts: moe.sharedExperts, expertIntermediateSize: moe.expertIntermediateSize } } : {}),
      }));
    fc.assert(
      fc.property(architecture, (a) => {
        const c = countParameters(a);
        expect(Object.values(c.byClass).reduce((x, y) => x + y, 0)).toBe(c.total);
        expect(c.active).toBeLessThanOrEqual(c.total);
        expect(c.active).toBeGreaterThan(0);
        if (!a.moe) expect(c.active).toBe(c.total);
      }),
    );
  });
});
