// Issue 9, malformed input: every broken plan or catalog file given to the built
// `llm-adopt-report` exits 2 with one line per problem naming the file and JSON path, prints no
// stack trace and nothing on stdout, and writes nothing: no --out file, no change to the input.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { validatePlan } from '@llm-adopt/plan';
import { parseCatalogFile } from '@llm-adopt/catalog';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  basePlan,
  baseCatalogFile,
  type CorpusFile,
  catalogEntries,
  hostileCatalogFile,
  hostilePlan,
  planEntries,
  planUnknownIdEntries,
  writeCorpus,
} from './malformed/corpus.js';
import { expectRejected, fingerprint, hasRawControl, inPool, REPORT_BIN, runBin } from './malformed/rejection.js';

const root = mkdtempSync(join(tmpdir(), 'llm-adopt-malformed-'));
const plans = writeCorpus(join(root, 'plans'), planEntries());
const catalogs = writeCorpus(join(root, 'catalogs'), catalogEntries());
const outDir = join(root, 'out');
writeCorpus(outDir, []);
const goodPlan = join(root, 'good.plan.json');
writeFileSync(goodPlan, JSON.stringify(basePlan(), null, 2));
// Two children at a time on a two-core machine: the bundle start dominates each run.
const PARALLEL = 3;

/** Runs each file through the CLI with the given extra args and checks the bad-input contract. */
async function rejectAll(files: readonly CorpusFile[], argsFor: (f: CorpusFile, out: string) => string[], outputDir = outDir): Promise<void> {
  const before = files.map((f) => fingerprint(f.path));
  const goodBefore = fingerprint(goodPlan);
  const results = await inPool(files, PARALLEL, (f) => {
    const out = join(outputDir, `${f.name}.out`);
    return runBin(REPORT_BIN, argsFor(f, out)).then((r) => ({ f, r }));
  });
  for (const { f, r } of results) expectRejected(r, f.path, f.where);
  expect(files.map((f) => fingerprint(f.path))).toEqual(before);
  expect(fingerprint(goodPlan)).toBe(goodBefore);
  for (const dir of new Set(files.map((f) => dirname(f.path)))) {
    const expected = files.filter((f) => dirname(f.path) === dir && f.content !== 'missing').map((f) => f.name);
    expect(readdirSync(dir).sort()).toEqual(expected.sort());
  }
  // Nothing written: no report, no temporary file of an atomic write, no .bak or lock beside the inputs.
  expect(readdirSync(outputDir)).toEqual([]);
}

describe('the corpus', () => {
  it('holds at least 50 broken files, each a valid base file with one fault', () => {
    expect(plans.length + catalogs.length).toBeGreaterThanOrEqual(50);
    expect(new Set([...plans, ...catalogs].map((f) => f.name)).size).toBe(plans.length + catalogs.length);
    // The bases are valid, so each rejection below comes from the one fault put into the file.
    expect(validatePlan(basePlan(), 'base').ok).toBe(true);
    expect(parseCatalogFile(JSON.stringify(baseCatalogFile()), 'base').ok).toBe(true);
  });
});

describe('llm-adopt-report PLAN: broken plan files', () => {
  // One run per file (each start costs ~0.3 s of CPU), cycling through the three ways a report
  // leaves the CLI so every mode meets every kind of fault somewhere in the corpus.
  const MODES = [
    (f: CorpusFile) => [f.path],
    (f: CorpusFile) => [f.path, '--format', 'json'],
    (f: CorpusFile, out: string) => [f.path, '--format', 'html', '--out', out],
  ];
  it('exit 2, one line per problem naming file and JSON path, stdout empty, no --out file, input unchanged', async () => {
    await rejectAll(plans, (f, out) => MODES[plans.indexOf(f) % MODES.length]!(f, out));
  }, 120_000);

  it('names the first bad byte of a Latin-1 file and the nesting limit', async () => {
    const [latin1, nested] = await Promise.all([
      runBin(REPORT_BIN, [plans.find((f) => f.name === 'latin1.plan.yaml')!.path]),
      runBin(REPORT_BIN, [plans.find((f) => f.name === 'nested-10000.plan.json')!.path]),
    ]);
    // "Corpus base plan" became "Müller plan": ü is the single byte 0xFC in Latin-1.
    expect(latin1.stderr).toMatch(/latin1\.plan\.yaml: \$: expected UTF-8 text, found invalid UTF-8 at byte \d+ \(0xfc\)/);
    expect(nested.stderr).toMatch(/nested-10000\.plan\.json: \$: expected nesting at most 64 levels deep, found deeper nesting at line \d+ column \d+/);
  }, 30_000);

  it('neutralises escape sequences in the file name itself', async () => {
    const evil = writeCorpus(join(root, 'evil-names'), [
      { name: 'evil\u001b]0;pwned\u0007\u001b[2J.plan.yaml', fault: 'escape sequences in the file name', where: '$.profile.contextTokens', content: new TextEncoder().encode('schemaVersion: 1\nprofile:\n  contextTokens: many\n') },
    ])[0]!;
    const r = await runBin(REPORT_BIN, [evil.path]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderrBytes.includes(0x1b) || r.stderrBytes.includes(0x07)).toBe(false);
    // The name stays recognisable: the control characters are shown escaped, or removed, never sent raw.
    expect(r.stderr).toMatch(/evil.*\.plan\.yaml: \$/);
  }, 30_000);

  it('refuses a __proto__ key by name instead of merging it', async () => {
    const r = await runBin(REPORT_BIN, [plans.find((f) => f.name === 'proto.plan.json')!.path]);
    expect(r.stderr).toContain("expected no reserved key (__proto__, constructor, prototype), found key '__proto__'");
  }, 30_000);
});

