/**
 * The file-system seam of the plan I/O: every call the load/save/lock code makes goes through
 * a `PlanFileSystem`, so tests can inject ENOSPC, EACCES or a second editor without touching
 * the real disk. `nodeFileSystem` is the default.
 */
import { copyFileSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import writeFileAtomic from 'write-file-atomic';

export interface PlanFileSystem {
  /** Whole file as bytes; throws an errno error (ENOENT, EACCES, …). */
  readFile(path: string): Uint8Array;
  /** Writes through a temporary file and a rename, fsynced: readers see the old or the new bytes, never a mix. */
  writeFileAtomic(path: string, data: string | Uint8Array): void;
  /** Creates the file only if it does not exist (`wx`); throws EEXIST otherwise. */
  writeFileExclusive(path: string, data: string): void;
  copyFile(from: string, to: string): void;
  unlink(path: string): void;
  exists(path: string): boolean;
  /** True when a process with this id runs on this machine. */
  processAlive(pid: number): boolean;
  hostname(): string;
  pid(): number;
}

export const nodeFileSystem: PlanFileSystem = {
  readFile: (path) => readFileSync(path),
  writeFileAtomic: (path, data) => writeFileAtomic.sync(path, typeof data === 'string' ? data : Buffer.from(data), { fsync: true }),
  writeFileExclusive: (path, data) => writeFileSync(path, data, { flag: 'wx' }),
  copyFile: (from, to) => copyFileSync(from, to),
  unlink: (path) => unlinkSync(path),
  exists: (path) => {
    try {
      statSync(path);
      return true;
    } catch {
      return false;
    }
  },
  processAlive: (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: the process exists but belongs to someone else.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  hostname: () => hostname(),
  pid: () => process.pid,
};

/** The errno code of an error thrown by a file-system call, or null. */
export function errnoCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** One-line explanation of an errno code, for messages that name the file and the remedy. */
export function explainErrno(code: string | null): string {
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC)';
    case 'EDQUOT':
      return 'the disk quota is exhausted (EDQUOT)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code}): the file or its folder is not writable`;
    case 'EROFS':
      return 'the file system is read-only (EROFS)';
    case 'ENOENT':
      return 'the file or its folder does not exist (ENOENT)';
    case 'EISDIR':
      return 'the path is a folder (EISDIR)';
    case null:
      return 'an unknown error';
    default:
      return `a file-system error (${code})`;
  }
}
