import { Box, Text } from 'ink';
import { ScrollList } from '../components/scroll-list.js';
import { theme } from '../components/theme.js';
import { fit, gib } from '../format-numbers.js';
import type { Overlay, WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

/** Picking a GPU or API offers from the catalog (names may come from user files: sanitised). */
export function CatalogPickerOverlay({ state, overlay, height }: { readonly state: WizardState; readonly overlay: Extract<Overlay, { kind: 'gpu-picker' | 'offer-picker' }>; readonly height: number }) {
  const catalog = state.catalog;
  if (!catalog) return <Text dimColor>Loading the catalog…</Text>;
  if (overlay.kind === 'gpu-picker') {
    return (
      <Box flexDirection="column">
        <Text bold wrap="truncate-end">Add a GPU <Text dimColor>(Enter adds one)</Text></Text>
        <ScrollList
          items={catalog.gpus}
          cursor={overlay.cursor}
          height={Math.max(3, height - 2)}
          renderRow={(g, _i, focused) => (
            <Text wrap="truncate-end" color={focused ? theme.accent : undefined}>
              {focused ? '› ' : '  '}
              {fit(sanitizeForTerminal(g.name), 29)} {gib(g.memoryBytes, 0).padStart(7)} {`${Math.round(g.bandwidthBytesPerSecond / 1e9)} GB/s`.padStart(10)}
            </Text>
          )}
        />
      </Box>
    );
  }
  const chosen = new Set(state.plan.apiComparisons);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">Compare with APIs <Text dimColor>(Space ticks, Enter closes)</Text></Text>
      <ScrollList
        items={catalog.offers}
        cursor={overlay.cursor}
        height={Math.max(3, height - 2)}
        renderRow={(o, _i, focused) => (
          <Text wrap="truncate-end" color={focused ? theme.accent : undefined}>
            {focused ? '› ' : '  '}
            {chosen.has(o.id) ? '[x] ' : '[ ] '}
            {sanitizeForTerminal(o.label)}
          </Text>
        )}
      />
    </Box>
  );
}
