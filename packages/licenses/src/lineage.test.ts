import { describe, expect, it } from 'vitest';
import { type LicensedModel, licenseChain } from './lineage.js';
import { monthBefore } from './rules/llama.js';
import { formatCount } from './rules/rule.js';
import { catalog, llama33_70b, r1DistillLlama70b } from './test-support/models.js';

describe('licenseChain', () => {
  it('puts the published licence first, then the base’s, with the base’s catalog record', () => {
    const chain = licenseChain(r1DistillLlama70b, catalog);
    expect(chain.map((r) => [r.license, r.model, r.via])).toEqual([
      ['MIT', 'deepseek-r1-distill-llama-70b', 'published'],
      ['LicenseRef-Llama-3.3-Community', 'llama-3.3-70b', 'distilled-from'],
    ]);
    expect(chain[1]?.base).toBe(llama33_70b);
  });

  it('walks a fine-tune of the distill down to Llama 3.3, each licence once', () => {
    const fineTune: LicensedModel = {
      id: 'acme-r1-70b',
      name: 'Acme R1 70B',
      license: { id: 'MIT' },
      baseModels: [{ id: 'deepseek-r1-distill-llama-70b', relation: 'fine-tuned-from', license: 'MIT' }],
      modalities: { input: ['text'] },
    };
    expect(licenseChain(fineTune, catalog).map((r) => r.license)).toEqual(['MIT', 'LicenseRef-Llama-3.3-Community']);
    // Without the catalog only the declared base licence is known.
    expect(licenseChain(fineTune).map((r) => r.license)).toEqual(['MIT']);
  });

  it('stops on a cycle in user data', () => {
    const a: LicensedModel = { id: 'a', name: 'A', license: { id: 'MIT' }, baseModels: [{ id: 'b', relation: 'merged-from', license: 'Apache-2.0' }], modalities: { input: ['text'] } };
    const b: LicensedModel = { id: 'b', name: 'B', license: { id: 'Apache-2.0' }, baseModels: [{ id: 'a', relation: 'merged-from', license: 'MIT' }], modalities: { input: ['text'] } };
    expect(licenseChain(a, { models: [a, b] }).map((r) => r.license)).toEqual(['MIT', 'Apache-2.0']);
  });
});

describe('Llama MAU month and counts', () => {
  it('takes the calendar month before the release date, across a year boundary', () => {
    // Llama §2 "in the preceding calendar month".
    expect(monthBefore('2024-07-23')).toBe('2024-06');
    expect(monthBefore('2025-04-05')).toBe('2025-03');
    expect(monthBefore('2025-01-10')).toBe('2024-12');
  });

  it('formats user counts with thousands separators', () => {
    expect(formatCount(700_000_000)).toBe('700,000,000');
    expect(formatCount(999)).toBe('999');
  });
});
