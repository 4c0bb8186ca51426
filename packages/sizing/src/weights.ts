/**
 * Weight bytes per tensor class for a quantization: GGUF types follow llama.cpp's per-tensor recipe and
 * block sizes; safetensors formats follow their packing. Methodology §Weights.
 */
import { GGUF_METADATA_BYTES_PER_VOCAB_ENTRY } from './calibrated-constants.js';
import { ggmlBytes } from './ggml-types.js';
import { ggmlTypeForTensor, isGgufQuant, recipeLayerKey } from './quant-recipe.js';
import type { QuantId } from './quantizations.js';
import {
  headTensors,
  type LayerKinds,
  layerKinds,
  listTensors,
  TENSOR_CLASSES,
  type TensorClass,
  type TensorSpec,
  tailTensors,
} from './tensor-inventory.js';
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
  /** Of activeBytes, the part in decoder blocks (offloadable) … */
  layerActiveBytes: number;
  /** … and the part in global tensors (embeddings, output), which stay on the GPU. */
  globalActiveBytes: number;
  /** Weights one token multiplies with: everything it reads except the embedding lookup (tied output included). */
  activeParameters: number;
  /** Every tensor with its storage, in file order. */
  readonly tensors: TensorBytes[];
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

/** One tensor inventory (by block kind) per frozen architecture, shared by its quantizations. */
const inventoryCache = new WeakMap<ArchitectureSpec, Inventory>();

interface Inventory extends LayerKinds {
  head: TensorSpec[];
  tail: TensorSpec[];
  /** attn_v tensors per block of each kind (llama.cpp's i_attention_wv counts them). */
  attnVPerKind: number[];
  /** llama.cpp's n_attention_wv: attn_v and attn_kv_b tensors in the model. */
  attnVCount: number;
}

function inventoryOf(arch: ArchitectureSpec): Inventory {
  const cached = Object.isFrozen(arch) ? inventoryCache.get(arch) : undefined;
  if (cached) return cached;
  const { kinds, kindOfLayer } = layerKinds(arch);
  const attnVPerKind = kinds.map((k) => k.filter((t) => t.role === 'attn_v').length);
  const attnVOrKvB = kinds.map((k) => k.filter((t) => t.role === 'attn_v' || t.role === 'attn_kv_b').length);
  const attnVCount = kindOfLayer.reduce((n, k) => n + (attnVOrKvB[k] ?? 0), 0);
  const inventory = { head: headTensors(arch), tail: tailTensors(arch), kinds, kindOfLayer, attnVPerKind, attnVCount };
  if (Object.isFrozen(arch)) inventoryCache.set(arch, inventory);
  return inventory;
}

/** Storage of each tensor of one block (or of the head/tail), in inventory order, and their sums. */
interface TypedTensors {
  tensors: readonly TensorSpec[];
  types: string[];
  bytes: number[];
  active: number[];
  sum: Sums;
}

/** What a group of tensors adds to an estimate; decoder blocks of one kind and key share it. */
interface Sums {
  bytes: number;
  parameters: number;
  activeBytes: number;
  activeFloatBytes: number;
  activeParameters: number;
  byClass: Map<TensorClass, number>;
  byType: Map<string, number>;
  tokenEmbeddingBytes: number;
}

function typeTensors(
  tensors: readonly TensorSpec[],
  arch: ArchitectureSpec,
  quant: QuantId,
  gguf: boolean,
  recipe: { attnVIndex: number; attnVCount: number; layer?: number },
): TypedTensors {
  const types: string[] = [];
  const bytes: number[] = [];
  const active: number[] = [];
  const sum: Sums = { bytes: 0, parameters: 0, activeBytes: 0, activeFloatBytes: 0, activeParameters: 0, byClass: new Map(), byType: new Map(), tokenEmbeddingBytes: 0 };
  let attnVIndex = recipe.attnVIndex;
  for (const t of tensors) {
    let type: string;
    let b: number;
    if (gguf) {
      const g = ggmlTypeForTensor(t, { arch, quant, attnVIndex, attnVCount: recipe.attnVCount, ...(recipe.layer === undefined ? {} : { layer: recipe.layer }) });
      type = g;
      b = ggmlBytes(g, t.elements);
    } else {
      ({ type, bytes: b } = safetensorsBytes(t, quant));
    }
    if (t.role === 'attn_v') attnVIndex++;
    // A tied output projection reads the whole embedding matrix every token.
    const tiedOutputRead = t.role === 'token_embd' && arch.tiedEmbeddings ? b : 0;
    const a = t.activeElements * (b / t.elements) + tiedOutputRead;
    types.push(type);
    bytes.push(b);
    active.push(a);
    sum.bytes += b;
    sum.parameters += t.elements;
    sum.activeBytes += a;
    if (FLOAT_TYPES.has(type)) sum.activeFloatBytes += a;
    // The embedding lookup multiplies nothing; a tied output projection multiplies the whole matrix.
    if (t.role === 'token_embd') {
      sum.activeParameters += a > 0 && a >= b ? t.elements : 0;
      sum.tokenEmbeddingBytes += b;
    } else sum.activeParameters += t.activeElements;
    sum.byClass.set(t.class, (sum.byClass.get(t.class) ?? 0) + b);
    sum.byType.set(type, (sum.byType.get(type) ?? 0) + b);
  }
  return { tensors, types, bytes, active, sum };
}

