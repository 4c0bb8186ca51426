import { Box, Text } from 'ink';
import { theme } from '../components/theme.js';
import { closedChecklistItems } from '../state/progress.js';
import { stepTitle } from '../state/steps.js';
import type { WizardState } from '../state/wizard.js';
import { sanitizeForTerminal } from '../terminal-text.js';

/** Start-up: resume the plan found here (with its progress) or start a new one. */
export function StartScreen({ state, planLabel, newPlanName }: { readonly state: WizardState; readonly planLabel: string; readonly newPlanName: string }) {
  const { planExists, cursor } = state.start;
  const plan = state.plan;
  const options: { title: string; detail: string }[] = [];
  if (planExists) {
    options.push({
      title: `Resume “${sanitizeForTerminal(plan.project.name)}”`,
      detail: `at ${stepTitle(state.step)} · ${plan.profile.useCases.length} use case(s) · ${plan.candidates.length} candidate(s) · ${closedChecklistItems(plan)} checklist item(s) closed`,
    });
  }
  options.push({
    title: `Start a new plan “${sanitizeForTerminal(newPlanName)}”`,
    detail: planExists ? `replaces ${planLabel}; the previous version is kept as ${planLabel}.bak` : `saved to ${planLabel} after every change`,
  });
  return (
    <Box flexDirection="column">
      <Text>From “we want an open model” to a plan you can execute: profile → hardware → shortlist → sizing → cost → license → checklist.</Text>
      <Text> </Text>
      {options.map((o, i) => (
        <Box key={o.title} flexDirection="column">
          <Text bold={i === cursor} color={i === cursor ? theme.accent : undefined}>
            {i === cursor ? '› ' : '  '}
            {o.title}
          </Text>
          <Text dimColor>
            {'    '}
            {o.detail}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
