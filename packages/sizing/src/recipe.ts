/**
 * Deployment commands from a fit, using only flags the engines have (llama.cpp tools/server README,
 * Ollama docs/faq.md and modelfile.md, vLLM `vllm serve` engine arguments). Methodology §Recipes.
 */
import { findQuantization, type QuantId } from './quantizations.js';
import type { KvCacheType } from './types.js';

export interface RecipeInput {
  /** Catalog id, used to name the GGUF file. */
  modelId: string;
  quant: QuantId;
  contextTokens: number;
  concurrency?: number;
  kvCacheType?: KvCacheType;
  gpuCount?: number;
  /** Decoder layers on the GPU (from fit); undefined = all. */
  gpuLayers?: number;
  /** Decoder layer count of the model (for `-ngl`). */
  layers: number;
  /** Ollama tag for this model and quantization, when one is known. */
  ollamaTag?: string | null;
  /** The quantization the Ollama tag pulls by default. */
  ollamaTagQuant?: string | null;
  /** Hugging Face repo vLLM loads. */
  huggingFaceRepo?: string | null;
  /** Local GGUF path, when the user has one. */
  ggufPath?: string;
  gpuMemoryUtilization?: number;
}

export interface Recipe {
  ollama: string | null;
  llamaCpp: string | null;
  vllm: string | null;
  notes: string[];
}

export function recipe(input: RecipeInput): Recipe {
  const spec = findQuantization(input.quant);
  const concurrency = input.concurrency ?? 1;
  const kv = input.kvCacheType ?? 'f16';
  const gpus = input.gpuCount ?? 1;
  const notes: string[] = [];
  const gguf = spec?.family !== 'safetensors';
  const quantizedKv = kv === 'q8_0' || kv === 'q4_0';

  let llamaCpp: string | null = null;
  let ollama: string | null = null;
  if (gguf) {
    const file = input.ggufPath ?? `${input.modelId}-${input.quant}.gguf`;
    // llama-server divides -c among the -np slots, so the total is context × slots.
    const ngl = input.gpuLayers === undefined || input.gpuLayers >= input.layers ? input.layers + 1 : input.gpuLayers;
    const parts = [`llama-server -m ${shellQuote(file)}`, `-c ${input.contextTokens * concurrency}`];
    if (concurrency > 1) parts.push(`-np ${concurrency}`);
    parts.push(`-ngl ${ngl}`);
    if (quantizedKv) parts.push('-fa on');
    if (quantizedKv) parts.push(`--cache-type-k ${kv} --cache-type-v ${kv}`);
    if (gpus > 1) parts.push('--split-mode layer');
    llamaCpp = parts.join(' ');
    if (ngl <= input.layers) notes.push(`llama.cpp: -ngl ${ngl} keeps ${input.layers - ngl} of ${input.layers} layers in host memory (slower)`);
    if (quantizedKv) notes.push('a quantized V cache requires flash attention (-fa on)');

    if (input.ollamaTag) {
      const env = [`OLLAMA_CONTEXT_LENGTH=${input.contextTokens}`];
      if (concurrency > 1) env.push(`OLLAMA_NUM_PARALLEL=${concurrency}`);
      if (quantizedKv) env.push('OLLAMA_FLASH_ATTENTION=1', `OLLAMA_KV_CACHE_TYPE=${kv}`);
      ollama = `${env.join(' ')} ollama serve\nollama run ${input.ollamaTag}`;
      notes.push(`Ollama: or set it per model with a Modelfile line "PARAMETER num_ctx ${input.contextTokens}" or "/set parameter num_ctx ${input.contextTokens}" in a session`);
      if (input.ollamaTagQuant && input.ollamaTagQuant.toUpperCase() !== input.quant) {
        notes.push(`Ollama tag ${input.ollamaTag} pulls ${input.ollamaTagQuant}, not ${input.quant}: pick the matching tag on ollama.com`);
      }
    }
  }

  let vllm: string | null = null;
  if (input.huggingFaceRepo && spec && spec.family !== 'gguf') {
    const parts = [`vllm serve ${input.huggingFaceRepo}`];
    if (gpus > 1) parts.push(`--tensor-parallel-size ${gpus}`);
    parts.push(`--max-model-len ${input.contextTokens}`);
    parts.push(`--gpu-memory-utilization ${input.gpuMemoryUtilization ?? 0.9}`);
    if (concurrency > 1) parts.push(`--max-num-seqs ${concurrency}`);
    if (spec.vllmQuantization) parts.push(`--quantization ${spec.vllmQuantization}`);
    if (kv === 'fp8') parts.push('--kv-cache-dtype fp8');
    vllm = parts.join(' ');
    if (spec.vllmQuantization === 'awq' || spec.vllmQuantization === 'gptq') {
      notes.push(`vLLM: ${spec.id} needs a pre-quantized ${spec.vllmQuantization.toUpperCase()} checkpoint; replace the repo with one`);
    }
  }
  if (input.huggingFaceRepo && spec?.family === 'gguf') {
    notes.push(`vLLM serves safetensors checkpoints (BF16, FP8, AWQ-INT4, GPTQ-INT4), not ${spec.id}`);
  }
  return { ollama, llamaCpp, vllm, notes };
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
