import { describe, expect, it } from 'vitest';
import { fixtureAssessment } from '../../test-support/fixture-assessment.js';
import { summarySection } from './summary.js';

describe('summary section: a first candidate that cannot serve', () => {
  it('says the chosen setup cannot serve and why, instead of "monthly cost n/a"', () => {
    const a = fixtureAssessment();
    // As assess reports Qwen3-235B-A22B FP8 with vLLM on 4 H100s at 65,536 tokens × 8 (assess-cannot-serve.test.ts).
    a.summary = { ...a.summary, recommendedModel: 'qwen3-235b-a22b', quant: 'FP8', hardware: '4 × NVIDIA H100 SXM 80GB', monthlyCost: null };
    a.cost.cannotServe = [
      {
        id: 'local:0',
        label: 'Qwen3-235B-A22B FP8 on 4 × NVIDIA H100 SXM 80GB',
        reason: 'needs 8 × NVIDIA H100 SXM 80GB; the plan lists 4 (85.5 GB per GPU needed on 4, 77.3 GB usable)',
      },
    ];
    const md = summarySection({ assessment: a, plan: null }).join('\n\n');
    expect(md).toContain(
      '- **Deployment:** local · cannot serve on 4 × NVIDIA H100 SXM 80GB: needs 8 × NVIDIA H100 SXM 80GB; the plan lists 4 (85.5 GB per GPU needed on 4, 77.3 GB usable) (no monthly cost; see 6. Sizing and 7. Cost)',
    );
    expect(md).not.toContain('n/a');
  });

  it('a later candidate that cannot serve leaves the first one\'s monthly cost in place', () => {
    const a = fixtureAssessment();
    a.cost.cannotServe = [{ id: 'local:1', label: 'DeepSeek-R1 Q4_K_M on 1 × NVIDIA GeForce RTX 4090', reason: 'host RAM too small' }];
    expect(summarySection({ assessment: a, plan: null }).join('\n\n')).toContain('**Deployment:** local · monthly cost USD 15.00');
  });
});
