import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinCatalog } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { expectRejected, runBin, TUI_BIN } from '../../report/test/malformed/rejection.js';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;

function license(...args: string[]) {
  const r = spawnSync('node', [cli, 'license', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding {
  id: string;
  severity: string;
  message: string;
  action: string;
  license: string;
  section: string;
  quote: string;
}

function json(...args: string[]): { model: string; licenses: string[]; findings: JsonFinding[] } {
  const r = license(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('llm-adopt license', () => {
  it('walks the distill’s lineage: MIT as published, Llama 3.3 through its base', () => {
    // DeepSeek-R1 README §7: "originally licensed under llama3.3 license"; Llama 3.3 §1.b.i(B) "Built with Llama".
    const doc = json('deepseek-r1-distill-llama-70b', '--host-as-service');
    expect(doc.model).toBe('deepseek-r1-distill-llama-70b');
    expect(doc.licenses).toEqual(['MIT', 'LicenseRef-Llama-3.3-Community']);
    const builtWith = doc.findings.find((f) => f.id === 'llama.built-with');
    expect(builtWith).toMatchObject({ severity: 'obligation', license: 'LicenseRef-Llama-3.3-Community', section: '§1.b.i(B)' });
    expect(Object.keys(builtWith ?? {})).toEqual(['id', 'severity', 'topic', 'message', 'action', 'license', 'section', 'quote', 'url']);
    // message = what applies, action = what to do (Llama 3.3 §1.b.i(B)).
    expect(builtWith?.action).toBe('Display “Built with Llama” prominently on a related website, user interface, blog post, about page or product documentation.');
  });

  it('blocks Llama 4 for an EU company, found by its Ollama tag', () => {
    // Llama 4 AUP, final paragraph: rights for multimodal Llama 4 models are not granted to EU-domiciled companies.
    const doc = json('llama4:scout', '--eu');
    expect(doc.findings[0]).toMatchObject({ id: 'llama4.eu-multimodal', severity: 'blocker' });
    // With --eu the EU AI Act findings join, each saying it is not legal advice.
    expect(doc.findings.some((f) => f.id === 'aia.art4-literacy')).toBe(true);
  });

  it('reads the MAU history month by month', () => {
    // Llama 3.1 §2: the test month is June 2024 (500M ≤ 700M), Llama 4 §2: March 2025 (800M > 700M).
    const args = ['--mau', '800000000', '--mau-at', '2024-06=500000000', '--mau-at', '2025-03=800_000_000'];
    expect(json('llama-3.1-8b', ...args).findings.find((f) => f.id === 'llama31.mau-700m')?.severity).toBe('info');
    expect(json('llama-4-maverick', ...args).findings.find((f) => f.id === 'llama4.mau-700m')?.severity).toBe('blocker');
  });

  it('prints findings grouped by severity with quote and section', () => {
    const r = license('qwen2.5-72b', '--mau', '150000000', '--need-patent-grant');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Qwen2.5-72B-Instruct (qwen2.5-72b)',
      'Licenses: LicenseRef-Qwen',
      'Findings: 1 blocker, 1 warning, 0 obligations, 0 info',
    ]);
    expect(lines).toContain('BLOCKERS (1)');
    expect(lines).toContain('  qwen.mau-100m  [mau-threshold]');
    // Qwen §4: 150M > 100M while used commercially; the next line under the message says what to do.
    const at = lines.indexOf('  qwen.mau-100m  [mau-threshold]');
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '    150,000,000 MAU exceeds 100,000,000 while used commercially: the Qwen license grants no rights until Alibaba Cloud grants you a license.',
      '    What to do: Request a license from Alibaba Cloud before exercising any rights under the Qwen license.',
    ]);
    expect(r.stdout).toContain(
      '    “If you are commercially using the Materials, and your product or service has more than 100 million monthly active users, you shall request a license from us.”',
    );
    expect(r.stdout).toContain('    — §4 Restrictions, LicenseRef-Qwen  https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE');
  });

  it('exits 1 with --fail-on when a finding reaches the threshold', () => {
    expect(license('llama-4-scout', '--eu', '--fail-on', 'blocker').code).toBe(1);
    expect(license('qwen3-32b', '--fail-on', 'warning').code).toBe(0);
  });

  it('prints the comparison matrix of the models’ licences', () => {
    const r = license('--compare', 'qwen3-32b', 'llama-4-scout');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Commercial use',
      '  Apache 2.0  Yes  (§2)',
      '  Llama 4     Yes, under the Acceptable Use Policy  (§1.a)',
    ]);
    expect(r.stdout).toContain('  Llama 4     >700M MAU in March 2025 (snapshot) needs a licence from Meta  (§2)');
  });

  it('rejects an unknown model with suggestions and exit code 2', () => {
    const r = license('llama4-scout');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('llm-adopt: unknown model "llama4-scout"; did you mean "llama-4-scout", "llama4:scout"? (llm-adopt models lists them)\n');
  });

  it('rejects malformed flags in one line', () => {
    expect(license('qwen3-32b', '--mau', 'lots').stderr).toBe('llm-adopt: --mau expects a whole number of users, got "lots"\n');
    expect(license('qwen3-32b', '--commercial', '--non-commercial').code).toBe(2);
    expect(license('qwen3-32b', '--high-risk', 'cooking').code).toBe(2);
    expect(license('qwen3-32b', '--bogus').code).toBe(2);
  });
});

