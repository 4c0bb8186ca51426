// `llm-adopt quiz`: a short practice quiz for the team (EU AI Act Art. 4, AI literacy), generated from
// catalog and license facts. Interactive in a terminal; `--json` prints questions and answers.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { QuizQuestion } from '../quiz/questions.js';
import { sanitizeForTerminal } from '../terminal-text.js';
import { EXIT_OK, UsageError } from './command.js';

const HELP = `Usage: llm-adopt quiz [--json]

A short practice quiz generated from the catalog and license data (total vs active parameters,
license user limits, Qwen3's thinking switch, native context). In a terminal it asks the questions;
otherwise, or with --json, it prints them with their answers.

Options:
  --json     print { questions: [{ id, question, options, answer, explanation, source }] }
  -h, --help this help
`;

const LETTERS = 'abcdefgh';

async function loadQuiz(): Promise<QuizQuestion[]> {
  const [{ builtinCatalog }, { licenses }, { buildQuiz }] = await Promise.all([
    import('@llm-adopt/catalog'),
    import('@llm-adopt/licenses'),
    import('../quiz/questions.js'),
  ]);
  return buildQuiz(builtinCatalog(), licenses());
}

function printSheet(questions: QuizQuestion[]): void {
  const out: string[] = [];
  questions.forEach((q, i) => {
    out.push(`${i + 1}. ${sanitizeForTerminal(q.question)}`);
    for (const [j, o] of q.options.entries()) out.push(`   ${LETTERS[j]}) ${sanitizeForTerminal(o)}`);
    out.push(`   Answer: ${LETTERS[q.answer]}) ${sanitizeForTerminal(q.explanation)}`);
    out.push(`   Source: ${sanitizeForTerminal(q.source)}`, '');
  });
  process.stdout.write(`${out.join('\n')}\n`);
}

async function ask(questions: QuizQuestion[]): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  let right = 0;
  try {
    for (const [i, q] of questions.entries()) {
      process.stdout.write(`\n${i + 1}/${questions.length}. ${sanitizeForTerminal(q.question)}\n`);
      for (const [j, o] of q.options.entries()) process.stdout.write(`   ${LETTERS[j]}) ${sanitizeForTerminal(o)}\n`);
      let pick = -1;
      while (pick < 0) {
        const reply = (await rl.question(`Your answer (${LETTERS.slice(0, q.options.length).split('').join('/')}): `)).trim().toLowerCase();
        pick = LETTERS.indexOf(reply.slice(0, 1));
        if (reply.length !== 1 || pick >= q.options.length) pick = -1;
      }
      if (pick === q.answer) right++;
      process.stdout.write(`${pick === q.answer ? '✓ Right.' : `✗ The answer is ${LETTERS[q.answer]}).`} ${sanitizeForTerminal(q.explanation)}\n  Source: ${sanitizeForTerminal(q.source)}\n`);
    }
  } finally {
    rl.close();
  }
  process.stdout.write(`\nScore: ${right}/${questions.length}\n`);
}

export async function run(argv: string[]): Promise<number> {
  let values: { json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see llm-adopt quiz --help)`);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  const questions = await loadQuiz();
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ questions }, null, 2)}\n`);
    return EXIT_OK;
  }
  if (process.stdin.isTTY && process.stdout.isTTY) await ask(questions);
  else printSheet(questions);
  return EXIT_OK;
}
