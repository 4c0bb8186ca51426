import { Box, Text } from 'ink';
import { ScrollList } from '../components/scroll-list.js';
import { theme } from '../components/theme.js';
import { fieldsFor, type Overlay, type WizardState } from '../state/wizard.js';

/** A list of choices for a field: single choice (Enter picks) or several (Space ticks, Enter closes). */
export function PickOverlay({ state, overlay, height }: { readonly state: WizardState; readonly overlay: Extract<Overlay, { kind: 'pick' }>; readonly height: number }) {
  const field = fieldsFor(overlay.form).find((f) => f.id === overlay.fieldId);
  if (!field?.options) return null;
  const selected = field.selected?.(state.plan) ?? [];
  const multi = field.kind === 'multi';
  return (
    <Box flexDirection="column">
      <Text bold>
        {field.label} <Text dimColor>{multi ? '(Space ticks, Enter closes)' : '(Enter picks)'}</Text>
      </Text>
      <ScrollList
        items={field.options}
        cursor={overlay.cursor}
        height={Math.max(3, height - 2)}
        renderRow={(o, _i, focused) => (
          <Text color={focused ? theme.accent : undefined}>
            {focused ? '› ' : '  '}
            {multi ? (selected.includes(o.value) ? '[x] ' : '[ ] ') : selected.includes(o.value) ? '◉ ' : '○ '}
            {o.label}
          </Text>
        )}
      />
    </Box>
  );
}
