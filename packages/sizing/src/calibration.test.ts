import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DECODE_EFFICIENCY,
  DECODE_FIXED_SECONDS_PER_TOKEN,
  DECODE_FLOPS_PER_WEIGHT,
  DECODE_P90_ERROR,
  DECODE_TYPICAL_ERROR,
  GGUF_METADATA_BYTES_PER_VOCAB_ENTRY,
  PREFILL_EFFICIENCY,
  PREFILL_TYPICAL_ERROR,
} from './calibrated-constants.js';
import {
  evaluateDecodeLeaveOneHardwareOut,
  evaluateNaiveDecode,
  evaluatePrefillLeaveOneHardwareOut,
  evaluateWeightsLeaveOneModelOut,
  fitDecodeConstants,
  fitMetadataBytesPerVocabEntry,
  fitPrefillEfficiency,
} from './calibration.js';
import { calibrationArchitectures, ggufRows, speedRows } from './test-support/calibration-data.js';
import { errorTablesMarkdown, outOfSampleRows, outOfSampleSpeedRows, TABLES_END, TABLES_START } from './test-support/error-tables.js';

const archs = calibrationArchitectures();

describe('weights calibration (gguf-calibration.json, leave one model out)', () => {
  const result = evaluateWeightsLeaveOneModelOut(ggufRows(), archs);
  it('meets the targets on held-out models: median ≤ 1.5 %, worst ≤ 5 %, Q2_K included', () => {
    expect(result.overall.medianAbsErrorPct).toBeLessThanOrEqual(1.5);
    expect(result.overall.worstAbsErrorPct).toBeLessThanOrEqual(5);
    expect(result.byQuant.Q2_K?.worstAbsErrorPct).toBeLessThanOrEqual(5);
  });
  it('every calibration row is within 2 %', () => {
    for (const r of result.rows) expect(Math.abs(r.errorPct), `${r.model} ${r.quant}`).toBeLessThanOrEqual(2);
  });
  it('the shipped metadata constant is the fit on all rows', () => {
    expect(GGUF_METADATA_BYTES_PER_VOCAB_ENTRY).toBe(Math.round(fitMetadataBytesPerVocabEntry(ggufRows(), archs)));
  });
});

describe('decode calibration (throughput-calibration.json, leave one hardware out)', () => {
  const rows = speedRows();
  const result = evaluateDecodeLeaveOneHardwareOut(rows, archs);
  it('the shipped constants are the fit on all rows, and the shipped errors are the measured ones', () => {
    const c = fitDecodeConstants(rows, archs);
    expect(DECODE_FIXED_SECONDS_PER_TOKEN).toBeCloseTo(c.fixedSecondsPerToken, 4);
    expect(DECODE_EFFICIENCY).toBeCloseTo(c.efficiency, 2);
    expect(DECODE_FLOPS_PER_WEIGHT).toBeCloseTo(c.flopsPerWeight, 1);
    expect(DECODE_TYPICAL_ERROR).toBeCloseTo(result.overall.medianAbsErrorPct / 100, 2);
    expect(DECODE_P90_ERROR).toBeCloseTo(result.overall.p90AbsErrorPct / 100, 2);
  });
  it('meets the targets on held-out hardware: median ≤ 15 %, 90th percentile ≤ 35 %', () => {
    expect(result.overall.medianAbsErrorPct).toBeLessThanOrEqual(15);
    expect(result.overall.p90AbsErrorPct).toBeLessThanOrEqual(35);
  });
  it('beats bandwidth ÷ weights alone', () => {
    const naive = evaluateNaiveDecode(rows, archs);
    expect(result.overall.medianAbsErrorPct).toBeLessThan(naive.medianAbsErrorPct);
  });
});

describe('prefill calibration (leave one hardware out)', () => {
  const rows = speedRows();
  const result = evaluatePrefillLeaveOneHardwareOut(rows, archs);
  it('the shipped efficiency and error are the fitted ones', () => {
    expect(PREFILL_EFFICIENCY).toBeCloseTo(fitPrefillEfficiency(rows, archs), 2);
    expect(PREFILL_TYPICAL_ERROR).toBeCloseTo(result.overall.medianAbsErrorPct / 100, 2);
  });
});

describe('out-of-sample sizes (MoE, not used for fitting)', () => {
  it('Llama 4 Scout and Maverick Q4_K_M are within 5 % below Ollama’s listed sizes (which include the vision encoder)', () => {
    for (const r of outOfSampleRows()) {
      expect(r.errorPct, r.model).toBeLessThan(0);
      expect(r.errorPct, r.model).toBeGreaterThan(-5);
    }
  });
});

describe('out-of-sample decode (MoE on an M4 Pro and a DGX Spark, not used for fitting)', () => {
  it('stays within the 35 % the issue allows at the 90th percentile', () => {
    for (const r of outOfSampleSpeedRows()) expect(Math.abs(r.errorPct), `${r.hardware} ${r.label} depth ${r.depthTokens}`).toBeLessThanOrEqual(35);
  });
});

describe('docs/methodology.md', () => {
  const doc = new URL('../../../docs/methodology.md', import.meta.url);
  it('shows the error tables these calibration sets produce', () => {
    const tables = errorTablesMarkdown();
    let text = readFileSync(doc, 'utf8');
    if (process.env.WRITE_ERROR_TABLES === '1') {
      // Replace only the generated block: other sections of the file belong to other packages.
      const start = text.indexOf(TABLES_START);
      const end = text.indexOf(TABLES_END);
      if (start < 0 || end < 0) throw new Error(`${doc.pathname}: generated-table markers not found`);
      text = text.slice(0, start) + tables + text.slice(end + TABLES_END.length);
      writeFileSync(doc, text);
    }
    expect(text).toContain(tables);
  });
});
