// Rewrites the generated tables of docs/license-rules.md from the built package (run `pnpm run build` first).
// src/license-rules-doc.test.ts fails until this has been run after a rule or clause changes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fullMatrixMarkdown, rulesMarkdown } from '../dist/src/index.js';

const path = new URL('../../../docs/license-rules.md', import.meta.url);
let doc = readFileSync(path, 'utf8');
for (const [name, body] of [
  ['rules', rulesMarkdown()],
  ['matrix', fullMatrixMarkdown()],
]) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/license-rules.md: markers ${start} … ${end} not found`);
  doc = `${doc.slice(0, from + start.length)}\n${body}\n${doc.slice(to)}`;
}
writeFileSync(path, doc);
