/**
 * Does a deployment fit? Single GPU, N identical GPUs, unified memory, and llama.cpp partial offload.
 * Methodology §Fit.
 */
import { estimateMemory, type MemoryEstimate, type SizingInput } from './memory.js';
import { DEFAULT_GPU_MEMORY_UTILIZATION } from './overhead.js';
import type { ArchitectureSpec, HardwareSpec } from './types.js';

/** Share of unified memory the GPU may use when the hardware entry states none (macOS default wired limit ≈ 75%). */
export const DEFAULT_UNIFIED_USABLE_FRACTION = 0.75;
/** "fits-tight" when less than this share of usable memory is left. */
export const TIGHT_FRACTION = 0.1;
/**
 * Share of the host's installed RAM the offloaded layers may take: the OS, page cache and the engine
 * process (host compute buffer, HTTP server) need the rest. Methodology §Host memory for offload.
 */
export const HOST_USABLE_FRACTION = 0.8;
/** Largest context the max-context search tries. */
const CONTEXT_SEARCH_CAP = 1 << 24;

export type FitVerdict = 'fits' | 'fits-tight' | 'needs-more-gpus' | 'needs-offload' | 'does-not-fit';

export interface FitOptions {
  /** Identical devices used together (vLLM tensor parallel; llama.cpp layer split). Default 1. */
  gpuCount?: number;
  /** vLLM `--gpu-memory-utilization`. Default 0.9. */
  gpuMemoryUtilization?: number;
  /** Upper bound for maxContextTokens (the model's maximum context). */
  maxContextTokens?: number;
  /**
   * RAM installed in the host machine, bytes (as the OS reports it: 64 GiB = 64 × 2^30). Partial offload
   * needs it: without it the verdict can say `needs-offload` but not whether the host holds the layers.
   */
  hostMemoryBytes?: number;
}

export interface FitResult {
  verdict: FitVerdict;
  /** True for 'fits' and 'fits-tight'. */
  fits: boolean;
  gpuCount: number;
  /** Memory one device offers to the engine (× utilization for vLLM, × usable fraction for unified memory). */
  usableBytesPerGpu: number;
  usableFraction: number;
  requiredBytesPerGpu: number;
  /** usable − required per device (negative when it does not fit). */
  spareBytesPerGpu: number;
  /** Smallest device count that fits without offload (null when none up to 64 does). */
  gpusNeeded: number | null;
  /** Decoder layers on the GPUs (`-ngl`); equals the layer count when everything fits. */
  gpuLayers: number;
  /** Decoder layers left in host memory (llama.cpp/Ollama partial offload). */
  offloadLayers: number;
  /**
   * Host RAM that partial offload needs: offloaded layers' weights + their KV cache + token_embd
   * (methodology §Host memory for offload). 0 when nothing is offloaded; also set when the verdict is
   * `does-not-fit` because the host lacks that much.
   */
  hostMemoryNeededBytes: number;
  /** HOST_USABLE_FRACTION × the host RAM given in options; null when none was given. */
  hostMemoryUsableBytes: number | null;
  /** Largest context per sequence that fits on this setup without offload, at the given concurrency. */
  maxContextTokens: number | null;
  /** vLLM: KV pool per device and the concurrency it supports. */
  vllm?: { kvPoolBytesPerGpu: number; maxCachedTokens: number; maxConcurrency: number };
  memory: MemoryEstimate;
  reasons: string[];
}

/** Tensor-parallel constraint (vLLM): heads must split evenly; KV heads split or replicate. */
export function tensorParallelProblem(arch: ArchitectureSpec, n: number): string | null {
  if (n <= 1) return null;
  if (arch.attentionHeads % n !== 0) return `${arch.attentionHeads} attention heads do not divide across ${n} GPUs`;
  if (!arch.mla && arch.kvHeads % n !== 0 && n % arch.kvHeads !== 0) {
    return `${arch.kvHeads} KV heads neither divide across nor replicate onto ${n} GPUs`;
  }
  return null;
}

export function usableBytesPerDevice(hardware: HardwareSpec, engine: SizingInput['engine'], utilization: number): { bytes: number; fraction: number } {
  const base = hardware.unifiedMemory ? (hardware.usableMemoryFraction ?? DEFAULT_UNIFIED_USABLE_FRACTION) : 1;
  const fraction = engine === 'vllm' ? Math.min(base, utilization) : base;
  return { bytes: hardware.memoryBytes * fraction, fraction };
}

