/**
 * The tensors of a decoder-only transformer, named and shaped as llama.cpp's GGUF files hold them.
 * Each carries its parameter class (for breakdowns) and the elements one decoded token reads (for speed).
 * Methodology §Weights, "Tensor inventory".
 */
import type { ArchitectureSpec } from './types.js';

export type TensorClass =
  | 'embeddings'
  | 'output'
  | 'attention'
  | 'ffnDense'
  | 'ffnExperts'
  | 'ffnSharedExperts'
  | 'norms'
  | 'router';

export const TENSOR_CLASSES: readonly TensorClass[] = [
  'embeddings',
  'output',
  'attention',
  'ffnDense',
  'ffnExperts',
  'ffnSharedExperts',
  'norms',
  'router',
];

/** GGUF tensor roles that the quantization recipes distinguish. */
export type TensorRole =
  | 'token_embd'
  | 'output'
  | 'attn_q'
  | 'attn_k'
  | 'attn_v'
  | 'attn_output'
  | 'attn_q_a'
  | 'attn_q_b'
  | 'attn_kv_a_mqa'
  | 'attn_kv_b'
  | 'attn_bias'
  | 'norm'
  | 'ffn_gate'
  | 'ffn_up'
  | 'ffn_down'
  | 'ffn_gate_exps'
  | 'ffn_up_exps'
  | 'ffn_down_exps'
  | 'ffn_gate_shexp'
  | 'ffn_up_shexp'
  | 'ffn_down_shexp'
  | 'ffn_gate_inp';

export interface TensorSpec {
  name: string;
  role: TensorRole;
  class: TensorClass;
  /** Decoder block index, null for global tensors. */
  layer: number | null;
  /** Length of one row (GGUF ne[0]); quantization blocks run along it. */
  rowLength: number;
  elements: number;
  /** Matrices stacked in this tensor (experts), 1 otherwise. */
  depth: number;
  /** Elements read to decode one token: one embedding row, k of E experts, everything else. */
  activeElements: number;
  /** 2-D/3-D weight matrices are quantized; 1-D tensors (norms, biases) and the router stay F32. */
  quantizable: boolean;
}

/** Models whose attention normalises q and k per head (an extra headDim-sized norm each). */
const QK_NORM_MODEL_TYPES = new Set(['qwen3', 'qwen3_moe', 'gemma3', 'gemma3_text', 'olmo2']);

/** The layers whose FFN is dense: the first (layers − moe.layers), as in DeepSeek's first_k_dense_replace. */
export function isMoeLayer(arch: ArchitectureSpec, layer: number): boolean {
  if (!arch.moe) return false;
  return layer >= arch.layers - arch.moe.layers;
}

type AddTensor = (
  name: string,
  role: TensorRole,
  cls: TensorClass,
  layer: number | null,
  rowLength: number,
  rows: number,
  opts?: { activeFraction?: number; quantizable?: boolean; depth?: number },
) => void;

function collector(tensors: TensorSpec[]): AddTensor {
  return (name, role, cls, layer, rowLength, rows, opts = {}) => {
    const elements = rowLength * rows * (opts.depth ?? 1);
    tensors.push({
      name,
      role,
      class: cls,
      layer,
      rowLength,
      elements,
      depth: opts.depth ?? 1,
      activeElements: elements * (opts.activeFraction ?? 1),
      quantizable: opts.quantizable ?? true,
    });
  };
}

/** The tensors before the decoder blocks (the token embeddings). */
export function headTensors(arch: ArchitectureSpec): TensorSpec[] {
  const tensors: TensorSpec[] = [];
  // Embedding lookup reads one row per token; the output projection reads the whole matrix.
  collector(tensors)('token_embd.weight', 'token_embd', 'embeddings', null, arch.hiddenSize, arch.vocabSize, { activeFraction: 1 / arch.vocabSize });
  return tensors;
}

