import type { ChecklistItemState } from '@llm-adopt/plan';
import { Box, Text } from 'ink';
import { ScrollList } from '../components/scroll-list.js';
import { theme } from '../components/theme.js';
import { fit, percent } from '../format-numbers.js';
import { checklistEntry, STATUS_LABELS } from '../state/fields.js';
import { checklistPhaseItems, type WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

export const STATUS_GLYPH: Record<string, string> = { todo: '[ ]', 'in-progress': '[~]', done: '[x]', 'not-applicable': '[-]' };
const AUTO_STYLE = { pass: { text: 'auto ✓', color: theme.ok }, fail: { text: 'auto ✖', color: theme.bad }, unknown: { text: 'auto ?', color: theme.warn } };

/** Step 7: the PoC → Pilot → Production → Optimization checklist, with auto-checks, warnings and readiness. */
export function ChecklistScreen({ state, height, width }: { readonly state: WizardState; readonly height: number; readonly width: number }) {
  const phases = state.assessment?.checklist.phases;
  if (!phases) return <Text dimColor>Checking what can be checked automatically…</Text>;
  const current = Math.min(state.tab.checklist, phases.length - 1);
  const items = checklistPhaseItems(state);
  const focused = items[state.cursor.checklist];
  const warnings = state.assessment?.warnings ?? [];
  const detailRows = 5;
  const warningRows = warnings.length > 0 ? 1 : 0;
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        {phases.map((p, i) => (
          <Text key={p.id} bold={i === current} color={i === current ? theme.accent : undefined} dimColor={i !== current}>
            {i === current ? '[' : ' '}
            {p.name} {percent(p.readiness.score)}
            {i === current ? ']' : ' '}{' '}
          </Text>
        ))}
      </Text>
      <ScrollList
        items={items}
        cursor={state.cursor.checklist}
        height={Math.max(3, height - 1 - detailRows - warningRows - 1)}
        renderRow={(item, _i, isFocused) => <ItemRow item={item} status={checklistEntry(state.plan, item.id).status} focused={isFocused} width={width} />}
      />
      {focused ? (
        <Box flexDirection="column" marginTop={1} height={detailRows - 1} overflow="hidden">
          <Text wrap="truncate-end">{sanitizeForTerminal(focused.question)}</Text>
          <Text wrap="wrap" dimColor>
            {sanitizeForTerminal(focused.auto ? `${focused.auto.result}: ${focused.auto.reason}${focused.auto.estimate ? ' (estimate)' : ''}` : focused.why)}
          </Text>
          <Text dimColor wrap="truncate-end">
            {STATUS_LABELS[checklistEntry(state.plan, focused.id).status]}
            {focused.owner ? ` · owner ${sanitizeForTerminal(focused.owner)}` : ''}
            {focused.due ? ` · due ${focused.due}` : ''} · {focused.frameworks.join(', ')}
          </Text>
        </Box>
      ) : null}
      {warnings.length > 0 ? (
        <Text color={theme.warn} wrap="truncate-end">
          ⚠ {warnings.length} warning{warnings.length === 1 ? '' : 's'}: {sanitizeForTerminal(warnings[0]?.message ?? '')}
        </Text>
      ) : null}
    </Box>
  );
}

function ItemRow({ item, status, focused, width }: { readonly item: ChecklistItemState; readonly status: string; readonly focused: boolean; readonly width: number }) {
  const auto = item.auto ? AUTO_STYLE[item.auto.result] : null;
  return (
    <Text wrap="truncate-end" color={focused ? theme.accent : undefined}>
      {focused ? '› ' : '  '}
      {STATUS_GLYPH[status] ?? '[?]'} {fit(item.id, 10)}
      {fit(sanitizeForTerminal(item.question), Math.max(10, width - 26))}
      {auto ? <Text color={auto.color}> {auto.text}</Text> : null}
    </Text>
  );
}
