import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('llm-adopt-report bin', () => {
  it('prints the package version', () => {
    expect(execFileSync('node', [cli, '--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  });

  it('prints usage with --help', () => {
    expect(execFileSync('node', [cli, '--help'], { encoding: 'utf8' })).toContain('Usage:\n  llm-adopt-report');
  });
});
