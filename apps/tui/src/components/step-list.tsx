import { Box, Text } from 'ink';
import { fit } from '../format-numbers.js';
import { stepProgress } from '../state/progress.js';
import { STEPS } from '../state/steps.js';
import type { WizardState } from '../state/wizard.js';
import { theme } from './theme.js';

/** The left-hand list of steps: ▸ current, ✓ complete, · not yet; and the plan's overall progress. */
export function StepList({ state, width }: { readonly state: WizardState; readonly width: number }) {
  const progress = stepProgress(state);
  const done = STEPS.filter((s) => progress[s.id].complete).length;
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      {STEPS.map((step, i) => {
        const current = step.id === state.step;
        const { complete, detail } = progress[step.id];
        const glyph = current ? '▸' : complete ? '✓' : '·';
        const label = fit(`${glyph} ${i + 1} ${step.title}`, width - (detail ? detail.length + 1 : 0));
        return (
          <Text key={step.id} bold={current} color={current ? theme.accent : complete ? theme.ok : undefined} wrap="truncate-end">
            {label}
            {detail ? <Text dimColor> {detail}</Text> : null}
          </Text>
        );
      })}
      <Text> </Text>
      <Text dimColor>
        {done}/{STEPS.length} steps done
      </Text>
    </Box>
  );
}
