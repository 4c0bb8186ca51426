import { Box, Text } from 'ink';
import { theme } from '../components/theme.js';
import { fit, money } from '../format-numbers.js';
import type { WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

/** Step 8: the decision in a few lines, then write the markdown and HTML adoption plan next to the plan file. */
export function ReviewScreen({ state }: { readonly state: WizardState }) {
  const a = state.assessment;
  if (!a) return <Text dimColor>Preparing the summary…</Text>;
  const s = a.summary;
  const line = (label: string, value: string | null) => (
    <Text wrap="truncate-end">
      {fit(label, 20)}
      <Text bold>{value === null ? '—' : sanitizeForTerminal(value)}</Text>
    </Text>
  );
  return (
    <Box flexDirection="column">
      <Text bold>Review & export</Text>
      {line('Recommended model', s.recommendedModel)}
      {line('Quantization', s.quant)}
      {line('Hardware', s.hardware)}
      {line('Deployment', s.deploymentMode)}
      {line('Monthly cost', s.monthlyCost === null ? null : money(s.monthlyCost, a.cost.currency))}
      <Text wrap="truncate-end">
        {fit('Open blockers', 20)}
        <Text bold color={s.openBlockers > 0 ? theme.bad : theme.ok}>
          {s.openBlockers}
        </Text>
      </Text>
      {a.warnings.length > 0 ? <Text color={theme.warn}>⚠ {a.warnings.length} common-mistake warning(s) — see the Checklist step</Text> : null}
      <Text> </Text>
      <Text color={theme.accent}>› Write the adoption plan (markdown + HTML) next to the plan file — Enter</Text>
      {state.exportRequested ? <Text dimColor>Writing…</Text> : null}
      {state.exported && 'paths' in state.exported
        ? state.exported.paths.map((p) => (
            <Text key={p} color={theme.ok} wrap="truncate-end">
              ✓ wrote {sanitizeForTerminal(p)}
            </Text>
          ))
        : null}
      {state.exported && 'error' in state.exported ? (
        <Text color={theme.bad} wrap="wrap">
          ✖ {sanitizeForTerminal(state.exported.error)}
        </Text>
      ) : null}
    </Box>
  );
}
