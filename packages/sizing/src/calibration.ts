/**
 * Fitting and leave-one-out evaluation of the calibrated constants (methodology §Calibration).
 * Pure: callers pass the measured rows (data/*.json) and the architectures they refer to.
 */
import { kvBytesReadPerToken } from './kv-cache.js';
import type { QuantId } from './quantizations.js';
import { DECODE_BANDWIDTH_CAP_BYTES_PER_SECOND } from './calibrated-constants.js';
import { activeParameters, type DecodeConstants, type DecodeFeatures, decodeFeatures, effectiveBandwidth, prefillFlopsPerToken } from './speed.js';
import type { ArchitectureSpec } from './types.js';
import { weightsBytes } from './weights.js';

// ---------------------------------------------------------------- statistics

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1] as number;
}

/** Solves A x = b for a small dense system (Gaussian elimination with partial pivoting). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Weighted least squares: minimise Σ ((x_i · β − y_i) / s_i)². */
export function scaledLeastSquares(xs: readonly number[][], ys: readonly number[], scales: readonly number[]): number[] {
  const k = xs[0]?.length ?? 0;
  const ata = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const atb = new Array<number>(k).fill(0);
  xs.forEach((x, i) => {
    const w = 1 / (scales[i] as number) ** 2;
    for (let p = 0; p < k; p++) {
      atb[p]! += w * (x[p] as number) * (ys[i] as number);
      for (let q = 0; q < k; q++) ata[p]![q]! += w * (x[p] as number) * (x[q] as number);
    }
  });
  return solve(ata, atb);
}

/** Least squares of relative error: minimise Σ ((x_i · β − y_i) / y_i)². */
export function relativeLeastSquares(xs: readonly number[][], ys: readonly number[]): number[] {
  return scaledLeastSquares(xs, ys, ys);
}

// ---------------------------------------------------------------- weights

export interface WeightsRow {
  model: string;
  quant: QuantId;
  /** Published file size in bytes. */
  actualBytes: number;
}

export interface WeightsRowResult extends WeightsRow {
  predictedBytes: number;
  errorPct: number;
}

export interface ErrorSummary {
  count: number;
  medianAbsErrorPct: number;
  worstAbsErrorPct: number;
  p90AbsErrorPct: number;
}

export function summarise(errorsPct: readonly number[]): ErrorSummary {
  const abs = errorsPct.map(Math.abs);
  return {
    count: abs.length,
    medianAbsErrorPct: median(abs),
    worstAbsErrorPct: abs.length ? Math.max(...abs) : Number.NaN,
    p90AbsErrorPct: percentile(abs, 90),
  };
}

/** GGUF metadata bytes per vocabulary entry: relative least squares of (size − tensor bytes) on vocab. */
export function fitMetadataBytesPerVocabEntry(rows: readonly WeightsRow[], archs: Readonly<Record<string, ArchitectureSpec>>): number {
  // Minimise Σ ((T_i + c·V_i − y_i) / y_i)² over c, T = tensor bytes, V = vocabulary size, y = file size.
  let num = 0;
  let den = 0;
  for (const r of rows) {
    const arch = archOf(archs, r.model);
    const t = weightsBytes(arch, r.quant).tensorBytes;
    const v = arch.vocabSize / r.actualBytes;
    num += v * ((r.actualBytes - t) / r.actualBytes);
    den += v * v;
  }
  return den > 0 ? num / den : 0;
}

/** Leave one MODEL out: the metadata constant is fitted on the other models, then predicts this one. */
export function evaluateWeightsLeaveOneModelOut(
  rows: readonly WeightsRow[],
  archs: Readonly<Record<string, ArchitectureSpec>>,
): { rows: WeightsRowResult[]; byQuant: Record<string, ErrorSummary>; overall: ErrorSummary } {
  const models = [...new Set(rows.map((r) => r.model))];
  const results: WeightsRowResult[] = [];
  for (const model of models) {
    const c = fitMetadataBytesPerVocabEntry(
      rows.filter((r) => r.model !== model),
      archs,
    );
    for (const r of rows.filter((x) => x.model === model)) {
      const arch = archOf(archs, r.model);
      const predictedBytes = weightsBytes(arch, r.quant).tensorBytes + c * arch.vocabSize;
      results.push({ ...r, predictedBytes, errorPct: ((predictedBytes - r.actualBytes) / r.actualBytes) * 100 });
    }
  }
  const byQuant: Record<string, ErrorSummary> = {};
  for (const q of [...new Set(results.map((r) => r.quant))]) {
    byQuant[q] = summarise(results.filter((r) => r.quant === q).map((r) => r.errorPct));
  }
  return { rows: results, byQuant, overall: summarise(results.map((r) => r.errorPct)) };
}