/** Bytes one of `n` devices must hold (no offload). */
export function requiredBytesPerDevice(m: MemoryEstimate, arch: ArchitectureSpec, n: number, unified: boolean): number {
  const overhead = m.overheadBytes;
  if (m.engine === 'vllm') {
    // Weights and activations split by tensor parallel; MLA's latent is replicated on every rank, and
    // with fewer KV heads than GPUs each rank holds one head.
    const kvShare = arch.mla ? 1 : arch.kvHeads >= n ? 1 / n : 1 / arch.kvHeads;
    const act = m.activationBytes;
    return m.weightsBytes / n + m.kvCacheBytes * kvShare + act / n + (overhead - act);
  }
  // llama.cpp keeps token_embd in host memory on discrete GPUs; layers and their KV split across GPUs,
  // every GPU holds its own compute buffer and context.
  const hostEmbeddings = unified ? 0 : Math.min(m.weights.tokenEmbeddingBytes, m.weightsBytes);
  return (m.weightsBytes - hostEmbeddings + m.kvCacheBytes) / n + overhead;
}

export function fit(input: SizingInput, hardware: HardwareSpec, options: FitOptions = {}): FitResult {
  const engine = input.engine ?? 'llama.cpp';
  const n = options.gpuCount ?? 1;
  const util = options.gpuMemoryUtilization ?? DEFAULT_GPU_MEMORY_UTILIZATION;
  const unified = hardware.unifiedMemory;
  const memory = estimateMemory({ ...input, unifiedMemory: unified });
  const usable = usableBytesPerDevice(hardware, engine, util);
  const reasons: string[] = [];
  const arch = input.arch;
  const tpProblem = engine === 'vllm' ? tensorParallelProblem(arch, n) : null;
  if (tpProblem) reasons.push(tpProblem);
  const required = requiredBytesPerDevice(memory, arch, n, unified);
  const spare = usable.bytes - required;
  const fitsHere = !tpProblem && spare >= 0;

  const fitsWith = (count: number, ctx: number): boolean => {
    if (engine === 'vllm' && tensorParallelProblem(arch, count)) return false;
    const m = ctx === input.contextTokens ? memory : estimateMemory({ ...input, contextTokens: ctx, unifiedMemory: unified, weights: memory.weights });
    return requiredBytesPerDevice(m, arch, count, unified) <= usable.bytes;
  };

  let gpusNeeded: number | null = null;
  for (let c = 1; c <= 64; c++) {
    if (fitsWith(c, input.contextTokens)) {
      gpusNeeded = c;
      break;
    }
  }

  let maxContextTokens: number | null = null;
  if (!tpProblem && fitsWith(n, 1)) {
    let lo = 1;
    let hi = Math.min(options.maxContextTokens ?? CONTEXT_SEARCH_CAP, CONTEXT_SEARCH_CAP);
    if (fitsWith(n, hi)) lo = hi;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fitsWith(n, mid)) lo = mid;
      else hi = mid - 1;
    }
    maxContextTokens = lo;
  }

  let gpuLayers = arch.layers;
  let verdict: FitVerdict;
  let hostNeeded = 0;
  let hostOffloadLayers = 0;
  const hostUsable = options.hostMemoryBytes !== undefined ? options.hostMemoryBytes * HOST_USABLE_FRACTION : null;
  if (fitsHere) {
    verdict = spare < TIGHT_FRACTION * usable.bytes ? 'fits-tight' : 'fits';
  } else if (engine !== 'vllm' && !unified && !tpProblem) {
    // Partial offload: whole decoder layers (weights + their KV) move to host memory.
    const perLayer = (memory.weightsBytes - memory.weights.tokenEmbeddingBytes - memory.weights.outputBytes + memory.kvCacheBytes) / arch.layers;
    const budget = n * (usable.bytes - memory.overheadBytes) - memory.weights.outputBytes;
    gpuLayers = Math.max(0, Math.min(arch.layers, Math.floor(budget / perLayer)));
    if (gpuLayers >= 1) {
      verdict = 'needs-offload';
      hostOffloadLayers = arch.layers - gpuLayers;
      hostNeeded = hostMemoryForOffload(memory, hostOffloadLayers, perLayer);
      // Compared as need ÷ share against the RAM given, so a host of exactly need ÷ share fits.
      if (options.hostMemoryBytes !== undefined && hostNeeded / HOST_USABLE_FRACTION > options.hostMemoryBytes) verdict = 'does-not-fit';
    } else verdict = gpusNeeded !== null ? 'needs-more-gpus' : 'does-not-fit';
  } else {
    gpuLayers = 0;
    // A count vLLM cannot split the heads across is not fixed by "more GPUs" when fewer would do.
    const fewerWouldDo = tpProblem !== null && gpusNeeded !== null && gpusNeeded < n;
    verdict = gpusNeeded !== null && !unified && !fewerWouldDo ? 'needs-more-gpus' : 'does-not-fit';
  }
  if (!fitsHere && verdict !== 'needs-offload') gpuLayers = 0;

  let vllm: FitResult['vllm'];
  if (engine === 'vllm' && !tpProblem) {
    const act = memory.activationBytes;
    const pool = usable.bytes - (memory.weightsBytes / n + act / n + (memory.overheadBytes - act));
    const kvShare = arch.mla ? 1 : arch.kvHeads >= n ? 1 / n : 1 / arch.kvHeads;
    const perToken = (memory.kv.bytesPerToken * kvShare * (memory.kv.fullAttentionLayers + memory.kv.windowedLayers)) / arch.layers;
    const maxCachedTokens = pool > 0 ? Math.floor(pool / perToken) : 0;
    vllm = {
      kvPoolBytesPerGpu: Math.max(0, pool),
      maxCachedTokens,
      maxConcurrency: Math.floor(maxCachedTokens / memory.cachedTokensPerSequence),
    };
  }

  if (unified) reasons.push(`unified memory: ${Math.round(usable.fraction * 100)}% of ${fmtGB(hardware.memoryBytes)} usable by the GPU`);
  if (engine === 'vllm') reasons.push(`vLLM reserves ${Math.round(util * 100)}% of each GPU (--gpu-memory-utilization ${util}); the KV cache takes what is left`);
  if (verdict === 'fits' || verdict === 'fits-tight') {
    reasons.push(`${fmtGB(spare)} spare per GPU of ${fmtGB(usable.bytes)} usable`);
  } else if (verdict === 'needs-offload') {
    reasons.push(`${gpuLayers} of ${arch.layers} layers fit on the GPU${n > 1 ? 's' : ''}; ${arch.layers - gpuLayers} run from host memory`);
    reasons.push(
      hostUsable === null
        ? `the host must have ${fmtGiB(hostNeeded)} of RAM for the offloaded layers, their KV cache and the token embeddings (host RAM not given, not checked)`
        : `host RAM: ${fmtGiB(hostNeeded)} needed, ${fmtGiB(hostUsable)} usable (${Math.round(HOST_USABLE_FRACTION * 100)}% of ${fmtGiB(options.hostMemoryBytes ?? 0)})`,
    );
    if (gpusNeeded !== null) reasons.push(`${gpusNeeded} such GPUs would hold it entirely`);
  } else if (hostNeeded > 0) {
    // Offload was the only way to run it and the host is too small for the offloaded part.
    reasons.push(
      `host RAM too small: offloading ${hostOffloadLayers} of ${arch.layers} layers needs ${fmtGiB(hostNeeded)} of host RAM; ${fmtGiB(hostUsable ?? 0)} usable (${Math.round(HOST_USABLE_FRACTION * 100)}% of ${fmtGiB(options.hostMemoryBytes ?? 0)})`,
    );
    if (gpusNeeded !== null) reasons.push(`${gpusNeeded} such GPUs would hold it entirely`);
  } else if (tpProblem) {
    // The nearest counts on either side that split evenly and hold the model.
    let below: number | null = null;
    for (let c = n - 1; c >= 1 && below === null; c--) if (fitsWith(c, input.contextTokens)) below = c;
    let above: number | null = null;
    for (let c = n + 1; c <= 64 && above === null; c++) if (fitsWith(c, input.contextTokens)) above = c;
    const options = [below, above].filter((c): c is number => c !== null);
    reasons.push(options.length > 0 ? `use ${options.join(' or ')} GPUs instead of ${n}` : `no count up to 64 GPUs splits and holds it`);
  } else if (verdict === 'needs-more-gpus') {
    reasons.push(`needs ${gpusNeeded} GPUs (${fmtGB(required)} per GPU needed, ${fmtGB(usable.bytes)} usable)`);
  } else {
    reasons.push(`needs ${fmtGB(required)} per device, ${fmtGB(usable.bytes)} usable`);
  }
  return {
    verdict,
    fits: verdict === 'fits' || verdict === 'fits-tight',
    gpuCount: n,
    usableBytesPerGpu: usable.bytes,
    usableFraction: usable.fraction,
    requiredBytesPerGpu: required,
    spareBytesPerGpu: spare,
    gpusNeeded,
    gpuLayers,
    offloadLayers: verdict === 'needs-offload' ? arch.layers - gpuLayers : 0,
    hostMemoryNeededBytes: hostNeeded,
    hostMemoryUsableBytes: hostUsable,
    maxContextTokens,
    ...(vllm ? { vllm } : {}),
    memory,
    reasons,
  };
}

/**
 * Host RAM for llama.cpp partial offload (methodology §Host memory for offload): the offloaded layers'
 * weights and KV cache, plus token_embd, which llama.cpp keeps in host memory on discrete GPUs [X1].
 * No host-side overhead is added: HOST_USABLE_FRACTION leaves the room for it.
 */
export function hostMemoryForOffload(m: MemoryEstimate, offloadLayers: number, perLayerBytes: number): number {
  if (offloadLayers <= 0) return 0;
  return Math.ceil(offloadLayers * perLayerBytes) + Math.min(m.weights.tokenEmbeddingBytes, m.weightsBytes);
}

function fmtGiB(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}

function fmtGB(bytes: number): string {
  return `${(bytes / 1e9).toFixed(1)} GB`;
}
