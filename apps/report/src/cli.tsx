// Entry point. --help and --version answer without loading the catalog or the renderers; the
// rest is imported on demand so start-up stays fast (see docs/performance.md).
import { loadCommonJs } from './code-cache.js';
import type * as CatalogFiles from './catalog-files.js';
import type * as Report from './report-entry.js';
import { HELP } from './usage.js';

// A reader that stops early (`| head`) closes the pipe: finish quietly instead of crashing.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${process.env.LLM_ADOPT_VERSION ?? '0.0.0'}\n`);
} else if (args.length === 0) {
  process.stderr.write(HELP);
  process.exitCode = 2;
} else {
  // dist/report.cjs with its V8 code cache (code-cache.ts), and the catalog-file validator only
  // --catalog needs; all built beside this file by build.mjs.
  const { run } = loadCommonJs(new URL('./report.cjs', import.meta.url)) as typeof Report;
  process.exitCode = await run(
    args,
    { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
    {
      catalogFiles: () => loadCommonJs(new URL('./catalog-files.cjs', import.meta.url)) as typeof CatalogFiles,
    },
  );
}
