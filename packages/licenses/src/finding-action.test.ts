// Every finding says what applies (`message`) and, separately, what the team must do (`action`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complianceFindings } from './compliance/eu-ai-act.js';
import { evaluate, ruleCatalog } from './evaluate.js';
import type { Finding } from './finding.js';
import { licenses } from './license-data.js';
import * as models from './test-support/models.js';
import { DEFAULT_USAGE, type UsageProfile } from './usage.js';

const { catalog, ...named } = models;
const allModels = Object.values(named);

/** One imperative sentence: starts with a capital, ends with a full stop, no second sentence after it. */
function expectOneSentence(f: Finding): void {
  expect(f.action, f.id).toMatch(/^[A-Z]/);
  expect(f.action, f.id).toMatch(/[.”]$/);
  // "e.g." and quoted text (a Notice line) are not sentence breaks; a full stop followed by a capital is.
  expect(f.action.replace(/\be\.g\./g, 'eg').replace(/“[^”]*”/g, '“…”'), f.id).not.toMatch(/\.\s+[A-Z]/);
}

function expectActionRules(f: Finding): void {
  expectOneSentence(f);
  // Nothing to do is only ever said of information.
  if (f.action.startsWith('Nothing to do')) expect(f.severity, f.id).toBe('info');
  // The action is its own text, not a copy of the message.
  expect(f.message.includes(f.action), f.id).toBe(false);
}

const usageArb: fc.Arbitrary<UsageProfile> = fc.record({
  ...Object.fromEntries(Object.entries(DEFAULT_USAGE).map(([k, v]) => [k, fc.constant(v)])),
  commercial: fc.boolean(),
  monthlyActiveUsers: fc.constantFrom(0, 50_000_000, 150_000_000, 800_000_000),
  euDomiciled: fc.boolean(),
  servesEu: fc.boolean(),
  hostsAsServiceForThirdParties: fc.boolean(),
  redistributesWeights: fc.boolean(),
  internalOnly: fc.boolean(),
  finetunes: fc.boolean(),
  trainsOtherModelsOnOutputs: fc.boolean(),
  needsPatentGrant: fc.boolean(),
  offersChatbotToPublic: fc.boolean(),
  generatesSyntheticContent: fc.boolean(),
  highRiskUseCase: fc.constantFrom(null, 'employment'),
  fineTuneComputeShare: fc.constantFrom(undefined, 0.1, 0.4),
  derivativeName: fc.constantFrom(undefined, 'Acme-Support-8B', 'Llama-Acme-Support-8B'),
}) as fc.Arbitrary<UsageProfile>;

describe('finding actions', () => {
  it('every rule states an action for docs/license-rules.md', () => {
    const rules = ruleCatalog();
    expect(rules).toHaveLength(61);
    for (const r of rules) expect(r.action, r.id).toMatch(/^[A-Z].*[.”]$/);
  });

  it('every licence and compliance finding has a one-sentence action; "Nothing to do" only for info', () => {
    fc.assert(
      fc.property(usageArb, fc.constantFrom(...allModels), (usage, model) => {
        const e = evaluate(model, usage, { catalog });
        for (const f of e.findings) expectActionRules(f);
        for (const f of complianceFindings(usage, { licenses: e.licenses })) expectActionRules(f);
      }),
      { numRuns: 400 },
    );
  });

  it('every one of the 61 rules fires with an action on some profile (each was given one)', () => {
    const fired = new Set<string>();
    const flags = ['commercial', 'hostsAsServiceForThirdParties', 'redistributesWeights', 'finetunes', 'trainsOtherModelsOnOutputs', 'needsPatentGrant', 'euDomiciled', 'servesEu', 'offersChatbotToPublic'] as const;
    const profiles: UsageProfile[] = [];
    for (let mask = 0; mask < 1 << flags.length; mask++) {
      const usage: UsageProfile = { ...DEFAULT_USAGE, monthlyActiveUsers: mask % 3 === 0 ? 800_000_000 : 0, derivativeName: mask % 2 ? 'Acme-8B' : undefined };
      flags.forEach((flag, i) => {
        (usage as unknown as Record<string, boolean>)[flag] = (mask & (1 << i)) !== 0;
      });
      profiles.push(usage);
    }
    for (const model of allModels) {
      for (const usage of profiles) {
        for (const f of evaluate(model, usage, { catalog }).findings) {
          expect(f.action, f.id).not.toBe('');
          fired.add(`${f.license} ${f.id}`);
        }
      }
    }
    // Gemma is compared only (no Gemma model is in the test set except gemma3_27b), so every rule set is reached.
    const expected = ruleCatalog().map((r) => `${r.license} ${r.id}`);
    expect(expected.filter((id) => !fired.has(id))).toEqual([]);
    expect(licenses().length).toBe(10);
  });
});

describe('the action is the specific thing to do', () => {
  it('a fine-tune named without "Llama": the message states the rule, the action names the fix', () => {
    const e = evaluate(models.llama31_8b, { ...DEFAULT_USAGE, finetunes: true, redistributesWeights: true, derivativeName: 'Acme-8B' });
    const naming = e.findings.find((f) => f.id === 'llama.naming');
    expect(naming).toMatchObject({
      severity: 'warning',
      message: '“Acme-8B” does not begin with “Llama”, as the license requires.',
      action: 'Rename it (e.g. “Llama-Acme-8B”) before you distribute or make it available.',
    });
  });

  it('a name that already begins with "Llama" asks for nothing', () => {
    const e = evaluate(models.llama31_8b, { ...DEFAULT_USAGE, finetunes: true, redistributesWeights: true, derivativeName: 'Llama-Acme-8B' });
    expect(e.findings.find((f) => f.id === 'llama.naming')).toMatchObject({ severity: 'info', action: 'Nothing to do; keep the name as it is.' });
  });

  it('Apache-2.0 information asks for nothing', () => {
    const e = evaluate(models.qwen3_32b, { ...DEFAULT_USAGE, internalOnly: true });
    expect(e.findings.map((f) => [f.id, f.action])).toEqual([
      ['apache.commercial-use', 'Nothing to do; keep this in the review record.'],
      ['apache.patent-grant', 'Nothing to do; keep this in the review record.'],
      ['apache.patent-retaliation', 'Nothing to do now; weigh this before your organisation brings a patent claim over the model.'],
    ]);
  });

  it('an assumed Llama MAU snapshot asks for the real figure first', () => {
    // Llama 3.1 released 2024-07-23: the test reads June 2024; 800M assumed > 700M.
    const e = evaluate(models.llama31_8b, { ...DEFAULT_USAGE, monthlyActiveUsers: 800_000_000 });
    expect(e.findings.find((f) => f.id === 'llama31.mau-700m')?.action).toBe(
      'Record your real MAU for June 2024 in mauHistory if it was at or below 700,000,000; otherwise request a license from Meta.',
    );
  });

  it('compliance: the chatbot duty is the action, the message stays the statement of the rule', () => {
    const [chatbot] = complianceFindings({ ...DEFAULT_USAGE, euDomiciled: true, offersChatbotToPublic: true }).filter((f) => f.id === 'aia.art50-chatbot');
    expect(chatbot?.action).toBe('Tell people they are talking to an AI system, at the latest at their first interaction.');
    expect(chatbot?.message.startsWith('People must be told')).toBe(true);
  });
});
