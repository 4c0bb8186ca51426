import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fullMatrixMarkdown, rulesMarkdown } from './rules-doc.js';

const doc = readFileSync(new URL('../../../docs/license-rules.md', import.meta.url), 'utf8');

function between(start: string, end: string): string {
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  expect(from, start).toBeGreaterThan(-1);
  expect(to, end).toBeGreaterThan(from);
  return doc.slice(from + start.length, to).trim();
}

describe('docs/license-rules.md', () => {
  it('lists exactly the rules in the code', () => {
    expect(between('<!-- rules:start -->', '<!-- rules:end -->')).toBe(rulesMarkdown());
  });

  it('shows the generated comparison matrix', () => {
    expect(between('<!-- matrix:start -->', '<!-- matrix:end -->')).toBe(fullMatrixMarkdown());
  });
});
