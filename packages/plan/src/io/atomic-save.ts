/**
 * The crash-safe core of `savePlan`, on text: check the version token, keep the previous bytes as
 * `<file>.bak`, then replace the file atomically. It imports nothing heavy, so the crash test's
 * child process (killed 200 times mid-save) starts fast; `savePlan` adds validation and YAML.
 */
import { errnoCode, explainErrno, nodeFileSystem, type PlanFileSystem } from './file-system.js';
import { versionToken } from './version-token.js';

export type TextSaveError =
  | { kind: 'conflict'; message: string; currentVersionToken: string }
  | { kind: 'io'; message: string; code: string | null };

export type TextSaveResult =
  | { ok: true; versionToken: string; backupPath: string | null; written: boolean }
  | { ok: false; error: TextSaveError };

export interface TextSaveOptions {
  /** Token of the version the caller loaded; `'absent'` = the file must not exist yet. Omit to skip the check. */
  expectedVersionToken?: string;
  /** Save even when the file changed on disk. */
  force?: boolean;
  fs?: PlanFileSystem;
}

export function backupPathFor(path: string): string {
  return `${path}.bak`;
}

export function saveTextVersioned(path: string, text: string, options: TextSaveOptions = {}): TextSaveResult {
  const fs = options.fs ?? nodeFileSystem;
  const bytes = new TextEncoder().encode(text);
  let current: Uint8Array | null;
  try {
    current = fs.readFile(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code !== 'ENOENT') return ioError(path, 'could not read the current version', code);
    current = null;
  }
  const currentToken = versionToken(current);
  if (options.expectedVersionToken !== undefined && options.expectedVersionToken !== currentToken && !options.force) {
    return {
      ok: false,
      error: {
        kind: 'conflict',
        currentVersionToken: currentToken,
        message:
          current === null
            ? `${path}: not saved, the file was removed since it was loaded`
            : `${path}: not saved, the file was changed by another program since it was loaded; reload it or save under another name`,
      },
    };
  }
  const newToken = versionToken(bytes);
  if (newToken === currentToken) return { ok: true, versionToken: newToken, backupPath: null, written: false };

  let backupPath: string | null = null;
  if (current !== null) {
    backupPath = backupPathFor(path);
    try {
      fs.writeFileAtomic(backupPath, current);
    } catch (error) {
      return ioError(path, `could not write the backup ${backupPath}`, errnoCode(error));
    }
  }
  try {
    fs.writeFileAtomic(path, text);
  } catch (error) {
    return ioError(path, 'could not write the new version', errnoCode(error));
  }
  return { ok: true, versionToken: newToken, backupPath, written: true };
}

function ioError(path: string, what: string, code: string | null): TextSaveResult {
  return {
    ok: false,
    error: { kind: 'io', code, message: `${path}: not saved, ${what}: ${explainErrno(code)}. The file on disk was not changed.` },
  };
}
