import { Box, Text } from 'ink';
import { TextField } from '../components/text-field.js';
import { theme } from '../components/theme.js';
import { editHelp, editInitialText, editLabel, topOverlay, type WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

/** Text entry for one field; the reason an entry is refused stays next to the field until it is fixed. */
export function EditOverlay({ state, onSubmit }: { readonly state: WizardState; readonly onSubmit: (raw: string) => void }) {
  const top = topOverlay(state);
  const error = top?.kind === 'edit' ? top.error : null;
  const help = editHelp(state);
  return (
    <Box flexDirection="column">
      <Text bold>{editLabel(state)}</Text>
      <Box>
        <Text color={theme.accent}>› </Text>
        <TextField key={state.overlays.length} defaultValue={sanitizeForTerminal(editInitialText(state))} onSubmit={onSubmit} />
      </Box>
      {error ? <Text color={theme.bad}>✖ {error}</Text> : null}
      {help ? <Text dimColor>{help}</Text> : null}
      <Text dimColor>Enter saves · Esc cancels</Text>
    </Box>
  );
}
