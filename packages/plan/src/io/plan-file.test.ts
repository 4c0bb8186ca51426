import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePlan } from '../test-support/plans.js';
import { nodeFileSystem, type PlanFileSystem } from './file-system.js';
import { acquirePlanLock, lockPathFor, readLock } from './plan-lock.js';
import { loadPlan, savePlan, writeTextFileAtomic } from './plan-file.js';
import { versionToken } from './version-token.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'llm-adopt-plan-io-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** The node file system with one call replaced. */
function failing(call: keyof PlanFileSystem, code: string, when: (path: string) => boolean = () => true): PlanFileSystem {
  return {
    ...nodeFileSystem,
    [call]: (path: string, ...rest: unknown[]) => {
      if (when(path)) throw errno(code);
      return (nodeFileSystem[call] as (...args: unknown[]) => unknown)(path, ...rest);
    },
  };
}

describe('savePlan and loadPlan', () => {
  it('round-trips a YAML plan and keeps the previous version as .bak', () => {
    const file = join(dir, 'team.plan.yaml');
    const first = savePlan(file, samplePlan('v1'), { expectedVersionToken: 'absent' });
    expect(first).toMatchObject({ ok: true, backupPath: null, written: true });
    const loaded = loadPlan(file);
    if (!loaded.ok) throw new Error('load failed');
    expect(loaded.value.plan.project.description).toBe('v1');
    expect(loaded.value.format).toBe('yaml');
    expect(loaded.value.versionToken).toBe(first.ok ? first.versionToken : '');

    const v2 = structuredClone(loaded.value.plan);
    v2.project.description = 'v2';
    const second = savePlan(file, v2, { expectedVersionToken: loaded.value.versionToken, document: loaded.value.document });
    expect(second).toMatchObject({ ok: true, backupPath: `${file}.bak`, written: true });
    expect(readFileSync(`${file}.bak`, 'utf8')).toContain('description: v1');
    expect(readFileSync(file, 'utf8')).toContain('description: v2');
  });

  it('writes JSON for a .json file', () => {
    const file = join(dir, 'team.plan.json');
    expect(savePlan(file, samplePlan()).ok).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(1);
  });

  it('keeps comments of a YAML plan on keys that did not change', () => {
    const file = join(dir, 'commented.plan.yaml');
    expect(savePlan(file, samplePlan('v1')).ok).toBe(true);
    const text = readFileSync(file, 'utf8').replace('project:', '# who we are\nproject:');
    writeFileSync(file, text);
    const loaded = loadPlan(file);
    if (!loaded.ok) throw new Error('load failed');
    const plan = structuredClone(loaded.value.plan);
    plan.project.description = 'v2';
    const saved = savePlan(file, plan, { expectedVersionToken: loaded.value.versionToken, document: loaded.value.document });
    expect(saved.ok).toBe(true);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('# who we are\nproject:');
    expect(after).toContain('description: v2');
  });

  it('does not rewrite a file whose content would not change', () => {
    const file = join(dir, 'same.plan.yaml');
    const first = savePlan(file, samplePlan());
    const again = savePlan(file, samplePlan(), { expectedVersionToken: first.ok ? first.versionToken : '' });
    expect(again).toMatchObject({ ok: true, written: false, backupPath: null });
  });

  it('refuses an invalid plan and writes nothing', () => {
    const file = join(dir, 'bad.plan.yaml');
    const plan = samplePlan();
    (plan.profile as { contextTokens: number }).contextTokens = -5;
    const result = savePlan(file, plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('invalid');
    expect(result.error.message).toBe(`${file}: not saved, the plan is invalid at $.profile.contextTokens: expected number >= 1, found -5`);
    expect(nodeFileSystem.exists(file)).toBe(false);
  });
});

describe('two editors', () => {
  it('detects that another editor saved in between: no silent lost update', () => {
    const file = join(dir, 'shared.plan.yaml');
    savePlan(file, samplePlan('original'));
    const alice = loadPlan(file);
    const bob = loadPlan(file);
    if (!alice.ok || !bob.ok) throw new Error('load failed');

    const bobPlan = structuredClone(bob.value.plan);
    bobPlan.project.description = 'bob';
    expect(savePlan(file, bobPlan, { expectedVersionToken: bob.value.versionToken }).ok).toBe(true);

    const alicePlan = structuredClone(alice.value.plan);
    alicePlan.project.description = 'alice';
    const result = savePlan(file, alicePlan, { expectedVersionToken: alice.value.versionToken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('conflict');
    expect(result.error.message).toBe(
      `${file}: not saved, the file was changed by another program since it was loaded; reload it or save under another name`,
    );
    // Bob's version is what is on disk.
    expect(readFileSync(file, 'utf8')).toContain('description: bob');
    // Alice can still overwrite deliberately.
    expect(savePlan(file, alicePlan, { expectedVersionToken: alice.value.versionToken, force: true }).ok).toBe(true);
  });

  it('a second process sees the advisory lock with the holder pid and host', () => {
    const file = join(dir, 'locked.plan.yaml');
    const first = acquirePlanLock(file);
    expect(first.ok).toBe(true);
    const other: PlanFileSystem = { ...nodeFileSystem, pid: () => process.pid + 1, processAlive: () => true };
    const second = acquirePlanLock(file, { fs: other });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.holder).toEqual({ pid: process.pid, host: nodeFileSystem.hostname() });
    expect(second.message).toBe(
      `${file} is open in another llm-adopt (pid ${process.pid} on ${nodeFileSystem.hostname()}); close it first, or remove ${lockPathFor(file)} if that process is gone`,
    );
    if (first.ok) first.release();
    expect(nodeFileSystem.exists(lockPathFor(file))).toBe(false);
  });

  it('takes over a stale lock whose process is dead', () => {
    const file = join(dir, 'stale.plan.yaml');
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: 999_999_999, host: nodeFileSystem.hostname() }));
    const lock = acquirePlanLock(file);
    expect(lock.ok).toBe(true);
    if (!lock.ok) return;
    expect(lock.tookOverStale).toEqual({ pid: 999_999_999, host: nodeFileSystem.hostname() });
    expect(readLock(file)).toEqual({ pid: process.pid, host: nodeFileSystem.hostname() });
    lock.release();
  });
});

