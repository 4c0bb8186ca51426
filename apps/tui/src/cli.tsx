import { type Command, EXIT_BAD_INPUT, UsageError } from './commands/command.js';

const HELP = `llm-adopt — choose, size, cost and license-check an open-weight LLM, then walk the rollout checklist.

Usage:
  llm-adopt [--plan PATH] [--catalog FILE]…
                                       interactive walk-through (resumes ./adoption-plan.yaml;
                                       --catalog merges your own models, GPUs and prices)
  llm-adopt models [--json] [filters]  list the model catalog
  llm-adopt size <model> [options]     memory, GPU fit, speed and run commands
  llm-adopt cost [options]             API vs local cost and break-even
  llm-adopt license <model> [options]  license findings for how you plan to use a model
  llm-adopt quiz                       a short practice quiz for the team
  llm-adopt <command> --help           options of a command
  llm-adopt --help | --version

Non-interactive use (CI, pipes): the commands above and \`llm-adopt-report\`.
`;

// Loaded lazily so `--version` and each command only pay for what they use (docs/performance.md).
const commands: Record<string, () => Promise<{ run: Command }>> = {
  models: () => import('./commands/models.js'),
  size: () => import('./commands/size.js'),
  cost: () => import('./commands/cost.js'),
  license: () => import('./commands/license.js'),
  quiz: () => import('./commands/quiz.js'),
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${process.env.LLM_ADOPT_VERSION ?? '0.0.0'}\n`);
    return 0;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (first !== undefined && !first.startsWith('-')) {
    const load = commands[first];
    if (!load) throw new UsageError(`unknown command "${first}"; commands: ${Object.keys(commands).join(', ')}`);
    const { run } = await load();
    return run(rest);
  }
  const { runInteractive } = await import('./interactive.js');
  return runInteractive(argv);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`llm-adopt: ${error.message}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    throw error;
  },
);
