/**
 * Weight bytes per tensor class for a quantization: GGUF types follow llama.cpp's per-tensor recipe and
 * block sizes; safetensors formats follow their packing. Methodology §Weights.
 */
import { GGUF_METADATA_BYTES_PER_VOCAB_ENTRY } from './calibrated-constants.js';
import { type GgmlType, ggmlBytes } from './ggml-types.js';
import { assignGgmlTypes, isGgufQuant } from './quant-recipe.js';
import type { QuantId } from './quantizations.js';
import { listTensors, TENSOR_CLASSES, type TensorClass, type TensorSpec } from './tensor-inventory.js';
import type { ArchitectureSpec } from './types.js';

export interface TensorBytes {
  tensor: TensorSpec;
  /** GGML type for GGUF formats; a label such as `FP8`, `INT4-g128` or `BF16` otherwise. */
  type: string;
  bytes: number;
  /** Bytes one decoded token reads from this tensor. */
  activeBytes: number;
  /** Float storage (F16/BF16/F32) is read at a different efficiency than block-quantized storage. */
  float: boolean;
}

export interface WeightsEstimate {
  quant: QuantId;
  /** Tensor bytes plus, for GGUF, the file's metadata (tokenizer). */
  bytes: number;
  tensorBytes: number;
  /** GGUF metadata estimate (0 for safetensors). */
  metadataBytes: number;
  byClass: Record<TensorClass, number>;
  /** Bytes per storage type (Q4_K, Q6_K, F32, FP8 …). */
  byType: Record<string, number>;
  /** Bytes read from weights to decode one token (active experts only; one embedding row). */
  activeBytes: number;
  /** Of activeBytes, the part stored as float (read at the float efficiency). */
  activeFloatBytes: number;
  /** Bytes of each decoder block (for layer offload), index = block. */
  layerBytes: number[];
  /** token_embd bytes: llama.cpp keeps them in host memory. */
  tokenEmbeddingBytes: number;
  /** output.weight + output_norm bytes (0 output when tied). */
  outputBytes: number;
  /** Effective bits per weight over all parameters: 8 × tensorBytes / parameters. */
  bitsPerWeight: number;
  parameters: number;
  tensors: TensorBytes[];
}

const FLOAT_TYPES = new Set(['F32', 'F16', 'BF16']);

function safetensorsBytes(t: TensorSpec, quant: QuantId): { type: string; bytes: number } {
  const isLinear = t.quantizable && t.role !== 'token_embd' && t.role !== 'output';
  if (quant === 'F16' || quant === 'BF16' || !isLinear) {
    return { type: quant === 'F16' ? 'F16' : 'BF16', bytes: 2 * t.elements };
  }
  const rows = t.elements / t.rowLength;
  if (quant === 'FP8') {
    // 1 byte per weight + one FP32 scale per output channel.
    return { type: 'FP8', bytes: t.elements + 4 * rows };
  }
  // INT4 with group size 128: 0.5 B per weight; per group an FP16 scale (2 B) and a 4-bit zero (0.5 B).
  const groups = Math.ceil(t.elements / 128);
  let bytes = t.elements / 2 + groups * 2.5;
  // GPTQ also stores an int32 group index per input column of each matrix.
  if (quant === 'GPTQ-INT4') bytes += 4 * t.rowLength * t.depth;
  return { type: 'INT4-g128', bytes };
}

/** GGUF file (llama.cpp, Ollama) or safetensors checkpoint (vLLM). F16/BF16 exist as both. */
export type WeightsFormat = 'gguf' | 'safetensors';

/**
 * Weight bytes of `arch` stored as `quant`. Pure; see methodology §Weights for every rule used.
 * `format` defaults to GGUF for every type llama.cpp writes, safetensors for FP8/AWQ/GPTQ.
 */