/** The tensors of decoder block `i`, in GGUF order. */
export function layerTensors(arch: ArchitectureSpec, i: number): TensorSpec[] {
  const h = arch.hiddenSize;
  const tensors: TensorSpec[] = [];
  const add = collector(tensors);
  const b = `blk.${i}.`;
  add(`${b}attn_norm.weight`, 'norm', 'norms', i, h, 1, { quantizable: false });
  if (arch.mla) {
    const m = arch.mla;
    const qHead = m.qkNopeHeadDim + m.qkRopeHeadDim;
    if (m.qLoraRank !== null) {
      add(`${b}attn_q_a.weight`, 'attn_q_a', 'attention', i, h, m.qLoraRank);
      add(`${b}attn_q_a_norm.weight`, 'norm', 'norms', i, m.qLoraRank, 1, { quantizable: false });
      add(`${b}attn_q_b.weight`, 'attn_q_b', 'attention', i, m.qLoraRank, arch.attentionHeads * qHead);
    } else {
      add(`${b}attn_q.weight`, 'attn_q', 'attention', i, h, arch.attentionHeads * qHead);
    }
    add(`${b}attn_kv_a_mqa.weight`, 'attn_kv_a_mqa', 'attention', i, h, m.kvLoraRank + m.qkRopeHeadDim);
    add(`${b}attn_kv_a_norm.weight`, 'norm', 'norms', i, m.kvLoraRank, 1, { quantizable: false });
    add(`${b}attn_kv_b.weight`, 'attn_kv_b', 'attention', i, m.kvLoraRank, arch.attentionHeads * (m.qkNopeHeadDim + m.vHeadDim));
    add(`${b}attn_output.weight`, 'attn_output', 'attention', i, arch.attentionHeads * m.vHeadDim, h);
  } else {
    const qDim = arch.attentionHeads * arch.headDim;
    const kvDim = arch.kvHeads * arch.headDim;
    add(`${b}attn_q.weight`, 'attn_q', 'attention', i, h, qDim);
    add(`${b}attn_k.weight`, 'attn_k', 'attention', i, h, kvDim);
    add(`${b}attn_v.weight`, 'attn_v', 'attention', i, h, kvDim);
    add(`${b}attn_output.weight`, 'attn_output', 'attention', i, qDim, h);
    if (arch.attentionBias) {
      add(`${b}attn_qkv.bias`, 'attn_bias', 'attention', i, qDim + 2 * kvDim, 1, { quantizable: false });
    }
    if (arch.qkNorm ?? QK_NORM_MODEL_TYPES.has(arch.modelType)) {
      add(`${b}attn_q_norm.weight`, 'norm', 'norms', i, arch.headDim, 1, { quantizable: false });
      add(`${b}attn_k_norm.weight`, 'norm', 'norms', i, arch.headDim, 1, { quantizable: false });
    }
  }
  add(`${b}ffn_norm.weight`, 'norm', 'norms', i, h, 1, { quantizable: false });
  if (arch.moe && isMoeLayer(arch, i)) {
    const moe = arch.moe;
    const e = moe.expertIntermediateSize;
    const k = moe.activeExperts / moe.experts;
    add(`${b}ffn_gate_inp.weight`, 'ffn_gate_inp', 'router', i, h, moe.experts, { quantizable: false });
    if (moe.routerBias) add(`${b}exp_probs_b.bias`, 'ffn_gate_inp', 'router', i, moe.experts, 1, { quantizable: false });
    add(`${b}ffn_gate_exps.weight`, 'ffn_gate_exps', 'ffnExperts', i, h, e, { depth: moe.experts, activeFraction: k });
    add(`${b}ffn_up_exps.weight`, 'ffn_up_exps', 'ffnExperts', i, h, e, { depth: moe.experts, activeFraction: k });
    add(`${b}ffn_down_exps.weight`, 'ffn_down_exps', 'ffnExperts', i, e, h, { depth: moe.experts, activeFraction: k });
    if (moe.sharedExperts > 0) {
      // llama.cpp merges shared experts into one FFN of width count × per-expert width.
      const s = moe.sharedExperts * (moe.sharedExpertIntermediateSize ?? e);
      add(`${b}ffn_gate_shexp.weight`, 'ffn_gate_shexp', 'ffnSharedExperts', i, h, s);
      add(`${b}ffn_up_shexp.weight`, 'ffn_up_shexp', 'ffnSharedExperts', i, h, s);
      add(`${b}ffn_down_shexp.weight`, 'ffn_down_shexp', 'ffnSharedExperts', i, s, h);
    }
  } else {
    const f = arch.intermediateSize ?? 0;
    if (f > 0) {
      add(`${b}ffn_gate.weight`, 'ffn_gate', 'ffnDense', i, h, f);
      add(`${b}ffn_up.weight`, 'ffn_up', 'ffnDense', i, h, f);
      add(`${b}ffn_down.weight`, 'ffn_down', 'ffnDense', i, f, h);
    }
  }
  return tensors;
}

/** The tensors after the decoder blocks (final norm, and the output projection unless tied). */
export function tailTensors(arch: ArchitectureSpec): TensorSpec[] {
  const tensors: TensorSpec[] = [];
  const add = collector(tensors);
  add('output_norm.weight', 'norm', 'norms', null, arch.hiddenSize, 1, { quantizable: false });
  if (!arch.tiedEmbeddings) add('output.weight', 'output', 'output', null, arch.hiddenSize, arch.vocabSize);
  return tensors;
}

/**
 * Decoder blocks come in kinds — dense FFN, or MoE FFN — and every block of a kind holds the same
 * tensors apart from its index. `kindOfLayer[i]` is block i's kind; `kinds[k]` are the tensors of
 * the first block of kind k (their `layer` is that block's index).
 */
export interface LayerKinds {
  kinds: TensorSpec[][];
  kindOfLayer: number[];
}

export function layerKinds(arch: ArchitectureSpec): LayerKinds {
  const kinds: TensorSpec[][] = [];
  const firstOfKind = new Map<boolean, number>();
  const kindOfLayer = new Array<number>(arch.layers);
  for (let i = 0; i < arch.layers; i++) {
    const moe = isMoeLayer(arch, i);
    let k = firstOfKind.get(moe);
    if (k === undefined) {
      k = kinds.length;
      firstOfKind.set(moe, k);
      kinds.push(layerTensors(arch, i));
    }
    kindOfLayer[i] = k;
  }
  return { kinds, kindOfLayer };
}

/** Every tensor of the model in GGUF order: embeddings, each decoder block, final norm and output. */
export function listTensors(arch: ArchitectureSpec): TensorSpec[] {
  const tensors = headTensors(arch);
  for (let i = 0; i < arch.layers; i++) tensors.push(...layerTensors(arch, i));
  tensors.push(...tailTensors(arch));
  return tensors;
}

export interface ParameterCount {
  total: number;
  active: number;
  byClass: Record<TensorClass, number>;
}

/**
 * Parameters per class from the tensor inventory. Tied embeddings count once (as embeddings) but the
 * output projection still reads them for every token, so `active` includes them.
 */
export function countParameters(arch: ArchitectureSpec): ParameterCount {
  const byClass = Object.fromEntries(TENSOR_CLASSES.map((c) => [c, 0])) as Record<TensorClass, number>;
  let total = 0;
  let active = 0;
  for (const t of listTensors(arch)) {
    byClass[t.class] += t.elements;
    total += t.elements;
    active += t.activeElements;
  }
  if (arch.tiedEmbeddings) active += arch.hiddenSize * arch.vocabSize;
  return { total, active, byClass };
}
