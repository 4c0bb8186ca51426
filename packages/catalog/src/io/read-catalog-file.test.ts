import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../data-issue.js';
import { readCatalogFile } from './read-catalog-file.js';

const lines = (path: string) => {
  const r = readCatalogFile(path);
  return r.ok ? [] : r.issues.map(formatIssue);
};

const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readCatalogFile', () => {
  it('reads and validates a file from disk', () => {
    const path = join(dir, 'ok.json');
    writeFileSync(path, '{"models": [], "offers": []}');
    expect(readCatalogFile(path)).toEqual({ ok: true, value: { models: [], offers: [] } });
  });

  it('reports a missing file and a directory as issues, not exceptions', () => {
    const missing = join(dir, 'nope.json');
    expect(lines(missing)).toEqual([`${missing}: $: expected a readable catalog file, found no such file`]);
    expect(lines(dir)).toEqual([`${dir}: $: expected a readable catalog file, found a directory`]);
  });

  it('decodes bytes strictly', () => {
    const path = join(dir, 'latin1.json');
    writeFileSync(path, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    expect(lines(path)).toEqual([`${path}: $: expected UTF-8 text, found invalid UTF-8 at byte 2 (0xe9)`]);
  });

  it('accepts a catalog file over the 5 MiB plan limit and refuses one over its own maxBytes', () => {
    // 6 MiB of indentation inside a valid file: over MAX_JSON_BYTES (5 MiB), under MAX_CATALOG_BYTES (256 MiB).
    const path = join(dir, 'big.json');
    writeFileSync(path, `{"models": []${' '.repeat(6 * 1024 * 1024)}}`);
    expect(readCatalogFile(path)).toEqual({ ok: true, value: { models: [] } });
    // `{"models": []` is 13 bytes: 13 + 6 × 1024 × 1024 (6,291,456) + 1 = 6,291,470 bytes on disk.
    expect(readCatalogFile(path, { maxBytes: 5 * 1024 * 1024 })).toEqual({
      ok: false,
      issues: [{ file: path, path: '$', expected: 'a file of at most 5242880 bytes', found: '6291470 bytes' }],
    });
  });
});