// ---------------------------------------------------------------- speed

export interface SpeedRow {
  hardware: string;
  bandwidthBytesPerSecond: number;
  /** Dense FP16 FLOP/s in the catalog's convention; null when unknown. */
  denseFp16Flops: number | null;
  model: string;
  quant: QuantId;
  test: 'decode' | 'prefill';
  /** Generated tokens (decode) or prompt tokens (prefill) of the benchmark. */
  tokens: number;
  tokensPerSecond: number;
}

export interface SpeedRowResult extends SpeedRow {
  predicted: number;
  errorPct: number;
}

function decodeFeaturesOf(r: SpeedRow, archs: Readonly<Record<string, ArchitectureSpec>>) {
  // A tg-N run starts from an empty cache: on average each step reads N/2 tokens of KV.
  return decodeFeatures({
    arch: archOf(archs, r.model),
    quant: r.quant,
    hardware: { bandwidthBytesPerSecond: r.bandwidthBytesPerSecond, ...(r.denseFp16Flops ? { denseFp16Flops: r.denseFp16Flops } : {}) },
    contextTokens: r.tokens / 2,
  });
}

/**
 * Fits fixed, efficiency and FLOPs per weight of the decode model (cap given): a grid over the
 * efficiency (0.30–1.00 by 0.005) and, for each, linear least squares of relative error for fixed and k.
 */
export function fitDecodeConstants(
  rows: readonly SpeedRow[],
  archs: Readonly<Record<string, ArchitectureSpec>>,
  cap: number | null = DECODE_BANDWIDTH_CAP_BYTES_PER_SECOND,
): DecodeConstants {
  const data = rows
    .filter((r) => r.test === 'decode' && r.denseFp16Flops)
    .map((r) => ({ f: decodeFeaturesOf(r, archs), seconds: 1 / r.tokensPerSecond }));
  let best: { sse: number; c: DecodeConstants } | null = null;
  for (let e = 0.3; e <= 1.0000001; e += 0.005) {
    const efficiency = Math.round(e * 1000) / 1000;
    const base: DecodeConstants = { fixedSecondsPerToken: 0, efficiency, bandwidthCapBytesPerSecond: cap, flopsPerWeight: 0 };
    const ys = data.map((d) => d.seconds - d.f.gpuBytes / effectiveBandwidth(d.f, base));
    const scales = data.map((d) => d.seconds);
    let [fixed, k] = scaledLeastSquares(
      data.map((d) => [1, d.f.activeWeights / (d.f.flopsAvailable as number)]),
      ys,
      scales,
    ) as [number, number];
    if (!(fixed >= 0) || !(k >= 0)) {
      // Negative costs are unphysical: keep the better of the one-term fits.
      const onlyFixed = scaledLeastSquares(data.map(() => [1]), ys, scales)[0] as number;
      const onlyK = scaledLeastSquares(data.map((d) => [d.f.activeWeights / (d.f.flopsAvailable as number)]), ys, scales)[0] as number;
      const cand = [
        { fixed: Math.max(0, onlyFixed), k: 0 },
        { fixed: 0, k: Math.max(0, onlyK) },
      ];
      const err = (x: { fixed: number; k: number }) =>
        data.reduce((s, d, i) => s + ((x.fixed + x.k * (d.f.activeWeights / (d.f.flopsAvailable as number)) - (ys[i] as number)) / d.seconds) ** 2, 0);
      const pick = err(cand[0]!) <= err(cand[1]!) ? cand[0]! : cand[1]!;
      fixed = pick.fixed;
      k = pick.k;
    }
    const c: DecodeConstants = { ...base, fixedSecondsPerToken: fixed, flopsPerWeight: k };
    const sse = data.reduce((s, d) => s + ((secondsOf(d.f, c) - d.seconds) / d.seconds) ** 2, 0);
    if (!best || sse < best.sse) best = { sse, c };
  }
  if (!best) throw new Error('no decode rows with known FLOP/s to fit');
  return best.c;
}

