import { render } from 'ink';
import { App, type AppResult, layoutFor } from './app.js';
import type { PlanSession } from './io/plan-session.js';
import { initialState } from './state/wizard.js';

/** Mounts the app on the real terminal and resolves when the user quits. */
export async function renderApp(opts: { session: PlanSession; planLabel: string; newPlanName: string }): Promise<AppResult> {
  const { session } = opts;
  const rows = process.stdout.rows || 24;
  const initial = initialState(session.plan, { planExists: session.planExists, pageSize: layoutFor(rows, process.stdout.columns || 80).body - 4 });
  if (session.lockWarning) initial.warning = `⚠ ${session.lockWarning}: saves won't overwrite it`;
  let result: AppResult = { outcome: 'saved', message: null };
  const instance = render(
    <App
      initial={initial}
      services={session.services}
      planLabel={opts.planLabel}
      newPlanName={opts.newPlanName}
      createNewPlan={session.createNewPlan}
      onExit={(r) => {
        result = r;
      }}
    />,
    { exitOnCtrlC: false, patchConsole: false },
  );
  await instance.waitUntilExit();
  return result;
}
