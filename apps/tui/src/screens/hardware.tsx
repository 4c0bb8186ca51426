import type { Plan } from '@llm-adopt/plan';
import { Box, Text } from 'ink';
import { ScrollList } from '../components/scroll-list.js';
import { theme } from '../components/theme.js';
import { fit, gib } from '../format-numbers.js';
import { BUDGET_FIELD } from '../state/fields.js';
import { type CatalogView, HARDWARE_ACTIONS, type WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

type HardwareSpec = Plan['profile']['hardwareOnHand'][number];

/** "2 × NVIDIA GeForce RTX 4090 (24.0 GB, 1008 GB/s)" from the catalog, or the custom device's own figures. */
export function hardwareLabel(spec: HardwareSpec, catalog: CatalogView | null): string {
  if ('gpu' in spec) {
    const gpu = catalog?.gpus.find((g) => g.id === spec.gpu);
    const detail = gpu ? ` (${gib(gpu.memoryBytes)}, ${Math.round(gpu.bandwidthBytesPerSecond / 1e9)} GB/s)` : '';
    return `${spec.count} × ${sanitizeForTerminal(gpu?.name ?? spec.gpu)}${detail}`;
  }
  const c = spec.custom;
  return `${spec.count} × ${sanitizeForTerminal(c.name ?? 'custom device')} (${gib(c.memoryGb * 2 ** 30)}, ${c.bandwidthGbps} GB/s, ${c.tflops} TFLOPS)`;
}

/** Step 2: devices on hand (catalog or custom) and the budget. */
export function HardwareScreen({ state, height }: { readonly state: WizardState; readonly height: number }) {
  const onHand = state.plan.profile.hardwareOnHand;
  const rows: { key: string; text: string; action: boolean }[] = [
    ...onHand.map((h, i) => ({ key: `hw-${i}`, text: hardwareLabel(h, state.catalog), action: false })),
    ...HARDWARE_ACTIONS.map((a) => ({
      key: a,
      action: true,
      text: a === 'add-gpu' ? '+ Add a GPU from the catalog' : a === 'add-custom' ? '+ Add a custom device (memory, bandwidth)' : `${fit(BUDGET_FIELD.label, 18)}${BUDGET_FIELD.display(state.plan)}`,
    })),
  ];
  const total = onHand.reduce((sum, h) => {
    if ('custom' in h) return sum + h.custom.memoryGb * 2 ** 30 * h.count;
    const gpu = state.catalog?.gpus.find((g) => g.id === h.gpu);
    return sum + (gpu ? gpu.memoryBytes * h.count : 0);
  }, 0);
  return (
    <Box flexDirection="column">
      <Text bold>Hardware — what you have, or what you may buy</Text>
      {onHand.length === 0 ? <Text dimColor>No devices yet. Add the GPUs you have, or set a budget.</Text> : <Text dimColor>Total memory: {gib(total)}</Text>}
      <ScrollList
        items={rows}
        cursor={state.cursor.hardware}
        height={height - 3}
        renderRow={(row, _i, focused) => (
          <Text wrap="truncate-end" color={focused ? theme.accent : row.action ? undefined : undefined} dimColor={row.action && !focused}>
            {focused ? '› ' : '  '}
            {row.text}
          </Text>
        )}
      />
      <Text dimColor>Enter changes the count · x removes a device</Text>
    </Box>
  );
}
