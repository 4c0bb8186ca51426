import { EXIT_BAD_INPUT } from './commands/command.js';

export async function runInteractive(_argv: string[]): Promise<number> {
  process.stderr.write('llm-adopt: the interactive walk-through is not available yet; try `llm-adopt --help`\n');
  return EXIT_BAD_INPUT;
}
