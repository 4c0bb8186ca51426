import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

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
