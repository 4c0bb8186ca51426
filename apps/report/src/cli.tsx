const HELP = `llm-adopt-report — turn an adoption plan into a markdown, HTML or JSON report.

Usage:
  llm-adopt-report PLAN [--format md|html|json] [--out FILE] [--fail-on blocker|warning|never] [--catalog FILE]...
  llm-adopt-report --help | --version
`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${process.env.LLM_ADOPT_VERSION ?? '0.0.0'}\n`);
} else {
  process.stdout.write(HELP);
}
