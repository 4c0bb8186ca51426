// Entry of the interactive walk-through. Cheap checks first (flags, TTY, NO_COLOR), then the plan and
// the UI load in parallel; Ink and React are only imported when there is a terminal to draw on.
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT_BAD_INPUT, EXIT_OK, UsageError } from './commands/command.js';
import { sanitizeForTerminal } from './terminal-text.js';

export const DEFAULT_PLAN_FILE = 'adoption-plan.yaml';

export const NOT_A_TTY_MESSAGE = `llm-adopt: the interactive walk-through needs a terminal (stdin and stdout must be a TTY), so it will not prompt here.
For scripts, pipes and CI use the non-interactive commands:
  llm-adopt size <model> …     memory, GPU fit, speed and run commands
  llm-adopt cost …             API vs local cost and break-even
  llm-adopt license <model> …  license findings for your use
  llm-adopt models             the model catalog
  llm-adopt-report PLAN        the adoption plan (markdown, HTML, JSON) from a plan file
`;

/** The command that reopens this plan, as the user would type it. */
export function resumeCommand(planPath: string, cwd: string): string {
  const rel = relative(cwd, planPath);
  if (rel === DEFAULT_PLAN_FILE) return 'llm-adopt';
  const shown = rel.startsWith('..') || rel === '' ? planPath : rel;
  return `llm-adopt --plan ${/^[\w./@:+-]+$/.test(shown) ? shown : `'${shown.replace(/'/g, `'\\''`)}'`}`;
}

export async function runInteractive(argv: string[]): Promise<number> {
  let values: { plan?: string; catalog?: string[] };
  try {
    ({ values } = parseArgs({ args: argv, options: { plan: { type: 'string' }, catalog: { type: 'string', multiple: true } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see llm-adopt --help)`);
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(NOT_A_TTY_MESSAGE);
    return EXIT_BAD_INPUT;
  }
  // https://no-color.org: chalk (under Ink) does not read NO_COLOR itself, so turn colour off before it loads.
  if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';

  const cwd = process.cwd();
  const planPath = resolve(cwd, values.plan ?? DEFAULT_PLAN_FILE);
  const rel = relative(cwd, planPath);
  const planLabel = rel.startsWith('..') ? planPath : rel.startsWith('.') ? rel : `./${rel}`;
  const newPlanName = basename(cwd) || 'Adoption plan';

  // Ink first, so something is on screen at once; the plan and its packages load behind "Opening the plan…".
  const ui = await import('./render-app.js');
  const open = async () => (await import('./io/plan-session.js')).openPlanSession(planPath, { catalogFiles: values.catalog ?? [], newPlanName });
  const result = await ui.renderApp({ open, planLabel, newPlanName });
  if (result.outcome === 'problems') {
    for (const problem of result.problems) process.stderr.write(`llm-adopt: ${sanitizeForTerminal(problem)}\n`);
    return EXIT_BAD_INPUT;
  }
  if (result.outcome === 'unsaved') {
    process.stderr.write(`llm-adopt: quit without saving the last changes: ${sanitizeForTerminal(result.message ?? 'save failed')}\n`);
    return 1;
  }
  process.stdout.write(`Plan saved to ${planLabel}. Resume with: ${resumeCommand(planPath, cwd)}\n`);
  return EXIT_OK;
}
