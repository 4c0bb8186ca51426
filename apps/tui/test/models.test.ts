import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCatalog, factsWithoutPrimarySource } from '@llm-adopt/catalog';
import { afterAll, describe, expect, it } from 'vitest';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-models-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function adopt(...args: string[]) {
  const r = spawnSync('node', [cli, 'models', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (...args: string[]) => JSON.parse(adopt('--json', ...args).stdout) as Array<Record<string, unknown>>;

const IDS = [
  'deepseek-r1', 'deepseek-r1-distill-qwen-1.5b', 'deepseek-r1-distill-qwen-7b', 'deepseek-r1-distill-qwen-14b', 'deepseek-r1-distill-qwen-32b',
  'deepseek-r1-distill-llama-8b', 'deepseek-r1-distill-llama-70b', 'llama-4-scout', 'llama-4-maverick', 'qwen3-0.6b', 'qwen3-1.7b', 'qwen3-4b',
  'qwen3-8b', 'qwen3-14b', 'qwen3-32b', 'qwen3-30b-a3b', 'qwen3-235b-a22b', 'mixtral-8x22b', 'mistral-7b-instruct-v0.3', 'llama-3.1-8b',
  'llama-3.3-70b', 'qwen2.5-72b',
];

describe('llm-adopt models', () => {
  it('--json lists every catalog model with plain numbers', () => {
    const rows = json();
    expect(rows.map((r) => r.id)).toEqual(IDS);
    const scout = rows.find((r) => r.id === 'llama-4-scout')!;
    expect(scout).toMatchObject({ totalParams: 109e9, activeParams: 17e9, contextTokens: 10_485_760, license: 'LicenseRef-Llama-4-Community', moe: true });
    expect(scout.aliases).toEqual(expect.arrayContaining(['meta-llama/Llama-4-Scout-17B-16E-Instruct', 'llama4:scout']));
    const qwen = rows.find((r) => r.id === 'qwen3-235b-a22b')!;
    // Native 32,768; YaRN ×4 → 131,072.
    expect(qwen).toMatchObject({ contextTokens: 32_768, maxContextTokens: 131_072, contextExtension: 'YaRN ×4', license: 'Apache-2.0' });
  });

  it('filters: MoE, license, parameters, context, modality, language', () => {
    expect(json('--moe').map((r) => r.id)).toEqual(['deepseek-r1', 'llama-4-scout', 'llama-4-maverick', 'qwen3-30b-a3b', 'qwen3-235b-a22b', 'mixtral-8x22b']);
    expect(json('--license', 'LicenseRef-Qwen').map((r) => r.id)).toEqual(['qwen2.5-72b']);
    // 100B ≤ total ≤ 300B.
    expect(json('--min-params', '100B', '--max-params', '3e11').map((r) => r.id)).toEqual(['llama-4-scout', 'qwen3-235b-a22b', 'mixtral-8x22b']);
    // 1M = 1,048,576 tokens: Scout (10M) and Maverick (1M).
    expect(json('--min-context', '1M').map((r) => r.id)).toEqual(['llama-4-scout', 'llama-4-maverick']);
    expect(json('--modality', 'image', '--dense')).toEqual([]);
    expect(json('--language', 'ko').map((r) => r.id)).toEqual(['qwen2.5-72b']);
  });

  it('prints an aligned table with total/active parameters in billions', () => {
    const { code, stdout } = adopt('--moe');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+PARAMS \(B\) TOTAL\/ACTIVE\s+CONTEXT\s+LICENSE\s+OLLAMA$/);
    expect(lines.find((l) => l.startsWith('mixtral-8x22b'))).toMatch(/^mixtral-8x22b\s+Mixtral 8x22B Instruct v0\.1\s+141 \/ 39\s+64K\s+Apache-2\.0\s+mixtral:8x22b$/);
    expect(lines.find((l) => l.startsWith('qwen3-235b-a22b'))).toMatch(/235 \/ 22\s+32K \(YaRN 128K\)/);
    // Every column starts at the same offset on every row.
    const column = lines[0]!.indexOf('CONTEXT');
    for (const line of lines.slice(1, 7)) expect(line.slice(column - 2, column)).toBe('  ');
  });

  it('merges a user catalog file and strips terminal control sequences from its strings', () => {
    const qwen = builtinCatalog().models.find((m) => m.id === 'qwen3-8b')!;
    const fineTune = {
      ...qwen,
      id: 'acme-qwen3-8b-ft',
      name: 'ACME \u001b[31mfine-tune\u001b[0m',
      aliases: [],
      baseModels: [{ id: 'qwen3-8b', relation: 'fine-tuned-from', license: 'Apache-2.0', source: qwen.license.source }],
      distribution: { huggingFace: 'acme/qwen3-8b-ft', ollama: [] },
    };
    const file = join(dir, 'mine.json');
    writeFileSync(file, JSON.stringify({ $schema: 'catalog.schema.json', models: [fineTune] }));
    const rows = json('--catalog', file);
    expect(rows.map((r) => r.id)).toEqual([...IDS, 'acme-qwen3-8b-ft']);
    const { code, stdout } = adopt('--catalog', file, '--language', 'xx');
    expect([code, stdout]).toEqual([0, 'No model matches these filters.\n']);
    const table = adopt('--catalog', file).stdout;
    expect(table).toContain('acme-qwen3-8b-ft');
    expect(table).toContain('ACME fine-tune');
    expect(table).not.toContain('\u001b');
  });

  it('exits 2 with one line per problem for a malformed catalog file', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"models": [{"id": "x"}], "gpus": []}');
    const { code, stdout, stderr } = adopt('--catalog', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`llm-adopt: ${file}: $.gpus: expected only known keys, found unknown key 'gpus'`);
    expect(lines[1]).toBe(`llm-adopt: ${file}: $.models[0].name: expected required key 'name', found nothing (key missing)`);
    expect(stderr).not.toMatch(/at .*\.js:\d+/);

    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, '{"offers": [');
    expect(adopt('--catalog', truncated).stderr).toBe(`llm-adopt: ${truncated}: $: expected valid JSON, found unexpected end of input at line 1 column 13\n`);
  });

  it('exits 2 on bad flags, naming the flag', () => {
    expect(adopt('--licence', 'MIT')).toMatchObject({ code: 2, stderr: 'llm-adopt: unknown option --licence; did you mean --license? (see llm-adopt models --help)\n' });
    expect(adopt('--min-params', 'lots')).toMatchObject({ code: 2, stderr: 'llm-adopt: --min-params: expected a number, optionally with K/M/B/T, found "lots"\n' });
    expect(adopt('--moe', '--dense').code).toBe(2);
    expect(adopt('--license', 'apache').stderr).toBe('llm-adopt: --license: no model in the catalog has license "apache"; did you mean Apache-2.0?\n');
  });

  it('--language ko --include-unlisted adds the Qwen3 models, marked unverified (their 119 languages are not named by code)', () => {
    const QWEN3 = ['qwen3-0.6b', 'qwen3-1.7b', 'qwen3-4b', 'qwen3-8b', 'qwen3-14b', 'qwen3-32b', 'qwen3-30b-a3b', 'qwen3-235b-a22b'];
    const rows = json('--language', 'ko', '--include-unlisted');
    // Qwen2.5-72B names ko among its 13 codes; each Qwen3 states 119 languages and names none.
    expect(rows.map((r) => [r.id, r.languageSupport])).toEqual([...QWEN3.map((id) => [id, 'unlisted']), ['qwen2.5-72b', 'listed']]);
    // Without the flag only the named one; without --language the field is null.
    expect(json('--language', 'ko').map((r) => [r.id, r.languageSupport])).toEqual([['qwen2.5-72b', 'listed']]);
    expect(new Set(json().map((r) => r.languageSupport))).toEqual(new Set([null]));

    const { code, stdout } = adopt('--language', 'ko', '--include-unlisted');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^ID\s+NAME\s+PARAMS \(B\) TOTAL\/ACTIVE\s+CONTEXT\s+LICENSE\s+LANGUAGE\s+OLLAMA$/);
    expect(lines.find((l) => l.startsWith('qwen3-14b '))).toMatch(/\sApache-2\.0\s+unverified\s+-$/);
    expect(lines.find((l) => l.startsWith('qwen2.5-72b '))).toMatch(/\sLicenseRef-Qwen\s+listed\s+qwen2\.5:72b$/);
    expect(stdout).toContain(
      'Language "unverified": ko is not among the languages the catalog names for the model, but its vendor states more languages than are named: possible, not confirmed (docs/data-sources.md, Languages).',
    );
    // A plain --language table has no LANGUAGE column (every row would read "listed").
    expect(adopt('--language', 'ko').stdout.split('\n')[0]).not.toContain('LANGUAGE');
  });

  it('--include-unlisted without --language exits 2', () => {
    expect(adopt('--include-unlisted')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'llm-adopt: --include-unlisted needs --language: it widens a language filter, e.g. --language ko --include-unlisted\n',
    });
  });

  it('--audit lists the facts without a primary source, as a table or JSON', () => {
    const expected = factsWithoutPrimarySource(builtinCatalog());
    const facts = json('--audit') as unknown as typeof expected;
    expect(facts).toEqual(expected);
    // The article's R1 HumanEval 92.7 matches no primary source; it is kept, flagged secondary.
    expect(facts.some((f) => f.entry === 'models/deepseek-r1' && f.source.startsWith('comparison article'))).toBe(true);
    const human = adopt('--audit');
    expect(human.code).toBe(0);
    expect(human.stdout.split('\n')[0]).toBe(`${expected.length} facts without a primary source (secondary: an article or an aggregator); re-check these first.`);
  });
});
