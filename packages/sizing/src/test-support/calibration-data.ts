/** Loads the calibration sets in ../../data for tests and the error-table script (I/O, test-only). */
import { readFileSync } from 'node:fs';
import type { SpeedRow, WeightsRow } from '../calibration.js';
import type { QuantId } from '../quantizations.js';
import type { ArchitectureSpec } from '../types.js';

const dataUrl = (name: string) => new URL(`../../data/${name}`, import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(dataUrl(name), 'utf8'));

interface ModelsFile {
  architectures: Record<string, { arch?: ArchitectureSpec; sameAs?: string; source: string }>;
  hardwareFlops: Record<string, { denseFp16Flops: number }>;
  excluded: Record<string, string>;
}

export function calibrationModels(): ModelsFile {
  return readJson('calibration-models.json') as ModelsFile;
}

export function calibrationArchitectures(): Record<string, ArchitectureSpec> {
  const file = calibrationModels();
  const out: Record<string, ArchitectureSpec> = {};
  for (const [name, entry] of Object.entries(file.architectures)) {
    const arch = entry.arch ?? (entry.sameAs ? file.architectures[entry.sameAs]?.arch : undefined);
    if (!arch) throw new Error(`calibration-models.json: architectures.${name} has neither arch nor a resolvable sameAs`);
    out[name] = arch;
  }
  return out;
}

export function ggufRows(): WeightsRow[] {
  const file = readJson('gguf-calibration.json') as { gguf_files: { model: string; quant: string; size: number; size_bytes: number | null }[] };
  return file.gguf_files.map((r) => ({
    model: r.model,
    quant: r.quant as QuantId,
    // Hugging Face shows decimal GB with three significant figures.
    actualBytes: r.size_bytes ?? r.size * 1e9,
  }));
}

interface ThroughputRecord {
  hardware: string;
  memory_bandwidth_GBps: number | null;
  model: string;
  quant: string;
  test: string;
  tokens_per_s: number;
}

export function speedRows(): SpeedRow[] {
  const models = calibrationModels();
  const archs = calibrationArchitectures();
  const rows: SpeedRow[] = [];
  for (const r of readJson('throughput-calibration.json') as ThroughputRecord[]) {
    if (r.memory_bandwidth_GBps === null || !archs[r.model]) continue;
    const m = /^(tg|pp)(\d+)?/.exec(r.test);
    if (!m) continue;
    const tokens = m[2] ? Number(m[2]) : Number(/(\d+)/.exec(r.test)?.[1]);
    rows.push({
      hardware: r.hardware,
      bandwidthBytesPerSecond: r.memory_bandwidth_GBps * 1e9,
      denseFp16Flops: models.hardwareFlops[r.hardware]?.denseFp16Flops ?? null,
      model: r.model,
      quant: r.quant.split(' ')[0] as QuantId,
      test: m[1] === 'tg' ? 'decode' : 'prefill',
      tokens,
      tokensPerSecond: r.tokens_per_s,
    });
  }
  return rows;
}
