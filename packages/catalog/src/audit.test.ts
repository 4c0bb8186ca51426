import { describe, expect, it } from 'vitest';
import { factsWithoutPrimarySource } from './audit.js';
import { builtinCatalog } from './builtin.js';
import type { Catalog } from './catalog.js';

const src = (kind: 'primary' | 'secondary', source: string) => ({ source, kind, asOf: '2025-04-29' });

describe('factsWithoutPrimarySource', () => {
  it('lists each secondary source with its entry and JSON path, and skips primary ones', () => {
    const catalog = {
      models: [{ id: 'm1', parameters: { total: 1, source: src('primary', 'card') }, benchmarks: [{ name: 'A', source: src('primary', 'report') }, { name: 'B', source: src('secondary', 'article') }] }],
      hardware: [{ id: 'g1', source: src('secondary', 'aggregator'), price: { usd: 1, source: src('primary', 'vendor') } }],
      offers: [],
    } as unknown as Catalog;
    expect(factsWithoutPrimarySource(catalog)).toEqual([
      { entry: 'models/m1', path: '$.benchmarks[1].source', source: 'article', asOf: '2025-04-29' },
      { entry: 'hardware/g1', path: '$.source', source: 'aggregator', asOf: '2025-04-29' },
    ]);
  });

  it('finds the comparison article figures the built-in catalog keeps as secondary', () => {
    const facts = factsWithoutPrimarySource(builtinCatalog());
    // R1's HumanEval 92.7 appears in no primary source; the catalog keeps it flagged as the article's.
    const r1 = facts.filter((f) => f.entry === 'models/deepseek-r1' && f.path.startsWith('$.benchmarks'));
    expect(r1.length).toBeGreaterThan(0);
    expect(facts.every((f) => f.path.endsWith('source'))).toBe(true);
  });
});
