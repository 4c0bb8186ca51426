import { builtinCatalog } from '@llm-adopt/catalog';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { SEVERITY_ORDER } from './finding.js';
import { findClause, findLicense } from './license-data.js';
import { DEFAULT_USAGE } from './usage.js';

// The catalog names licences by id; a typo there would silently drop every rule, so check the real data.
describe('the built-in catalog’s licences', () => {
  const catalog = builtinCatalog();

  it('are all known, including those of base models', () => {
    for (const m of catalog.models) {
      expect(findLicense(m.license.id), m.id).toBeDefined();
      for (const b of m.baseModels) expect(findLicense(b.license), `${m.id} ← ${b.id}`).toBeDefined();
    }
  });

  it('give the 70B distill its Llama 3.3 chain through the catalog record of its base', () => {
    const distill = catalog.models.find((m) => m.id === 'deepseek-r1-distill-llama-70b');
    expect(distill).toBeDefined();
    if (!distill) return;
    expect(evaluate(distill, { ...DEFAULT_USAGE, internalOnly: true, euDomiciled: true }, { catalog }).licenses).toEqual(['MIT', 'LicenseRef-Llama-3.3-Community']);
  });

  it('yield sorted findings that cite existing clauses, for any usage of any catalog model', () => {
    const usage = fc.record({
      commercial: fc.boolean(),
      monthlyActiveUsers: fc.integer({ min: 0, max: 2_000_000_000 }),
      euDomiciled: fc.boolean(),
      hostsAsServiceForThirdParties: fc.boolean(),
      redistributesWeights: fc.boolean(),
      finetunes: fc.boolean(),
      trainsOtherModelsOnOutputs: fc.boolean(),
      multimodalUse: fc.boolean(),
      needsPatentGrant: fc.boolean(),
      internalOnly: fc.boolean(),
      derivativeName: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...catalog.models), usage, (model, u) => {
        const { findings } = evaluate(model, u, { catalog });
        const ranks = findings.map((f) => SEVERITY_ORDER.indexOf(f.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const f of findings) expect(findClause(f.clause)?.clause.quote, f.id).toBe(f.quote);
      }),
      { numRuns: 300 },
    );
  });
});
