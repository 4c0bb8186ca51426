import { Box, Text } from 'ink';
import type { WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';
import { theme } from './theme.js';

/** "llm-adopt · <project> · <plan file>" and a quiet save indicator on the right. */
export function Header({ state, planLabel }: { readonly state: WizardState; readonly planLabel: string }) {
  const project = state.phase === 'wizard' ? ` · ${sanitizeForTerminal(state.plan.project.name)}` : '';
  return (
    <Box justifyContent="space-between">
      <Box flexShrink={1} flexGrow={1} overflow="hidden">
        <Text wrap="truncate-end">
        <Text bold color={theme.accent}>
          llm-adopt
        </Text>
        {project}
          <Text dimColor> · {planLabel}</Text>
        </Text>
      </Box>
      <Box flexShrink={0} marginLeft={1}>
        <SaveIndicator state={state} />
      </Box>
    </Box>
  );
}

function SaveIndicator({ state }: { readonly state: WizardState }) {
  if (state.phase !== 'wizard') return null;
  switch (state.save.state) {
    case 'saving':
      return <Text dimColor>saving…</Text>;
    case 'saved':
      return <Text dimColor>✓ saved</Text>;
    case 'failed':
      return (
        <Text color={theme.bad} bold>
          {state.save.conflict ? '✖ not saved: changed elsewhere' : '✖ not saved'}
        </Text>
      );
    case 'idle':
      return null;
  }
}
