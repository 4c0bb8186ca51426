import { Box, render, Text, useApp } from 'ink';
import { useEffect, useState } from 'react';
import type { AppResult } from './app.js';
import { theme } from './components/theme.js';
import type { OpenResult, PlanSession } from './io/plan-session.js';

export type RenderOutcome = AppResult | { outcome: 'problems'; problems: string[] };

interface BootProps {
  readonly open: () => Promise<OpenResult>;
  readonly planLabel: string;
  readonly newPlanName: string;
  readonly onDone: (outcome: RenderOutcome) => void;
}

/** The app's screens and state, loaded after the first frame (see Boot). */
type Screens = typeof import('./app.js') & typeof import('./state/wizard.js');

/**
 * Draws at once, then opens the plan (and its packages) and loads the screens, and hands over to the
 * app. Only Ink, React and this component are compiled before the first frame (docs/performance.md).
 */
function Boot({ open, planLabel, newPlanName, onDone }: BootProps) {
  const [loaded, setLoaded] = useState<{ session: PlanSession; screens: Screens } | null>(null);
  const { exit } = useApp();
  useEffect(() => {
    // Let Ink write this frame before module loading keeps the event loop busy.
    const opening = new Promise<void>((resolve) => setTimeout(resolve, 20)).then(() =>
      Promise.all([open(), import('./app.js'), import('./state/wizard.js')]),
    );
    opening.then(
      ([result, app, wizard]) => {
        if (result.ok) setLoaded({ session: result.session, screens: { ...app, ...wizard } });
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
  if (!loaded) {
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
  const { session, screens } = loaded;
  const { App, initialState, layoutFor } = screens;
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
