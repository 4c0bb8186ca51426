/**
 * Which GGML type each tensor gets under a llama.cpp file type: a port of `llama_tensor_get_type`
 * (src/llama-quant.cpp, ggml-org/llama.cpp, 2025) for the K-quant, Q4_0, Q8_0, IQ4 and MXFP4_MOE file
 * types, without an importance matrix override. Methodology §Weights, "K-quant recipes".
 */
import { GGML_TYPES, type GgmlType } from './ggml-types.js';
import type { QuantId } from './quantizations.js';
import type { TensorSpec } from './tensor-inventory.js';
import type { ArchitectureSpec } from './types.js';

/** The block type a GGUF file type starts from before per-tensor bumps. */
const DEFAULT_TYPE: Partial<Record<QuantId, GgmlType>> = {
  Q2_K: 'Q2_K',
  Q3_K_S: 'Q3_K',
  Q3_K_M: 'Q3_K',
  Q3_K_L: 'Q3_K',
  Q4_0: 'Q4_0',
  Q4_K_S: 'Q4_K',
  Q4_K_M: 'Q4_K',
  Q5_K_S: 'Q5_K',
  Q5_K_M: 'Q5_K',
  Q6_K: 'Q6_K',
  Q8_0: 'Q8_0',
  IQ4_NL: 'IQ4_NL',
  IQ4_XS: 'IQ4_XS',
  MXFP4_MOE: 'MXFP4',
  F16: 'F16',
  BF16: 'BF16',
};

export function isGgufQuant(quant: QuantId): boolean {
  return DEFAULT_TYPE[quant] !== undefined;
}

/** llama.cpp's `use_more_bits`: the first and last eighth of the layers and every third in between. */
export function useMoreBits(layer: number, layers: number): boolean {
  const eighth = Math.trunc(layers / 8);
  return layer < eighth || layer >= Math.trunc((7 * layers) / 8) || (layer - eighth) % 3 === 2;
}

/** What llama.cpp substitutes when a row length is not a multiple of the block size. */
const FALLBACK: Partial<Record<GgmlType, GgmlType>> = {
  Q2_K: 'IQ4_NL',
  Q3_K: 'IQ4_NL',
  IQ4_XS: 'IQ4_NL',
  Q4_K: 'Q5_0',
  Q5_K: 'Q5_1',
  Q6_K: 'Q8_0',
};

export interface RecipeContext {
  arch: ArchitectureSpec;
  quant: QuantId;
  /** Index of this attn_v among all attn_v tensors (llama.cpp's i_attention_wv). */
  attnVIndex: number;
  /** Number of attn_v tensors in the model (n_attention_wv). */
  attnVCount: number;
  /** The block the tensor sits in, when the spec stands for every block of its kind (default: tensor.layer). */
  layer?: number;
}

/**
 * Everything about a block's position that the recipe below looks at, as one small number: two blocks
 * of the same kind with the same key get the same types. Any new rule that reads the block index or
 * the attn_v counter must be added here; weights.test.ts checks the grouped sizing against typing
 * every tensor, for every catalog model and file type.
 */
export function recipeLayerKey(layer: number, layers: number, attnVIndex: number, attnVCount: number): number {
  return (
    (useMoreBits(layer, layers) ? 1 : 0) |
    (layer < Math.trunc(layers / 16) ? 2 : 0) |
    (layer < Math.trunc(layers / 8) ? 4 : 0) |
    (attnVIndex < 2 ? 8 : 0) |
    (attnVIndex < 4 ? 16 : 0) |
    (useMoreBits(attnVIndex, attnVCount) ? 32 : 0)
  );
}

/** 8-expert MoE (Mixtral): attn_output goes to Q5_K for these file types. */
const EIGHT_EXPERT_ATTN_OUTPUT_Q5K: ReadonlySet<QuantId> = new Set(['Q2_K', 'Q3_K_S', 'Q3_K_M', 'IQ4_NL', 'Q4_K_S', 'Q4_K_M', 'IQ4_XS']);

/** The GGML type llama-quantize writes for one tensor. Non-quantizable tensors stay F32. */
export function ggmlTypeForTensor(tensor: TensorSpec, ctx: RecipeContext): GgmlType {
  const base = DEFAULT_TYPE[ctx.quant];
  if (!base) throw new Error(`${ctx.quant} is not a GGUF file type`);
  if (!tensor.quantizable) return 'F32';
  if (base === 'F16' || base === 'BF16') return base;
  return fitRow(applyRecipe(tensor, ctx, base), tensor.rowLength, tensor.role === 'output');
}

