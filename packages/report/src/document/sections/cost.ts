import type { CostScenario } from '@llm-adopt/plan';
import { bulletList, fence, heading, paragraph, raw, table } from '../../markdown/blocks.js';
import { xyChartMermaid } from '../../markdown/mermaid.js';
import { money, months } from '../../format/numbers.js';
import { sourceCell, valueCell } from '../cells.js';
import type { SectionContext } from '../context.js';

function at(s: CostScenario, month: number): number | null {
  const v = s.cumulative[month];
  return v === undefined ? null : v;
}

/**
 * One break-even bullet, worded for how pricing found it (docs/methodology.md, Break-even): the closed
 * form only explains a figure when the volume is flat; with growth, or a setup that cannot serve, pricing's
 * own reason is printed. Assessments without a method read as flat (they predate growth).
 */
function breakEvenLine(s: CostScenario, local: string, cur: string): string {
  const method = s.breakEvenMethod ?? 'flat';
  const reason = s.breakEvenReason ?? null;
  // pricing's reason starts "never: the local setup cannot serve …"; the sentence already says never.
  if (method === 'cannot-serve' && reason !== null) return `${local} never pays for itself against ${s.label}: ${reason.replace(/^never: /, '')}.`;
  if (method === 'month-by-month' && reason !== null) {
    return s.breakEvenMonths === null
      ? `${local} does not pay for itself against ${s.label}, following the workload’s growth month by month: ${reason} (docs/methodology.md, Break-even).`
      : `${local} pays for itself against ${s.label} after ${months(s.breakEvenMonths)}, following the workload’s growth month by month: ${reason} (docs/methodology.md, Break-even).`;
  }
  return s.breakEvenMonths === null
    ? `${local} never pays for itself against ${s.label}: the API bill of ${money(s.monthlyCost, cur)} per month is not more than the hardware’s running cost.`
    : `${local} pays for itself against ${s.label} after ${months(s.breakEvenMonths)}: the purchase divided by the monthly saving in running cost (docs/methodology.md, Break-even).`;
}

/** Section 7: scenarios, break-even, assumptions, cumulative-cost chart. */
export function costSection({ assessment: a }: SectionContext): string[] {
  const c = a.cost;
  const cur = c.currency;
  const blocks = [heading(2, raw('7. Cost'))];
  const cannotServe = c.cannotServe ?? [];
  if (c.scenarios.length === 0) {
    blocks.push(paragraph('No cost scenario: the plan compares no API offer and no local candidate could be priced.'));
  } else {
    const label = (id: string | null) => (id === null ? '' : (c.scenarios.find((s) => s.id === id)?.label ?? id));
    blocks.push(
      paragraph(
        `All amounts in ${cur}. Monthly: the API bill, or for local hardware the purchase amortised over the amortisation period plus electricity and operations. Up-front: the hardware purchase. The 12- and 24-month totals are cash spent: the purchase once at month 0, then the running costs (docs/methodology.md, Scenarios).`,
      ),
      table(
        [
          'Scenario',
          'Kind',
          { title: 'Up-front', align: 'right' },
          { title: 'Monthly', align: 'right' },
          { title: 'Per million tokens', align: 'right' },
          { title: '12-month total', align: 'right' },
          { title: '24-month total', align: 'right' },
          'Break-even of local hardware',
        ],
        c.scenarios.map((s) => [
          s.label,
          s.kind,
          money(s.upfrontCost, cur),
          money(s.monthlyCost, cur),
          money(s.costPerMTok, cur),
          money(at(s, 12), cur),
          money(at(s, 24), cur),
          s.kind === 'api' && s.breakEvenAgainst !== null ? `${months(s.breakEvenMonths)} (${label(s.breakEvenAgainst)})` : '',
        ]),
      ),
    );
    const breakEvens = c.scenarios.filter((s) => s.kind === 'api' && s.breakEvenAgainst !== null);
    if (breakEvens.length > 0) {
      blocks.push(
        heading(3, 'Break-even'),
        bulletList(breakEvens.map((s) => breakEvenLine(s, label(s.breakEvenAgainst), cur))),
      );
    }
    const chartable = c.scenarios.filter((s) => s.cumulative.length > 1);
    if (chartable.length > 0) {
      const length = Math.max(...chartable.map((s) => s.cumulative.length));
      const markers = breakEvens
        .filter((s) => s.breakEvenMonths !== null && s.breakEvenMonths <= length - 1)
        .map((s) => ({ x: s.breakEvenMonths as number, label: `break-even vs ${s.label}` }));
      blocks.push(
        heading(3, 'Cumulative cost'),
        fence(
          'mermaid',
          xyChartMermaid({
            title: `Cumulative cost (${cur})`,
            xLabel: 'Month',
            yLabel: cur,
            categories: Array.from({ length }, (_, m) => String(m)),
            series: chartable.map((s) => ({ name: s.label, values: s.cumulative })),
            markers,
          }),
        ),
        paragraph(`Lines in order: ${chartable.map((s, i) => `${i + 1} = ${s.label}`).join('; ')}.`),
      );
    }
  }
  if (cannotServe.length > 0) {
    // A setup the model does not fit has no cost: pricing it as if it served would mislead.
    blocks.push(
      heading(3, 'Cannot serve on this hardware'),
      paragraph('No local cost or break-even for these candidates: the model does not run on the hardware the plan lists (section 6).'),
      bulletList(cannotServe.map((x) => `${x.label}: cannot serve on this hardware: ${x.reason}.`)),
    );
  }
  // Inputs shared by all scenarios are listed once; a scenario's own rows follow.
  const shared = new Set(c.assumptions.map((x) => JSON.stringify([x.name, x.value, x.unit, x.source])));
  const scenarioAssumptions = c.scenarios.flatMap((s) =>
    s.assumptions
      .filter((x) => !shared.has(JSON.stringify([x.name, x.value, x.unit, x.source])))
      .map((x) => [s.label, x.name, valueCell(x.value), x.unit, sourceCell(x.source)] as const),
  );
  if (c.assumptions.length > 0 || scenarioAssumptions.length > 0) {
    blocks.push(
      heading(3, 'Assumptions'),
      table(
        ['Applies to', 'Assumption', { title: 'Value', align: 'right' }, 'Unit', 'Source'],
        [...c.assumptions.map((x) => ['all scenarios', x.name, valueCell(x.value), x.unit, sourceCell(x.source)] as const), ...scenarioAssumptions],
      ),
    );
  }
  if (c.problems.length > 0) blocks.push(heading(3, 'Notes on the comparison'), bulletList(c.problems));
  return blocks;
}