describe('disk and permission faults', () => {
  for (const code of ['ENOSPC', 'EACCES', 'EROFS'] as const) {
    it(`${code} while writing: a clear error value, the previous plan intact`, () => {
      const file = join(dir, 'fault.plan.yaml');
      savePlan(file, samplePlan('safe'));
      const before = readFileSync(file);
      const loaded = loadPlan(file);
      if (!loaded.ok) throw new Error('load failed');
      const plan = structuredClone(loaded.value.plan);
      plan.project.description = 'unsaved';
      const result = savePlan(file, plan, {
        expectedVersionToken: loaded.value.versionToken,
        fs: failing('writeFileAtomic', code, (p) => p === file),
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ kind: 'io', code });
      const reason = { ENOSPC: 'the disk is full (ENOSPC)', EACCES: 'permission denied (EACCES): the file or its folder is not writable', EROFS: 'the file system is read-only (EROFS)' }[code];
      expect(result.error.message).toBe(`${file}: not saved, could not write the new version: ${reason}. The file on disk was not changed.`);
      expect(readFileSync(file)).toEqual(before);
      expect(loadPlan(file).ok).toBe(true);
    });
  }

  it('a failing backup stops the save before the plan is touched', () => {
    const file = join(dir, 'nobak.plan.yaml');
    savePlan(file, samplePlan('safe'));
    const before = readFileSync(file);
    const result = savePlan(file, samplePlan('changed'), { fs: failing('writeFileAtomic', 'ENOSPC', (p) => p.endsWith('.bak')) });
    expect(result.ok).toBe(false);
    expect(readFileSync(file)).toEqual(before);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder: error value, previous plan intact', () => {
    const sub = join(dir, 'ro');
    mkdirSync(sub);
    const file = join(sub, 'plan.yaml');
    savePlan(file, samplePlan('safe'));
    const before = readFileSync(file);
    chmodSync(sub, 0o555);
    const result = savePlan(file, samplePlan('changed'));
    chmodSync(sub, 0o755);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('io');
    expect(readFileSync(file)).toEqual(before);
  });

  it('writeTextFileAtomic reports ENOSPC as a value', () => {
    const file = join(dir, 'report.md');
    expect(writeTextFileAtomic(file, '# ok\n')).toEqual({ ok: true });
    expect(writeTextFileAtomic(file, '# new\n', { fs: failing('writeFileAtomic', 'ENOSPC') })).toEqual({
      ok: false,
      code: 'ENOSPC',
      message: `${file}: could not write: the disk is full (ENOSPC)`,
    });
    expect(readFileSync(file, 'utf8')).toBe('# ok\n');
  });
});

describe('loadPlan errors', () => {
  it('names the file for a missing plan', () => {
    const file = join(dir, 'missing.plan.yaml');
    expect(loadPlan(file)).toEqual({
      ok: false,
      issues: [{ file, path: '$', expected: 'a readable plan file', found: 'the file or its folder does not exist (ENOENT)' }],
    });
  });

  it('versionToken is size + SHA-256 of the bytes', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad (FIPS 180-2 example)
    expect(versionToken(new TextEncoder().encode('abc'))).toBe('3:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(versionToken(null)).toBe('absent');
  });
});
