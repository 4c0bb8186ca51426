// Issue 9 for `llm-adopt models --catalog`: every broken model, GPU or price file of the shared
// corpus (apps/report/test/malformed) exits 2 with one line per problem naming the file and JSON
// path, and hostile text in a valid catalog reaches neither the terminal nor the report raw.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseCatalogFile, catalogEntries, type CorpusFile, HOSTILE_NAME, hostileCatalogFile, writeCorpus } from '../../report/test/malformed/corpus.js';
import { expectRejected, fingerprint, hasRawControl, inPool, runBin, TUI_BIN } from '../../report/test/malformed/rejection.js';

const root = mkdtempSync(join(tmpdir(), 'llm-adopt-malformed-catalog-'));
const catalogs = writeCorpus(join(root, 'catalogs'), catalogEntries());

describe('llm-adopt models --catalog FILE: broken model, GPU and price files', () => {
  it('exit 2, one line per problem naming file and JSON path, nothing on stdout, file unchanged', async () => {
    const before = catalogs.map((f) => fingerprint(f.path));
    // Table and --json alternate: the file is checked before either is printed.
    const args = (f: CorpusFile, i: number) => (i % 2 === 0 ? ['models', '--catalog', f.path] : ['models', '--json', '--catalog', f.path]);
    const results = await inPool(catalogs, 3, (f) => runBin(TUI_BIN, args(f, catalogs.indexOf(f))));
    catalogs.forEach((f, i) => {
      expectRejected(results[i]!, f.path, f.where);
    });
    expect(catalogs.map((f) => fingerprint(f.path))).toEqual(before);
    expect(readdirSync(join(root, 'catalogs')).length).toBe(catalogs.filter((f) => f.content !== 'missing').length);
  }, 120_000);

  it('accepts the base file the corpus is built from, with or without a UTF-8 byte-order mark', async () => {
    const plain = join(root, 'base.catalog.json');
    const bom = join(root, 'base-bom.catalog.json');
    writeFileSync(plain, JSON.stringify(baseCatalogFile()));
    writeFileSync(bom, `\uFEFF${JSON.stringify(baseCatalogFile())}`);
    const [a, b] = await Promise.all([runBin(TUI_BIN, ['models', '--json', '--catalog', plain]), runBin(TUI_BIN, ['models', '--json', '--catalog', bom])]);
    for (const r of [a, b]) {
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).map((m: { id: string }) => m.id)).toContain('my-qwen3-8b');
    }
  }, 30_000);
});

describe('llm-adopt models --catalog FILE: absurd magnitudes', () => {
  // The catalog schemas bound every number (LIMITS in packages/catalog/src/schema/common.ts:
  // parameters ≤ 1e14, prices ≤ 1e5 per million tokens), so these never reach a printed figure.
  it('rejects 2^64 parameters and a price of 1e300 per million tokens', async () => {
    const params = join(root, 'params-2pow64.catalog.json');
    const price = join(root, 'price-1e300.prices.json');
    const file = baseCatalogFile() as unknown as { models: { parameters: { total: number; active: number } }[]; offers: { rates: { outputPerMTok: number } }[] };
    const huge = structuredClone(file);
    huge.models[0]!.parameters.total = 2 ** 64;
    huge.models[0]!.parameters.active = 2 ** 64;
    writeFileSync(params, JSON.stringify(huge));
    const pricey = structuredClone(file);
    pricey.offers[0]!.rates.outputPerMTok = 1e300;
    writeFileSync(price, JSON.stringify(pricey));
    const [a, b] = await Promise.all([runBin(TUI_BIN, ['models', '--catalog', params]), runBin(TUI_BIN, ['models', '--catalog', price])]);
    expectRejected(a, params, '$.models[0].parameters.total');
    expectRejected(b, price, '$.offers[0].rates.outputPerMTok');
  }, 30_000);
});

describe('every llm-adopt command: bad input exits 2 with one line and no stack trace (docs/reliability.md §2)', () => {
  it('unknown command, unknown flag of each command, unknown ids given as flags', async () => {
    const cases: [string[], RegExp][] = [
      [['bogus'], /unknown command "bogus"/],
      [['--bogus'], /--bogus/],
      ...['models', 'size', 'cost', 'license', 'quiz'].map((cmd): [string[], RegExp] => [[cmd, '--bogus'], /--bogus/]),
      [['size', 'qwen3-72b'], /unknown model "qwen3-72b"/],
      [['license', 'qwen3-72b'], /unknown model "qwen3-72b"/],
      [['size', 'qwen3-8b', '--gpu', 'rtx-5095'], /unknown hardware "rtx-5095"/],
    ];
    const results = await inPool(cases, 3, ([args]) => runBin(TUI_BIN, args));
    cases.forEach(([args, message], i) => {
      const r = results[i]!;
      const context = `llm-adopt ${args.join(' ')}\n${r.stderr}`;
      expect(r.status, context).toBe(2);
      expect(r.stdout, context).toBe('');
      expect(r.stderr.trimEnd().split('\n'), context).toHaveLength(1);
      expect(r.stderr, context).toMatch(message);
      expect(r.stderr, context).not.toMatch(/\n\s+at |\b[A-Z][A-Za-z]*Error\b:|node:internal/);
    });
  }, 60_000);
});

describe('hostile text in a user catalog (the report side is in apps/report/test/malformed-input.test.ts)', () => {
  const catalogFile = join(root, 'hostile.catalog.json');
  writeFileSync(catalogFile, JSON.stringify(hostileCatalogFile(), null, 2));

  it('llm-adopt models prints the model without control characters, bidi overrides or the line break of the name', async () => {
    const r = await runBin(TUI_BIN, ['models', '--catalog', catalogFile]);
    expect(r.status, r.stderr).toBe(0);
    expect(hasRawControl(Buffer.from(r.stdout))).toBe(false);
    expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const row = r.stdout.split('\n').find((l) => l.startsWith('hostile-model '));
    // The printable text stays on the model's own row, so a reviewer sees that the name is odd.
    // "Evil" + OSC title (gone) + " " + clear screen and 8-bit CSI (gone) + " " + RLO/PDF (gone) + the rest.
    expect(row).toContain('Evil  gnp.exe <script>window.__pwned=1</script> # Injected heading | x |');
    expect(row).not.toContain('0;pwned');
  }, 30_000);

  it('llm-adopt models --json keeps the exact name, with C0 controls escaped by JSON', async () => {
    const r = await runBin(TUI_BIN, ['models', '--json', '--catalog', catalogFile]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const rows = JSON.parse(r.stdout) as { id: string; name: string }[];
    expect(rows.find((m) => m.id === 'hostile-model')?.name).toBe(HOSTILE_NAME);
  }, 30_000);

  // JSON.stringify escapes only C0 controls; toSafeJson (@llm-adopt/catalog) also writes the 8-bit
  // CSI U+009B and the RLO U+202E as \u009b / \u202e, so the terminal shows them inert and the
  // parsed data stays identical.
  it('llm-adopt models --json writes C1 controls and bidi overrides as \\u escapes', async () => {
    const r = await runBin(TUI_BIN, ['models', '--json', '--catalog', catalogFile]);
    expect(r.status, r.stderr).toBe(0);
    expect(hasRawControl(Buffer.from(r.stdout))).toBe(false);
    expect(r.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout).toMatch(/\\u009b/);
    expect((JSON.parse(r.stdout) as { id: string; name: string }[]).find((m) => m.id === 'hostile-model')?.name).toBe(HOSTILE_NAME);
  }, 30_000);
});
