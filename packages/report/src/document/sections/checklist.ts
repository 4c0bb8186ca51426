import type { ChecklistItemState } from '@llm-adopt/plan';
import { bulletList, code, heading, joinInline, link, paragraph, raw, safeHttpUrl, strong, table } from '../../markdown/blocks.js';
import { percent } from '../../format/numbers.js';
import type { SectionContext } from '../context.js';

function autoCell(i: ChecklistItemState): string {
  if (i.auto === null) return 'manual';
  return `${i.auto.result}${i.auto.estimate ? ' (estimate)' : ''}: ${i.auto.reason}`;
}

function notesCell(i: ChecklistItemState) {
  const parts = [];
  if (i.notes !== null && i.notes.trim() !== '') parts.push(i.notes);
  if (i.evidence !== null && i.evidence.trim() !== '') {
    parts.push(safeHttpUrl(i.evidence) === null ? `evidence: ${i.evidence}` : link('evidence', i.evidence));
  }
  return joinInline(parts, '; ');
}

/** Section 9: readiness and item status per phase, auto-check results, common-mistake warnings. */
export function checklistSection({ assessment: a }: SectionContext): string[] {
  const blocks = [
    heading(2, raw('9. Checklist status')),
    paragraph('Readiness weighs automated checks above manual ticks (ML Test Score); the weakest kind is the item kind with the lowest share done.'),
    table(
      ['Phase', { title: 'Readiness', align: 'right' }, { title: 'Automated checks passed', align: 'right' }, { title: 'Manual items done', align: 'right' }, 'Weakest kind'],
      a.checklist.phases.map((p) => [
        p.name,
        percent(p.readiness.score),
        `${p.readiness.automated.done} of ${p.readiness.automated.total}`,
        `${p.readiness.manual.done} of ${p.readiness.manual.total}`,
        p.readiness.weakestKind ?? 'n/a',
      ]),
    ),
  ];
  for (const p of a.checklist.phases) {
    if (p.items.length === 0) continue;
    blocks.push(
      heading(3, `${p.name}: readiness ${percent(p.readiness.score)}`),
      table(
        ['Item', 'Kind', 'Question', 'Auto-check', 'Status', 'Owner', 'Due', 'Notes and evidence'],
        p.items.map((i) => [code(i.id), i.kind, i.question, autoCell(i), i.status, i.owner ?? '', i.due ?? '', notesCell(i)]),
      ),
    );
  }
  const failing = a.checklist.phases.flatMap((p) => p.items).filter((i) => i.auto?.result === 'fail');
  if (failing.length > 0) {
    blocks.push(
      heading(3, 'Failing automated checks'),
      bulletList(failing.map((i) => joinInline([code(i.id), i.question, raw('—'), i.auto?.reason ?? ''], ' '))),
    );
  }
  blocks.push(heading(3, 'Common-mistake warnings'));
  blocks.push(
    a.warnings.length === 0
      ? paragraph('None of the common mistakes applies to this plan.')
      : bulletList(a.warnings.map((w) => joinInline([strong(w.id), w.message, raw('— why it matters:'), w.why], ' '))),
  );
  return blocks;
}
