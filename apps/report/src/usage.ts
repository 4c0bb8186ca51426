// Help text, exit codes and the one error type the CLI turns into "exit 2, one line".

export const HELP = `llm-adopt-report — turn an adoption plan into a markdown, HTML or JSON report.

Usage:
  llm-adopt-report PLAN [--format md|html|json] [--out FILE] [--fail-on blocker|warning|never] [--catalog FILE]...
  llm-adopt-report --help | --version

Options:
  --format md|html|json   Output format (default: md, or the --out file's extension).
  --out FILE              Write the report to FILE atomically instead of stdout.
  --fail-on LEVEL         Exit 1 when a license or compliance finding at or above LEVEL exists:
                          blocker (default), warning, or never.
                          Severity order: blocker > warning > obligation > info.
  --catalog FILE          Merge a user catalog file (models, GPUs, API offers) over the built-in
                          data; repeat for several files, later files win.

Exit codes: 0 report written, 1 a finding at or above --fail-on exists (report still written),
2 bad input (invalid flag, malformed plan or catalog file; nothing written).

Examples:
  llm-adopt-report examples/startup.plan.yaml > plan.md
  llm-adopt-report plan.yaml --format html --out adoption-plan.html
  llm-adopt-report plan.yaml --format json --fail-on warning | jq .findingCounts
`;

export const EXIT_OK = 0;
/** A finding at or above --fail-on exists; the input was fine and the report was written. */
export const EXIT_FINDINGS = 1;
/** Bad input: invalid flag, malformed plan or catalog file, unwritable --out. */
export const EXIT_BAD_INPUT = 2;

/** Bad input the user can fix; printed as one line per problem without a stack trace, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** Extra lines (one per problem in a file), printed after the message. */
  readonly lines: readonly string[];
  constructor(message: string, lines: readonly string[] = []) {
    super(message);
    this.lines = lines;
  }
}
