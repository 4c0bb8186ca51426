import { readFileSync, statSync } from 'node:fs';
import { parseCatalogFile } from '../catalog-file.js';
import { describeValue, issue, type Parsed } from '../data-issue.js';
import { MAX_JSON_BYTES } from '../json-text.js';
import type { Catalog } from '../catalog.js';


/** Reads and parses a user catalog file. The package's only file-system access. */
export function readCatalogFile(path: string): Parsed<Partial<Catalog>> {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_JSON_BYTES) return { ok: false, issues: [issue(path, '$', `a file of at most ${MAX_JSON_BYTES} bytes`, `${size} bytes`)] };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const found = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code === 'EACCES' ? 'no permission to read' : describeValue(code ?? String(error));
    return { ok: false, issues: [issue(path, '$', 'a readable catalog file', found)] };
  }
  return parseCatalogFile(bytes, path);
}
