import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const HOSTILE = new URL('./fixtures/hostile.plan.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-report-cli-'));

/** No stack trace, no escape sequences: every stderr line is a plain message. */
function expectCleanStderr(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at |Error:|\u001b/);
}

describe('bad input exits 2 with one line per problem and writes nothing', () => {
  it('rejects unknown flags and bad values', () => {
    for (const [args, message] of [
      [['--bogus', HOSTILE], "Unknown option '--bogus'"],
      [[HOSTILE, '--format', 'pdf'], '--format must be one of md, html, json; got "pdf"'],
      [[HOSTILE, '--fail-on', 'sometimes'], '--fail-on must be one of blocker, warning, never; got "sometimes"'],
      [[HOSTILE, 'extra.yaml'], 'expected one PLAN file, got 2'],
    ] as const) {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expectCleanStderr(r.stderr);
    }
  });

  it('prints usage and exits 2 without arguments', () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });

  it('names file, JSON path, expectation and finding for a malformed plan', () => {
    const bad = JSON.parse(readFileSync(HOSTILE, 'utf8'));
    bad.profile.contextTokens = 'a lot';
    bad.workload.daysPerMonth = 45;
    const file = join(dir, 'malformed.plan.json');
    writeFileSync(file, JSON.stringify(bad));
    const out = join(dir, 'malformed.md');
    const r = runCli([file, '--out', out]);
    expect(r.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^llm-adopt-report: invalid plan .*malformed\.plan\.json: \d+ problems?$/);
    expect(lines).toContainEqual(expect.stringMatching(/malformed\.plan\.json: \$\.profile\.contextTokens: expected .*integer.*, found .*a lot/));
    expect(lines).toContainEqual(expect.stringMatching(/malformed\.plan\.json: \$\.workload\.daysPerMonth: expected .*, found 45/));
    expectCleanStderr(r.stderr);
  });

  it('reports a missing plan file and a broken catalog file', () => {
    const missing = runCli([join(dir, 'nope.plan.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.plan\.yaml: \$: expected a readable plan file, found/);
    const catalog = join(dir, 'broken-catalog.json');
    writeFileSync(catalog, '{"models": [{"id": 5}]}');
    const broken = runCli([HOSTILE, '--catalog', catalog]);
    expect(broken.status).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/broken-catalog\.json: \$\.models\[0\]/);
    expectCleanStderr(broken.stderr);
  });
});

describe('the report', () => {
  it('prints markdown to stdout by default, the same bytes every run', () => {
    const a = runCli([HOSTILE, '--fail-on', 'never']);
    const b = runCli([HOSTILE, '--fail-on', 'never']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.startsWith('# Adoption plan: Hostile')).toBe(true);
  });

  it('keeps hostile plan text from injecting structure, HTML or terminal escapes', () => {
    const r = runCli([HOSTILE, '--fail-on', 'never']);
    const tokens = new MarkdownIt({ html: false }).parse(r.stdout, {});
    const headings = tokens.filter((t) => t.type === 'heading_open');
    expect(headings.filter((t) => t.tag === 'h1')).toHaveLength(1);
    const headingTexts = tokens.filter((_, i) => tokens[i - 1]?.type === 'heading_open').map((t) => t.content);
    expect(headingTexts.filter((t) => /^#|Injected heading|Owner heading/.test(t) && !t.startsWith('Candidate'))).toEqual([]);
    const inline = tokens.flatMap((t) => t.children ?? []);
    expect(inline.filter((t) => t.type === 'html_inline' || t.type === 'image')).toEqual([]);
    expect(tokens.filter((t) => t.type === 'html_block')).toEqual([]);
    expect(inline.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href')).filter((h) => !/^https?:/.test(h ?? ''))).toEqual([]);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('Checklist notes \\| x \\| y \\| \\# Injected heading \\<script\\>');
    expectCleanStderr(r.stderr);
  });

  it('writes --out atomically and says so on stderr, leaving stdout empty', () => {
    const out = join(dir, 'report.html');
    const r = runCli([HOSTILE, '--out', out, '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrote .*report\.html \(html, \d+ bytes\)/);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<img/i);
  });

  it('prints one JSON document with findings and figures', () => {
    const r = runCli([HOSTILE, '--format', 'json', '--fail-on', 'never']);
    const doc = JSON.parse(r.stdout);
    expect(doc.format).toBe('llm-adopt-report');
    expect(doc.planId).toBe('hostile-notes');
    expect(Array.isArray(doc.findings)).toBe(true);
    expect(doc.assessment.cost.currency).toBe('USD');
  });
});

describe('--fail-on gate', () => {
  const enterprise = 'examples/enterprise-eu.plan.yaml';
  const seed = 'examples/seed-article-break-even.plan.yaml';

  it('exits 1 by default when a blocker exists, still writing the report', () => {
    // enterprise-eu lists llama-4-maverick as a candidate for an EU company: the Llama 4 AUP
    // withholds the rights to multimodal Llama 4 models from EU-domiciled licensees (a blocker).
    const r = runCli([enterprise]);
    expect(r.status).toBe(1);
    expect(r.stdout.startsWith('# Adoption plan: Internal document assistant')).toBe(true);
    expect(r.stderr).toMatch(/llm-adopt-report: \d+ findings? at or above blocker: .*llama4\.eu-multimodal \(llama-4-maverick\)/);
    expect(runCli([enterprise, '--fail-on', 'never']).status).toBe(0);
  });

  it('gates on warnings only when asked', () => {
    // The seed example has a warning (the distill inherits its Qwen base license) and no blocker.
    const json = JSON.parse(runCli([seed, '--format', 'json', '--fail-on', 'never']).stdout);
    expect(json.findingCounts.blocker ?? 0).toBe(0);
    expect(json.findingCounts.warning).toBeGreaterThan(0);
    expect(runCli([seed]).status).toBe(0);
    const warning = runCli([seed, '--fail-on', 'warning']);
    expect(warning.status).toBe(1);
    expect(warning.stderr).toMatch(/at or above warning: .*lineage\.inherited/);
  });
});

describe('catalog ids in the plan', () => {
  it('rejects an unknown model id with its JSON path and suggestions', () => {
    const plan = JSON.parse(readFileSync(HOSTILE, 'utf8'));
    plan.candidates[0].model = 'qwen3-72b';
    const file = join(dir, 'unknown-model.plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const r = runCli([file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown-model\.plan\.json: \$\.candidates\[0\]\.model: expected a model id from the catalog, found "qwen3-72b", which is not in it \(did you mean .*qwen3-32b/);
  });
});

describe('--out picks the format from the extension', () => {
  it('writes JSON for .json unless --format says otherwise', () => {
    const out = join(dir, 'findings.json');
    expect(runCli([HOSTILE, '--out', out, '--fail-on', 'never']).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).format).toBe('llm-adopt-report');
    expect(runCli([HOSTILE, '--out', out, '--format', 'md', '--fail-on', 'never']).status).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('# Adoption plan')).toBe(true);
  });
});
