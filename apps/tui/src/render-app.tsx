import { Box, render, Text, useApp } from 'ink';
import { useEffect, useState } from 'react';
import { App, type AppResult, layoutFor } from './app.js';
import { theme } from './components/theme.js';
import type { OpenResult, PlanSession } from './io/plan-session.js';
import { initialState } from './state/wizard.js';

export type RenderOutcome = AppResult | { outcome: 'problems'; problems: string[] };

interface BootProps {
  readonly open: () => Promise<OpenResult>;
  readonly planLabel: string;
  readonly newPlanName: string;
  readonly onDone: (outcome: RenderOutcome) => void;
}

/** Draws at once, then opens the plan (and its packages) and hands over to the app. */
function Boot({ open, planLabel, newPlanName, onDone }: BootProps) {
  const [session, setSession] = useState<PlanSession | null>(null);
  const { exit } = useApp();
  useEffect(() => {
    // Let Ink write this frame before module loading keeps the event loop busy.
    const opening = new Promise<void>((resolve) => setTimeout(resolve, 20)).then(open);
    opening.then(
      (result) => {
        if (result.ok) setSession(result.session);
        else {
          onDone({ outcome: 'problems', problems: result.problems });
          exit();
        }
      },
      (error: unknown) => {
        onDone({ outcome: 'problems', problems: [error instanceof Error ? error.message : String(error)] });
        exit();
      },
    );
  }, [open, onDone, exit]);
  if (!session) {
    return (
      <Box flexDirection="column">
        <Text>
          <Text bold color={theme.accent}>
            llm-adopt
          </Text>
          <Text dimColor> · {planLabel}</Text>
        </Text>
        <Text dimColor>Opening the plan…</Text>
      </Box>
    );
  }
  const rows = process.stdout.rows || 24;
  const initial = initialState(session.plan, { planExists: session.planExists, pageSize: layoutFor(rows, process.stdout.columns || 80).body - 4 });
  if (session.lockWarning) initial.warning = `⚠ ${session.lockWarning}: saves won't overwrite it`;
  return (
    <App
      initial={initial}
      services={session.services}
      planLabel={planLabel}
      newPlanName={newPlanName}
      createNewPlan={session.createNewPlan}
      onExit={onDone}
    />
  );
}

/** Mounts the app on the real terminal and resolves when the user quits. */
export async function renderApp(opts: { open: () => Promise<OpenResult>; planLabel: string; newPlanName: string }): Promise<RenderOutcome> {
  let outcome: RenderOutcome = { outcome: 'saved', message: null };
  const instance = render(
    <Boot
      open={opts.open}
      planLabel={opts.planLabel}
      newPlanName={opts.newPlanName}
      onDone={(o) => {
        outcome = o;
      }}
    />,
    { exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
  return outcome;
}
