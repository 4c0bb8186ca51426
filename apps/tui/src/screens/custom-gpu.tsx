import { Box, Text } from 'ink';
import { FormRows } from '../components/form-rows.js';
import { theme } from '../components/theme.js';
import { CUSTOM_GPU_FIELDS } from '../state/fields.js';
import type { Overlay } from '../state/wizard.js';

/** A device not in the catalog, described by memory, bandwidth and compute. */
export function CustomGpuOverlay({ overlay }: { readonly overlay: Extract<Overlay, { kind: 'custom-gpu' }> }) {
  const onAdd = overlay.cursor === CUSTOM_GPU_FIELDS.length;
  return (
    <Box flexDirection="column">
      <Text bold>Custom device</Text>
      <FormRows fields={CUSTOM_GPU_FIELDS} target={overlay.draft} cursor={onAdd ? -1 : overlay.cursor} height={CUSTOM_GPU_FIELDS.length + 2} labelWidth={14} />
      <Text color={onAdd ? theme.accent : undefined} bold={onAdd}>
        {onAdd ? '› ' : '  '}Add this device
      </Text>
      {overlay.error ? <Text color={theme.bad}>✖ {overlay.error}</Text> : null}
      <Text dimColor>Esc discards</Text>
    </Box>
  );
}