function applyRecipe(tn: TensorSpec, c: RecipeContext, def: GgmlType): GgmlType {
  const { arch, quant } = c;
  const nExpert = arch.moe?.experts ?? 0;
  const gqa = arch.mla ? 1 : arch.attentionHeads / arch.kvHeads;
  const layers = arch.layers;
  const is70B = arch.layers === 80 && !arch.moe; // llama.cpp LLM_TYPE_70B (Llama 2/3 70B, Qwen 72B)
  const layer = c.layer ?? tn.layer ?? 0;
  // Tied embeddings are quantized as the output tensor (llama.cpp: !has_output && token_embd).
  const isOutput = tn.role === 'output' || (tn.role === 'token_embd' && arch.tiedEmbeddings);
  if (isOutput) {
    if (quant === 'MXFP4_MOE') return 'Q8_0';
    if (tn.rowLength % GGML_TYPES[def].blockWeights !== 0) return 'Q8_0';
    return def === 'Q8_0' ? 'Q8_0' : 'Q6_K';
  }
  if (quant === 'MXFP4_MOE') return tn.role.endsWith('_exps') ? 'MXFP4' : 'Q8_0';
  if (tn.role === 'token_embd') return def;
  if (tn.role === 'attn_v') {
    let t = def;
    if (quant === 'Q2_K') t = gqa >= 4 ? 'Q4_K' : 'Q3_K';
    else if (quant === 'Q3_K_M') t = c.attnVIndex < 2 ? 'Q5_K' : 'Q4_K';
    else if (quant === 'Q3_K_L') t = 'Q5_K';
    else if ((quant === 'IQ4_NL' || quant === 'IQ4_XS') && gqa >= 4) t = 'Q5_K';
    else if ((quant === 'Q4_K_M' || quant === 'Q5_K_M') && useMoreBits(c.attnVIndex, c.attnVCount)) t = 'Q6_K';
    else if (quant === 'Q4_K_S' && c.attnVIndex < 4) t = 'Q5_K';
    if (is70B && (t === 'Q3_K' || t === 'Q4_K')) t = 'Q5_K';
    if (nExpert === 8) t = 'Q8_0';
    return t;
  }
  if (tn.role === 'attn_k') return nExpert === 8 ? 'Q8_0' : def;
  if (tn.role === 'ffn_down' || tn.role === 'ffn_down_exps' || tn.role === 'ffn_down_shexp') {
    if (quant === 'Q2_K') return 'Q3_K';
    if (quant === 'Q3_K_M') return layer < Math.trunc(layers / 16) ? 'Q5_K' : 'Q4_K';
    if (quant === 'Q3_K_L') return 'Q5_K';
    if (quant === 'Q4_K_M' || quant === 'Q5_K_M') return useMoreBits(layer, layers) ? 'Q6_K' : def;
    if (quant === 'Q4_K_S') return layer < Math.trunc(layers / 8) ? 'Q5_K' : def;
    return def;
  }
  if (tn.role === 'attn_output') {
    if (nExpert === 8) return EIGHT_EXPERT_ATTN_OUTPUT_Q5K.has(quant) ? 'Q5_K' : def;
    if (quant === 'Q2_K') return 'Q3_K';
    if (quant === 'Q3_K_M') return 'Q4_K';
    if (quant === 'Q3_K_L') return 'Q5_K';
    return def;
  }
  return def;
}

function fitRow(type: GgmlType, rowLength: number, isOutput: boolean): GgmlType {
  if (rowLength % GGML_TYPES[type].blockWeights === 0) return type;
  if (isOutput) return 'Q8_0';
  const fallback = FALLBACK[type];
  if (fallback && rowLength % GGML_TYPES[fallback].blockWeights === 0) return fallback;
  return 'F16';
}

/** The type of every tensor in order, with the attn_v counters llama.cpp keeps. */
export function assignGgmlTypes(tensors: readonly TensorSpec[], arch: ArchitectureSpec, quant: QuantId): GgmlType[] {
  const attnVCount = tensors.filter((t) => t.role === 'attn_v' || t.role === 'attn_kv_b').length;
  let attnVIndex = 0;
  return tensors.map((t) => {
    const type = ggmlTypeForTensor(t, { arch, quant, attnVIndex, attnVCount });
    if (t.role === 'attn_v') attnVIndex++;
    return type;
  });
}
