// `pnpm bench:instructions`: the start-up rows of `pnpm bench` counted in CPU instructions (valgrind's
// callgrind, every thread) instead of wall time. Wall time on a shared 2-core machine swings by ±30 %
// with other jobs; an instruction count does not, so this is the figure to compare before and after a
// change while the machine is busy. It is not a time: a run that waits on the disk or on page faults
// costs more wall time than its instructions say. Needs valgrind; `--write` updates docs/performance.md.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tui = join(root, 'apps/tui/dist/cli.js');
const reportCli = join(root, 'apps/report/dist/cli.js');
const write = process.argv.includes('--write');

if (spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error('bench:instructions needs valgrind (Debian: apt-get install valgrind)');
  process.exit(2);
}

/** Instructions executed by `node args…` (all threads), from callgrind's summary on stderr. */
function instructions(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file', process.execPath, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.on('close', () => {
      const m = /refs:\s+([\d,]+)/.exec(err);
      if (m) resolve(Number(m[1].replace(/,/g, '')));
      else reject(new Error(`no instruction count for ${args.join(' ')}: ${err.slice(-300)}`));
    });
  });
}

const examplesDir = join(root, 'examples');
const examples = readdirSync(examplesDir).filter((f) => /\.plan\.(ya?ml|json)$/.test(f)).sort();
const jobs = [
  { what: 'node -e 0 (baseline)', args: ['-e', '0'] },
  { what: 'llm-adopt --version', args: [tui, '--version'] },
  ...examples.flatMap((example) =>
    ['md', 'html', 'json'].map((format) => ({
      what: `llm-adopt-report ${example} --format ${format}`,
      args: [reportCli, join(examplesDir, example), '--format', format, '--fail-on', 'never'],
    })),
  ),
];

// One valgrind per core: each run is single-threaded enough that they do not disturb each other's counts.
const results = new Array(jobs.length);
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const i = next++;
    results[i] = await instructions(jobs[i].args);
  }
}
await Promise.all(Array.from({ length: Math.max(1, cpus().length) }, worker));

const baseline = results[0];
const table = [
  '| measurement | instructions (M) | ratio to `node -e 0` |',
  '|---|---:|---:|',
  ...jobs.map((job, i) => `| ${job.what} | ${(results[i] / 1e6).toFixed(0)} | ${(results[i] / baseline).toFixed(2)} |`),
].join('\n');
const date = new Date().toISOString().slice(0, 10);
console.log(table);

if (write) {
  const doc = join(root, 'docs/performance.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- instructions:start -->';
  const end = '<!-- instructions:end -->';
  const block = `${start}\nCounted ${date}, Node ${process.version}, valgrind callgrind (all threads).\n\n${table}\n${end}`;
  writeFileSync(doc, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), block));
  console.log(`\nupdated ${doc.slice(root.length)}`);
}
