import { childPath, type DataIssue, describeValue, issue, type Parsed } from '../data-issue.js';
import type { Architecture } from '../schema/index.js';
import { UNKNOWN_AS_OF } from './litellm.js';

export const SUPPORTED_MODEL_TYPES = ['llama', 'mistral', 'mixtral', 'qwen2', 'qwen3', 'qwen3_moe', 'deepseek_v3', 'llama4'] as const;

const DTYPES: Record<string, Architecture['nativeDtype']> = {
  bfloat16: 'bf16',
  float16: 'fp16',
  float32: 'fp32',
  float8_e4m3fn: 'fp8',
};

/**
 * Reads a Hugging Face `config.json` into the architecture fields sizing needs. Supports the
 * families of the built-in catalog; Llama 4 reads its `text_config` (the vision tower is not
 * counted). `meta.id` (the HF repo) makes the source a config.json URL.
 */
export function importHfConfig(json: unknown, file: string, meta: { id?: string; name?: string; asOf?: string } = {}): Parsed<Architecture> {
  const issues: DataIssue[] = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, issues: [issue(file, '$', 'a config.json object', describeValue(json))] };
  }
  const top = json as Record<string, unknown>;
  const modelType = top.model_type;
  if (typeof modelType !== 'string' || !(SUPPORTED_MODEL_TYPES as readonly string[]).includes(modelType)) {
    return { ok: false, issues: [issue(file, '$.model_type', `one of ${SUPPORTED_MODEL_TYPES.join(', ')}`, describeValue(modelType))] };
  }
  let cfg = top;
  let base = '$';
  if (modelType === 'llama4') {
    const text = top.text_config;
    if (text === null || typeof text !== 'object' || Array.isArray(text)) {
      return { ok: false, issues: [issue(file, '$.text_config', 'an object', describeValue(text))] };
    }
    cfg = text as Record<string, unknown>;
    base = '$.text_config';
  }
  const int = (field: string, fallback?: number | null): number => {
    const v = cfg[field];
    if ((v === undefined || v === null) && fallback !== undefined && fallback !== null) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      issues.push(issue(file, childPath(base, field), 'a positive integer', v === undefined ? 'nothing (key missing)' : describeValue(v)));
      return 1;
    }
    return v;
  };
  const optionalInt = (field: string): number | null => {
    const v = cfg[field];
    return v === undefined || v === null ? null : int(field);
  };

  const layers = int('num_hidden_layers');
  const hiddenSize = int('hidden_size');
  const attentionHeads = int('num_attention_heads');
  const kvHeads = int('num_key_value_heads', attentionHeads);
  const vocabSize = int('vocab_size');
  const tied = (cfg.tie_word_embeddings ?? top.tie_word_embeddings) === true;
  const dtypeRaw = cfg.torch_dtype ?? top.torch_dtype ?? cfg.dtype ?? top.dtype;
  const nativeDtype = typeof dtypeRaw === 'string' ? DTYPES[dtypeRaw] : undefined;
  if (!nativeDtype) issues.push(issue(file, childPath(base, 'torch_dtype'), `one of ${Object.keys(DTYPES).join(', ')}`, dtypeRaw === undefined ? 'nothing (key missing)' : describeValue(dtypeRaw)));

  const arch: Architecture = {
    modelType,
    layers,
    hiddenSize,
    attentionHeads,
    kvHeads,
    headDim: 1,
    vocabSize,
    tiedEmbeddings: tied,
    intermediateSize: null,
    nativeDtype: nativeDtype ?? 'bf16',
    source: {
      source: meta.id ? `https://huggingface.co/${meta.id}/blob/main/config.json` : file,
      kind: 'primary',
      asOf: meta.asOf ?? UNKNOWN_AS_OF,
      note: `imported from ${file}${meta.name ? ` (${meta.name})` : ''}${meta.asOf ? '' : '; as-of date unknown'}`,
    },
  };

  switch (modelType) {
    case 'deepseek_v3': {
      const nope = int('qk_nope_head_dim');
      const rope = int('qk_rope_head_dim');
      arch.headDim = nope + rope; // query/key width per head; values use v_head_dim
      arch.mla = { kvLoraRank: int('kv_lora_rank'), qLoraRank: optionalInt('q_lora_rank'), qkNopeHeadDim: nope, qkRopeHeadDim: rope, vHeadDim: int('v_head_dim') };
      const firstDense = typeof cfg.first_k_dense_replace === 'number' ? cfg.first_k_dense_replace : 0;
      const experts = optionalInt('n_routed_experts');
      if (experts !== null) {
        arch.moe = {
          layers: layers - firstDense,
          experts,
          activeExperts: int('num_experts_per_tok'),
          sharedExperts: typeof cfg.n_shared_experts === 'number' ? cfg.n_shared_experts : 0,
          expertIntermediateSize: int('moe_intermediate_size'),
        };
        if (cfg.topk_method === 'noaux_tc' || cfg.scoring_func === 'sigmoid') arch.moe.routerBias = true; // e_score_correction_bias
      }
      arch.intermediateSize = firstDense > 0 || experts === null ? int('intermediate_size') : null;
      break;
    }
    case 'llama4': {
      arch.headDim = int('head_dim', hiddenSize / attentionHeads);
      const step = int('interleave_moe_layer_step', 1);
      const moeLayers = Math.floor(layers / step);
      arch.moe = {
        layers: moeLayers,
        experts: int('num_local_experts'),
        activeExperts: int('num_experts_per_tok', 1),
        sharedExperts: 1, // every Llama 4 MoE layer has one shared expert of the routed experts' width
        expertIntermediateSize: int('intermediate_size'),
      };
      arch.intermediateSize = moeLayers < layers ? int('intermediate_size_mlp') : null;
      const chunk = optionalInt('attention_chunk_size');
      const interval = typeof cfg.no_rope_layer_interval === 'number' && cfg.no_rope_layer_interval > 0 ? cfg.no_rope_layer_interval : 4;
      if (chunk !== null) arch.windowedAttention = { kind: 'chunked', windowTokens: chunk, layers: layers - Math.floor(layers / interval) };
      break;
    }
    case 'qwen3_moe': {
      arch.headDim = int('head_dim', hiddenSize / attentionHeads);
      arch.qkNorm = true;
      const step = int('decoder_sparse_step', 1);
      const mlpOnly = Array.isArray(cfg.mlp_only_layers) ? new Set(cfg.mlp_only_layers as unknown[]) : new Set<unknown>();
      let moeLayers = 0;
      for (let l = 0; l < layers; l++) if (!mlpOnly.has(l) && (l + 1) % step === 0) moeLayers++;
      arch.moe = { layers: moeLayers, experts: int('num_experts'), activeExperts: int('num_experts_per_tok'), sharedExperts: 0, expertIntermediateSize: int('moe_intermediate_size') };
      arch.intermediateSize = moeLayers < layers ? int('intermediate_size') : null;
      break;
    }
    case 'mixtral': {
      arch.headDim = int('head_dim', hiddenSize / attentionHeads);
      arch.moe = { layers, experts: int('num_local_experts'), activeExperts: int('num_experts_per_tok'), sharedExperts: 0, expertIntermediateSize: int('intermediate_size') };
      arch.intermediateSize = null;
      slidingWindow(cfg, arch, layers);
      break;
    }
    default: {
      // Dense: llama, mistral, qwen2, qwen3.
      arch.headDim = int('head_dim', hiddenSize / attentionHeads);
      arch.intermediateSize = int('intermediate_size');
      if (modelType === 'qwen2') arch.attentionBias = true;
      if (modelType === 'qwen3') arch.qkNorm = true;
      if (modelType === 'llama' && cfg.attention_bias === true) arch.attentionBias = true;
      if (modelType === 'qwen2') {
        if (cfg.use_sliding_window === true) slidingWindow(cfg, arch, layers - (typeof cfg.max_window_layers === 'number' ? cfg.max_window_layers : 0));
      } else slidingWindow(cfg, arch, layers);
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: arch };
}

function slidingWindow(cfg: Record<string, unknown>, arch: Architecture, layers: number): void {
  const w = cfg.sliding_window;
  if (typeof w === 'number' && Number.isInteger(w) && w > 0 && layers > 0) arch.windowedAttention = { kind: 'sliding', windowTokens: w, layers };
}
