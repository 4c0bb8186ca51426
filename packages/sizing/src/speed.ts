/**
 * Speed estimates. Decode is memory-bandwidth bound: seconds per token = fixed + bytes read (active
 * weights + KV at the current depth) / (efficiency × bandwidth). Prefill is compute bound. Constants are
 * calibrated (calibrated-constants.ts); every result is a range. Methodology §Speed.
 */
import {
  DECODE_BANDWIDTH_CAP_BYTES_PER_SECOND,
  DECODE_EFFICIENCY,
  DECODE_FIXED_SECONDS_PER_TOKEN,
  DECODE_FLOPS_PER_WEIGHT,
  DECODE_P90_ERROR,
  DECODE_TYPICAL_ERROR,
  PREFILL_EFFICIENCY,
  PREFILL_TYPICAL_ERROR,
} from './calibrated-constants.js';
import { kvBytesReadPerToken } from './kv-cache.js';
import { DEFAULT_UBATCH } from './overhead.js';
import type { QuantId } from './quantizations.js';
import type { ArchitectureSpec, Engine, HardwareSpec, KvCacheType, Range } from './types.js';
import { type WeightsEstimate, weightsBytes } from './weights.js';

/** Host RAM bandwidth assumed for layers offloaded to the CPU: effective dual-channel DDR5. */
export const DEFAULT_HOST_BANDWIDTH_BYTES_PER_SECOND = 60e9;
/**
 * Host-to-GPU link for prompt processing with offloaded layers. For a batch of 32 tokens or more,
 * llama.cpp's CUDA backend copies the weights of host-resident layers to the GPU and multiplies there
 * (ggml-cuda `offload_op`), once per ubatch. PCIe 4.0 ×16: 16 GT/s × 16 lanes × 128/130 ÷ 8 = 31.5 GB/s
 * per direction — the theoretical figure, so the prefill estimate is an upper bound (not calibrated).
 */
export const DEFAULT_HOST_LINK_BYTES_PER_SECOND = 31.5e9;
/** vLLM tensor-parallel scaling of bandwidth per added GPU (all-reduce costs): an assumption, not calibrated. */
export const TENSOR_PARALLEL_EFFICIENCY = 0.8;

export interface DecodeConstants {
  /** Per-token cost independent of size (kernel launches, sampling). */
  fixedSecondsPerToken: number;
  /** Share of peak bandwidth reached while streaming weights and KV. */
  efficiency: number;
  /** Highest effective bandwidth single-stream llama.cpp reached on any device (null = no cap). */
  bandwidthCapBytesPerSecond: number | null;
  /** FLOP-equivalents per weight per token (dequantisation + multiply-add), against the catalog's FLOP/s. */
  flopsPerWeight: number;
}

export const DEFAULT_DECODE_CONSTANTS: DecodeConstants = {
  fixedSecondsPerToken: DECODE_FIXED_SECONDS_PER_TOKEN,
  efficiency: DECODE_EFFICIENCY,
  bandwidthCapBytesPerSecond: DECODE_BANDWIDTH_CAP_BYTES_PER_SECOND,
  flopsPerWeight: DECODE_FLOPS_PER_WEIGHT,
};

export interface SpeedInput {
  arch: ArchitectureSpec;
  quant: QuantId;
  hardware: Pick<HardwareSpec, 'bandwidthBytesPerSecond' | 'denseFp16Flops'>;
  engine?: Engine;
  /** Context already in the cache when decoding (tokens). Default 0. */
  contextTokens?: number;
  /** Prompt length for time to first token. Default contextTokens (or 512). */
  promptTokens?: number;
  /** Sequences decoded together (vLLM batch / llama.cpp slots). Default 1. */
  concurrency?: number;
  kvCacheType?: KvCacheType;
  /** Identical GPUs: vLLM tensor parallel speeds decode up; llama.cpp layer split does not. */
  gpuCount?: number;
  /** llama.cpp partial offload: decoder layers kept in host memory. */
  offloadLayers?: number;
  hostBandwidthBytesPerSecond?: number;
  /** Host-to-GPU copy speed for offloaded weights during prefill. Default DEFAULT_HOST_LINK_BYTES_PER_SECOND. */
  hostLinkBytesPerSecond?: number;
  /** Prompt tokens processed per pass (llama.cpp n_ubatch). Default DEFAULT_UBATCH. */
  ubatch?: number;
  constants?: DecodeConstants;
  /** Precomputed weights (avoids recomputation in loops). */
  weights?: WeightsEstimate;
}

export interface SpeedEstimate {
  /** Tokens/s seen by one user. */
  decodeTokensPerSecond: Range;
  /** Tokens/s summed over `concurrency` users. */
  aggregateDecodeTokensPerSecond: Range;
  /** Null when the hardware's FLOP/s are unknown. */
  prefillTokensPerSecond: Range | null;
  timeToFirstTokenSeconds: Range | null;
  /** Median absolute error of the decode model on hardware it was not fitted on, percent. */
  typicalErrorPct: number;
  /** 90th-percentile absolute error, percent. */
  p90ErrorPct: number;
  prefillTypicalErrorPct: number;
  /** Bytes read per decoded token (weights + KV), per sequence step. */
  bytesPerToken: number;
  assumptions: string[];
}

