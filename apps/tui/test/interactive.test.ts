import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resumeCommand } from '../src/interactive.js';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;

describe('llm-adopt without a terminal', () => {
  it('refuses to prompt when piped, exits 2 and names the non-interactive commands', () => {
    const run = spawnSync('node', [cli], { input: '', encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('llm-adopt: the interactive walk-through needs a terminal (stdin and stdout must be a TTY), so it will not prompt here.');
    for (const command of ['llm-adopt size <model>', 'llm-adopt cost', 'llm-adopt license <model>', 'llm-adopt models', 'llm-adopt-report PLAN']) {
      expect(run.stderr).toContain(command);
    }
  });

  it('rejects an unknown flag in one line with exit 2', () => {
    const run = spawnSync('node', [cli, '--plna', 'x.yaml'], { input: '', encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("Unknown option '--plna'");
  });
});

describe('resumeCommand', () => {
  it('is plain `llm-adopt` for the default plan in the working directory', () => {
    expect(resumeCommand('/srv/team/bot/adoption-plan.yaml', '/srv/team/bot')).toBe('llm-adopt');
  });
  it('names another plan relative to the working directory, quoted when it needs to be', () => {
    expect(resumeCommand('/srv/team/bot/plans/q3.yaml', '/srv/team/bot')).toBe('llm-adopt --plan plans/q3.yaml');
    expect(resumeCommand('/srv/team/bot/my plan.yaml', '/srv/team/bot')).toBe("llm-adopt --plan 'my plan.yaml'");
    expect(resumeCommand('/srv/plans/a.yaml', '/srv/team/bot')).toBe('llm-adopt --plan /srv/plans/a.yaml');
  });
});
