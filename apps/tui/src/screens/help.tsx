import { Box, Text } from 'ink';
import { ScrollList } from '../components/scroll-list.js';
import { fit } from '../format-numbers.js';
import { helpRows } from '../keymap.js';

/** `?`: every key from the keymap, and how saving works. */
export function HelpOverlay({ scroll, height }: { readonly scroll: number; readonly height: number }) {
  const rows = helpRows();
  return (
    <Box flexDirection="column">
      <Text bold>Keys</Text>
      <ScrollList items={rows} cursor={scroll} height={Math.max(3, height - 5)} renderRow={(r) => <Text wrap="truncate-end">{fit(r.label, 12)}{r.description}</Text>} />
      <Text> </Text>
      <Text dimColor wrap="wrap">
        Every change is saved to the plan file at once. q or Ctrl+C saves and prints the command to resume; reopening returns to the same step.
      </Text>
    </Box>
  );
}
