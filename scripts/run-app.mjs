// Builds an app (and what it depends on) quietly, then runs it with the caller's arguments.
// Build output goes to stderr so `pnpm adopt models --json | jq` stays clean.
import { spawnSync } from 'node:child_process';

const apps = { tui: ['@llm-adopt/tui', 'apps/tui/dist/cli.js'], report: ['@llm-adopt/report-cli', 'apps/report/dist/cli.js'] };
const [which, ...args] = process.argv.slice(2);
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const filters = which === '--build-only' ? Object.values(apps).map(([name]) => `--filter=${name}`) : [`--filter=${apps[which][0]}`];

const built = spawnSync(new URL('../node_modules/.bin/turbo', import.meta.url).pathname, ['run', 'build', ...filters, '--output-logs=errors-only'], {
  stdio: ['ignore', 2, 2],
  env,
});
if (built.status !== 0) process.exit(built.status ?? 1);
if (which === '--build-only') process.exit(0);

const ran = spawnSync(process.execPath, [apps[which][1], ...args], { stdio: 'inherit', env });
process.exit(ran.status ?? 1);
