import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateMemory } from './memory.js';
import type { QuantId } from './quantizations.js';
import { estimateSpeed } from './speed.js';
import type { ArchitectureSpec, KvCacheType } from './types.js';

/** Random decoder architectures: dims in multiples of 256 (every K-quant block fits), GQA, optional MoE/window. */
const arbArch: fc.Arbitrary<ArchitectureSpec> = fc
  .record({
    layers: fc.integer({ min: 1, max: 96 }),
    hiddenBlocks: fc.integer({ min: 1, max: 32 }),
    kvHeads: fc.constantFrom(1, 2, 4, 8),
    groups: fc.constantFrom(1, 2, 4, 8),
    headDim: fc.constantFrom(64, 128),
    vocab: fc.integer({ min: 1000, max: 260_000 }),
    ffnBlocks: fc.integer({ min: 1, max: 112 }),
    moe: fc.option(fc.record({ experts: fc.integer({ min: 2, max: 256 }), k: fc.integer({ min: 1, max: 8 }), shared: fc.integer({ min: 0, max: 2 }) }), { nil: undefined }),
    window: fc.option(fc.integer({ min: 128, max: 8192 }), { nil: undefined }),
    tied: fc.boolean(),
  })
  .map((r) => {
    const arch: ArchitectureSpec = {
      modelType: 'llama',
      layers: r.layers,
      hiddenSize: r.hiddenBlocks * 256,
      attentionHeads: r.kvHeads * r.groups,
      kvHeads: r.kvHeads,
      headDim: r.headDim,
      vocabSize: r.vocab,
      tiedEmbeddings: r.tied,
      intermediateSize: r.ffnBlocks * 256,
    };
    if (r.moe) {
      arch.moe = { layers: r.layers, experts: r.moe.experts, activeExperts: Math.min(r.moe.k, r.moe.experts), sharedExperts: r.moe.shared, expertIntermediateSize: 256 * Math.max(1, r.ffnBlocks >> 3) };
    }
    if (r.window) arch.windowedAttention = { kind: 'sliding', windowTokens: r.window, layers: Math.floor(r.layers / 2) };
    return arch;
  });

const GGUF_BY_BITS: QuantId[] = ['Q2_K', 'Q3_K_M', 'Q4_K_M', 'Q5_K_M', 'Q6_K', 'Q8_0', 'F16'];
const arbGguf = fc.constantFrom<QuantId>(...GGUF_BY_BITS);
const arbKv = fc.constantFrom<KvCacheType>('f16', 'q8_0', 'q4_0');
const arbEngine = fc.constantFrom('llama.cpp' as const, 'ollama' as const);

describe('memory properties', () => {
  it('never NaN, never negative, parts sum to the total', () => {
    fc.assert(
      fc.property(arbArch, arbGguf, fc.integer({ min: 1, max: 1 << 20 }), fc.integer({ min: 1, max: 64 }), arbKv, arbEngine, (arch, quant, ctx, conc, kv, engine) => {
        const m = estimateMemory({ arch, quant, contextTokens: ctx, concurrency: conc, kvCacheType: kv, engine });
        for (const v of [m.weightsBytes, m.kvCacheBytes, m.overheadBytes, m.totalBytes]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        expect(m.parts.reduce((s, p) => s + p.bytes, 0)).toBeCloseTo(m.totalBytes, 0);
      }),
      { numRuns: 150 },
    );
  });

  it('grows with context and with concurrency', () => {
    fc.assert(
      fc.property(arbArch, arbGguf, fc.integer({ min: 1, max: 1 << 19 }), fc.integer({ min: 1, max: 1 << 19 }), fc.integer({ min: 1, max: 32 }), arbKv, arbEngine, (arch, quant, ctx, extra, conc, kv, engine) => {
        const base = estimateMemory({ arch, quant, contextTokens: ctx, concurrency: conc, kvCacheType: kv, engine }).totalBytes;
        expect(estimateMemory({ arch, quant, contextTokens: ctx + extra, concurrency: conc, kvCacheType: kv, engine }).totalBytes).toBeGreaterThanOrEqual(base);
        expect(estimateMemory({ arch, quant, contextTokens: ctx, concurrency: conc + 1, kvCacheType: kv, engine }).totalBytes).toBeGreaterThan(base);
      }),
      { numRuns: 150 },
    );
  });

  it('grows with bits: Q2_K < Q3_K_M < Q4_K_M < Q5_K_M < Q6_K < Q8_0 < F16', () => {
    fc.assert(
      fc.property(arbArch, fc.integer({ min: 0, max: GGUF_BY_BITS.length - 2 }), (arch, i) => {
        const lower = estimateMemory({ arch, quant: GGUF_BY_BITS[i] as QuantId, contextTokens: 4096 }).weightsBytes;
        const higher = estimateMemory({ arch, quant: GGUF_BY_BITS[i + 1] as QuantId, contextTokens: 4096 }).weightsBytes;
        expect(higher).toBeGreaterThan(lower);
      }),
      { numRuns: 150 },
    );
  });
});

describe('speed properties', () => {
  const arbHw = fc.record({
    bandwidthBytesPerSecond: fc.double({ min: 50e9, max: 8000e9, noNaN: true }),
    denseFp16Flops: fc.double({ min: 5e12, max: 2000e12, noNaN: true }),
  });
  it('decode slows as the context grows, and every figure is a finite positive range', () => {
    fc.assert(
      fc.property(arbArch, arbGguf, arbHw, fc.integer({ min: 0, max: 1 << 18 }), fc.integer({ min: 1, max: 1 << 18 }), (arch, quant, hardware, ctx, extra) => {
        const a = estimateSpeed({ arch, quant, hardware, contextTokens: ctx });
        const b = estimateSpeed({ arch, quant, hardware, contextTokens: ctx + extra });
        expect(b.decodeTokensPerSecond.typical).toBeLessThanOrEqual(a.decodeTokensPerSecond.typical);
        for (const r of [a.decodeTokensPerSecond, a.prefillTokensPerSecond, a.timeToFirstTokenSeconds]) {
          expect(r).not.toBeNull();
          expect(Number.isFinite(r?.typical)).toBe(true);
          expect(r?.low).toBeGreaterThan(0);
          expect(r?.low).toBeLessThan(r?.high as number);
        }
      }),
      { numRuns: 100 },
    );
  });
});
