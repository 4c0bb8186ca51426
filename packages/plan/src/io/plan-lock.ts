/**
 * Advisory lock `<plan>.lock` holding `{pid, host}` of the process editing the plan. It lets a
 * second `llm-adopt` on the same plan warn before anything is lost. A lock whose pid is dead on
 * this host is stale and taken over; a lock from another host cannot be checked and is reported.
 */
import { errnoCode, nodeFileSystem, type PlanFileSystem } from './file-system.js';

export interface LockHolder {
  pid: number;
  host: string;
}

export type LockResult =
  | { ok: true; lockPath: string; tookOverStale: LockHolder | null; release: () => void }
  | { ok: false; lockPath: string; holder: LockHolder | null; message: string };

export function lockPathFor(planPath: string): string {
  return `${planPath}.lock`;
}

export function readLock(planPath: string, fs: PlanFileSystem = nodeFileSystem): LockHolder | null {
  try {
    const data = JSON.parse(new TextDecoder().decode(fs.readFile(lockPathFor(planPath)))) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string') return { pid: data.pid, host: data.host };
    return null;
  } catch {
    return null;
  }
}

/** Takes the lock, or says who holds it. `force` takes it even from a live holder (the user chose to). */
export function acquirePlanLock(planPath: string, options: { fs?: PlanFileSystem; force?: boolean } = {}): LockResult {
  const fs = options.fs ?? nodeFileSystem;
  const lockPath = lockPathFor(planPath);
  const me: LockHolder = { pid: fs.pid(), host: fs.hostname() };
  const body = `${JSON.stringify(me)}\n`;
  let tookOverStale: LockHolder | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileExclusive(lockPath, body);
      return { ok: true, lockPath, tookOverStale, release: () => releasePlanLock(planPath, me, fs) };
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') {
        return { ok: false, lockPath, holder: null, message: `${lockPath}: cannot create the lock file (${errnoCode(error) ?? 'unknown error'})` };
      }
    }
    const holder = readLock(planPath, fs);
    const sameProcess = holder !== null && holder.pid === me.pid && holder.host === me.host;
    const stale = holder === null || (holder.host === me.host && !fs.processAlive(holder.pid));
    if (!sameProcess && !stale && !options.force) {
      return {
        ok: false,
        lockPath,
        holder,
        message: `${planPath} is open in another llm-adopt (pid ${holder.pid} on ${holder.host}); close it first, or remove ${lockPath} if that process is gone`,
      };
    }
    tookOverStale = holder;
    try {
      fs.unlink(lockPath);
    } catch {
      // Someone else removed it first; the next attempt decides.
    }
  }
  return { ok: false, lockPath, holder: readLock(planPath, fs), message: `${lockPath}: another process keeps taking the lock` };
}

/** Removes the lock if it is still ours. */
export function releasePlanLock(planPath: string, me: LockHolder, fs: PlanFileSystem = nodeFileSystem): void {
  const holder = readLock(planPath, fs);
  if (holder && holder.pid === me.pid && holder.host === me.host) {
    try {
      fs.unlink(lockPathFor(planPath));
    } catch {
      // Already gone.
    }
  }
}
