import { readFileSync, statSync } from 'node:fs';
import { parseCatalogFile } from '../catalog-file.js';
import { describeValue, issue, type Parsed } from '../data-issue.js';
import { MAX_CATALOG_BYTES } from '../json-text.js';
import type { Catalog } from '../catalog.js';


/**
 * Reads and parses a user catalog file. The package's only file-system access. Files over
 * `maxBytes` (default MAX_CATALOG_BYTES, 256 MiB) are refused before they are read.
 */
export function readCatalogFile(path: string, options: { maxBytes?: number } = {}): Parsed<Partial<Catalog>> {
  const maxBytes = options.maxBytes ?? MAX_CATALOG_BYTES;
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { ok: false, issues: [issue(path, '$', `a file of at most ${maxBytes} bytes`, `${size} bytes`)] };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const found = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : code === 'EACCES' ? 'no permission to read' : describeValue(code ?? String(error));
    return { ok: false, issues: [issue(path, '$', 'a readable catalog file', found)] };
  }
  return parseCatalogFile(bytes, path, { maxBytes });
}
