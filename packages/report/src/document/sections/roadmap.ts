import type { PhaseState } from '@llm-adopt/plan';
import { bulletList, fence, heading, joinInline, paragraph, raw, strong, table } from '../../markdown/blocks.js';
import { ganttMermaid } from '../../markdown/mermaid.js';
import { addDays, isIsoDate } from '../dates.js';
import type { SectionContext } from '../context.js';

export interface PhaseSchedule {
  phase: PhaseState;
  start: string | null;
  end: string | null;
  /** How the dates were obtained, for the reader. */
  basis: 'plan' | 'derived' | 'none';
}

/**
 * Dates per phase: the plan's own dates where set; otherwise a phase starts the day after the
 * previous one ends (or on the report date for the first phase) and lasts its longest duration
 * from the article (PoC 4, Pilot 8, Production 12 weeks). Optimization is ongoing: no end.
 */
export function schedule(phases: readonly PhaseState[], reportDate: string | null): PhaseSchedule[] {
  const out: PhaseSchedule[] = [];
  let previousEnd: string | null = null;
  phases.forEach((phase, i) => {
    const planStart = isIsoDate(phase.start) ? phase.start : null;
    const planEnd = isIsoDate(phase.end) ? phase.end : null;
    const fallbackStart = i === 0 ? (isIsoDate(reportDate) ? reportDate : null) : previousEnd === null ? null : addDays(previousEnd, 1);
    const start = planStart ?? fallbackStart;
    const end = planEnd ?? (start !== null && phase.durationWeeks !== null ? addDays(start, phase.durationWeeks.max * 7 - 1) : null);
    const basis = planStart !== null && (planEnd !== null || phase.durationWeeks === null) ? 'plan' : start === null ? 'none' : 'derived';
    out.push({ phase, start, end, basis });
    previousEnd = end;
  });
  return out;
}

function durationText(p: PhaseState): string {
  if (p.durationWeeks === null) return 'ongoing';
  return p.durationWeeks.min === p.durationWeeks.max ? `${p.durationWeeks.min} weeks` : `${p.durationWeeks.min}–${p.durationWeeks.max} weeks`;
}

/** Section 8: phases with dates (mermaid gantt), tasks and owners. */
export function roadmapSection({ assessment: a }: SectionContext): string[] {
  const rows = schedule(a.checklist.phases, a.generatedFor);
  const blocks = [
    heading(2, raw('8. Roadmap')),
    table(
      ['Phase', 'Typical duration', 'Start', 'End', 'Dates from'],
      rows.map((r) => [
        r.phase.name,
        durationText(r.phase),
        r.start ?? 'not set',
        r.end ?? (r.phase.durationWeeks === null && r.start !== null ? 'ongoing' : 'not set'),
        r.basis === 'plan' ? 'plan' : r.basis === 'derived' ? 'derived from the previous phase or the report date' : 'no date in the plan',
      ]),
    ),
  ];
  const dated = rows.filter((r) => r.start !== null && r.end !== null);
  if (dated.length > 0) {
    blocks.push(
      fence(
        'mermaid',
        ganttMermaid({
          title: `Roadmap ${a.project}`,
          sections: dated.map((r) => ({
            name: r.phase.name,
            tasks: [{ id: r.phase.id, name: r.phase.name, start: r.start as string, end: r.end as string }],
          })),
        }),
      ),
    );
  } else {
    blocks.push(paragraph('No chart: neither the plan nor a report date gives the phases a start date.'));
  }
  for (const r of rows) {
    const owned = r.phase.items.filter((i) => i.owner !== null || i.due !== null);
    if (r.phase.tasks.length === 0 && owned.length === 0) continue;
    blocks.push(heading(3, r.phase.name));
    if (r.phase.tasks.length > 0) blocks.push(bulletList(r.phase.tasks));
    if (owned.length > 0) {
      blocks.push(
        paragraph(strong('Owners:')),
        bulletList(owned.map((i) => joinInline([strong(i.id), i.question, raw('—'), `owner ${i.owner ?? 'unassigned'}, due ${i.due ?? 'not set'}`], ' '))),
      );
    }
  }
  return blocks;
}
