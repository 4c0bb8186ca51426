import { Box, Text } from 'ink';
import { ScrollList } from '../components/scroll-list.js';
import { severityStyle, theme } from '../components/theme.js';
import { fit } from '../format-numbers.js';
import { allFindings, type WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

/** Step 6: license and compliance findings by severity; the selected one with what to do and the clause it comes from. */
export function LicenseScreen({ state, height }: { readonly state: WizardState; readonly height: number }) {
  if (!state.assessment) return <Text dimColor>Checking licenses…</Text>;
  const findings = allFindings(state);
  const focused = findings[state.cursor.license];
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const summary = ['blocker', 'warning', 'obligation', 'info']
    .filter((s) => counts.has(s))
    .map((s) => `${counts.get(s)} ${severityStyle[s]?.label ?? s}`)
    .join(' · ');
  const detailRows = 8;
  return (
    <Box flexDirection="column">
      <Text bold>
        License & compliance <Text dimColor>{summary || 'no findings'}</Text>
      </Text>
      <ScrollList
        items={findings}
        cursor={state.cursor.license}
        height={Math.max(3, height - 2 - detailRows)}
        empty={state.plan.candidates.length === 0 ? 'Pick candidates on the Shortlist step to check their licenses.' : 'No findings.'}
        renderRow={(f, _i, isFocused) => {
          const style = severityStyle[f.severity] ?? { glyph: '?', color: theme.muted, label: f.severity };
          return (
            <Text wrap="truncate-end" color={isFocused ? theme.accent : undefined}>
              {isFocused ? '› ' : '  '}
              <Text color={style.color}>
                {style.glyph} {fit(style.label, 8)}
              </Text>
              {fit(sanitizeForTerminal(f.model ?? (f.group === 'compliance' ? 'compliance' : '')), 18)} {sanitizeForTerminal(f.topic)}: {sanitizeForTerminal(f.message)}
            </Text>
          );
        }}
      />
      {focused ? (
        <Box flexDirection="column" marginTop={1} height={detailRows - 1} overflow="hidden">
          <Text wrap="wrap">{sanitizeForTerminal(focused.message)}</Text>
          <Text wrap="wrap">
            <Text bold>What to do:</Text> {sanitizeForTerminal(focused.action)}
          </Text>
          <Text dimColor wrap="truncate-end">
            {[focused.license, focused.section].filter(Boolean).map((s) => sanitizeForTerminal(String(s))).join(' ')}
            {focused.url ? ` · ${sanitizeForTerminal(focused.url)}` : ''}
          </Text>
          {focused.quote ? (
            <Text italic wrap="wrap">
              “{sanitizeForTerminal(focused.quote)}”
            </Text>
          ) : null}
        </Box>
      ) : null}
    </Box>
  );
}
