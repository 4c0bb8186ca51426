import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectRejected, inPool, runBin, TUI_BIN } from '../../report/test/malformed/rejection.js';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;

function cost(...args: string[]) {
  const r = spawnSync('node', [cli, 'cost', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The comparison article's scenario with its hidden assumptions made explicit: 1M input + 1M output a day,
// a $1,600 RTX 4090 with no host PC, and "$15/month electricity" as 500 W for 8 h a day at $0.125/kWh (4 kWh × 30 × 0.125).
const article = [
  '--input-tokens-per-day', '1000000',
  '--output-tokens-per-day', '1000000',
  '--offer', 'openai/gpt-4o',
  '--offer', 'deepseek/deepseek-chat',
  '--gpu', 'rtx-4090',
  '--hardware-price', '1600',
  '--host-cost', '0',
  '--power-watts', '500',
  '--idle-watts', '0',
  '--hours-on-per-day', '8',
  '--duty-cycle', '1',
  '--electricity-usd-per-kwh', '0.125',
  '--decode-tps', '100',
  '--prefill-tps', '2000',
];

describe('llm-adopt cost', () => {
  it("reproduces the article's example: $375.00, $12.60, break-even 4.44 months vs GPT-4o and never vs DeepSeek", () => {
    const { code, stdout, stderr } = cost(...article, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.scenarios.map((s: { id: string; kind: string; monthlyCost: number; currency: string; breakEvenMonths: number | null }) => [s.id, s.kind, s.monthlyCost, s.currency, s.breakEvenMonths])).toEqual([
      ['openai/gpt-4o', 'api', 375, 'USD', 4.44], // 30 × (2.50 + 10.00); 1,600 / (375 − 15)
      ['deepseek/deepseek-chat', 'api', 12.6, 'USD', null], // 30 × (0.14 + 0.28) < $15 electricity → never
      ['local/rtx-4090', 'local', 59.44, 'USD', 4.44], // 1,600 / 36 + 15.00; cheapest available API is GPT-4o (DeepSeek chat retired)
    ]);
    const local = doc.scenarios[2];
    expect(local.cumulative[0]).toBe(1600);
    expect(local.cumulative[24]).toBe(1960); // 1,600 + 24 × 15
    expect(local.assumptions.electricityUsdPerKwh).toEqual({ value: 0.125, unit: 'USD/kWh', source: 'given' });
    expect(doc.scenarios[1].warnings).toEqual(['deepseek/deepseek-chat is retired since 2026-07-24: price shown for reference only']);
    // best: card × 0.6 = 960, power × 1/√3 → 8.66, volume × 1.25 → API 468.75: 960 / (468.75 − 8.66) = 2.09
    // worst: card × 1.25 = 2,000, power × √3 → 25.98, volume × 0.75 → API 281.25: 2,000 / (281.25 − 25.98) = 7.83
    expect(local.analysis[0]).toMatchObject({ against: 'openai/gpt-4o', breakEvenMonths: { best: 2.09, typical: 4.44, worst: 7.83 }, bestLocalShare: 1 });
    expect(local.analysis[1]).toMatchObject({ against: 'deepseek/deepseek-chat', breakEvenMonths: { typical: null, worst: null }, bestLocalShare: 0 });
    expect(local.assumptions['range.hardwarePriceFactor']).toMatchObject({ value: '0.6–1.25', isDefault: true });
    // every default used is listed with a source
    expect(doc.scenarios[0].assumptions.daysPerMonth).toMatchObject({ value: 30, isDefault: true });
  });

  it('prints a table, the break-even reasons, a chart and the assumptions for people', () => {
    const { code, stdout } = cost(...article);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Workload: 1,000,000 input + 1,000,000 output tokens/day, 30 days/month');
    expect(lines.find((l) => l.startsWith('openai/gpt-4o'))).toMatch(/api\s+375\.00\s+6\.25\s+0\.00\s+4\.44 months$/);
    expect(lines.find((l) => l.startsWith('local/rtx-4090 ('))).toMatch(/local\s+59\.44\s+0\.99\s+1,600\.00\s+4\.44 months$/);
    expect(stdout).toContain('  vs openai/gpt-4o: 4.44 months (1600.00 USD upfront / 360.00 USD saved per month)');
    expect(stdout).toContain('  vs deepseek/deepseek-chat: never (local running cost 15.00 USD per month is not below the API bill 12.60 USD)');
    expect(stdout).toContain('Cumulative cost over 24 months (USD');
    expect(stdout).toContain('9,000.00 ┤'); // 24 × 375
    expect(stdout).toMatch(/\* daysPerMonth = 30 days — convention/);
    expect(stdout).not.toContain('\u001b['); // no colour, no escapes
  });

  it('takes catalog defaults for a GPU and says where they come from', () => {
    const { code, stdout } = cost('--input-tokens-per-day', '1000000', '--output-tokens-per-day', '1000000', '--gpu', 'rtx-4090', '--decode-tps', '100', '--prefill-tps', '2000', '--json');
    expect(code).toBe(0);
    const a = JSON.parse(stdout).scenarios[0].assumptions;
    expect(a.hostCostUsd).toMatchObject({ value: 1000, isDefault: true });
    expect(a.electricityUsdPerKwh).toMatchObject({ value: 0.1802, isDefault: true });
    expect(a.electricityUsdPerKwh.source).toContain('EIA');
    expect(a.powerWattsLoad.source).toMatch(/^1 × \d+ W board power \(catalog/);
    expect(a.hardwarePriceUsd.source).toMatch(/^catalog: /);
  });

  it('estimates local speed with sizing when --model and --gpu are given without speeds', () => {
    const { code, stdout } = cost('--input-tokens-per-day', '1000000', '--output-tokens-per-day', '1000000', '--model', 'qwen3-14b', '--gpu', 'rtx-4090', '--json');
    expect(code).toBe(0);
    const [local] = JSON.parse(stdout).scenarios;
    expect(local.assumptions.decodeTokensPerSecond.source).toMatch(/^sizing estimate \(typical, ±\d+% typical error\): qwen3-14b Q4_K_M on 1× rtx-4090/);
    expect(local.assumptions.decodeTokensPerSecond.value).toBeGreaterThan(0);
    expect(local.assumptions.prefillTokensPerSecond.value).toBeGreaterThan(local.assumptions.decodeTokensPerSecond.value);
    expect(local.cannotServe).toBeNull();
  });

  it('converts to a user currency and shows the rate', () => {
    const { code, stdout } = cost('--input-tokens-per-day', '1000000', '--output-tokens-per-day', '1000000', '--offer', 'openai/gpt-4o', '--currency', 'KRW', '--rate', '1400', '--json');
    expect(code).toBe(0);
    const [s] = JSON.parse(stdout).scenarios;
    expect([s.monthlyCost, s.currency]).toEqual([525000, 'KRW']); // 375 × 1,400
    expect(s.assumptions['rate.KRW']).toEqual({ value: 1400, unit: 'KRW per USD', source: 'user-given rate (--rate 1400)' });
  });

  it('applies cached input and batch shares from flags', () => {
    // 30 days: input 30M, half cached → 15M × 2.50 + 15M × 1.25 = 56.25; output 30M × 10 = 300 → 356.25
    const cached = cost('--input-tokens-per-day', '1e6', '--output-tokens-per-day', '1e6', '--offer', 'openai/gpt-4o', '--cached-share', '0.5', '--json');
    expect(JSON.parse(cached.stdout).scenarios[0].monthlyCost).toBe(356.25);
    // all batched: 30 × (1.25 + 5.00) = 187.50
    const batch = cost('--input-tokens-per-day', '1e6', '--output-tokens-per-day', '1e6', '--offer', 'openai/gpt-4o', '--batch-share', '1', '--json');
    expect(JSON.parse(batch.stdout).scenarios[0].monthlyCost).toBe(187.5);
  });

  it.each([
    [['--output-tokens-per-day', '5', '--offer', 'openai/gpt-4o'], 'llm-adopt: --input-tokens-per-day is required (see llm-adopt cost --help)'],
    [['--input-tokens-per-day', '-5', '--output-tokens-per-day', '5', '--offer', 'openai/gpt-4o'], 'llm-adopt: --input-tokens-per-day: expected a number ≥ 0, found "-5"'],
    [['--input-tokens-per-day', '5', '--output-tokens-per-day', 'NaN', '--offer', 'openai/gpt-4o'], 'llm-adopt: --output-tokens-per-day: expected a number ≥ 0, found "NaN"'],
    [['--input-tokens-per-day', '5', '--output-tokens-per-day', '5', '--cached-share', '1.5', '--offer', 'openai/gpt-4o'], 'llm-adopt: --cached-share: expected a number from 0 to 1, found "1.5"'],
    [['--input-tokens-per-day', '5', '--output-tokens-per-day', '5', '--batch-share', '0.75', '--off-peak-share', '0.5', '--offer', 'openai/gpt-4o'], 'llm-adopt: --batch-share: expected --batch-share + --off-peak-share ≤ 1, found 1.25'],
    [['--input-tokens-per-day', '5', '--output-tokens-per-day', '5', '--offer', 'openai/gpt-4'], 'llm-adopt: --offer: unknown offer "openai/gpt-4"; did you mean'],
    [['--input-tokens-per-day', '5', '--output-tokens-per-day', '5'], 'llm-adopt: nothing to compare'],
    [['--input-tokens-per-day', '5', '--output-tokens-per-day', '5', '--gpu', 'rtx-4090'], 'llm-adopt: --decode-tps is required for a local scenario unless --model and --gpu are given'],
    [['--input-tokens-per-day', '5', '--output-tokens-per-day', '5', '--offer', 'openai/gpt-4o', '--currency', 'KRW'], 'llm-adopt: --rate is required with --currency KRW'],
    [['--input-tokens-per-day', '5', '--output-tokens-per-day', '5', '--bogus'], "llm-adopt: Unknown option '--bogus'"],
  ])('exits 2 naming the flag: %j', (args, message) => {
    const { code, stdout, stderr } = cost(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.startsWith(message)).toBe(true);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('llm-adopt cost --litellm FILE (LiteLLM model_prices_and_context_window.json)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-litellm-'));
  // A copy dated 2026-11-20: the file's modification day is the as-of date of its prices.
  const prices = join(dir, 'model_prices_and_context_window.json');
  copyFileSync(fileURLToPath(new URL('./fixtures/litellm-prices.json', import.meta.url)), prices);
  utimesSync(prices, new Date('2026-11-20T12:00:00Z'), new Date('2026-11-20T12:00:00Z'));
  const day = ['--input-tokens-per-day', '1000000', '--output-tokens-per-day', '1000000'];

  it('prices an offer from the downloaded file instead of the built-in catalog', () => {
    // Built in: deepseek/deepseek-chat is the retired 0.14 / 0.28 entry → 30 × (0.14 + 0.28) = 12.60 with a warning.
    const builtIn = JSON.parse(cost(...day, '--offer', 'deepseek/deepseek-chat', '--json').stdout);
    expect(builtIn.scenarios[0].monthlyCost).toBe(12.6);
    // The file: input_cost_per_token 2.8e-07 → 0.28, output 4.2e-07 → 0.42 USD per 1M; 30 × (0.28 + 0.42) = 21.00,
    // 21.00 / 60M tokens × 1M = 0.35 per 1M tokens; the file's entry is current, so no retirement warning.
    const r = cost(...day, '--litellm', prices, '--offer', 'deepseek/deepseek-chat', '--offer', 'openai/gpt-4o', '--json');
    // The Bedrock commitment entry is priced per second: no token-based cost, so it is left out and said so.
    expect(r.stderr).toBe(
      `llm-adopt: ${prices}: left out 1 chat entry without per-token prices (e.g. "bedrock/us-east-1/1-month-commitment/anthropic.claude-v2:1")\n`,
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.scenarios.map((s: { id: string; monthlyCost: number; costPerMTok: number; warnings: string[] }) => [s.id, s.monthlyCost, s.costPerMTok, s.warnings])).toEqual([
      ['deepseek/deepseek-chat', 21, 0.35, []],
      ['openai/gpt-4o', 375, 6.25, []], // 30 × (2.5e-06 + 1e-05) × 1e6 = 30 × 12.50
    ]);
    expect(doc.priceSources).toEqual([
      { offer: 'deepseek/deepseek-chat', source: prices, kind: 'secondary', asOf: '2026-11-20' },
      { offer: 'openai/gpt-4o', source: prices, kind: 'secondary', asOf: '2026-11-20' },
    ]);
  });

  it('says where each price comes from in the table output', () => {
    const r = cost(...day, '--litellm', prices, '--offer', 'deepseek/deepseek-chat');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`API prices from:\n  deepseek/deepseek-chat: ${prices} (secondary, as of 2026-11-20)\n`);
  });

  it('skips entries that are not chat models (the embedding entry is no offer)', () => {
    const r = cost(...day, '--litellm', prices, '--offer', 'openai/text-embedding-3-small');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^llm-adopt: --offer: unknown offer "openai\/text-embedding-3-small"/);
  });

  it('a broken file exits 2 with one line naming the file and the JSON path', async () => {
    const wrongType = join(dir, 'wrong-type.json');
    writeFileSync(wrongType, JSON.stringify({ 'gpt-4o': { mode: 'chat', litellm_provider: 'openai', input_cost_per_token: '2.5e-06', output_cost_per_token: 1e-5 } }));
    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, '{"gpt-4o": {"mode": "chat", "input_cost_per_token": 2.5e-06');
    const noChat = join(dir, 'no-chat.json');
    writeFileSync(noChat, JSON.stringify({ 'text-embedding-3-small': { mode: 'embedding', input_cost_per_token: 2e-8, output_cost_per_token: 0 } }));
    const missing = join(dir, 'missing.json');
    // One token price without the other is a broken entry, not a per-second one.
    const halfPriced = join(dir, 'half-priced.json');
    writeFileSync(halfPriced, JSON.stringify({ 'gpt-4o': { mode: 'chat', litellm_provider: 'openai', input_cost_per_token: 2.5e-6 } }));
    const run = (file: string) => runBin(TUI_BIN, ['cost', ...day, '--offer', 'openai/gpt-4o', '--litellm', file]);
    // Two at a time: the machine may be busy with other test files.
    const [a, b, c, d, e] = await inPool([wrongType, truncated, noChat, missing, halfPriced], 2, run);
    expectRejected(e!, halfPriced, '$["gpt-4o"].output_cost_per_token');
    expectRejected(a!, wrongType, '$["gpt-4o"].input_cost_per_token');
    expect(a!.stderr).toBe(`llm-adopt: ${wrongType}: $["gpt-4o"].input_cost_per_token: expected a number ≥ 0, found string "2.5e-06"\n`);
    expectRejected(b!, truncated, '$');
    expectRejected(c!, noChat, '$');
    expect(d!.stderr).toBe(`llm-adopt: ${missing}: $: expected a readable LiteLLM price file, found no such file\n`);
  }, 90_000);
});

describe('llm-adopt cost: a machine the model does not run on', () => {
  const day = ['--input-tokens-per-day', '1000000', '--output-tokens-per-day', '1000000', '--offer', 'openai/gpt-4o'];
  // Sizing at the cost command's 4,096-token default: DeepSeek-R1 Q4_K_M offloads 58 of its 61 layers from one RTX 4090,
  // which needs 357.7 GiB of host RAM; a 64 GiB host lends 80 % = 51.2 GiB (methodology §Host memory for offload).
  const r1In64 = 'cannot serve on this hardware: deepseek-r1 Q4_K_M on 1× rtx-4090, 4096-token context, concurrency 1: host RAM too small: offloading 58 of 61 layers needs 357.7 GiB of host RAM; 51.2 GiB usable (80% of 64.0 GiB); 17 such GPUs would hold it entirely';

  it('--host-memory-gb 64: DeepSeek-R1 on one 4090 gets no price, the reason instead (JSON)', () => {
    const r = cost(...day, '--model', 'deepseek-r1', '--gpu', 'rtx-4090', '--host-memory-gb', '64', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const local = JSON.parse(r.stdout).scenarios.find((s: { kind: string }) => s.kind === 'local');
    expect(local).toMatchObject({ id: 'local/rtx-4090', monthlyCost: null, costPerMTok: null, upfront: null, breakEvenMonths: null, cumulative: [], cannotServe: r1In64 });
    // No best/typical/worst range or hybrid split for a machine that cannot serve.
    expect(local.analysis).toBeUndefined();
  });

  it('prints "cannot serve" in the table and the reason instead of a local cost', () => {
    const r = cost(...day, '--model', 'deepseek-r1', '--gpu', 'rtx-4090', '--host-memory-gb', '64');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('local/rtx-4090 ('))).toMatch(/local\s+cannot serve\s+-\s+-\s+-$/);
    // GPT-4o's break-even is against that local setup, which does not exist: no figure.
    expect(lines.find((l) => l.startsWith('openai/gpt-4o'))).toMatch(/api\s+375\.00\s+6\.25\s+0\.00\s+-$/);
    expect(r.stdout).toContain(`local/rtx-4090: ${r1In64}\n  no local cost and no break-even: the model does not run on this machine\n`);
    expect(r.stdout).not.toContain('machine(s)');
    // Not drawn in the chart as a line at 0, which would read as free.
    const legend = lines.find((l) => / [A-Z] openai\/gpt-4o/.test(l));
    expect(legend).toBeDefined();
    expect(legend).not.toContain('local/rtx-4090');
  });

  it('--host-memory-gb 512 holds the offload (409.6 GiB usable ≥ 357.7): priced as before, at the offloaded speed', () => {
    const r = cost(...day, '--model', 'deepseek-r1', '--gpu', 'rtx-4090', '--host-memory-gb', '512', '--json');
    expect(r.code).toBe(0);
    const local = JSON.parse(r.stdout).scenarios.find((s: { kind: string }) => s.kind === 'local');
    expect(local.cannotServe).toBeNull();
    // ~2.84 tok/s decode: 1M / 2.84 ≈ 352,500 busy s/day ÷ (86,400 × 0.75 = 64,800) → 5.4 → 6 machines × ($1,599 + $1,000 host) = $15,594.
    expect(local.upfront).toBe(15_594);
  });

  it('a model larger than unified memory (DeepSeek-R1 on a DGX Spark) cannot serve without any flag', () => {
    const r = cost(...day, '--model', 'deepseek-r1', '--gpu', 'dgx-spark', '--json');
    expect(r.code).toBe(0);
    const local = JSON.parse(r.stdout).scenarios.find((s: { kind: string }) => s.kind === 'local');
    // 75 % of 128 GiB = 0.75 × 137,438,953,472 B = 103.1 GB usable; no offload on unified memory.
    expect(local.cannotServe).toBe(
      'cannot serve on this hardware: deepseek-r1 Q4_K_M on 1× dgx-spark, 4096-token context, concurrency 1: unified memory: 75% of 137.4 GB usable by the GPU; needs 405.5 GB per device, 103.1 GB usable',
    );
    expect(local.monthlyCost).toBeNull();
  });

  it('refuses --host-memory-gb without a model to size, and a size ≤ 0 (exit 2, one line)', () => {
    const noModel = cost(...day, '--gpu', 'rtx-4090', '--decode-tps', '100', '--prefill-tps', '2000', '--host-memory-gb', '64');
    expect(noModel.code).toBe(2);
    expect(noModel.stderr).toBe('llm-adopt: --host-memory-gb needs --model and --gpu (it checks whether the model fits the machine the GPUs sit in)\n');
    const zero = cost(...day, '--model', 'deepseek-r1', '--gpu', 'rtx-4090', '--host-memory-gb', '0');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('llm-adopt: --host-memory-gb: expected a number > 0, found "0"\n');
  });
});