/** Typical value ± the typical error. */
export function rangeOf(typical: number, error: number): Range {
  return { low: typical * (1 - error), typical, high: typical * (1 + error) };
}

/** What a decode step reads and computes: the decode model's features. */
export interface DecodeFeatures {
  /** Active weights + KV read from GPU memory per step. */
  gpuBytes: number;
  /** Offloaded layers and their KV, read from host memory. */
  hostBytes: number;
  /** Peak GPU bandwidth (× tensor-parallel scaling). */
  bandwidth: number;
  /** Active weights (parameters) per token. */
  activeWeights: number;
  concurrency: number;
  /** FLOP/s available (× tensor-parallel scaling), null when unknown. */
  flopsAvailable: number | null;
}

export function decodeFeatures(input: SpeedInput): DecodeFeatures {
  const w = input.weights ?? weightsBytes(input.arch, input.quant, (input.engine ?? 'llama.cpp') === 'vllm' ? 'safetensors' : undefined);
  const concurrency = input.concurrency ?? 1;
  const kvRead = concurrency * kvBytesReadPerToken(input.arch, input.contextTokens ?? 0, input.kvCacheType ?? 'f16');
  const n = input.gpuCount ?? 1;
  // Tensor parallel reads each GPU's share in parallel; llama.cpp's layer split runs GPUs in turn.
  const scale = (input.engine ?? 'llama.cpp') === 'vllm' && n > 1 ? n * TENSOR_PARALLEL_EFFICIENCY : 1;
  const s = Math.min(input.offloadLayers ?? 0, input.arch.layers) / input.arch.layers;
  const layerBytes = w.layerActiveBytes;
  const globalBytes = w.globalActiveBytes;
  const flops = input.hardware.denseFp16Flops;
  return {
    // Offloaded layers (and their KV) are read from host memory; global tensors stay on the GPU.
    gpuBytes: (1 - s) * (layerBytes + kvRead) + globalBytes,
    hostBytes: s * (layerBytes + kvRead),
    bandwidth: input.hardware.bandwidthBytesPerSecond * scale,
    activeWeights: activeParameters(w),
    concurrency,
    flopsAvailable: flops ? flops * scale : null,
  };
}

/** Effective streaming bandwidth: efficiency × peak, capped for llama.cpp single-stream decode. */
export function effectiveBandwidth(f: DecodeFeatures, c: DecodeConstants, engine: Engine = 'llama.cpp'): number {
  const bw = c.efficiency * f.bandwidth;
  return c.bandwidthCapBytesPerSecond !== null && engine !== 'vllm' ? Math.min(bw, c.bandwidthCapBytesPerSecond) : bw;
}

/**
 * Seconds for one decode step of `concurrency` sequences (methodology §Speed):
 * fixed + GPU bytes / min(η·BW, cap) + k·N/FLOPs + (C − 1)·2N/(η_prefill·FLOPs) + host bytes / host BW.
 */
export function decodeStepSeconds(input: SpeedInput): number {
  const c = input.constants ?? DEFAULT_DECODE_CONSTANTS;
  const f = decodeFeatures(input);
  const memorySeconds = f.gpuBytes / effectiveBandwidth(f, c, input.engine);
  const computeSeconds = f.flopsAvailable
    ? (c.flopsPerWeight * f.activeWeights) / f.flopsAvailable +
      ((f.concurrency - 1) * 2 * f.activeWeights) / (PREFILL_EFFICIENCY * f.flopsAvailable)
    : 0;
  const hostSeconds = f.hostBytes / (input.hostBandwidthBytesPerSecond ?? DEFAULT_HOST_BANDWIDTH_BYTES_PER_SECOND);
  return c.fixedSecondsPerToken + memorySeconds + computeSeconds + hostSeconds;
}

/** FLOPs to process one prompt token at `depth`: 2 per active weight + attention 4·layers·heads·headDim·depth. */
export function prefillFlopsPerToken(arch: ArchitectureSpec, activeParameters: number, depth: number): number {
  const qkDim = arch.mla ? arch.mla.qkNopeHeadDim + arch.mla.qkRopeHeadDim : arch.headDim;
  return 2 * activeParameters + 4 * arch.layers * arch.attentionHeads * qkDim * depth;
}

/** Weights one token multiplies with: everything it reads except the embedding lookup (tied output included). */
export function activeParameters(w: WeightsEstimate): number {
  return w.activeParameters;
}

