import { createHash } from 'node:crypto';

/**
 * Identifies the bytes a plan was loaded from. A save compares it with the file on disk: if they
 * differ, someone else wrote the plan in between and the save is refused (no silent lost update).
 * Content-based (size + SHA-256), so a `touch` or a copy with the same bytes is not a conflict.
 */
export function versionToken(bytes: Uint8Array | null): string {
  if (bytes === null) return 'absent';
  return `${bytes.byteLength}:${createHash('sha256').update(bytes).digest('hex')}`;
}
