/**
 * Weight formats we size. GGUF types are llama.cpp `llama-quantize` file types (per-tensor recipes,
 * see quant-recipe.ts); the vLLM family are safetensors checkpoints. Methodology §Weights.
 */
export type QuantId =
  | 'Q2_K'
  | 'Q3_K_S'
  | 'Q3_K_M'
  | 'Q3_K_L'
  | 'Q4_0'
  | 'Q4_K_S'
  | 'Q4_K_M'
  | 'Q5_K_S'
  | 'Q5_K_M'
  | 'Q6_K'
  | 'Q8_0'
  | 'IQ4_NL'
  | 'IQ4_XS'
  | 'MXFP4_MOE'
  | 'F16'
  | 'BF16'
  | 'FP8'
  | 'AWQ-INT4'
  | 'GPTQ-INT4';

/** `gguf`: llama.cpp / Ollama files. `safetensors`: vLLM checkpoints. F16/BF16 exist in both. */
export type QuantFamily = 'gguf' | 'safetensors' | 'both';

export interface QuantSpec {
  id: QuantId;
  family: QuantFamily;
  /** The headline bits of the main block type (not the file's effective bits: see weightsBytes). */
  nominalBitsPerWeight: number;
  /** What the recipe keeps at higher precision, in one line. */
  recipe: string;
  /** vLLM `--quantization` value, when vLLM needs one. */
  vllmQuantization?: 'fp8' | 'awq' | 'gptq';
  source: string;
}

const LLAMA_QUANT = 'https://github.com/ggml-org/llama.cpp/blob/master/src/llama-quant.cpp (llama_tensor_get_type)';

export const QUANTIZATIONS: readonly QuantSpec[] = [
  { id: 'Q2_K', family: 'gguf', nominalBitsPerWeight: 2.625, recipe: 'Q2_K; attn_v Q4_K (GQA ≥ 4) else Q3_K; ffn_down and attn_output Q3_K; output Q6_K', source: LLAMA_QUANT },
  { id: 'Q3_K_S', family: 'gguf', nominalBitsPerWeight: 3.4375, recipe: 'Q3_K everywhere; output Q6_K', source: LLAMA_QUANT },
  { id: 'Q3_K_M', family: 'gguf', nominalBitsPerWeight: 3.4375, recipe: 'Q3_K; attn_v Q5_K (first 2 layers) then Q4_K; ffn_down Q5_K (first 1/16) then Q4_K; attn_output Q4_K; output Q6_K', source: LLAMA_QUANT },
  { id: 'Q3_K_L', family: 'gguf', nominalBitsPerWeight: 3.4375, recipe: 'Q3_K; attn_v, ffn_down, attn_output Q5_K; output Q6_K', source: LLAMA_QUANT },
  { id: 'Q4_0', family: 'gguf', nominalBitsPerWeight: 4.5, recipe: 'Q4_0 everywhere; output Q6_K', source: LLAMA_QUANT },
  { id: 'Q4_K_S', family: 'gguf', nominalBitsPerWeight: 4.5, recipe: 'Q4_K; attn_v Q5_K (first 4 layers); ffn_down Q5_K (first 1/8); output Q6_K', source: LLAMA_QUANT },
  { id: 'Q4_K_M', family: 'gguf', nominalBitsPerWeight: 4.5, recipe: 'Q4_K; attn_v and ffn_down Q6_K in the use_more_bits layers (first/last 1/8 and every third); output Q6_K', source: LLAMA_QUANT },
  { id: 'Q5_K_S', family: 'gguf', nominalBitsPerWeight: 5.5, recipe: 'Q5_K everywhere; output Q6_K', source: LLAMA_QUANT },
  { id: 'Q5_K_M', family: 'gguf', nominalBitsPerWeight: 5.5, recipe: 'Q5_K; attn_v and ffn_down Q6_K in the use_more_bits layers; output Q6_K', source: LLAMA_QUANT },
  { id: 'Q6_K', family: 'gguf', nominalBitsPerWeight: 6.5625, recipe: 'Q6_K everywhere', source: LLAMA_QUANT },
  { id: 'Q8_0', family: 'gguf', nominalBitsPerWeight: 8.5, recipe: 'Q8_0 everywhere, output included', source: LLAMA_QUANT },
  { id: 'IQ4_NL', family: 'gguf', nominalBitsPerWeight: 4.5, recipe: 'IQ4_NL; attn_v Q5_K (GQA ≥ 4); output Q6_K (imatrix quant)', source: LLAMA_QUANT },
  { id: 'IQ4_XS', family: 'gguf', nominalBitsPerWeight: 4.25, recipe: 'IQ4_XS; attn_v Q5_K (GQA ≥ 4); output Q6_K (imatrix quant)', source: LLAMA_QUANT },
  { id: 'MXFP4_MOE', family: 'gguf', nominalBitsPerWeight: 4.25, recipe: 'expert tensors MXFP4, all other matrices and output Q8_0 (gpt-oss)', source: LLAMA_QUANT },
  { id: 'F16', family: 'both', nominalBitsPerWeight: 16, recipe: 'every matrix F16 (GGUF keeps norms F32)', source: 'https://github.com/ggml-org/llama.cpp/blob/master/convert_hf_to_gguf.py' },
  { id: 'BF16', family: 'both', nominalBitsPerWeight: 16, recipe: 'every matrix BF16 (GGUF keeps norms F32)', source: 'https://github.com/ggml-org/llama.cpp/blob/master/convert_hf_to_gguf.py' },
  { id: 'FP8', family: 'safetensors', nominalBitsPerWeight: 8, recipe: 'linear layers FP8 (e4m3) with per-channel/block scales; embeddings, lm_head, norms, router BF16', vllmQuantization: 'fp8', source: 'https://docs.vllm.ai/en/stable/features/quantization/fp8.html' },
  { id: 'AWQ-INT4', family: 'safetensors', nominalBitsPerWeight: 4, recipe: 'linear layers INT4, group 128, FP16 scale + 4-bit zero per group (4.156 bpw); embeddings, lm_head BF16', vllmQuantization: 'awq', source: 'https://github.com/casper-hansen/AutoAWQ' },
  { id: 'GPTQ-INT4', family: 'safetensors', nominalBitsPerWeight: 4, recipe: 'linear layers INT4, group 128, FP16 scale + packed 4-bit zero per group, int32 g_idx per input column; embeddings, lm_head BF16', vllmQuantization: 'gptq', source: 'https://github.com/AutoGPTQ/AutoGPTQ' },
];

export const QUANT_IDS: readonly QuantId[] = QUANTIZATIONS.map((q) => q.id);

/** Case-insensitive lookup (`q4_k_m` → Q4_K_M); undefined when unknown. */
export function findQuantization(id: string): QuantSpec | undefined {
  const wanted = id.trim().toUpperCase();
  return QUANTIZATIONS.find((q) => q.id.toUpperCase() === wanted);
}

export function quantization(id: QuantId): QuantSpec {
  const spec = QUANTIZATIONS.find((q) => q.id === id);
  if (!spec) throw new Error(`unknown quantization ${id}`);
  return spec;
}
