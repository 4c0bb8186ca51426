// Golden files: the whole report for each example plan, in each format. A change in output shows
// up as a diff to review by eye; regenerate with UPDATE_GOLDEN=1 after checking it is intended.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECTION_TITLES } from '@llm-adopt/report';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from './run-cli.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const EXAMPLES = join(REPO_ROOT, 'examples');
const update = process.env.UPDATE_GOLDEN === '1';
const examples = existsSync(EXAMPLES) ? readdirSync(EXAMPLES).filter((f) => f.endsWith('.plan.yaml')).sort() : [];

function golden(name: string, actual: string) {
  const file = join(GOLDEN, name);
  if (update || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

interface Table {
  headers: string[];
  rows: string[][];
}

function parse(markdown: string) {
  const tokens = new MarkdownIt({ html: false }).parse(markdown, {});
  const text = (i: number) => (tokens[i]?.children ?? []).map((c) => c.content).join('');
  const h2 = tokens.flatMap((t, i) => (t.type === 'heading_open' && t.tag === 'h2' ? [text(i + 1)] : []));
  const tables: Table[] = [];
  let table: Table | null = null;
  let row: string[] = [];
  tokens.forEach((t, i) => {
    if (t.type === 'table_open') table = { headers: [], rows: [] };
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'th_open' || t.type === 'td_open') row.push(text(i + 1));
    else if (t.type === 'tr_close' && table !== null) {
      const current: Table = table;
      if (current.headers.length === 0) current.headers = row;
      else current.rows.push(row);
    } else if (t.type === 'table_close' && table !== null) {
      tables.push(table);
      table = null;
    }
  });
  return { h2, tables, tokens };
}

describe.skipIf(examples.length === 0)('golden reports of the example plans', () => {
  for (const example of examples) {
    const name = example.replace(/\.plan\.yaml$/, '');
    const plan = join('examples', example);

    describe(name, () => {
      const md = runCli([plan, '--fail-on', 'never']);
      const json = runCli([plan, '--format', 'json', '--fail-on', 'never']);

      it('matches the golden markdown, HTML and JSON', () => {
        expect(md.status).toBe(0);
        golden(`${name}.md`, md.stdout);
        golden(`${name}.json`, json.stdout);
        const html = runCli([plan, '--format', 'html', '--fail-on', 'never']);
        golden(`${name}.html`, html.stdout);
      });

      it('has every section, the tables with the right columns, and every finding', () => {
        const { h2, tables } = parse(md.stdout);
        expect(h2).toEqual([...SECTION_TITLES]);
        const headers = tables.map((t) => t.headers.join(' | '));
        expect(headers).toContain(
          'Rank | Model | Score | Task fit | License | Hardware | Cost | Context | Languages | Suggested quantization | Status',
        );
        expect(headers).toContain('Phase | Readiness | Automated checks passed | Manual items done | Weakest kind');
        expect(headers).toContain('Fact | Source | Kind | As of');
        const doc = JSON.parse(json.stdout);
        if (doc.assessment.cost.scenarios.length > 0) {
          expect(headers).toContain('Scenario | Kind | Up-front | Monthly | Per million tokens | 12-month total | 24-month total | Break-even of local hardware');
        }
        if (doc.assessment.candidates.length > 0) expect(headers).toContain('Memory | Size');
        for (const f of doc.findings) expect(md.stdout).toContain(`\`${f.id}\``);
        for (const s of doc.assessment.sources) expect(md.stdout).toContain(s.asOf);
      });
    });
  }
});
