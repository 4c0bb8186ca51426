import { describe, expect, it } from 'vitest';
import { fixtureAssessment } from '../../test-support/fixture-assessment.js';
import { costSection } from './cost.js';

describe('cost section: setups the model does not fit', () => {
  it('lists them as cannot serve, with the reason, instead of a cost', () => {
    const a = fixtureAssessment();
    a.cost.scenarios = a.cost.scenarios.filter((s) => s.kind === 'api');
    // As assess reports DeepSeek-R1 Q4_K_M at 8192 tokens on one RTX 4090 in a 64 GiB host (sizing fit.test.ts).
    a.cost.cannotServe = [
      {
        id: 'local:0',
        label: 'DeepSeek-R1 Q4_K_M on 1 × NVIDIA GeForce RTX 4090',
        reason: 'host RAM too small: offloading 58 of 61 layers needs 358.0 GiB of host RAM; 51.2 GiB usable (80% of 64.0 GiB)',
      },
    ];
    const md = costSection({ assessment: a, plan: null }).join('\n\n');
    expect(md).toContain('### Cannot serve on this hardware');
    expect(md).toContain(
      '- DeepSeek-R1 Q4\\_K\\_M on 1 × NVIDIA GeForce RTX 4090: cannot serve on this hardware: host RAM too small: offloading 58 of 61 layers needs 358.0 GiB of host RAM; 51.2 GiB usable (80% of 64.0 GiB).',
    );
    // No local row in the scenario table, so no local monthly cost or break-even for it.
    expect(md).not.toMatch(/\| DeepSeek-R1 [^|]*\| local \|/);
  });

  it('adds nothing when every local candidate fits', () => {
    const md = costSection({ assessment: fixtureAssessment(), plan: null }).join('\n\n');
    expect(md).not.toContain('Cannot serve');
  });
});