describe('llm-adopt license --catalog FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-license-catalog-'));
  // A team's own fine-tune of Llama 3.3 70B, published by them under Apache-2.0: the licence chain still
  // reaches Llama 3.3 through baseModels (Llama 3.3 §1.b.i: derivatives stay under the Llama licence).
  const base = builtinCatalog().models.find((m) => m.id === 'llama-3.3-70b');
  const fineTune = {
    ...structuredClone(base),
    id: 'acme-support-70b',
    name: 'Acme Support 70B',
    aliases: [],
    distribution: { huggingFace: 'acme/acme-support-70b', ollama: [] },
    license: { id: 'Apache-2.0', source: { source: 'https://huggingface.co/acme/acme-support-70b', kind: 'primary', asOf: '2026-11-01' } },
    baseModels: [
      { id: 'llama-3.3-70b', relation: 'fine-tuned-from', license: 'LicenseRef-Llama-3.3-Community', source: { source: 'https://huggingface.co/acme/acme-support-70b', kind: 'primary', asOf: '2026-11-01' } },
    ],
  };
  const good = join(dir, 'acme.catalog.json');
  writeFileSync(good, JSON.stringify({ models: [fineTune] }, null, 2));

  it('evaluates a model from the user catalog through its base model’s licence', () => {
    const doc = json('acme-support-70b', '--host-as-service', '--catalog', good);
    expect(doc.model).toBe('acme-support-70b');
    expect(doc.licenses).toEqual(['Apache-2.0', 'LicenseRef-Llama-3.3-Community']);
    const inherited = doc.findings.find((f) => f.id === 'lineage.inherited');
    expect(inherited).toMatchObject({ severity: 'warning', license: 'LicenseRef-Llama-3.3-Community' });
    expect(inherited?.action).toBe('Meet the Llama 3.3 license terms of llama-3.3-70b (its findings are listed with it) as well as those of Apache-2.0.');
    expect(doc.findings.map((f) => f.id)).toContain('llama.built-with');
  });

  it('without the file the model is unknown', () => {
    expect(license('acme-support-70b').code).toBe(2);
  });

  it('a broken file exits 2 with one line naming the file and the JSON path', async () => {
    const bad = join(dir, 'bad.catalog.json');
    const broken = structuredClone(fineTune) as { context: { nativeTokens: unknown } };
    broken.context.nativeTokens = 'long';
    writeFileSync(bad, JSON.stringify({ models: [broken] }, null, 2));
    const missing = join(dir, 'missing.catalog.json');
    const [a, b, c] = await Promise.all([
      runBin(TUI_BIN, ['license', 'acme-support-70b', '--catalog', bad]),
      runBin(TUI_BIN, ['license', 'acme-support-70b', '--json', '--catalog', missing]),
      runBin(TUI_BIN, ['license', '--compare', '--catalog', bad]),
    ]);
    expectRejected(a!, bad, '$.models[0].context.nativeTokens');
    expect(a!.stderr).toBe(`llm-adopt: ${bad}: $.models[0].context.nativeTokens: expected integer, found string "long"\n`);
    expectRejected(b!, missing, '$');
    expectRejected(c!, bad, '$.models[0].context.nativeTokens');
  }, 90_000);
});
