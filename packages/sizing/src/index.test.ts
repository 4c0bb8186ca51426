import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('public API', () => {
  it('exports the sizing functions other packages compose', () => {
    for (const name of ['weightsBytes', 'kvCacheBytesPerToken', 'estimateMemory', 'fit', 'estimateSpeed', 'recipe', 'formatBytes', 'readGgufHeader']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('lists every quantization with a source', () => {
    expect(api.QUANT_IDS).toContain('Q4_K_M');
    for (const q of api.QUANTIZATIONS) expect(q.source.length, q.id).toBeGreaterThan(10);
  });

  it('formats bytes with the unit named: 4.92 GB is 4.58 GiB', () => {
    expect(api.formatBytes(4_920_000_000, 'GB')).toBe('4.92 GB');
    expect(api.formatBytes(4_920_000_000, 'GiB')).toBe('4.58 GiB');
  });
});
