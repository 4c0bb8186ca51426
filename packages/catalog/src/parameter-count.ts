import type { Architecture } from './schema/index.js';

export interface ParameterCount {
  /** Every weight of the text decoder (all experts included: they are all resident in memory). */
  total: number;
  /** Weights used for one token: everything but the routed experts, plus `activeExperts` of them per MoE layer. */
  active: number;
  byClass: {
    /** Input token embeddings, vocab × hidden. */
    embeddings: number;
    /** Output projection (lm_head), vocab × hidden; 0 when tied to the embeddings. */
    output: number;
    /** q/k/v/o projections (MLA: the low-rank q and kv projections), with q/k/v bias where present. */
    attention: number;
    /** SwiGLU FFN of dense layers: 3 × hidden × intermediate per layer. */
    ffnDense: number;
    /** All routed experts of the MoE layers. */
    ffnExperts: number;
    ffnSharedExperts: number;
    /** RMSNorm weights: two per layer, the final norm, Qwen3 q/k norms, MLA latent norms. */
    norms: number;
    /** MoE gate: experts × hidden per MoE layer (+ one bias per expert where `routerBias`). */
    router: number;
  };
}

/**
 * Counts parameters from config.json fields (docs/data-sources.md, "Parameter counts").
 * Reproduces the published totals of the catalog models: e.g. Llama-3.1-8B 8,030,261,248;
 * DeepSeek-R1 671,026,419,200 (MTP module excluded, as in DeepSeek's 671B).
 */
export function countParameters(arch: Architecture): ParameterCount {
  const h = arch.hiddenSize;
  const layers = arch.layers;
  const embeddings = arch.vocabSize * h;
  const output = arch.tiedEmbeddings ? 0 : arch.vocabSize * h;

  let attentionPerLayer: number;
  let normsPerLayer = 2 * h; // input and post-attention RMSNorm
  const mla = arch.mla;
  if (mla) {
    const heads = arch.attentionHeads;
    const qHeadDim = mla.qkNopeHeadDim + mla.qkRopeHeadDim;
    const q = mla.qLoraRank === null ? h * heads * qHeadDim : h * mla.qLoraRank + mla.qLoraRank * heads * qHeadDim;
    const kvDown = h * (mla.kvLoraRank + mla.qkRopeHeadDim); // kv_a_proj_with_mqa
    const kvUp = mla.kvLoraRank * heads * (mla.qkNopeHeadDim + mla.vHeadDim); // kv_b_proj
    const o = heads * mla.vHeadDim * h;
    attentionPerLayer = q + kvDown + kvUp + o;
    normsPerLayer += mla.kvLoraRank + (mla.qLoraRank ?? 0); // kv_a_layernorm, q_a_layernorm
  } else {
    const qDim = arch.attentionHeads * arch.headDim;
    const kvDim = arch.kvHeads * arch.headDim;
    attentionPerLayer = h * qDim + 2 * h * kvDim + qDim * h;
    if (arch.attentionBias) attentionPerLayer += qDim + 2 * kvDim;
  }
  if (arch.qkNorm) normsPerLayer += 2 * arch.headDim;

  const moe = arch.moe;
  const moeLayers = moe?.layers ?? 0;
  const denseLayers = layers - moeLayers;
  const ffnDense = denseLayers * 3 * h * (arch.intermediateSize ?? 0);
  const expertSize = moe ? 3 * h * moe.expertIntermediateSize : 0;
  const ffnExperts = moe ? moeLayers * moe.experts * expertSize : 0;
  const ffnSharedExperts = moe ? moeLayers * moe.sharedExperts * 3 * h * (moe.sharedExpertIntermediateSize ?? moe.expertIntermediateSize) : 0;
  const router = moe ? moeLayers * moe.experts * (h + (moe.routerBias ? 1 : 0)) : 0;
  const attention = layers * attentionPerLayer;
  const norms = layers * normsPerLayer + h;

  const total = embeddings + output + attention + ffnDense + ffnExperts + ffnSharedExperts + norms + router;
  const active = moe ? total - ffnExperts + moeLayers * moe.activeExperts * expertSize : total;
  return { total, active, byClass: { embeddings, output, attention, ffnDense, ffnExperts, ffnSharedExperts, norms, router } };
}
