import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION } from './plan-schema.js';
import { parsePlanText, serializePlan } from './plan-text.js';
import { samplePlan } from './test-support/plans.js';

const yaml = serializePlan(samplePlan(), 'yaml');

describe('parsePlanText', () => {
  it('reads the YAML it writes, and the same plan as JSON', () => {
    const fromYaml = parsePlanText(yaml, 'a.plan.yaml');
    const fromJson = parsePlanText(serializePlan(samplePlan(), 'json'), 'a.plan.json');
    expect(fromYaml.ok && fromYaml.value.plan).toEqual(samplePlan());
    expect(fromJson.ok && fromJson.value.plan).toEqual(samplePlan());
    expect(fromYaml.ok && fromYaml.value.migratedFrom).toBe(null);
  });

  it('fills schema defaults the file leaves out', () => {
    const text = yaml.replace('\n  concurrency: 1', '').replace('\n  daysPerMonth: 30', '');
    expect(text).not.toContain('concurrency');
    const parsed = parsePlanText(text, 'short.plan.yaml');
    expect(parsed.ok && parsed.value.plan.profile.concurrency).toBe(1);
    expect(parsed.ok && parsed.value.plan.workload.daysPerMonth).toBe(30);
  });

  it('refuses a file from a newer llm-adopt and says what to do', () => {
    const text = yaml.replace('schemaVersion: 1', 'schemaVersion: 2');
    expect(parsePlanText(text, 'new.plan.yaml')).toEqual({
      ok: false,
      issues: [
        {
          file: 'new.plan.yaml',
          path: '$.schemaVersion',
          expected: `schemaVersion ${PLAN_SCHEMA_VERSION} or lower (this file was written by a newer llm-adopt; upgrade llm-adopt to open it — the file was not changed)`,
          found: '2',
        },
      ],
    });
  });

  it('migrates a version 0 plan (flat draft format) to version 1', () => {
    const v0 = [
      'schemaVersion: 0',
      'name: Support bot',
      'team: [Ana, Ben]',
      'useCases: [rag, multilingual-cjk]',
      'languages: [en, ko]',
      'contextTokens: 16384',
      'deployment: local',
      'region: kr',
      'hardware: [{ gpu: rtx-4090, count: 2 }]',
      'candidates: [{ model: qwen3-14b, quant: Q4_K_M, engine: vllm, gpu: rtx-4090, count: 2 }]',
      'checklist: { POC-01: done, POC-07: in-progress }',
      '',
    ].join('\n');
    const parsed = parsePlanText(v0, 'old.plan.yaml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { plan, migratedFrom } = parsed.value;
    expect(migratedFrom).toBe(0);
    expect(plan.schemaVersion).toBe(1);
    expect(plan.id).toBe('support-bot');
    expect(plan.project).toEqual({ name: 'Support bot', team: [{ name: 'Ana' }, { name: 'Ben' }] });
    expect(plan.profile.useCases).toEqual(['rag', 'multilingual-cjk']);
    expect(plan.profile.languages).toEqual(['en', 'ko']);
    expect(plan.profile.contextTokens).toBe(16384);
    expect(plan.profile.deployment).toBe('local');
    expect(plan.profile.region).toBe('kr');
    expect(plan.profile.hardwareOnHand).toEqual([{ gpu: 'rtx-4090', count: 2 }]);
    expect(plan.candidates).toEqual([{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'vllm', hardware: { gpu: 'rtx-4090', count: 2 } }]);
    expect(plan.checklist).toEqual({ 'POC-01': { status: 'done' }, 'POC-07': { status: 'in-progress' } });
    // A file without schemaVersion is version 0 too.
    const bare = parsePlanText(v0.replace('schemaVersion: 0\n', ''), 'bare.plan.yaml');
    expect(bare.ok && bare.value.migratedFrom).toBe(0);
  });

  it('names file, path, expectation and finding for a wrong type', () => {
    const text = yaml.replace('contextTokens: 8192', 'contextTokens: lots');
    const parsed = parsePlanText(text, 'typo.plan.yaml');
    expect(parsed).toEqual({
      ok: false,
      issues: [{ file: 'typo.plan.yaml', path: '$.profile.contextTokens', expected: 'integer', found: 'string "lots"' }],
    });
  });

  it('reports an unknown key', () => {
    const parsed = parsePlanText(yaml.replace('checklist: {}', 'checklist: {}\ncheklist: {}'), 'k.plan.yaml');
    expect(parsed).toEqual({
      ok: false,
      issues: [{ file: 'k.plan.yaml', path: '$.cheklist', expected: 'only known keys', found: "unknown key 'cheklist'" }],
    });
  });

  it('rejects __proto__ keys in YAML and JSON', () => {
    const y = parsePlanText(`${yaml}__proto__: { polluted: true }\n`, 'p.plan.yaml');
    expect(y).toEqual({
      ok: false,
      issues: [{ file: 'p.plan.yaml', path: '$.__proto__', expected: 'no reserved key (__proto__, constructor, prototype)', found: "key '__proto__'" }],
    });
    const json = JSON.stringify(samplePlan()).replace('{', '{"__proto__":{"polluted":true},');
    const j = parsePlanText(json, 'p.plan.json');
    expect(j.ok).toBe(false);
    expect(!j.ok && j.issues[0]?.path).toBe('$.__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects bytes that are not UTF-8, naming the offset', () => {
    const bytes = new TextEncoder().encode(yaml);
    const broken = new Uint8Array([...bytes.slice(0, 10), 0xff, ...bytes.slice(10)]);
    expect(parsePlanText(broken, 'bin.plan.yaml')).toEqual({
      ok: false,
      issues: [{ file: 'bin.plan.yaml', path: '$', expected: 'UTF-8 text', found: 'invalid UTF-8 at byte 10 (0xff)' }],
    });
  });

  it('reports malformed YAML with line and column', () => {
    const parsed = parsePlanText('schemaVersion: 1\nid: [unclosed\n', 'broken.plan.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]?.file).toBe('broken.plan.yaml');
    expect(parsed.issues[0]?.expected).toBe('valid YAML');
    expect(parsed.issues[0]?.found).toBe('Flow sequence in block collection must be sufficiently indented and end with a ] at line 3 column 1');
  });

  it('refuses YAML nested deeper than 64 levels like JSON files, instead of overflowing the parser', () => {
    const nesting = (text: string) => {
      const r = parsePlanText(text, 'deep.plan.yaml');
      return r.ok ? [] : r.issues.filter((i) => i.expected === 'nesting at most 64 levels deep').map((i) => `${i.path}: ${i.found}`);
    };
    // `x: ` is 3 characters and line 2 starts after `schemaVersion: 1\n`: the 65th `[` is at column 3 + 65 = 68.
    expect(nesting(`schemaVersion: 1\nx: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`)).toEqual(['$: deeper nesting at line 2 column 68']);
    // Flow maps: each level is `{a: ` (4 characters), so the 65th `{` is at column 3 + 64 × 4 + 1 = 260.
    expect(nesting(`schemaVersion: 1\nx: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`)).toEqual(['$: deeper nesting at line 2 column 260']);
    // Compact block sequences nest without brackets; the parser's overflow is reported the same way.
    const dashes = nesting(`schemaVersion: 1\nx:\n  ${'- '.repeat(10_000)}1\n`);
    expect(dashes).toHaveLength(1);
    expect(dashes[0]).toMatch(/^\$: deeper nesting at line 3 column \d+$/);
    // 64 levels are allowed (the plan is then refused only for its unknown key `x`); 65 are not.
    expect(nesting(`schemaVersion: 1\nx: ${'['.repeat(64)}${']'.repeat(64)}\n`)).toEqual([]);
    expect(nesting(`schemaVersion: 1\nx: ${'['.repeat(65)}${']'.repeat(65)}\n`)).toEqual(['$: deeper nesting at line 2 column 68']);
    // Brackets in quoted and plain scalars and in comments are text, not nesting.
    const text = `schemaVersion: 1\na: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\nc: it's [${'['.repeat(100)}\n# ${'['.repeat(100)}\n`;
    expect(nesting(text)).toEqual([]);
  });

  it('refuses impossible calendar dates and phases that end before they start', () => {
    const plan = samplePlan();
    plan.reportDate = '2026-02-30';
    plan.phases = { poc: { start: '2026-03-10', end: '2026-03-01' } };
    const parsed = parsePlanText(JSON.stringify(plan), 'dates.plan.json');
    expect(parsed).toEqual({
      ok: false,
      issues: [
        { file: 'dates.plan.json', path: '$.reportDate', expected: 'a calendar date YYYY-MM-DD', found: 'string "2026-02-30"' },
        { file: 'dates.plan.json', path: '$.phases.poc.end', expected: 'a date on or after start 2026-03-10', found: 'string "2026-03-01"' },
      ],
    });
  });

  it('refuses .nan and .inf in YAML', () => {
    const parsed = parsePlanText(yaml.replace('inputTokensPerDay: 0', 'inputTokensPerDay: .nan'), 'nan.plan.yaml');
    expect(parsed).toEqual({
      ok: false,
      issues: [{ file: 'nan.plan.yaml', path: '$.workload.inputTokensPerDay', expected: 'a finite number', found: 'NaN' }],
    });
  });
});
