import type { Recommendation, ScorePart } from '@llm-adopt/plan';
import { bulletList, code, heading, joinInline, paragraph, raw, strong, table } from '../../markdown/blocks.js';
import { score } from '../../format/numbers.js';
import { sourceCell } from '../cells.js';
import type { SectionContext } from '../context.js';

/** Eligible models described in detail (reasons and evidence). */
const DETAILED = 3;

const PARTS = ['taskFit', 'licenseFit', 'hardwareFit', 'cost', 'context', 'languages'] as const;
const PART_TITLES: Record<(typeof PARTS)[number], string> = {
  taskFit: 'Task fit',
  licenseFit: 'License',
  hardwareFit: 'Hardware',
  cost: 'Cost',
  context: 'Context',
  languages: 'Languages',
};

function partCell(part: ScorePart): string {
  // value × weight is what the part adds to the total (weights renormalised over applicable parts).
  return part.value === null ? 'n/a' : `${score(part.value)} (w ${score(part.weight)})`;
}

/** The part that cost this model the most against the winner: largest weighted gap. */
function largestGap(winner: Recommendation, other: Recommendation): (typeof PARTS)[number] | null {
  let best: (typeof PARTS)[number] | null = null;
  let bestGap = 0;
  for (const key of PARTS) {
    const w = winner.breakdown[key];
    const o = other.breakdown[key];
    if (w.value === null || o.value === null) continue;
    const gap = w.value * w.weight - o.value * o.weight;
    if (gap > bestGap + 1e-12) {
      bestGap = gap;
      best = key;
    }
  }
  return best;
}

/** Section 3: ranked table, score breakdown, reasons, and why the others lost. */
export function recommendationsSection({ assessment: a }: SectionContext): string[] {
  const recs = [...a.recommendations].sort((x, y) => x.rank - y.rank);
  const blocks = [heading(2, raw('3. Recommendations'))];
  if (recs.length === 0) return [...blocks, paragraph('No model was ranked: the plan lists no use cases or the catalog has no matching model.')];
  blocks.push(
    paragraph(
      'Score = weighted sum of the applicable parts (0 to 1; weights renormalised over the parts that apply, see docs/plan-file.md). Cells show part value and weight.',
    ),
    table(
      [
        { title: 'Rank', align: 'right' },
        'Model',
        { title: 'Score', align: 'right' },
        ...PARTS.map((k) => ({ title: PART_TITLES[k], align: 'right' as const })),
        'Suggested quantization',
        'Status',
      ],
      recs.map((r) => [
        r.rank,
        joinInline([r.name, code(r.modelId)], ' '),
        score(r.score),
        ...PARTS.map((k) => partCell(r.breakdown[k])),
        r.suggestedQuant ?? 'none fits',
        r.excluded === null ? 'eligible' : `excluded (${r.excluded.code})`,
      ]),
    ),
  );
  // Details for the leading eligible models; the table and "why the others lost" cover the rest.
  for (const r of recs.filter((x) => x.excluded === null).slice(0, DETAILED)) {
    const partReasons = PARTS.map((k) => r.breakdown[k].reason);
    // `reasons` often repeats the part reasons ("task fit: …"); print each sentence once.
    const extra = r.reasons.filter((reason) => !partReasons.some((p) => p !== '' && reason.endsWith(p)));
    blocks.push(
      heading(3, `Rank ${r.rank}: ${r.name}`),
      bulletList([...extra, ...PARTS.map((k) => joinInline([strong(`${PART_TITLES[k]}:`), r.breakdown[k].reason], ' '))]),
    );
    if (r.evidence.length > 0) {
      blocks.push(
        table(
          ['Use case', 'Benchmark', { title: 'Score', align: 'right' }, 'Source', 'As of'],
          r.evidence.map((e) => [e.useCase, e.benchmark, `${e.score} ${e.unit}`.trim(), sourceCell(e.source.source), e.source.asOf]),
        ),
      );
    }
  }
  if (a.articleComparison.length > 0) {
    blocks.push(
      heading(3, 'Compared with the comparison article'),
      paragraph('The article’s use-case table next to our ranking; where they differ, the notes say which fact decides.'),
      table(
        ['Use case', 'Article’s pick', 'Article’s runner-up', 'Our pick', 'Our runner-up', 'Agrees', 'Why'],
        a.articleComparison.map((c) => [
          c.useCase,
          c.articleTop,
          c.articleRunnerUp,
          c.ourTop ?? 'none',
          c.ourRunnerUp ?? 'none',
          c.agrees ? 'yes' : 'no',
          joinInline([...(c.articleReason === '' ? [] : [`article: ${c.articleReason}`]), ...c.notes], '; '),
        ]),
      ),
    );
  }
  const winner = recs.find((r) => r.excluded === null);
  const losers = recs.filter((r) => r !== winner);
  if (losers.length > 0) {
    blocks.push(
      heading(3, 'Why the others lost'),
      bulletList(
        losers.map((r) => {
          if (r.excluded !== null) return joinInline([strong(r.name), raw('— excluded:'), r.excluded.reason], ' ');
          const gap = winner === undefined ? null : largestGap(winner, r);
          const detail =
            gap === null || winner === undefined
              ? (r.reasons[0] ?? 'lower total score')
              : `largest gap in ${PART_TITLES[gap].toLowerCase()}: ${score(r.breakdown[gap].value)} vs ${score(winner.breakdown[gap].value)} (${r.breakdown[gap].reason})`;
          return joinInline([strong(r.name), raw(`— score ${score(r.score)};`), detail], ' ');
        }),
      ),
    );
  }
  return blocks;
}