function secondsOf(f: DecodeFeatures, c: DecodeConstants): number {
  return c.fixedSecondsPerToken + f.gpuBytes / effectiveBandwidth(f, c) + (c.flopsPerWeight * f.activeWeights) / (f.flopsAvailable as number);
}

export function predictDecode(r: SpeedRow, archs: Readonly<Record<string, ArchitectureSpec>>, c: DecodeConstants): number {
  return 1 / secondsOf(decodeFeaturesOf(r, archs), c);
}

/** Leave one HARDWARE out: constants fitted on the other devices predict this one's rows. */
export function evaluateDecodeLeaveOneHardwareOut(
  rows: readonly SpeedRow[],
  archs: Readonly<Record<string, ArchitectureSpec>>,
  cap: number | null = DECODE_BANDWIDTH_CAP_BYTES_PER_SECOND,
): { rows: SpeedRowResult[]; overall: ErrorSummary } {
  const decode = rows.filter((r) => r.test === 'decode' && r.denseFp16Flops);
  const results: SpeedRowResult[] = [];
  for (const hw of [...new Set(decode.map((r) => r.hardware))]) {
    const c = fitDecodeConstants(
      decode.filter((r) => r.hardware !== hw),
      archs,
      cap,
    );
    for (const r of decode.filter((x) => x.hardware === hw)) {
      const predicted = predictDecode(r, archs, c);
      results.push({ ...r, predicted, errorPct: ((predicted - r.tokensPerSecond) / r.tokensPerSecond) * 100 });
    }
  }
  return { rows: results, overall: summarise(results.map((r) => r.errorPct)) };
}

/** Baseline the issue quotes: tokens/s = bandwidth ÷ weight bytes (no efficiency, no KV, no fixed cost). */
export function evaluateNaiveDecode(rows: readonly SpeedRow[], archs: Readonly<Record<string, ArchitectureSpec>>): ErrorSummary {
  const decode = rows.filter((r) => r.test === 'decode');
  return summarise(
    decode.map((r) => {
      const predicted = r.bandwidthBytesPerSecond / weightsBytes(archOf(archs, r.model), r.quant).bytes;
      return ((predicted - r.tokensPerSecond) / r.tokensPerSecond) * 100;
    }),
  );
}

function prefillX(r: SpeedRow, archs: Readonly<Record<string, ArchitectureSpec>>): number {
  const arch = archOf(archs, r.model);
  const w = weightsBytes(arch, r.quant);
  return (r.denseFp16Flops as number) / prefillFlopsPerToken(arch, activeParameters(w), r.tokens / 2);
}

/** Prefill efficiency: tokens/s = η · FLOP/s ÷ FLOPs per token, relative least squares. */
export function fitPrefillEfficiency(rows: readonly SpeedRow[], archs: Readonly<Record<string, ArchitectureSpec>>): number {
  const data = rows.filter((r) => r.test === 'prefill' && r.denseFp16Flops);
  const [eta] = relativeLeastSquares(
    data.map((r) => [prefillX(r, archs)]),
    data.map((r) => r.tokensPerSecond),
  ) as [number];
  return eta;
}

export function evaluatePrefillLeaveOneHardwareOut(
  rows: readonly SpeedRow[],
  archs: Readonly<Record<string, ArchitectureSpec>>,
): { rows: SpeedRowResult[]; overall: ErrorSummary } {
  const pre = rows.filter((r) => r.test === 'prefill' && r.denseFp16Flops);
  const results: SpeedRowResult[] = [];
  for (const hw of [...new Set(pre.map((r) => r.hardware))]) {
    const eta = fitPrefillEfficiency(
      pre.filter((r) => r.hardware !== hw),
      archs,
    );
    for (const r of pre.filter((x) => x.hardware === hw)) {
      const predicted = eta * prefillX(r, archs);
      results.push({ ...r, predicted, errorPct: ((predicted - r.tokensPerSecond) / r.tokensPerSecond) * 100 });
    }
  }
  return { rows: results, overall: summarise(results.map((r) => r.errorPct)) };
}

/** KV bytes per token actually read at a depth (re-exported for reports). */
export { kvBytesReadPerToken };

function archOf(archs: Readonly<Record<string, ArchitectureSpec>>, model: string): ArchitectureSpec {
  const a = archs[model];
  if (!a) throw new Error(`no architecture for calibration model "${model}"`);
  return a;
}
