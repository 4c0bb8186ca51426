// Runs the built bins many times in parallel (each start costs ~0.3 s of CPU) and checks the
// contract for bad input: exit 2, nothing on stdout, one line per problem naming the file and a
// JSON path, no stack trace, no raw control bytes, nothing written.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const REPORT_BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const TUI_BIN = fileURLToPath(new URL('../../../tui/dist/cli.js', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface BinResult {
  args: readonly string[];
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Raw stderr bytes, to look for control bytes a decoder would hide. */
  stderrBytes: Buffer;
  ms: number;
}

/** One run of `node <bin> ...args`, killed after `timeoutMs` (a hang is a failure, not a stuck suite). */
export function runBin(bin: string, args: readonly string[], timeoutMs = 20_000): Promise<BinResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      const stderrBytes = Buffer.concat(err);
      resolve({ args, status, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: stderrBytes.toString('utf8'), stderrBytes, ms: performance.now() - started });
    });
  });
}

/** Runs jobs with at most `limit` children at a time, results in job order. */
export async function inPool<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Fingerprint of a corpus file (or a marker for folders / absent files) to prove it was not touched. */
export function fingerprint(path: string): string {
  if (!existsSync(path)) return 'absent';
  const stat = statSync(path);
  if (stat.isDirectory()) return `directory:${readdirSync(path).join(',')}`;
  return `${stat.size}:${createHash('sha256').update(readFileSync(path)).digest('hex')}:${stat.mtimeMs}`;
}

/** C0 controls except newline, DEL, and C1 controls (U+0080–U+009F, e.g. the 8-bit CSI U+009B). */
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** True when the bytes hold a control character a terminal would act on. */
export function hasRawControl(bytes: Buffer): boolean {
  return CONTROLS.test(bytes.toString('utf8'));
}

/**
 * The bad-input contract for one run. `file` is the path as passed on the command line, `where`
 * the JSON path one message must name. The report CLI may print one summary line naming the file
 * ("invalid plan <file>: 2 problems") before the problem lines; its count must match them.
 */
export function expectRejected(r: BinResult, file: string, where: string): void {
  const context = `node ${r.args.join(' ').slice(0, 200)}\n--- stderr ---\n${r.stderr.slice(0, 2000)}`;
  expect(r.signal, `${context}\nkilled (timeout?) after ${Math.round(r.ms)} ms`).toBeNull();
  expect(r.status, context).toBe(2);
  expect(r.stdout, context).toBe('');
  // No stack frames, no `TypeError: …` / `Error: …` dumps, no Node internals.
  expect(r.stderr, context).not.toMatch(/\n\s+at |^\s*at |\b[A-Z][A-Za-z]*Error\b:|node:internal|Node\.js v\d/m);
  expect(hasRawControl(r.stderrBytes), `${context}\nraw control character on stderr`).toBe(false);

  const lines = r.stderr.replace(/\n$/, '').split('\n');
  expect(lines.every((l) => l.includes(file)), `${context}\nevery line names ${file}`).toBe(true);
  const problem = (l: string) => l.replace(/^llm-adopt(-report)?: /, '').startsWith(`${file}: $`);
  const problems = lines.filter(problem);
  const summaries = lines.filter((l) => !problem(l));
  expect(problems.length, `${context}\nat least one "file: $.path: expected …, found …" line`).toBeGreaterThan(0);
  for (const l of problems) expect(l, context).toMatch(/: \$[^ ]*: expected .+, found .+/);
  expect(summaries.length, `${context}\nat most one summary line`).toBeLessThanOrEqual(1);
  const summary = summaries[0];
  if (summary !== undefined) {
    expect(summary, context).toMatch(/^llm-adopt-report: (invalid plan|invalid catalog file|catalog file) .+: \d+ problems?$/);
    expect(Number(/: (\d+) problems?$/.exec(summary)?.[1]), `${context}\nsummary count = problem lines`).toBe(problems.length);
  }
  const paths = problems.map((l) => /: (\$[^ ]*): expected/.exec(l)?.[1]);
  expect(paths, context).toContain(where);
}
