import type { CostScenario } from '@llm-adopt/plan';
import { Box, Text } from 'ink';
import { cumulativeChart } from '../components/cost-chart.js';
import { ScrollList } from '../components/scroll-list.js';
import { theme } from '../components/theme.js';
import { fit, money, months } from '../format-numbers.js';
import { WORKLOAD_FIELDS } from '../state/fields.js';
import type { WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

const MARKS = 'ABCDEFGH';

/** Step 5: workload inputs, the scenario table and cumulative cost over 24 months with the break-even point. */
export function CostScenarios({ state, width, chartHeight }: { readonly state: WizardState; readonly width: number; readonly chartHeight: number }) {
  const cost = state.assessment?.cost;
  if (!cost) return <Text dimColor>Costing…</Text>;
  if (cost.scenarios.length === 0) {
    return <Text dimColor wrap="truncate-end">{sanitizeForTerminal(cost.problems[0] ?? 'No scenario yet: pick a candidate and API offers to compare.')}</Text>;
  }
  const scenarios = cost.scenarios.slice(0, MARKS.length);
  const firstBreakEven = scenarios.find((s) => s.breakEvenMonths !== null);
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
              | break-even at {months(firstBreakEven.breakEvenMonths)} ({sanitizeForTerminal(firstBreakEven.label)} vs {sanitizeForTerminal(firstBreakEven.breakEvenAgainst ?? 'local')})
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
      {s.kind === 'api' ? months(s.breakEvenMonths) : ''}
    </Text>
  );
}

export function CostScreen({ state, height, width }: { readonly state: WizardState; readonly height: number; readonly width: number }) {
  const rows = [...WORKLOAD_FIELDS.map((f) => ({ label: f.label, value: f.display(state.plan) })), { label: 'Compare with APIs', value: state.plan.apiComparisons.join(', ') || '(none — Enter to choose)' }];
  const scenarios = state.assessment?.cost.scenarios.length ?? 0;
  // title, inputs, blank, table header, scenario rows, chart margin, axis, month labels, break-even line.
  const used = 1 + rows.length + 1 + 1 + scenarios + 1 + 3;
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
      <CostScenarios state={state} width={width} chartHeight={Math.min(6, height - used)} />
    </Box>
  );
}
