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

describe('cost section: break-even wording follows how pricing found it', () => {
  const bullets = (md: string) => md.split('\n').filter((l) => l.startsWith('- ') && /pays? for itself/.test(l));

  it('flat volume: the purchase divided by the monthly saving; never when the API bill is not above the running cost', () => {
    const a = fixtureAssessment();
    // As assess writes the article example: 1,600 / (375 − 15) = 4.44 months against GPT-4o; DeepSeek's 12.60 < 15.
    Object.assign(a.cost.scenarios[0]!, { breakEvenMethod: 'flat', breakEvenReason: '1600.00 USD upfront / 360.00 USD saved per month' });
    Object.assign(a.cost.scenarios[1]!, { breakEvenMethod: 'flat', breakEvenReason: 'never: local running cost 15.00 USD per month is not below the API bill 12.60 USD' });
    expect(bullets(costSection({ assessment: a, plan: null }).join('\n\n'))).toEqual([
      '- Qwen3-14B Q4\\_K\\_M on 1 × RTX 4090 pays for itself against OpenAI GPT-4o API after 4.4 months: the purchase divided by the monthly saving in running cost (docs/methodology.md, Break-even).',
      '- Qwen3-14B Q4\\_K\\_M on 1 × RTX 4090 never pays for itself against DeepSeek API: the API bill of USD 12.60 per month is not more than the hardware’s running cost.',
    ]);
  });

  it('growing volume: pricing’s month-by-month reason, for a figure and for never', () => {
    const a = fixtureAssessment();
    // pricing's growth example: +10%/month, crossing at 2 + 70/313 = 2.22 months (not 600 / 250 = 2.4).
    Object.assign(a.cost.scenarios[0]!, {
      breakEvenMonths: 2 + 70 / 313,
      breakEvenMethod: 'month-by-month',
      breakEvenReason: 'with monthly growth 10%, local cumulative cash (upfront, extra machines, running cost) falls to the API total after 2.22 months',
    });
    Object.assign(a.cost.scenarios[1]!, {
      breakEvenMonths: null,
      breakEvenMethod: 'month-by-month',
      breakEvenReason: 'never within 60 months: with monthly growth 10%, local cumulative cash stays above the API total',
    });
    const lines = bullets(costSection({ assessment: a, plan: null }).join('\n\n'));
    expect(lines).toEqual([
      '- Qwen3-14B Q4\\_K\\_M on 1 × RTX 4090 pays for itself against OpenAI GPT-4o API after 2.2 months, following the workload’s growth month by month: with monthly growth 10%, local cumulative cash (upfront, extra machines, running cost) falls to the API total after 2.22 months (docs/methodology.md, Break-even).',
      '- Qwen3-14B Q4\\_K\\_M on 1 × RTX 4090 does not pay for itself against DeepSeek API, following the workload’s growth month by month: never within 60 months: with monthly growth 10%, local cumulative cash stays above the API total (docs/methodology.md, Break-even).',
    ]);
    expect(lines.join('\n')).not.toMatch(/purchase divided by|not more than the hardware/);
  });

  it('a setup that cannot serve the volume: never, with pricing’s reason', () => {
    const a = fixtureAssessment();
    Object.assign(a.cost.scenarios[0]!, {
      breakEvenMonths: null,
      breakEvenMethod: 'cannot-serve',
      breakEvenReason: 'never: the local setup cannot serve the workload (needs 3 machines at this volume; the setup fixes 1)',
    });
    expect(bullets(costSection({ assessment: a, plan: null }).join('\n\n'))[0]).toBe(
      '- Qwen3-14B Q4\\_K\\_M on 1 × RTX 4090 never pays for itself against OpenAI GPT-4o API: the local setup cannot serve the workload (needs 3 machines at this volume; the setup fixes 1).',
    );
  });
});
