// Bundles the CLI into one file so start-up loads a single module (see docs/performance.md).
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli.tsx'],
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  sourcemap: 'linked',
  legalComments: 'none',
  define: { 'process.env.LLM_ADOPT_VERSION': JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  // ESM bundles need a require() (and __filename, which write-file-atomic uses for its temporary
  // file names) for the CommonJS dependencies they inline.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __filename = __fu(import.meta.url);",
  },
  logLevel: 'warning',
});
