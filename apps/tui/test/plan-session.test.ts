import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPlanSession } from '../src/io/plan-session.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-session-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, catalogFiles: string[] = []) {
  const result = await openPlanSession(path, { catalogFiles, newPlanName: 'Support bot' });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.session;
}

describe('plan session (the app’s file I/O)', () => {
  it('starts a new plan when none exists, and writes it on the first save', async () => {
    const path = join(tempDir(), 'adoption-plan.yaml');
    const session = await open(path);
    expect(session.planExists).toBe(false);
    expect(session.plan.id).toBe('support-bot');
    expect(session.plan.project.name).toBe('Support bot');
    expect(existsSync(path)).toBe(false);
    expect(await session.services.save({ ...session.plan, ui: { step: 'hardware' } })).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toContain('step: hardware');
    await session.services.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('refuses to overwrite a plan changed by someone else since it was read', async () => {
    const path = join(tempDir(), 'adoption-plan.yaml');
    const first = await open(path);
    expect((await first.services.save(first.plan)).ok).toBe(true);
    await first.services.close();

    const session = await open(path);
    expect(session.planExists).toBe(true);
    // Another editor rewrites the file.
    writeFileSync(path, readFileSync(path, 'utf8').replace('name: Support bot', 'name: Renamed elsewhere'));
    const outcome = await session.services.save({ ...session.plan, profile: { ...session.plan.profile, concurrency: 4 } });
    expect(outcome).toMatchObject({ ok: false, conflict: true });
    expect(!outcome.ok && outcome.message).toContain('was changed by another program since it was loaded');
    expect(!outcome.ok && outcome.message).toContain('Your changes are kept in this session; nothing was overwritten.');
    expect(readFileSync(path, 'utf8')).toContain('name: Renamed elsewhere');
    await session.services.close();
  });

  it('warns when another live llm-adopt holds the plan', async () => {
    const path = join(tempDir(), 'adoption-plan.yaml');
    // pid 1 is alive on every Linux machine: a lock held by it is not stale.
    writeFileSync(`${path}.lock`, `${JSON.stringify({ pid: 1, host: hostname() })}\n`);
    const session = await open(path);
    expect(session.lockWarning).toBe('Plan open in another llm-adopt (pid 1)');
    await session.services.close();
    // Not ours: the other process's lock stays.
    expect(existsSync(`${path}.lock`)).toBe(true);
  });

  it('reports a malformed plan file as problems naming the file and the path', async () => {
    const path = join(tempDir(), 'adoption-plan.yaml');
    writeFileSync(path, 'schemaVersion: 1\nid: BAD ID\n');
    const result = await openPlanSession(path, { catalogFiles: [], newPlanName: 'x' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContain(`${path}: $.id: expected string matching ^[a-z0-9][a-z0-9._-]*$, found string "BAD ID"`);
  });

  it('assesses the plan and writes the markdown and HTML adoption plan next to it', async () => {
    const dir = tempDir();
    const session = await open(join(dir, 'team.plan.yaml'));
    const plan = { ...session.plan, profile: { ...session.plan.profile, useCases: ['coding' as const], hardwareOnHand: [{ gpu: 'rtx-4090', count: 1 }] } };
    const assessment = await session.services.assess(plan);
    expect(assessment.recommendations.length).toBeGreaterThan(0);
    const paths = await session.services.exportReport(plan, assessment);
    expect(paths).toEqual([join(dir, 'team.plan.md'), join(dir, 'team.plan.html')]);
    expect(readFileSync(join(dir, 'team.plan.md'), 'utf8')).toContain('Support bot');
    expect(readFileSync(join(dir, 'team.plan.html'), 'utf8')).toContain('<html');
    const view = await session.services.loadCatalog();
    // 24 GB of GDDR6X = 24 × 2^30 B (catalog memory is binary, docs/data-sources.md).
    expect(view.gpus.find((g) => g.id === 'rtx-4090')).toMatchObject({ memoryBytes: 24 * 2 ** 30 });
    await session.services.close();
  });
});
