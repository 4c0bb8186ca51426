/**
 * Loading and saving plan files: the only module of this package that touches the disk (through
 * the `PlanFileSystem` seam). Guarantees (docs/plan-file.md "Saves, backups and conflicts"):
 * - a save writes a temporary file, fsyncs and renames it: after a crash the file holds either
 *   the previous or the new version, never a mix;
 * - the previous version is kept as `<file>.bak`;
 * - a save is refused when the file changed on disk since it was loaded (another editor);
 * - a failed save (disk full, permission) returns an error value and leaves the old file intact.
 */
import type { DataIssue, Parsed } from '@llm-adopt/catalog';
import type { Document } from 'yaml';
import type { Plan } from '../plan-schema.js';
import { type PlanFormat, parsePlanText, planFormatFor, serializePlan } from '../plan-text.js';
import { validatePlan } from '../plan-validation.js';
import { errnoCode, explainErrno, nodeFileSystem, type PlanFileSystem } from './file-system.js';
import { versionToken } from './version-token.js';
import { backupPathFor, saveTextVersioned, type TextSaveError } from './atomic-save.js';

export { backupPathFor };

export interface LoadedPlan {
  plan: Plan;
  path: string;
  format: PlanFormat;
  /** Pass back to `savePlan` as `expectedVersionToken` to detect another editor. */
  versionToken: string;
  /** Schema version the file had when it was migrated on load, else null (the file is unchanged until saved). */
  migratedFrom: number | null;
  /** The YAML document, so saving keeps comments; null for JSON. */
  document: Document | null;
}

export function loadPlan(path: string, options: { fs?: PlanFileSystem } = {}): Parsed<LoadedPlan> {
  const fs = options.fs ?? nodeFileSystem;
  let bytes: Uint8Array;
  try {
    bytes = fs.readFile(path);
  } catch (error) {
    const code = errnoCode(error);
    return { ok: false, issues: [{ file: path, path: '$', expected: 'a readable plan file', found: explainErrno(code) }] };
  }
  const parsed = parsePlanText(bytes, path);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value, path, versionToken: versionToken(bytes) } };
}

export type SaveError = TextSaveError | { kind: 'invalid'; message: string; issues: DataIssue[] };

export type SaveResult =
  | { ok: true; versionToken: string; backupPath: string | null; written: boolean }
  | { ok: false; error: SaveError };

export interface SaveOptions {
  /** Token from `loadPlan` (or the previous save). Omit only when creating a new file. `'absent'` = the file must not exist yet. */
  expectedVersionToken?: string;
  /** Keep YAML comments of the loaded document. */
  document?: Document | null;
  /** Defaults to the format implied by the file name. */
  format?: PlanFormat;
  /** Save even when the file changed on disk (the user chose to overwrite the other editor's changes). */
  force?: boolean;
  fs?: PlanFileSystem;
}

export function savePlan(path: string, plan: Plan, options: SaveOptions = {}): SaveResult {
  // Validate a copy: the validator fills defaults and must not change the caller's object.
  const checked = validatePlan(JSON.parse(JSON.stringify(plan)) as unknown, path);
  if (!checked.ok) {
    const first = checked.issues[0];
    return {
      ok: false,
      error: {
        kind: 'invalid',
        message: `${path}: not saved, the plan is invalid${first ? ` at ${first.path}: expected ${first.expected}, found ${first.found}` : ''}`,
        issues: checked.issues,
      },
    };
  }
  const text = serializePlan(checked.value, options.format ?? planFormatFor(path), options.document ?? null);
  return saveTextVersioned(path, text, options);
}

/** Atomic write of any text file (the report CLI's `--out`): old or new content, never a mix. */
export function writeTextFileAtomic(
  path: string,
  text: string,
  options: { fs?: PlanFileSystem } = {},
): { ok: true } | { ok: false; code: string | null; message: string } {
  const fs = options.fs ?? nodeFileSystem;
  try {
    fs.writeFileAtomic(path, text);
    return { ok: true };
  } catch (error) {
    const code = errnoCode(error);
    return { ok: false, code, message: `${path}: could not write: ${explainErrno(code)}` };
  }
}
