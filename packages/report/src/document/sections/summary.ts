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
  // The summary sizes and costs the plan's first candidate; when the ranking puts another model
  // first, say so here rather than let a reader assume the two agree.
  const top = a.recommendations.find((r) => !r.excluded) ?? null;
  const chosenIsCandidate = id !== null && a.candidates.some((c) => c.modelId === id);
  const rankingNote =
    top !== null && chosenIsCandidate && top.modelId !== id
      ? [joinInline([strong('Top of the ranking:'), top.name, code(top.modelId), raw('— this plan sizes and costs its own first candidate; see 3. Recommendations for the comparison')], ' ')]
      : [];
  // A first candidate the model cannot run on has no cost: say why instead of "monthly cost n/a" (7. Cost lists it).
  const cannotServe = (a.cost.cannotServe ?? []).find((x) => x.id === 'local:0');
  const costText =
    cannotServe !== undefined && s.monthlyCost === null
      ? joinInline([raw('·'), `cannot serve on ${s.hardware ?? 'the listed hardware'}: ${cannotServe.reason}`, raw('(no monthly cost; see 6. Sizing and 7. Cost)')], ' ')
      : joinInline([raw('· monthly cost'), money(s.monthlyCost, a.cost.currency)], ' ');
  return [
    heading(2, raw('1. Summary')),
    bulletList([
      joinInline([strong(chosenIsCandidate ? 'Chosen model:' : 'Recommended model:'), model, raw('· quantization'), s.quant ?? 'n/a', raw('· hardware'), s.hardware ?? 'n/a'], ' '),
      joinInline([strong('Deployment:'), s.deploymentMode, costText], ' '),
      joinInline([strong('Open blockers:'), blockers], ' '),
      ...rankingNote,
    ]),
    ...(a.problems.length > 0
      ? [paragraph(strong('Problems with the plan file:'), `${a.problems.length} (listed in 10. Risks and open questions).`)]
      : []),
  ];
}
