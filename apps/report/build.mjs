// Builds the CLI (see docs/performance.md):
// - dist/cli.js: a small ES module that answers --help/--version at once and otherwise loads
// - dist/report.cjs: the report command as one minified CommonJS bundle, with
// - dist/report.cjs.code-cache: V8's code cache for it, made after a warm-up run over the example
//   plans in every format, so a start deserialises bytecode instead of compiling ~0.8 MB of code;
// - dist/catalog-files.cjs (the catalog-file validator; --catalog), loaded only when needed.
// HTML is written straight from the report's blocks (no markdown parser at run time), so markdown-it
// stays out of every bundle.
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

// The workspace packages are pure (no module runs code for its side effects), and so are markdown-it
// and its helpers: telling esbuild so lets it drop whatever the report does not call — the catalog-file
// validator leaves report.cjs for its own bundle, and markdown-it (only markdownToHtml uses it) goes.
const pure = /^(@llm-adopt\/|markdown-it|entities|linkify-it|mdurl|uc\.micro|punycode)/;
const pureImporter = /packages\/[^/]+\/dist\/|node_modules\/(markdown-it|entities|linkify-it|mdurl|uc\.micro|punycode)/;
const sideEffectFree = {
  name: 'side-effect-free',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      if (!pure.test(args.path) && !(args.path.startsWith('.') && pureImporter.test(args.importer))) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
      return resolved.errors.length > 0 ? undefined : { ...resolved, sideEffects: false };
    });
  },
};
// report.cjs reaches the optional parts only through loaders cli.js passes in (see run.ts LazyParts).
const lazyParts = {
  name: 'lazy-parts',
  setup(b) {
    b.onResolve({ filter: /^\.\/catalog-files\.js$/ }, (args) =>
      args.importer.endsWith('run.ts') ? { path: args.path.replace(/\.js$/, '.cjs'), external: true } : undefined,
    );
  },
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
  for (const part of ['report-entry', 'catalog-files']) {
    await build({
      ...common,
      entryPoints: [`src/${part}.ts`],
      outfile: join(staging, `${part === 'report-entry' ? 'report' : part}.cjs`),
      format: 'cjs',
      plugins: [sideEffectFree, lazyParts],
    });
  }
  await writeCodeCaches();
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

/** Runs the report over every example plan and format, then saves the bytecode V8 compiled. */
async function writeCodeCaches() {
  const { codeCacheFile, compileCommonJs, evaluateCommonJs } = await import(pathToFileURL(join(staging, 'code-cache.js')).href);
  const report = join(staging, 'report.cjs');
  const reportScript = compileCommonJs(report).script;
  const { run } = evaluateCommonJs(reportScript, report);
  const parts = {
    catalogFiles: () => {
      throw new Error('the warm-up uses no catalog files');
    },
  };
  const examples = join(here, '../../examples');
  const plans = readdirSync(examples).filter((f) => /\.plan\.(ya?ml|json)$/.test(f));
  const quiet = { stdout() {}, stderr() {} };
  for (const plan of plans) {
    for (const format of ['md', 'html', 'json']) await run([join(examples, plan), '--format', format, '--fail-on', 'never'], quiet, parts);
  }
  writeFileSync(codeCacheFile(report), reportScript.createCachedData());
}
