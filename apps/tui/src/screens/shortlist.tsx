import type { Recommendation } from '@llm-adopt/plan';
import { Box, Text } from 'ink';
import { ScrollList } from '../components/scroll-list.js';
import { theme } from '../components/theme.js';
import { fit } from '../format-numbers.js';
import { MAX_CANDIDATES, type WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

const PARTS: [keyof Recommendation['breakdown'], string][] = [
  ['taskFit', 'Task fit'],
  ['licenseFit', 'License'],
  ['hardwareFit', 'Hardware'],
  ['cost', 'Cost'],
  ['context', 'Context'],
  ['languages', 'Languages'],
];

/** Step 3: ranked recommendations; Space picks up to three. Models that cannot work stay visible, disabled, with the reason. */
export function ShortlistScreen({ state, height, width }: { readonly state: WizardState; readonly height: number; readonly width: number }) {
  const recs = state.assessment?.recommendations;
  if (!recs) return <Text dimColor>Ranking models for your profile…</Text>;
  const picked = new Set(state.plan.candidates.map((c) => c.model));
  const focused = recs[state.cursor.shortlist];
  const detailRows = 8;
  const listHeight = Math.max(3, Math.min(recs.length + 1, height - 2 - detailRows));
  return (
    <Box flexDirection="column">
      <Text bold>
        Shortlist — pick up to {MAX_CANDIDATES} candidates <Text dimColor>({picked.size} picked)</Text>
      </Text>
      <ScrollList
        items={recs}
        cursor={state.cursor.shortlist}
        height={listHeight}
        empty="No model in the catalog matches yet."
        renderRow={(rec, _i, isFocused) => {
          const name = fit(sanitizeForTerminal(rec.name), 24);
          if (rec.excluded) {
            return (
              <Text wrap="truncate-end" dimColor color={isFocused ? theme.accent : undefined}>
                {isFocused ? '› ' : '  '}✖ {'   '}
                {name} {sanitizeForTerminal(rec.excluded.reason)}
              </Text>
            );
          }
          return (
            <Text wrap="truncate-end" color={isFocused ? theme.accent : undefined}>
              {isFocused ? '› ' : '  '}
              {picked.has(rec.modelId) ? '[x]' : '[ ]'} {String(rec.rank).padStart(2)} {name} {rec.score.toFixed(2)}
              <Text dimColor> {rec.suggestedQuant ?? '—'}</Text>
            </Text>
          );
        }}
      />
      {focused ? <Detail rec={focused} width={width} /> : null}
    </Box>
  );
}

function Detail({ rec, width }: { readonly rec: Recommendation; readonly width: number }) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="truncate-end" bold>
        {sanitizeForTerminal(rec.name)} — score {rec.score.toFixed(2)}
        {rec.excluded ? <Text color={theme.bad}> excluded: {sanitizeForTerminal(rec.excluded.reason)}</Text> : null}
      </Text>
      {PARTS.map(([key, label]) => {
        const part = rec.breakdown[key];
        return (
          <Text key={key} wrap="truncate-end">
            {fit(label, 10)}
            {part.value === null ? '  n/a' : part.value.toFixed(2).padStart(5)}
            <Text dimColor>
              {' '}
              ×{part.weight.toFixed(2)} {fit(sanitizeForTerminal(part.reason), Math.max(10, width - 24))}
            </Text>
          </Text>
        );
      })}
      <Text wrap="truncate-end" dimColor>
        {rec.reasons[0] ? `• ${sanitizeForTerminal(rec.reasons[0])}` : ' '}
      </Text>
    </Box>
  );
}
