import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

describe('generated files', () => {
  it('match the schemas and data (scripts/generate.ts --check finds no drift)', () => {
    // Throws (non-zero exit) when a committed schema, validator or embedded data file is stale.
    const output = execFileSync(tsx, ['scripts/generate.ts', '--check'], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toBe('');
  }, 60_000);
});
