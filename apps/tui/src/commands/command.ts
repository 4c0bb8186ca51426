/** A non-interactive subcommand of `llm-adopt`: parses its own argv, prints, returns the exit code. */
export type Command = (argv: string[]) => Promise<number>;

/** Exit codes shared by every command (docs/reliability.md). */
export const EXIT_OK = 0;
/** A gate failed (e.g. a blocker finding) — the input was fine. */
export const EXIT_FINDINGS = 1;
/** Bad input: unknown id, malformed file, invalid flag. */
export const EXIT_BAD_INPUT = 2;

/** Bad input the user can fix; printed as one line without a stack trace, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
