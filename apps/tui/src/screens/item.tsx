import { Box, Text } from 'ink';
import { FormRows } from '../components/form-rows.js';
import { itemFields } from '../state/fields.js';
import type { Overlay, WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

/** One checklist item: its question, why it matters, its auto-check result, and the team's status, owner, due date and note. */
export function ItemOverlay({ state, overlay, height }: { readonly state: WizardState; readonly overlay: Extract<Overlay, { kind: 'item' }>; readonly height: number }) {
  const item = state.assessment?.checklist.phases.flatMap((p) => p.items).find((i) => i.id === overlay.itemId);
  const fields = itemFields(overlay.itemId);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {overlay.itemId} {item ? sanitizeForTerminal(item.question) : ''}
      </Text>
      {item ? (
        <Box height={3} overflow="hidden">
          <Text dimColor wrap="wrap">
            {sanitizeForTerminal(item.why)}
          </Text>
        </Box>
      ) : null}
      {item?.auto ? (
        <Text wrap="truncate-end">
          Auto-check: {item.auto.result} — {sanitizeForTerminal(item.auto.reason)}
        </Text>
      ) : null}
      {item?.frameworks.includes('EU AI Act Art. 4') ? <Text color="cyan">Practice for the team: run `llm-adopt quiz` (questions from the catalog and licenses).</Text> : null}
      <Text> </Text>
      <FormRows fields={fields} target={state.plan} cursor={overlay.cursor} height={Math.max(3, height - 8)} labelWidth={10} />
      <Text dimColor>Esc returns to the checklist</Text>
    </Box>
  );
}
