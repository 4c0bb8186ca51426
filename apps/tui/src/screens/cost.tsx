import type { CostScenario, CostSection } from '@llm-adopt/plan';
import { Box, Text } from 'ink';
import { cumulativeChart } from '../components/cost-chart.js';
import { ScrollList } from '../components/scroll-list.js';
import { theme } from '../components/theme.js';
import { fit, money, months } from '../format-numbers.js';
import { WORKLOAD_FIELDS } from '../state/fields.js';
import type { WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

const MARKS = 'ABCDEFGH';
/** Rows one cannot-serve entry may take before it is cut with "…" (the reason leads with what is short). */
const CANNOT_SERVE_MAX_ROWS = 3;

type CannotServe = NonNullable<CostSection['cannotServe']>[number];

/**
 * Greedy word wrap to `width` columns (a word longer than the width is split), at most `maxRows` rows; the
 * last row ends in "…" when text is left over. Widths count code points, as `fit` does.
 */
export function wrapRows(text: string, width: number, maxRows: number): string[] {
  if (width <= 0 || maxRows <= 0) return [];
  const rows: string[] = [];
  let row: string[] = [];
  const push = () => {
    rows.push(row.join(''));
    row = [];
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let chars = [...word];
    const gap = row.length > 0 ? 1 : 0;
    if (row.length + gap + chars.length > width && row.length > 0) push();
    else if (gap) row.push(' ');
    while (chars.length > width) {
      rows.push(chars.slice(0, width).join(''));
      chars = chars.slice(width);
    }
    row.push(...chars);
  }
  if (row.length > 0) push();
  if (rows.length <= maxRows) return rows;
  const kept = rows.slice(0, maxRows);
  kept[maxRows - 1] = `${[...kept[maxRows - 1]!].slice(0, width - 1).join('')}…`;
  return kept;
}

/** One entry per candidate the model does not run on, wrapped to the pane (docs/methodology.md §Local cost). */
export function cannotServeRows(entries: readonly CannotServe[], width: number, maxRows: number): string[][] {
  const out: string[][] = [];
  let left = maxRows;
  for (const e of entries) {
    if (left <= 0) break;
    // "✖ " marks the entry; the words say it without colour (NO_COLOR).
    const rows = wrapRows(sanitizeForTerminal(`${e.label}: cannot serve on this hardware: ${e.reason}`), width - 2, Math.min(CANNOT_SERVE_MAX_ROWS, left));
    out.push(rows);
    left -= rows.length;
  }
  return out;
}

function CannotServeList({ rows }: { readonly rows: readonly string[][] }) {
  return (
    <>
      {rows.map((entry, i) =>
        entry.map((row, j) => (
          <Text key={`${i}-${j}`} wrap="truncate-end">
            {j === 0 ? <Text color={theme.bad}>✖ </Text> : '  '}
            {row}
          </Text>
        )),
      )}
    </>
  );
}

/** Step 5: workload inputs, the scenario table and cumulative cost over 24 months with the break-even point. */
export function CostScenarios({
  state,
  width,
  chartHeight,
  cannotServe = [],
}: {
  readonly state: WizardState;
  readonly width: number;
  readonly chartHeight: number;
  /** Rows of `cannotServeRows`, laid out by the caller so the chart gets what is left. */
  readonly cannotServe?: readonly string[][];
}) {
  const cost = state.assessment?.cost;
  if (!cost) return <Text dimColor>Costing…</Text>;
  if (cost.scenarios.length === 0) {
    return (
      <Box flexDirection="column">
        {cannotServe.length === 0 || cost.problems.length > 0 ? (
          <Text dimColor wrap="truncate-end">
            {sanitizeForTerminal(cost.problems[0] ?? 'No scenario yet: pick a candidate and API offers to compare.')}
          </Text>
        ) : null}
        <CannotServeList rows={cannotServe} />
      </Box>
    );
  }
  const scenarios = cost.scenarios.slice(0, MARKS.length);
  const firstBreakEven = scenarios.find((s) => s.breakEvenMonths !== null);
  // Name both sides by their table marks and labels ("A GPT-4o vs B Qwen3 14B on …"), not by scenario id.
  const named = (id: string | null | undefined): string => {
    const i = scenarios.findIndex((s) => s.id === id);
    const other = i >= 0 ? scenarios[i] : cost.scenarios.find((s) => s.id === id);
    return other ? `${i >= 0 ? `${MARKS[i]} ` : ''}${sanitizeForTerminal(other.label)}` : 'local';
  };
  const chartWidth = Math.max(20, Math.min(50, width - 14));
  const chart = cumulativeChart(
    scenarios.map((s, i) => ({ mark: MARKS[i] ?? '?', values: s.cumulative })),
    { width: chartWidth, height: chartHeight, breakEvenMonth: firstBreakEven?.breakEvenMonths ?? null },
  );
  const label = (n: number) => fit(money(n, cost.currency, 0), 12);
  // At 80 columns the pane is about 52 wide: drop the per-MTok column and shorten labels.
  const wide = width >= 70;
  const labelWidth = wide ? 23 : 14;
  return (
    <Box flexDirection="column">
      <Text dimColor wrap="truncate-end">
        {'  '}
        {fit('scenario', labelWidth)} {fit('per month', 13)}
        {fit('up front', 11)}
        {wide ? fit('per MTok', 9) : ''}break-even
      </Text>
      {scenarios.map((s, i) => (
        <ScenarioRow key={s.id} s={s} mark={MARKS[i] ?? '?'} currency={cost.currency} labelWidth={labelWidth} wide={wide} />
      ))}
      <CannotServeList rows={cannotServe} />
      {chartHeight >= 2 ? (
        <Box flexDirection="column" marginTop={1}>
          {chart.lines.map((line, i) => (
            <Text key={`${i}-${line.length}`}>
              {i === 0 ? label(chart.max) : i === chart.lines.length - 2 ? label(0) : ' '.repeat(12)}
              {line}
            </Text>
          ))}
          <Text dimColor>
            {' '.repeat(12)}
            {fit('month 0', chartWidth - 9)}month {chart.months}
          </Text>
          {firstBreakEven ? (
            <Text dimColor wrap="truncate-end">
              | break-even at {months(firstBreakEven.breakEvenMonths)} ({named(firstBreakEven.id)} vs {named(firstBreakEven.breakEvenAgainst)})
            </Text>
          ) : null}
        </Box>
      ) : null}
    </Box>
  );
}

function ScenarioRow({ s, mark, currency, labelWidth, wide }: { readonly s: CostScenario; readonly mark: string; readonly currency: string; readonly labelWidth: number; readonly wide: boolean }) {
  return (
    <Text wrap="truncate-end">
      <Text color={theme.accent}>{mark} </Text>
      {fit(sanitizeForTerminal(s.label), labelWidth)} {fit(money(s.monthlyCost, currency), 13)}
      {fit(s.upfrontCost > 0 ? money(s.upfrontCost, currency, 0) : '—', 11)}
      {wide ? fit(s.costPerMTok === null ? '—' : s.costPerMTok.toFixed(2), 9) : ''}
      {/* No local setup to compare with (none priced, e.g. the only candidate cannot serve): not "never". */}
      {s.kind === 'api' ? (s.breakEvenAgainst === null ? '—' : months(s.breakEvenMonths)) : ''}
    </Text>
  );
}

export function CostScreen({ state, height, width }: { readonly state: WizardState; readonly height: number; readonly width: number }) {
  const rows = [...WORKLOAD_FIELDS.map((f) => ({ label: f.label, value: f.display(state.plan) })), { label: 'Compare with APIs', value: state.plan.apiComparisons.join(', ') || '(none — Enter to choose)' }];
  const scenarios = state.assessment?.cost.scenarios.length ?? 0;
  // title, inputs, blank, table header, scenario rows, chart margin, axis, month labels, break-even line.
  const used = 1 + rows.length + 1 + 1 + scenarios + 1 + 3;
  // Candidates that cannot serve come before the chart and take its rows: with fewer than 2 left the chart,
  // its axis, month labels and break-even line (the 4 rows counted in `used`) are not drawn.
  const cannotServe = cannotServeRows(state.assessment?.cost.cannotServe ?? [], width, Math.max(1, height - used + 4));
  const cannotServeHeight = cannotServe.reduce((n, e) => n + e.length, 0);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">Cost — your workload: API bills vs running it yourself</Text>
      <ScrollList
        items={rows}
        cursor={state.cursor.cost}
        height={rows.length}
        renderRow={(row, _i, focused) => (
          <Text wrap="truncate-end" color={focused ? theme.accent : undefined}>
            {focused ? '› ' : '  '}
            {fit(row.label, 22)}
            <Text bold={focused}>{sanitizeForTerminal(row.value)}</Text>
          </Text>
        )}
      />
      <Text> </Text>
      <CostScenarios state={state} width={width} chartHeight={Math.min(6, height - used - cannotServeHeight)} cannotServe={cannotServe} />
    </Box>
  );
}
