/**
 * The example plans in examples/ (issue 6): each loads, validates and assesses. The article's
 * break-even example is checked figure by figure against hand arithmetic.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinCatalog } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import { loadPlan } from './io/plan-file.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));
const catalog = builtinCatalog();

function load(name: string) {
  const loaded = loadPlan(join(examples, name));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

describe('example plans', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.plan.yaml')).sort();

  it('are the four seed scenarios', () => {
    expect(files).toEqual(['enterprise-eu.plan.yaml', 'individual-developer.plan.yaml', 'seed-article-break-even.plan.yaml', 'startup.plan.yaml']);
  });

  for (const file of files) {
    it(`${file} validates, points $schema at the published schema and assesses without plan problems`, () => {
      const { plan } = load(file);
      expect(plan.$schema).toBe('../packages/plan/schemas/plan.schema.json');
      expect(existsSync(resolve(dirname(join(examples, file)), plan.$schema!))).toBe(true);
      const a = assess(plan, catalog);
      expect(a.planId).toBe(plan.id);
      expect(a.generatedFor).toBe('2026-11-28');
      expect(a.candidates.every((c) => c.problems.length === 0)).toBe(true);
      expect(a.checklist.phases.map((p) => p.items.length)).toEqual([13, 15, 15, 8]);
      // Deterministic: the same plan gives the same assessment.
      expect(assess(plan, catalog)).toEqual(a);
      // Plain JSON data: no undefined fields, no Infinity or NaN (the report's --json prints it as is).
      expect(JSON.parse(JSON.stringify(a))).toStrictEqual(a);
    });
  }
});

describe("the article's break-even example", () => {
  const a = assess(load('seed-article-break-even.plan.yaml').plan, catalog);
  const scenario = (id: string) => a.cost.scenarios.find((s) => s.id === id)!;

  it('bills GPT-4o $375.00 and DeepSeek $12.60 a month, as the article says', () => {
    // 1M input + 1M output tokens/day × 30 days = 30M of each per month.
    // GPT-4o: 30 × 2.50 + 30 × 10.00 = 75 + 300 = 375.00
    expect(scenario('api:openai/gpt-4o').monthlyCost).toBeCloseTo(375, 9);
    // DeepSeek: 30 × 0.14 + 30 × 0.28 = 4.20 + 8.40 = 12.60
    expect(scenario('api:deepseek/deepseek-chat').monthlyCost).toBeCloseTo(12.6, 9);
  });

  it('breaks even after 4.4 months against GPT-4o, not the article’s 6', () => {
    // upfront 1,600 (card only, host 0); running = electricity 15/month (ops 0)
    // 1,600 / (375 − 15) = 1,600 / 360 = 4.444…
    const local = scenario('local:0');
    expect(local.upfrontCost).toBe(1600);
    expect(scenario('api:openai/gpt-4o').breakEvenMonths).toBeCloseTo(1600 / 360, 9);
    expect(scenario('api:openai/gpt-4o').breakEvenAgainst).toBe('local:0');
    // The local scenario's own break-even is against the cheapest API still on sale: deepseek-chat is retired, so GPT-4o.
    expect(local.breakEvenMonths).toBeCloseTo(1600 / 360, 9);
    expect(local.breakEvenAgainst).toBe('api:openai/gpt-4o');
    // Local monthly cost includes amortisation: 1,600 / 36 months + 15 = 59.44…
    expect(local.monthlyCost).toBeCloseTo(1600 / 36 + 15, 9);
  });

  it('never breaks even against DeepSeek (the article says 74 months)', () => {
    // 12.60 − 15 = −2.40 per month: the card never pays for itself.
    expect(scenario('api:deepseek/deepseek-chat').breakEvenMonths).toBeNull();
  });

  it('cumulative cost starts with the purchase and grows by the running cost', () => {
    const local = scenario('local:0');
    expect(local.cumulative).toHaveLength(25);
    expect(local.cumulative[0]).toBe(1600);
    expect(local.cumulative[12]).toBeCloseTo(1600 + 12 * 15, 6);
    expect(scenario('api:openai/gpt-4o').cumulative[12]).toBeCloseTo(12 * 375, 6);
  });

  it('records the flat electricity bill and the retired DeepSeek alias', () => {
    expect(scenario('local:0').assumptions).toContainEqual({
      name: 'electricityUsdPerMonth',
      value: 15,
      unit: 'USD/month per machine',
      source: 'plan (flat bill; price per kWh derived at constant draw)',
    });
    expect(a.problems).toContain(
      'deepseek-chat (legacy alias): deepseek/deepseek-chat is retired since 2026-07-24: price shown for reference only',
    );
  });
});

describe('scenario plans', () => {
  it('enterprise-eu: Llama 4 Maverick is a license blocker for an EU company; Mixtral is recommended', () => {
    const a = assess(load('enterprise-eu.plan.yaml').plan, catalog);
    const blocker = a.licenseFindings.find((f) => f.model === 'llama-4-maverick' && f.severity === 'blocker');
    expect(blocker?.id).toBe('llama4.eu-multimodal');
    expect(a.recommendations[0]?.modelId).toBe('mixtral-8x22b');
    expect(a.recommendations.find((r) => r.modelId === 'llama-4-maverick')?.excluded?.code).toBe('license');
    const poc07 = a.checklist.phases[0]!.items.find((i) => i.id === 'POC-07')!;
    expect(poc07.auto?.result).toBe('fail');
    expect(poc07.status).toBe('todo');
    // PIL-07 is marked not applicable in the plan and leaves the pilot's totals.
    const pilot = a.checklist.phases[1]!;
    expect(pilot.items.find((i) => i.id === 'PIL-07')?.status).toBe('not-applicable');
    expect(pilot.readiness.manual.total + pilot.readiness.automated.total).toBe(14);
  });

  it('startup: production is dated but no monitoring is planned (common mistake 5)', () => {
    const a = assess(load('startup.plan.yaml').plan, catalog);
    expect(a.warnings.map((w) => w.id)).toEqual(['MISTAKE-1', 'MISTAKE-2', 'MISTAKE-4', 'MISTAKE-5']);
    expect(a.warnings[0]!.message).toMatch(/^Qwen3-14B \(14.8B\) is the first candidate, but Llama 3\.1 8B Instruct \(8\.0B\) scores 0\.\d\d against 0\.\d\d for this profile: try the smaller one first\.$/);
    expect(a.summary.recommendedModel).toBe('qwen3-14b');
    expect(a.candidates[0]?.fit?.verdict).toBe('fits');
  });

  it('individual developer: Korean is not listed for the R1 distill; data stays local', () => {
    const a = assess(load('individual-developer.plan.yaml').plan, catalog);
    const poc03 = a.checklist.phases[0]!.items.find((i) => i.id === 'POC-03')!;
    expect(poc03.auto).toMatchObject({ result: 'fail', reason: 'not listed by the vendor: ko' });
    // Qwen3 report (thinking mode): Qwen3-8B scores at least as well on coding and math and is half the size.
    expect(a.warnings.map((w) => w.id)).toEqual(['MISTAKE-1', 'MISTAKE-4']);
    expect(a.warnings[0]!.message).toMatch(/^DeepSeek-R1-Distill-Qwen-14B \(14\.8B\) is the first candidate, but Qwen3-8B \(8\.2B\)/);
  });
});
