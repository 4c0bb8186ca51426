import { parseArgs } from 'node:util';
import type { FailOn } from '@llm-adopt/report';
import { UsageError } from './usage.js';

export type Format = 'md' | 'html' | 'json';

export interface ReportArgs {
  plan: string;
  format: Format;
  out: string | null;
  failOn: FailOn;
  catalogs: string[];
}

const FORMATS: readonly Format[] = ['md', 'html', 'json'];
const FAIL_ON: readonly FailOn[] = ['blocker', 'warning', 'never'];

/** The format an --out file name implies, when --format is not given. */
function formatFromExtension(file: string): Format | null {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'json') return 'json';
  return null;
}

/** Parses argv (without node and script). --help/--version are handled before this. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // node:util's messages name the flag ("Unknown option '--x'"); keep them, drop the stack.
    throw new UsageError(`${(error as Error).message}. See llm-adopt-report --help.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'missing PLAN: give the plan file to report on (see --help).' : `expected one PLAN file, got ${positionals.length}: ${positionals.join(' ')}`,
    );
  }
  const format = values.format ?? (values.out === undefined ? 'md' : (formatFromExtension(values.out) ?? 'md'));
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of md, html, json; got ${JSON.stringify(format)}`);
  const failOn = values['fail-on'] ?? 'blocker';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be one of blocker, warning, never; got ${JSON.stringify(failOn)}`);
  if (values.out === '') throw new UsageError('--out needs a file name');
  return {
    plan: positionals[0] as string,
    format: format as Format,
    out: values.out ?? null,
    failOn: failOn as FailOn,
    catalogs: values.catalog ?? [],
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'fail-on': { type: 'string' },
      catalog: { type: 'string', multiple: true },
    },
  });
}
