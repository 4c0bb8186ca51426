import { bulletList, code, heading, joinInline, paragraph, raw, strong } from '../../markdown/blocks.js';
import { money } from '../../format/numbers.js';
import type { SectionContext } from '../context.js';

/** Section 1: the decision in three lines. */
export function summarySection({ assessment: a }: SectionContext): string[] {
  const s = a.summary;
  // The summary carries a model id; show the model's name with the id, as the other sections do.
  const id = s.recommendedModel;
  const name = id === null ? null : (a.recommendations.find((r) => r.modelId === id)?.name ?? a.candidates.find((c) => c.modelId === id)?.modelName ?? null);
  const model = id === null ? 'none (no model passes the requirements)' : name === null || name === id ? id : joinInline([name, code(id)], ' ');
  const blockers =
    s.openBlockers === 0
      ? 'none'
      : `${s.openBlockers} (see 4. License findings, 5. Compliance findings and the PoC checklist)`;
  return [
    heading(2, raw('1. Summary')),
    bulletList([
      joinInline([strong('Recommended model:'), model, raw('· quantization'), s.quant ?? 'n/a', raw('· hardware'), s.hardware ?? 'n/a'], ' '),
      joinInline([strong('Deployment:'), s.deploymentMode, raw('· monthly cost'), money(s.monthlyCost, a.cost.currency)], ' '),
      joinInline([strong('Open blockers:'), blockers], ' '),
    ]),
    ...(a.problems.length > 0
      ? [paragraph(strong('Problems with the plan file:'), `${a.problems.length} (listed in 10. Risks and open questions).`)]
      : []),
  ];
}
