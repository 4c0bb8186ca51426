// `pnpm bench`: start-up, report and assessment timings, as ratios to a bare `node -e 0` measured in
// the same run (absolute times drift on shared machines; ratios do not). `--write` updates docs/performance.md.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const tui = join(root, 'apps/tui/dist/cli.js');
const reportCli = join(root, 'apps/report/dist/cli.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const write = process.argv.includes('--write');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Wall time of a whole command, median of RUNS (one warm-up run first, so the file cache is warm). */
function timeCommand(cmd, args, options = {}) {
  spawnSync(cmd, args, { stdio: 'ignore', ...options });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    times.push(performance.now() - t0);
    if (options.expectStatus !== undefined && r.status !== options.expectStatus) {
      throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    }
  }
  return median(times);
}

/** Time until the interactive app has drawn `marker` in a pseudo-terminal (util-linux `script` provides the pty). */
async function timeFirstFrame(marker, cwd) {
  const once = () =>
    new Promise((resolve, reject) => {
      const t0 = performance.now();
      const child = spawn('script', ['-qfec', `node ${tui}`, '/dev/null'], {
        cwd,
        env: { ...process.env, TERM: 'xterm-256color', COLUMNS: '100', LINES: '30', NO_COLOR: '1' },
        stdio: ['pipe', 'pipe', 'ignore'],
      });
      let out = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`no first frame containing "${marker}" within 10 s; got: ${out.slice(-300)}`));
      }, 10_000);
      child.stdout.on('data', (chunk) => {
        out += chunk.toString('utf8');
        // Strip escape sequences before looking for the marker: Ink draws with cursor movement.
        if (out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').includes(marker)) {
          const elapsed = performance.now() - t0;
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve(elapsed);
        }
      });
    });
  await once();
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await once());
  return median(times);
}

async function importBuilt(pkg) {
  return import(join(root, 'packages', pkg, 'dist/index.js'));
}

const rows = [];
const add = (what, ms, ratio, target, ok) => rows.push({ what, ms, ratio, target, ok });

const baseline = timeCommand(process.execPath, ['-e', '0']);
add('node -e 0 (baseline)', baseline, 1, '', true);

const version = timeCommand(process.execPath, [tui, '--version'], { expectStatus: 0 });
add('llm-adopt --version', version, version / baseline, '≤ 3×', version / baseline <= 3);

const scratch = mkdtempSync(join(tmpdir(), 'llm-adopt-bench-'));
try {
  const frame = await timeFirstFrame(process.env.BENCH_FIRST_FRAME_MARKER ?? 'llm-adopt', scratch);
  add('llm-adopt first frame (pty)', frame, frame / baseline, '≤ 3×', frame / baseline <= 3);
} catch (error) {
  add(`llm-adopt first frame (pty): ${error.message.split('\n')[0]}`, Number.NaN, Number.NaN, '≤ 3×', false);
}

const examplesDir = join(root, 'examples');
const examples = readdirSync(examplesDir).filter((f) => /\.plan\.(ya?ml|json)$/.test(f)).sort();
for (const example of examples) {
  for (const format of ['md', 'html', 'json']) {
    const ms = timeCommand(process.execPath, [reportCli, join(examplesDir, example), '--format', format, '--fail-on', 'never'], {
      expectStatus: 0,
    });
    add(`llm-adopt-report ${example} --format ${format}`, ms, ms / baseline, '≤ 3×', ms / baseline <= 3);
  }
}

// In-process figures: assess() on a typical plan, and catalog scale.
const plan = await importBuilt('plan');
const catalogPkg = await importBuilt('catalog');
const reportPkg = await importBuilt('report');
const typical = join(examplesDir, examples.find((e) => e.startsWith('enterprise')) ?? examples[0]);
const loaded = plan.loadPlan(typical);
if (!loaded.ok) throw new Error(`cannot load ${typical}`);
const builtin = catalogPkg.builtinCatalog();
const planValue = loaded.value.plan ?? loaded.value;
for (let i = 0; i < 5; i++) plan.assess(planValue, builtin);
const assessTimes = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  plan.assess(planValue, builtin);
  assessTimes.push(performance.now() - t0);
}
const assessMs = median(assessTimes);
add('assess() typical plan (in process)', assessMs, Number.NaN, '≤ 20 ms', assessMs <= 20);

/** A synthetic user catalog: copies of the built-in models under new ids, valid against the schema. */
function syntheticModels(n) {
  const models = [];
  for (let i = 0; i < n; i++) {
    const base = builtin.models[i % builtin.models.length];
    // Every name a model answers to (id, aliases, Hugging Face repo, Ollama tags) must be unique.
    const distribution = {
      ...base.distribution,
      huggingFace: `${base.distribution.huggingFace}-synthetic-${i}`,
      ollama: base.distribution.ollama.map((o) => ({ ...o, tag: `${o.tag}-synthetic-${i}` })),
    };
    models.push({ ...base, id: `${base.id}-synthetic-${i}`, name: `${base.name} (synthetic ${i})`, aliases: [], distribution });
  }
  return JSON.stringify({ models });
}

const scale = [];
for (const n of [1000, 5000, 20000]) {
  const text = syntheticModels(n);
  try {
    const t0 = performance.now();
    const parsed = catalogPkg.parseCatalogFile(text, `synthetic-${n}.json`);
    if (!parsed.ok) throw new Error(`synthetic catalog invalid: ${catalogPkg.formatIssue(parsed.issues[0])}`);
    const merged = catalogPkg.mergeCatalog(builtin, parsed.value);
    const assessment = plan.assess(planValue, merged);
    reportPkg.renderMarkdown(assessment);
    const ms = performance.now() - t0;
    scale.push({ n, ms });
    add(`catalog of ${n} models: load + validate + recommend + report`, ms, Number.NaN, n === 5000 ? '< 1 s' : 'linear', n !== 5000 || ms < 1000);
  } catch (error) {
    // One failing size (e.g. a catalog file limit) is a row marked "no", not a lost table.
    scale.push({ n, ms: Number.NaN });
    add(`catalog of ${n} models: ${String(error.message).split('\n')[0]}`, Number.NaN, Number.NaN, n === 5000 ? '< 1 s' : 'linear', false);
  }
}
const perModel = scale.map((s) => s.ms / s.n);
const linear = perModel[2] / perModel[0];
add('scale: per-model time 20,000 vs 1,000 models', Number.NaN, linear, '≤ 2× (linear)', linear <= 2);
rmSync(scratch, { recursive: true, force: true });

const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
const table = [
  '| measurement | median ms | ratio to `node -e 0` | target | met |',
  '|---|---:|---:|---|---|',
  ...rows.map((r) => `| ${r.what} | ${fmt(r.ms)} | ${fmt(r.ratio, 2)} | ${r.target} | ${r.target ? (r.ok ? 'yes' : '**no**') : ''} |`),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
console.log(`${machine}; ${RUNS} runs per command (median)\n\n${table}`);

if (write) {
  const doc = join(root, 'docs/performance.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const block = `${start}\nMeasured ${date} on ${machine}; ${RUNS} runs per command, median.\n\n${table}\n${end}`;
  writeFileSync(doc, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), block));
  console.log(`\nupdated ${doc.slice(root.length)}`);
}
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
