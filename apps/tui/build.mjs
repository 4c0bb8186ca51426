// Bundles the CLI: one ES module entry plus lazy chunks, so `--version` and each subcommand load only
// their own code (see docs/performance.md). Minified (with names kept, so error and component names
// read the same) because parsing is most of a start. Built into a fresh folder that replaces dist/
// at the end: a test or a second build running meanwhile never sees a half-written or missing dist/.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
// Inside node_modules/ so git ignores a folder left by an interrupted build.
const staging = join(here, 'node_modules', `.dist-building-${process.pid}`);
const { version } = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));

// yoga-layout (Ink's layout engine) inlines its WebAssembly as a data: URL and reads it with fetch()
// whenever fetch exists — which on Node loads and compiles undici, ~30 ms before the first frame for
// nothing. With fetch shadowed in that one module, Emscripten decodes the base64 itself.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => ({
      contents: `var fetch = undefined;\n${readFileSync(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

rmSync(staging, { recursive: true, force: true });
try {
  await build({
    entryPoints: ['src/cli.tsx'],
    outdir: staging,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    splitting: true,
    minify: process.env.BUILD_NO_MINIFY === undefined,
    keepNames: true,
    sourcemap: 'linked',
    legalComments: 'none',
    define: { 'process.env.LLM_ADOPT_VERSION': JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
    // ESM bundles need a require() (and __filename, which write-file-atomic uses for its temporary
    // file names) for the CommonJS dependencies they inline.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);",
    },
    // Ink loads React DevTools only when DEV=true; it is not a dependency, so leave the import unresolved.
    external: ['react-devtools-core'],
    plugins: [yogaWithoutFetch],
    logLevel: 'warning',
  });
  // Source maps name sources relative to the staging folder, one level deeper than dist/.
  for (const map of listMaps(staging)) {
    const json = JSON.parse(readFileSync(map, 'utf8'));
    json.sources = json.sources.map((s) => s.replace(/^\.\.\//, ''));
    writeFileSync(map, JSON.stringify(json));
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

function listMaps(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listMaps(path);
    return name.endsWith('.map') ? [path] : [];
  });
}
