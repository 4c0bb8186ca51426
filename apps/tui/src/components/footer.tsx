import { Box, Text } from 'ink';
import { type AnyCommand, footerHints } from '../keymap.js';

/** Key hints for what works right now, generated from the keymap (two lines at most). */
export function Footer({ commands }: { readonly commands: readonly AnyCommand[] }) {
  return (
    <Box height={2} overflow="hidden">
      <Text dimColor wrap="wrap">
        {footerHints(commands)}
      </Text>
    </Box>
  );
}