export function weightsBytes(arch: ArchitectureSpec, quant: QuantId, format?: WeightsFormat): WeightsEstimate {
  // Memoised per (architecture, quantization, format): a report estimates the same model dozens of
  // times (fit's context search, every hardware option, pricing). Only frozen architectures are cached
  // (catalog data is deep-frozen), so a caller that mutates its own spec never reads a stale estimate.
  if (!Object.isFrozen(arch)) return computeWeightsBytes(arch, quant, format);
  let byQuant = weightsCache.get(arch);
  if (byQuant === undefined) {
    byQuant = new Map();
    weightsCache.set(arch, byQuant);
  }
  const key = `${quant}|${format ?? ''}`;
  let cached = byQuant.get(key);
  if (cached === undefined) {
    cached = computeWeightsBytes(arch, quant, format);
    byQuant.set(key, cached);
  }
  return cached;
}

const weightsCache = new WeakMap<ArchitectureSpec, Map<string, WeightsEstimate>>();

/** One tensor inventory per frozen architecture, shared by its quantizations (read only here). */
const tensorCache = new WeakMap<ArchitectureSpec, TensorSpec[]>();

function tensorsOf(arch: ArchitectureSpec): TensorSpec[] {
  if (!Object.isFrozen(arch)) return listTensors(arch);
  let tensors = tensorCache.get(arch);
  if (tensors === undefined) {
    tensors = listTensors(arch);
    tensorCache.set(arch, tensors);
  }
  return tensors;
}

function computeWeightsBytes(arch: ArchitectureSpec, quant: QuantId, format?: WeightsFormat): WeightsEstimate {
  const tensors = tensorsOf(arch);
  const gguf = format === 'safetensors' ? false : isGgufQuant(quant);
  if (format === 'gguf' && !gguf) throw new Error(`${quant} is not a GGUF type`);
  const ggmlTypes: GgmlType[] | null = gguf ? assignGgmlTypes(tensors, arch, quant) : null;
  const byClass = Object.fromEntries(TENSOR_CLASSES.map((c) => [c, 0])) as Record<TensorClass, number>;
  const byType: Record<string, number> = {};
  const layerBytes = new Array<number>(arch.layers).fill(0);
  const out: TensorBytes[] = [];
  let tensorBytes = 0;
  let activeBytes = 0;
  let activeFloatBytes = 0;
  let tokenEmbeddingBytes = 0;
  let outputBytes = 0;
  let parameters = 0;
  tensors.forEach((t, i) => {
    const ggmlType = ggmlTypes?.[i];
    const { type, bytes } = ggmlType
      ? { type: ggmlType, bytes: ggmlBytes(ggmlType, t.elements) }
      : safetensorsBytes(t, quant);
    const perElement = bytes / t.elements;
    // A tied output projection reads the whole embedding matrix every token.
    const tiedOutputRead = t.role === 'token_embd' && arch.tiedEmbeddings ? bytes : 0;
    const active = t.activeElements * perElement + tiedOutputRead;
    const float = FLOAT_TYPES.has(type);
    out.push({ tensor: t, type, bytes, activeBytes: active, float });
    tensorBytes += bytes;
    parameters += t.elements;
    activeBytes += active;
    if (float) activeFloatBytes += active;
    byClass[t.class] += bytes;
    byType[type] = (byType[type] ?? 0) + bytes;
    if (t.layer !== null) layerBytes[t.layer] = (layerBytes[t.layer] ?? 0) + bytes;
    else if (t.role === 'token_embd') tokenEmbeddingBytes += bytes;
    else outputBytes += bytes;
  });
  const metadataBytes = gguf ? GGUF_METADATA_BYTES_PER_VOCAB_ENTRY * arch.vocabSize : 0;
  return {
    quant,
    bytes: tensorBytes + metadataBytes,
    tensorBytes,
    metadataBytes,
    byClass,
    byType,
    activeBytes,
    activeFloatBytes,
    layerBytes,
    tokenEmbeddingBytes,
    outputBytes,
    bitsPerWeight: (8 * tensorBytes) / parameters,
    parameters,
    tensors: out,
  };
}