/**
 * Weights of every tensor, typed by llama.cpp's recipe. Blocks of one kind hold the same tensors, and
 * the recipe looks at a block's index only through `recipeLayerKey`, so each (kind, key) pair is typed
 * and summed once, then counted for every block that shares it: a 61-block model costs a handful of
 * blocks instead of ~1,000 tensors, which was most of what ranking a catalog cost in a fresh process
 * (docs/performance.md). Byte and parameter counts are integers and come out exact; float sums (bytes
 * read per token) may differ from a tensor-by-tensor sum in the last bits (tested against one).
 */
function computeWeightsBytes(arch: ArchitectureSpec, quant: QuantId, format?: WeightsFormat): WeightsEstimate {
  const inv = inventoryOf(arch);
  const gguf = format === 'safetensors' ? false : isGgufQuant(quant);
  if (format === 'gguf' && !gguf) throw new Error(`${quant} is not a GGUF type`);
  // Head and tail tensors are no attn_v, so the counter's value does not matter for them.
  const recipe = { attnVIndex: 0, attnVCount: inv.attnVCount };
  const head = typeTensors(inv.head, arch, quant, gguf, recipe);
  const tail = typeTensors(inv.tail, arch, quant, gguf, recipe);
  const layerBytes = new Array<number>(arch.layers).fill(0);
  const typedBlocks = new Map<number, TypedTensors>();
  const blockCount = new Map<TypedTensors, number>();
  const blocks: TypedTensors[] = [];
  let attnVIndex = 0;
  for (let i = 0; i < arch.layers; i++) {
    const kind = inv.kindOfLayer[i] as number;
    // More than one attn_v per block would need a key per tensor; no architecture has that, but stay exact.
    const groupable = (inv.attnVPerKind[kind] ?? 0) <= 1;
    const key = kind * 64 + (gguf ? recipeLayerKey(i, arch.layers, attnVIndex, inv.attnVCount) : 0);
    let typed = groupable ? typedBlocks.get(key) : undefined;
    if (typed === undefined) {
      typed = typeTensors(inv.kinds[kind] as TensorSpec[], arch, quant, gguf, { attnVIndex, attnVCount: inv.attnVCount, layer: i });
      if (groupable) typedBlocks.set(key, typed);
    }
    blocks.push(typed);
    blockCount.set(typed, (blockCount.get(typed) ?? 0) + 1);
    layerBytes[i] = typed.sum.bytes;
    attnVIndex += inv.attnVPerKind[kind] ?? 0;
  }

  const byClass = Object.fromEntries(TENSOR_CLASSES.map((c) => [c, 0])) as Record<TensorClass, number>;
  const byType: Record<string, number> = {};
  let tensorBytes = 0;
  let parameters = 0;
  let activeBytes = 0;
  let activeFloatBytes = 0;
  let activeParams = 0;
  let layerActiveBytes = 0;
  const count = (s: Sums, n: number): void => {
    tensorBytes += n * s.bytes;
    parameters += n * s.parameters;
    activeBytes += n * s.activeBytes;
    activeFloatBytes += n * s.activeFloatBytes;
    activeParams += n * s.activeParameters;
    for (const [c, b] of s.byClass) byClass[c] += n * b;
    for (const [t, b] of s.byType) byType[t] = (byType[t] ?? 0) + n * b;
  };
  count(head.sum, 1);
  for (const [typed, n] of blockCount) {
    count(typed.sum, n);
    layerActiveBytes += n * typed.sum.activeBytes;
  }
  count(tail.sum, 1);
  const tokenEmbeddingBytes = head.sum.tokenEmbeddingBytes + tail.sum.tokenEmbeddingBytes;
  const outputBytes = head.sum.bytes + tail.sum.bytes - tokenEmbeddingBytes;
  const globalActiveBytes = head.sum.activeBytes + tail.sum.activeBytes;

  let tensors: TensorBytes[] | undefined;
  const tensorList = (): TensorBytes[] => {
    if (tensors) return tensors;
    // listTensors gives each block's own names and indices; the typed blocks line up with it in order.
    const all = listTensors(arch);
    const list: TensorBytes[] = [];
    for (const typed of [head, ...blocks, tail]) {
      typed.types.forEach((type, j) => {
        const tensor = all[list.length] as TensorSpec;
        list.push({ tensor, type, bytes: typed.bytes[j] as number, activeBytes: typed.active[j] as number, float: FLOAT_TYPES.has(type) });
      });
    }
    tensors = list;
    return list;
  };
  // A caller's own (unfrozen) spec may change after this call: list its tensors now.
  if (!Object.isFrozen(arch)) tensorList();
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
    layerActiveBytes,
    globalActiveBytes,
    activeParameters: activeParams,
    // Built on first use: only detail views read every tensor, and a report ranks dozens of estimates.
    get tensors() {
      return tensorList();
    },
  };
}
