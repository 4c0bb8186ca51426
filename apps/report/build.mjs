// Builds the CLI (see docs/performance.md):
// - dist/cli.js: a small ES module that answers --help/--version at once and otherwise loads
// - dist/report.cjs: the whole report command as one minified CommonJS bundle, with
// - dist/report.cjs.code-cache: V8's code cache for it, made after a warm-up run over the example
//   plans in every format, so a start deserialises bytecode instead of compiling ~1 MB of code.
// Everything is written to a fresh folder that replaces dist/ at the end, so a concurrent reader (a
// test, another build) never sees a half-written dist/.
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
// Inside node_modules/ so git ignores a folder left by an interrupted build.
const staging = join(here, 'node_modules', `.dist-building-${process.pid}`);
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: process.env.BUILD_NO_MINIFY === undefined,
  sourcemap: 'linked',
  legalComments: 'none',
  define: { 'process.env.LLM_ADOPT_VERSION': JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

rmSync(staging, { recursive: true, force: true });
try {
  await build({
    ...common,
    entryPoints: { cli: 'src/cli.tsx', 'code-cache': 'src/code-cache.ts' },
    outdir: staging,
    format: 'esm',
    banner: { js: '#!/usr/bin/env node' },
  });
  await build({ ...common, entryPoints: ['src/report-entry.ts'], outfile: join(staging, 'report.cjs'), format: 'cjs' });
  await writeCodeCache(join(staging, 'report.cjs'));
  // Source maps name sources relative to the staging folder, one level deeper than dist/.
  for (const map of readdirSync(staging).filter((f) => f.endsWith('.map'))) {
    const json = JSON.parse(readFileSync(join(staging, map), 'utf8'));
    json.sources = json.sources.map((s) => s.replace(/^\.\.\//, ''));
    writeFileSync(join(staging, map), JSON.stringify(json));
  }
  const old = join(here, 'node_modules', `.dist-old-${process.pid}`);
  try {
    renameSync(dist, old);
  } catch {
    // no previous build
  }
  renameSync(staging, dist);
  rmSync(old, { recursive: true, force: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}

/** Runs the bundle over every example plan and format, then saves the bytecode V8 compiled. */
async function writeCodeCache(bundle) {
  const { codeCacheFile, compileCommonJs, evaluateCommonJs } = await import(pathToFileURL(join(staging, 'code-cache.js')).href);
  const { script } = compileCommonJs(bundle);
  const { run } = evaluateCommonJs(script, bundle);
  const examples = join(here, '../../examples');
  const plans = readdirSync(examples).filter((f) => /\.plan\.(ya?ml|json)$/.test(f));
  const quiet = { stdout() {}, stderr() {} };
  for (const plan of plans) {
    for (const format of ['md', 'html', 'json']) await run([join(examples, plan), '--format', format, '--fail-on', 'never'], quiet);
  }
  writeFileSync(codeCacheFile(bundle), script.createCachedData());
}
