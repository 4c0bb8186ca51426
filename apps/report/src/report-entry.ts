// The report command as one CommonJS bundle (dist/report.cjs), loaded by cli.tsx through V8's code
// cache (see code-cache.ts and docs/performance.md).
export { run } from './run.js';
