// Rewrites the generated files from the built package (run `pnpm run build` first): the tables of
// docs/license-rules.md and schemas/licenses.schema.json. src/license-rules-doc.test.ts and
// src/license-data.test.ts fail until this has been run after a rule, clause or schema change.
import { readFileSync, writeFileSync } from 'node:fs';
import { fullMatrixMarkdown, LicensesFileSchema, rulesMarkdown } from '../dist/src/index.js';

const schema = { $schema: 'https://json-schema.org/draft/2020-12/schema', ...LicensesFileSchema };
writeFileSync(new URL('../schemas/licenses.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);

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
