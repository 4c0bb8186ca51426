import { Box, Text } from 'ink';
import { FormRows } from '../components/form-rows.js';
import { PROFILE_FIELDS } from '../state/fields.js';
import type { WizardState } from '../state/wizard.js';

/** Step 1: who the team is and what it needs. Every answer is saved as soon as it is given. */
export function ProfileScreen({ state, height }: { readonly state: WizardState; readonly height: number }) {
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">Profile — what the model is for and how it will be used</Text>
      <FormRows fields={PROFILE_FIELDS} target={state.plan} cursor={state.cursor.profile} height={height - 1} />
    </Box>
  );
}