describe('llm-adopt-report PLAN --catalog FILE: broken model, GPU and price files', () => {
  it('exit 2 naming the catalog file and path; the plan, the catalog file and --out untouched', async () => {
    await rejectAll(catalogs, (f, out) => [goodPlan, '--catalog', f.path, '--out', out]);
  }, 120_000);
});

describe('llm-adopt-report PLAN: ids the catalog does not know', () => {
  const unknown = writeCorpus(join(root, 'unknown-ids'), planUnknownIdEntries());
  // The plan schema only checks an id's shape; the CLI checks it against the catalog (built-in plus
  // --catalog files), so the article's never-released "qwen3-72b" is bad input, not a silent skip.
  it('exit 2 naming the JSON path of the unknown model, GPU or offer id', async () => {
    await rejectAll(unknown, (f, out) => [f.path, '--out', out]);
  }, 60_000);
});

describe('llm-adopt-report PLAN: duplicate keys in JSON', () => {
  // YAML plans with a duplicate key are refused, and so are JSON ones: JSON.parse alone would keep
  // the last of two equal keys without a word, so an edit to the first "id" would be ignored.
  // parseJsonText scans for keys repeated within one object and names the key's path.
  const [dup] = writeCorpus(join(root, 'duplicate-json'), [
    { name: 'duplicate-key.plan.json', fault: 'duplicate key in JSON', where: '$.id', content: new TextEncoder().encode(JSON.stringify(basePlan(), null, 2).replace('{\n', '{\n  "id": "first-id",\n')) },
  ]);
  const ownOut = join(root, 'duplicate-json-out');
  writeCorpus(ownOut, []);
  it('exit 2 naming the duplicated key', async () => {
    await rejectAll([dup!], (f, out) => [f.path, '--out', out], ownOut);
  }, 30_000);
});

describe('llm-adopt-report PLAN --catalog FILE: hostile model names', () => {
  const dir = join(root, 'hostile');
  writeCorpus(dir, []);
  const catalogFile = join(dir, 'hostile.catalog.json');
  writeFileSync(catalogFile, JSON.stringify(hostileCatalogFile(), null, 2));
  const planFile = join(dir, 'hostile.plan.json');
  writeFileSync(planFile, JSON.stringify(hostilePlan(), null, 2));

  it('markdown: no raw HTML, no injected heading, no control characters', async () => {
    const r = await runBin(REPORT_BIN, [planFile, '--catalog', catalogFile, '--fail-on', 'never']);
    expect(r.status, r.stderr).toBe(0);
    // The name is shown, as inert text: controls and the bidi override gone, markdown escaped.
    expect(r.stdout).toContain('Evil gnp.exe \\<script\\>window.\\_\\_pwned=1\\</script\\> \\# Injected heading \\| x \\|');
    expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(hasRawControl(Buffer.from(r.stdout))).toBe(false);
    expect(hasRawControl(r.stderrBytes)).toBe(false);
    // Parsed with HTML enabled, as GitHub and most viewers do: any raw tag would show up as a token.
    const tokens = new MarkdownIt({ html: true }).parse(r.stdout, {});
    const inline = tokens.flatMap((t) => t.children ?? []);
    expect(tokens.filter((t) => t.type === 'html_block').map((t) => t.content)).toEqual([]);
    expect(inline.filter((t) => t.type === 'html_inline').map((t) => t.content)).toEqual([]);
    const headings = tokens.filter((_, i) => tokens[i - 1]?.type === 'heading_open').map((t) => t.content);
    expect(headings.filter((h) => h.includes('Injected heading') && !h.includes('Evil'))).toEqual([]);
  }, 30_000);

  it('HTML: the name is text, never a live <script> or <img>', async () => {
    const out = join(dir, 'report.html');
    const r = await runBin(REPORT_BIN, [planFile, '--catalog', catalogFile, '--fail-on', 'never', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('hostile-model');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(hasRawControl(Buffer.from(html))).toBe(false);
  }, 30_000);
});