export function estimateSpeed(input: SpeedInput): SpeedEstimate {
  const w = input.weights ?? weightsBytes(input.arch, input.quant, (input.engine ?? 'llama.cpp') === 'vllm' ? 'safetensors' : undefined);
  const concurrency = input.concurrency ?? 1;
  const engine = input.engine ?? 'llama.cpp';
  const step = decodeStepSeconds({ ...input, weights: w });
  const perUser = 1 / step;
  // Outside what was calibrated (no FLOP/s, vLLM) the range widens to the 90th-percentile error.
  const typicalError = input.hardware.denseFp16Flops && engine !== 'vllm' ? DECODE_TYPICAL_ERROR : DECODE_P90_ERROR;
  const assumptions: string[] = [
    `decode step = ${(DECODE_FIXED_SECONDS_PER_TOKEN * 1000).toFixed(1)} ms + bytes read / min(${DECODE_EFFICIENCY} × bandwidth, ${(DECODE_BANDWIDTH_CAP_BYTES_PER_SECOND / 1e12).toFixed(2)} TB/s) + ${DECODE_FLOPS_PER_WEIGHT} FLOP per active weight / FLOP/s`,
  ];
  if (!input.hardware.denseFp16Flops) {
    assumptions.push('FLOP/s unknown: the compute term is left out, so decode may be overestimated (range widened to the 90th-percentile error)');
  }
  if (engine === 'vllm') assumptions.push('vLLM decode is not calibrated (constants fitted on llama.cpp runs; no bandwidth cap applied): range widened to the 90th-percentile error');
  if (concurrency > 1) assumptions.push(`aggregate for ${concurrency} sequences decoding together is an upper bound: prefill interleaving and scheduling are not modelled`);
  if ((input.offloadLayers ?? 0) > 0) {
    assumptions.push(
      `${input.offloadLayers} layers read from host memory at ${((input.hostBandwidthBytesPerSecond ?? DEFAULT_HOST_BANDWIDTH_BYTES_PER_SECOND) / 1e9).toFixed(0)} GB/s`,
    );
  }
  if ((input.gpuCount ?? 1) > 1) {
    assumptions.push(
      engine === 'vllm'
        ? `tensor parallel over ${input.gpuCount} GPUs at ${TENSOR_PARALLEL_EFFICIENCY * 100}% scaling (not calibrated)`
        : `llama.cpp splits layers across ${input.gpuCount} GPUs: no single-stream speed-up`,
    );
  }
  const active = activeParameters(w);
  const flops = input.hardware.denseFp16Flops;
  let prefill: Range | null = null;
  let ttft: Range | null = null;
  if (flops) {
    const prompt = input.promptTokens ?? (input.contextTokens && input.contextTokens > 0 ? input.contextTokens : 512);
    const bwScale = engine === 'vllm' && (input.gpuCount ?? 1) > 1 ? (input.gpuCount ?? 1) * TENSOR_PARALLEL_EFFICIENCY : 1;
    // Average depth over the prompt is half its length.
    let tps = (PREFILL_EFFICIENCY * flops * bwScale) / prefillFlopsPerToken(input.arch, active, prompt / 2);
    const offloaded = engine === 'vllm' ? 0 : Math.min(input.offloadLayers ?? 0, input.arch.layers);
    if (offloaded > 0) {
      // llama.cpp keeps the first (layers − ngl) blocks on the host and copies each one's weights (every
      // expert: a ubatch touches nearly all of them) to the GPU once per ubatch. Methodology §Speed.
      const hostWeightBytes = w.layerBytes.slice(0, offloaded).reduce((sum, b) => sum + b, 0);
      const link = input.hostLinkBytesPerSecond ?? DEFAULT_HOST_LINK_BYTES_PER_SECOND;
      const ubatch = input.ubatch ?? DEFAULT_UBATCH;
      tps = 1 / (1 / tps + hostWeightBytes / (link * ubatch));
      assumptions.push(
        `prefill copies the ${offloaded} host layers (${(hostWeightBytes / 1e9).toFixed(1)} GB) to the GPU once per ${ubatch}-token ubatch at ${(link / 1e9).toFixed(1)} GB/s (PCIe 4.0 ×16, theoretical): an upper bound, not calibrated`,
      );
    }
    prefill = rangeOf(tps, PREFILL_TYPICAL_ERROR);
    const seconds = prompt / tps + step;
    ttft = { low: seconds * (1 - PREFILL_TYPICAL_ERROR), typical: seconds, high: seconds * (1 + PREFILL_TYPICAL_ERROR) };
    assumptions.push(`prefill = ${PREFILL_EFFICIENCY} × ${(flops / 1e12).toFixed(0)} TFLOP/s ÷ FLOPs per token; TTFT for a ${prompt}-token prompt`);
  }
  return {
    decodeTokensPerSecond: rangeOf(perUser, typicalError),
    aggregateDecodeTokensPerSecond: rangeOf(perUser * concurrency, typicalError),
    prefillTokensPerSecond: prefill,
    timeToFirstTokenSeconds: ttft,
    typicalErrorPct: typicalError * 100,
    p90ErrorPct: DECODE_P90_ERROR * 100,
    prefillTypicalErrorPct: PREFILL_TYPICAL_ERROR * 100,
    bytesPerToken: w.activeBytes + concurrency * kvBytesReadPerToken(input.arch, input.contextTokens ?? 0, input.kvCacheType ?? 'f16'),
    assumptions,
  };
}
