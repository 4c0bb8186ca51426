/**
 * @llm-adopt/sizing — memory (weights, KV cache, engine overhead), GPU fit and offload, speed ranges
 * and deployment recipes for open-weight LLMs. Every formula is in docs/methodology.md §Sizing.
 * All functions are pure except readGgufHeader (io/gguf.ts).
 */
export type {
  ArchitectureSpec,
  Engine,
  HardwareSpec,
  KvCacheType,
  MemoryPart,
  MlaSpec,
  MoeSpec,
  Range,
  WindowedAttentionSpec,
} from './types.js';
export { ENGINES, KV_CACHE_TYPES } from './types.js';

export type { QuantFamily, QuantId, QuantSpec } from './quantizations.js';
export { findQuantization, QUANT_IDS, QUANTIZATIONS, quantization } from './quantizations.js';

export type { GgmlType, GgmlTypeInfo } from './ggml-types.js';
export { GGML_TYPES, ggmlBitsPerWeight, ggmlBytes } from './ggml-types.js';

export type { ParameterCount, TensorClass, TensorRole, TensorSpec } from './tensor-inventory.js';
export { countParameters, listTensors, TENSOR_CLASSES } from './tensor-inventory.js';
export { assignGgmlTypes, isGgufQuant, useMoreBits } from './quant-recipe.js';

export type { TensorBytes, WeightsEstimate } from './weights.js';
export { weightsBytes } from './weights.js';

export type { KvCacheEstimate, KvCacheInput } from './kv-cache.js';
export { KV_BYTES_PER_ELEMENT, kvBytesReadPerToken, kvCacheBytes, kvCacheBytesPerToken } from './kv-cache.js';

export type { OverheadInput } from './overhead.js';
export {
  CUDA_CONTEXT_BYTES,
  DEFAULT_GPU_MEMORY_UTILIZATION,
  DEFAULT_MAX_NUM_BATCHED_TOKENS,
  DEFAULT_UBATCH,
  llamaCppComputeBufferBytes,
  METAL_CONTEXT_BYTES,
  overheadParts,
  VLLM_CUDA_GRAPH_BYTES,
  VLLM_NON_TORCH_BYTES,
  vllmActivationBytes,
} from './overhead.js';

export type { MemoryEstimate, SizingInput } from './memory.js';
export { estimateMemory, VLLM_BLOCK_TOKENS, validateSizingInput } from './memory.js';

export type { FitOptions, FitResult, FitVerdict } from './fit.js';
export { DEFAULT_UNIFIED_USABLE_FRACTION, fit, HOST_USABLE_FRACTION, hostMemoryForOffload, TIGHT_FRACTION, tensorParallelProblem } from './fit.js';

export type { DecodeConstants, SpeedEstimate, SpeedInput } from './speed.js';
export {
  activeParameters,
  DEFAULT_DECODE_CONSTANTS,
  DEFAULT_HOST_BANDWIDTH_BYTES_PER_SECOND,
  DEFAULT_HOST_LINK_BYTES_PER_SECOND,
  decodeStepSeconds,
  estimateSpeed,
  prefillFlopsPerToken,
  rangeOf,
  TENSOR_PARALLEL_EFFICIENCY,
} from './speed.js';

export * as calibratedConstants from './calibrated-constants.js';

export type { Recipe, RecipeInput } from './recipe.js';
export { recipe } from './recipe.js';

export { hardwareSpecOf } from './hardware-spec.js';

export type { ByteUnit } from './units.js';
export { bytesFrom, formatBytes } from './units.js';

export type { GgufHeader, GgufReadResult, GgufTensor } from './io/gguf.js';
export { architectureFromGguf, readGgufHeader } from './io/gguf.js';
