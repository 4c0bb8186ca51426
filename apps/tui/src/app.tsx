// The shell: one reducer, one keyboard handler (through the keymap), the step list, the active
// screen or overlay, and the footer. Effects carry out what the reducer asks for (save, assess,
// export, quit) and report back as actions.
import type { Plan } from '@llm-adopt/plan';
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { type ReactElement, useEffect, useReducer, useRef } from 'react';
import { Footer } from './components/footer.js';
import { Header } from './components/header.js';
import { StepList } from './components/step-list.js';
import { Command, commandFor, matches, splitKeyBurst } from './keymap.js';
import { CustomGpuOverlay } from './screens/custom-gpu.js';
import { EditOverlay } from './screens/edit.js';
import { HelpOverlay } from './screens/help.js';
import { ItemOverlay } from './screens/item.js';
import { PickOverlay } from './screens/pick.js';
import { CatalogPickerOverlay } from './screens/catalog-picker.js';
import { StepScreen } from './screens/step-screen.js';
import { StartScreen } from './screens/start.js';
import type { Services } from './services.js';
import { needsAssessment } from './state/steps.js';
import { type Action, availableCommands, footerCommands, isTyping, planToSave, reducer, topOverlay, type WizardState } from './state/wizard.js';

export interface AppResult {
  /** `saved`: the last state is on disk; `unsaved`: the user quit although the last save failed. */
  outcome: 'saved' | 'unsaved';
  message: string | null;
}

export interface AppProps {
  readonly initial: WizardState;
  readonly services: Services;
  /** How the plan file is shown (relative to the working directory). */
  readonly planLabel: string;
  /** Project name for a new plan (the folder's name). */
  readonly newPlanName: string;
  /** A fresh plan for "start a new plan" (the plan package's `createPlan`). */
  readonly createNewPlan: () => Plan;
  readonly onExit: (result: AppResult) => void;
}

/** Rows the frame may use: always shorter than the terminal, so Ink never clears the screen to redraw. */
export function layoutFor(rows: number, columns: number) {
  const total = Math.max(12, rows - 1);
  return { body: total - 4, width: Math.max(60, columns), listWidth: 25 };
}

