/**
 * One deployment option sized end to end: memory (weights + KV cache + overhead), fit on the
 * hardware, speed range and the commands to run it — all computed by the sizing package
 * (docs/methodology.md §Sizing); this module only maps catalog and plan values onto its inputs.
 */
import type { Model } from '@llm-adopt/catalog';
import {
  DEFAULT_GPU_MEMORY_UTILIZATION,
  DEFAULT_UNIFIED_USABLE_FRACTION,
  type Engine,
  estimateMemory,
  estimateSpeed,
  type FitResult,
  findQuantization,
  fit,
  type QuantId,
  type Recipe,
  recipe,
  type SpeedEstimate,
} from '@llm-adopt/sizing';
import type { ResolvedHardware } from './hardware.js';

export interface SizedDeployment {
  quant: QuantId;
  fit: FitResult;
  speed: SpeedEstimate | null;
}

/** Largest context the model documents (native, or its documented extension). */
export function modelMaxContext(model: Model): number {
  return model.context.extension?.maxTokens ?? model.context.nativeTokens;
}

export function sizeDeployment(
  model: Model,
  quantName: string,
  engine: Engine,
  hardware: ResolvedHardware,
  contextTokens: number,
  concurrency: number,
  withSpeed = true,
  /** Search the largest context that fits up to the model's maximum (costly: ~25 memory estimates). */
  searchMaxContext = true,
  /** Host RAM in bytes (plan `hostMemoryGb` × 2^30); partial offload is checked against it when given. */
  hostMemoryBytes: number | null = null,
): { ok: true; value: SizedDeployment } | { ok: false; problem: string } {
  const spec = findQuantization(quantName);
  if (!spec) return { ok: false, problem: `unknown quantization "${quantName}"` };
  if (engine === 'vllm' && spec.family === 'gguf') {
    return { ok: false, problem: `${spec.id} is a GGUF quantization: vLLM serves safetensors checkpoints (use FP8, AWQ-INT4, GPTQ-INT4 or BF16)` };
  }
  if (engine !== 'vllm' && spec.family === 'safetensors') {
    return { ok: false, problem: `${spec.id} is a safetensors format: ${engine} runs GGUF files (use Q4_K_M, Q8_0, …)` };
  }
  const arch = model.architecture;
  const fitted = fit(
    { arch, quant: spec.id, contextTokens, concurrency, engine, unifiedMemory: hardware.spec.unifiedMemory },
    hardware.spec,
    // Capping the search at the requested context makes it one extra estimate when the deployment fits.
    {
      gpuCount: hardware.count,
      maxContextTokens: searchMaxContext ? modelMaxContext(model) : contextTokens,
      ...(hostMemoryBytes !== null ? { hostMemoryBytes } : {}),
    },
  );
  let speed: SpeedEstimate | null = null;
  // No speed for hardware the model does not run on: a figure for 4 GPUs that cannot hold it would read as if it served.
  if (withSpeed && cannotRunReason(fitted, hardware) === null) {
    speed = estimateSpeed({
      arch,
      quant: spec.id,
      hardware: hardware.spec,
      engine,
      contextTokens,
      concurrency,
      gpuCount: hardware.count,
      offloadLayers: fitted.offloadLayers,
      weights: fitted.memory.weights,
    });
  }
  return { ok: true, value: { quant: spec.id, fit: fitted, speed } };
}

/**
 * Why the model cannot run on the hardware at all, or null when it runs (fits, or fits with CPU offload):
 * sizing's verdicts `needs-more-gpus` and `does-not-fit` (docs/methodology.md §Local cost). Such a
 * deployment gets no speed and no local cost.
 */
export function cannotRunReason(fit: FitResult, hardware: Pick<ResolvedHardware, 'name' | 'count'>): string | null {
  if (fit.verdict === 'needs-more-gpus' && fit.gpusNeeded !== null && fit.gpusNeeded > hardware.count) {
    const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;
    return `needs ${fit.gpusNeeded} × ${hardware.name}; the plan lists ${hardware.count} (${gb(fit.requiredBytesPerGpu)} per GPU needed on ${hardware.count}, ${gb(fit.usableBytesPerGpu)} usable)`;
  }
  // Otherwise sizing's own reasons: a host too small for offload, or a count vLLM cannot split the
  // heads across (sizing names the counts that work).
  if (fit.verdict === 'needs-more-gpus' || fit.verdict === 'does-not-fit') return fit.reasons.join('; ') || 'the model does not fit this hardware';
  return null;
}

export function deploymentRecipe(model: Model, quant: QuantId, sized: SizedDeployment, hardware: ResolvedHardware, contextTokens: number, concurrency: number): Recipe {
  const tag = model.distribution.ollama.find((o) => (o.quantization ?? '').toUpperCase() === quant.toUpperCase()) ?? model.distribution.ollama[0];
  return recipe({
    modelId: model.id,
    quant,
    contextTokens,
    concurrency,
    gpuCount: hardware.count,
    gpuLayers: sized.fit.gpuLayers,
    layers: model.architecture.layers,
    ollamaTag: tag?.tag ?? null,
    ollamaTagQuant: tag?.quantization ?? null,
    huggingFaceRepo: model.distribution.huggingFace,
  });
}

/**
 * A quick look at another quantization of the same deployment (the quantization table): one memory
 * estimate against all devices' usable memory (× vLLM's default gpu_memory_utilization, × the
 * usable share of unified memory) and the decode estimate. The per-device fit is for the chosen one.
 */
export function quickQuantEstimate(
  model: Model,
  quantName: string,
  engine: Engine,
  hardware: ResolvedHardware,
  contextTokens: number,
  concurrency: number,
): { quant: QuantId; totalBytes: number; fits: boolean; decodeTypical: number | null } | null {
  const spec = findQuantization(quantName);
  if (!spec) return null;
  if ((engine === 'vllm' && spec.family === 'gguf') || (engine !== 'vllm' && spec.family === 'safetensors')) return null;
  const arch = model.architecture;
  const memory = estimateMemory({ arch, quant: spec.id, contextTokens, concurrency, engine, unifiedMemory: hardware.spec.unifiedMemory });
  const share = hardware.spec.unifiedMemory ? (hardware.spec.usableMemoryFraction ?? DEFAULT_UNIFIED_USABLE_FRACTION) : 1;
  const utilization = engine === 'vllm' ? Math.min(share, DEFAULT_GPU_MEMORY_UTILIZATION) : share;
  const fits = memory.totalBytes <= hardware.spec.memoryBytes * hardware.count * utilization;
  const speed = fits
    ? estimateSpeed({ arch, quant: spec.id, hardware: hardware.spec, engine, contextTokens, concurrency, gpuCount: hardware.count, weights: memory.weights })
    : null;
  return { quant: spec.id, totalBytes: memory.totalBytes, fits, decodeTypical: speed?.decodeTokensPerSecond.typical ?? null };
}