export function App({ initial, services, planLabel, newPlanName, createNewPlan, onExit }: AppProps) {
  const [state, dispatch] = useReducer(reducer, initial);
  const { exit } = useApp();
  const { stdout } = useStdout();
  const [size, setSize] = useSizeOf(stdout);
  void setSize;
  const layout = layoutFor(size.rows, size.columns);
  const latest = useRef(state);
  latest.current = state;
  const saving = useRef<Promise<void> | null>(null);
  const quitTries = useRef(0);

  useEffect(() => {
    dispatch({ type: 'resize', rows: layout.body - 4 });
  }, [layout.body]);

  // Catalog for the pickers, after the first frame.
  useEffect(() => {
    if (state.phase !== 'wizard' || state.catalog) return;
    let live = true;
    services.loadCatalog().then(
      (catalog) => live && dispatch({ type: 'catalog-loaded', catalog }),
      (error: unknown) => live && dispatch({ type: 'notice', message: `Could not load the catalog: ${String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [state.phase, state.catalog, services]);

  // Assess only when a step shows computed figures, and only when the plan changed since.
  useEffect(() => {
    if (state.phase !== 'wizard' || !needsAssessment(state.step) || state.assessedRevision === state.dataRevision) return;
    const revision = state.dataRevision;
    let live = true;
    services.assess(state.plan).then(
      (assessment) => live && dispatch({ type: 'assessed', assessment, revision }),
      (error: unknown) => live && dispatch({ type: 'notice', message: `Could not assess the plan: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [state.phase, state.step, state.dataRevision, state.assessedRevision, state.plan, services]);

  // Autosave after every change; saves run one at a time and the last state always wins.
  useEffect(() => {
    if (state.phase !== 'wizard' || state.revision === state.savedRevision || saving.current) return;
    const run = async () => {
      for (;;) {
        const current = latest.current;
        if (current.revision === current.savedRevision && current.save.state !== 'failed') break;
        const revision = current.revision;
        dispatch({ type: 'save-started' });
        const outcome = await services.save(planToSave(current));
        if (!outcome.ok) {
          dispatch({ type: 'save-failed', message: outcome.message, conflict: outcome.conflict });
          break;
        }
        dispatch({ type: 'saved', revision });
        latest.current = { ...latest.current, savedRevision: revision, save: { state: 'saved' } };
        if (latest.current.revision === revision) break;
      }
    };
    saving.current = run().finally(() => {
      saving.current = null;
    });
  }, [state.phase, state.revision, state.savedRevision, services]);

  // Export the adoption plan next to the plan file.
  useEffect(() => {
    if (!state.exportRequested) return;
    const current = latest.current;
    const assessment = current.assessedRevision === current.dataRevision ? current.assessment : null;
    if (!assessment) {
      dispatch({ type: 'export-failed', message: 'the plan is still being assessed; try again in a moment' });
      return;
    }
    services.exportReport(planToSave(current), assessment).then(
      (paths) => dispatch({ type: 'exported', paths }),
      (error: unknown) => dispatch({ type: 'export-failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [state.exportRequested, services]);

  // Quit: save first; if that fails, stay and say so (a second q quits without saving).
  useEffect(() => {
    if (state.quitRequests === 0) return;
    quitTries.current += 1;
    const finish = async () => {
      await saving.current;
      const current = latest.current;
      if (current.phase !== 'wizard') {
        exit();
        onExit({ outcome: 'saved', message: null });
        return;
      }
      const outcome = await services.save(planToSave(current));
      if (outcome.ok || quitTries.current > 1) {
        await services.close();
        exit();
        onExit(outcome.ok ? { outcome: 'saved', message: null } : { outcome: 'unsaved', message: outcome.message });
        return;
      }
      dispatch({ type: 'save-failed', message: outcome.message, conflict: outcome.conflict });
      dispatch({ type: 'notice', message: 'Not saved. Press q again to quit anyway (one more save is tried), or keep working.' });
    };
    void finish();
  }, [state.quitRequests, services, exit, onExit]);

  const typing = isTyping(state);
  useInput(
    (burst, burstKey) => {
      // Each key of a burst is judged against the state the previous one produced.
      let current = latest.current;
      for (const [input, key] of splitKeyBurst(burst, burstKey)) {
        if (isTyping(current)) break;
        const command = commandFor(input, key, availableCommands(current));
        if (!command) continue;
        const action: Action =
          current.phase === 'start' && command === Command.Select && !(current.start.planExists && current.start.cursor === 0)
            ? { type: 'start-new', plan: createNewPlan() }
            : { type: 'command', command };
        current = reducer(current, action);
        latest.current = current;
        dispatch(action);
      }
    },
    { isActive: !typing },
  );
  // While typing, the text editor owns the keys; only Esc (cancel) and Ctrl+C (save & quit) get through.
  useInput(
    (input, key) => {
      if (matches(Command.Back, input, key)) dispatch({ type: 'command', command: Command.Back });
      else if (key.ctrl && input === 'c') dispatch({ type: 'command', command: Command.Quit });
    },
    { isActive: typing },
  );

  const top = topOverlay(state);
  const bodyHeight = layout.body;
  let body: ReactElement;
  if (state.phase === 'start') {
    body = <StartScreen state={state} planLabel={planLabel} newPlanName={newPlanName} />;
  } else {
    const paneHeight = bodyHeight;
    let pane: ReactElement;
    switch (top?.kind) {
      case 'help':
        pane = <HelpOverlay scroll={top.scroll} height={paneHeight} />;
        break;
      case 'edit':
        pane = <EditOverlay state={state} onSubmit={(raw) => dispatch({ type: 'submit-text', raw })} />;
        break;
      case 'pick':
        pane = <PickOverlay state={state} overlay={top} height={paneHeight} />;
        break;
      case 'item':
        pane = <ItemOverlay state={state} overlay={top} height={paneHeight} />;
        break;
      case 'gpu-picker':
      case 'offer-picker':
        pane = <CatalogPickerOverlay state={state} overlay={top} height={paneHeight} />;
        break;
      case 'custom-gpu':
        pane = <CustomGpuOverlay overlay={top} />;
        break;
      default:
        pane = <StepScreen state={state} height={paneHeight} width={layout.width - layout.listWidth - 3} />;
    }
    body = (
      <Box height={bodyHeight}>
        <StepList state={state} width={layout.listWidth} />
        <Box
          flexDirection="column"
          flexGrow={1}
          height={bodyHeight}
          overflow="hidden"
          paddingLeft={1}
          borderStyle="single"
          borderTop={false}
          borderBottom={false}
          borderRight={false}
        >
          {pane}
        </Box>
      </Box>
    );
  }

  return (
    <Box flexDirection="column" width={layout.width}>
      <Header state={state} planLabel={planLabel} />
      {state.phase === 'start' ? <Box height={bodyHeight} flexDirection="column" overflow="hidden">{body}</Box> : body}
      <Text wrap="truncate-end" color={state.notice === null && (state.save.state === 'failed' || state.warning) ? 'yellow' : undefined}>
        {state.notice ?? (state.save.state === 'failed' ? state.save.message : (state.warning ?? ' '))}
      </Text>
      <Footer commands={footerCommands(state)} />
    </Box>
  );
}

function useSizeOf(stdout: NodeJS.WriteStream): [{ rows: number; columns: number }, (s: { rows: number; columns: number }) => void] {
  const read = () => ({ rows: stdout.rows || 24, columns: stdout.columns || 80 });
  const [size, setSize] = useReducer((_: { rows: number; columns: number }, next: { rows: number; columns: number }) => next, undefined, read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return [size, setSize];
}
