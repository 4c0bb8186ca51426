import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type LicenseEvaluation } from './evaluate.js';
import { findClause } from './license-data.js';
import {
  catalog,
  codestral22b,
  deepseekR1,
  deepseekV3,
  gemma3_27b,
  llama4Scout,
  llama31_8b,
  llama33_70b,
  mistralLarge2411,
  qwen3_32b,
  qwen25_72b,
  r1DistillLlama8b,
  r1DistillLlama70b,
  r1DistillQwen32b,
} from './test-support/models.js';
import { DEFAULT_USAGE, type UsageProfile } from './usage.js';

/** `severity id` for each finding, most severe first (the order evaluate returns). */
function summary(e: LicenseEvaluation): string[] {
  return e.findings.map((f) => `${f.severity} ${f.id}`);
}

function finding(e: LicenseEvaluation, id: string) {
  const f = e.findings.find((x) => x.id === id);
  if (!f) throw new Error(`no finding ${id} in ${summary(e).join(', ')}`);
  return f;
}

const internal: UsageProfile = { ...DEFAULT_USAGE, internalOnly: true };
const hosted: UsageProfile = { ...DEFAULT_USAGE, hostsAsServiceForThirdParties: true };

describe('Llama 4: EU and multimodal', () => {
  it('withholds the grant from an EU company even for text-only use', () => {
    // Llama 4 AUP, final paragraph (llama4.aup-eu-multimodal): "With respect to any multimodal models included in
    // Llama 4, the rights granted under Section 1(a) ... are not being granted to you" if EU-domiciled. Scout takes images.
    const e = evaluate(llama4Scout, { ...internal, euDomiciled: true, multimodalUse: false });
    expect(summary(e)).toEqual(['blocker llama4.eu-multimodal', 'obligation llama.aup']);
    expect(finding(e, 'llama4.eu-multimodal').section).toBe('Llama 4 AUP, final (unnumbered) paragraph');
  });

  it('does not restrict EU end users of a non-EU licensee', () => {
    // Llama 4 AUP, final paragraph (llama4.aup-eu-end-users): "This restriction does not apply to end users of a
    // product or service that incorporates any such multimodal models."
    const e = evaluate(llama4Scout, { ...hosted, euDomiciled: false, servesEu: true });
    expect(summary(e)).toEqual([
      'obligation llama.aup',
      'obligation llama.built-with',
      'obligation llama.license-copy',
      'obligation llama4.aup-human-generated',
      'info llama4.eu-end-users',
    ]);
  });

  it('blocks every EU-domiciled usage profile, whatever else it says', () => {
    // Same clause: the test is the licensee's domicile, not how the model is used.
    const usage = fc.record({
      commercial: fc.boolean(),
      monthlyActiveUsers: fc.nat(),
      hostsAsServiceForThirdParties: fc.boolean(),
      redistributesWeights: fc.boolean(),
      finetunes: fc.boolean(),
      trainsOtherModelsOnOutputs: fc.boolean(),
      multimodalUse: fc.boolean(),
      needsPatentGrant: fc.boolean(),
      internalOnly: fc.boolean(),
    });
    fc.assert(
      fc.property(usage, (u) => {
        const e = evaluate(llama4Scout, { ...u, euDomiciled: true });
        expect(finding(e, 'llama4.eu-multimodal').severity).toBe('blocker');
      }),
    );
  });

  it('treats a text-only Llama 4 derivative as still covered, with a warning', () => {
    // Llama 4 AUP final paragraph (llama4.aup-eu-multimodal) + model card: every released Llama 4 model is multimodal,
    // so a user's text-only record of a Llama 4 fine-tune is a counsel question, not a free pass.
    const textOnly = { ...llama4Scout, id: 'acme-llama-4-text', name: 'Acme Llama 4 text', modalities: { input: ['text'] } };
    const e = evaluate(textOnly, { ...internal, euDomiciled: true });
    expect(summary(e)).toEqual(['warning llama4.eu-multimodal', 'obligation llama.aup']);
  });

  it('asks a fine-tuner not to strip safety measures', () => {
    // Llama 4 AUP item 1, sub-item 8 (llama4.aup-circumvent): no circumventing "usage restrictions or other safety measures".
    const e = evaluate(llama4Scout, { ...internal, finetunes: true });
    expect(summary(e)).toEqual(['warning llama4.aup-circumvent', 'obligation llama.aup']);
  });
});

describe('Llama 3.3 and 3.1: the EU clause', () => {
  it('Llama 3.3 70B is text-only, so the 3.3 AUP multimodal clause does not bite', () => {
    // Llama 3.3 AUP, final paragraph (llama33.aup-eu-multimodal) covers "multimodal models included in Llama 3.3" only.
    const e = evaluate(llama33_70b, { ...internal, euDomiciled: true });
    expect(summary(e)).toEqual(['obligation llama.aup', 'info llama33.eu-multimodal']);
  });

  it('Llama 3.1 has no EU clause at all', () => {
    // The Llama 3.1 AUP has no EU/multimodal paragraph (it first appears in 3.2); only §1.b.iv (llama31.aup) applies.
    const e = evaluate(llama31_8b, { ...internal, euDomiciled: true });
    expect(summary(e)).toEqual(['obligation llama.aup']);
  });
});

describe('Llama MAU: a snapshot of the month before each release', () => {
  // Grew past 700M after Llama 3.1 (2024-07-23) but before Llama 4 (2025-04-05).
  const grown: UsageProfile = {
    ...internal,
    monthlyActiveUsers: 800_000_000,
    mauHistory: { '2024-06': 500_000_000, '2025-03': 800_000_000 },
  };

  it('does not catch a company retroactively for Llama 3.1', () => {
    // §2 (llama31.mau): "on the Llama 3.1 version release date ... greater than 700 million ... in the preceding calendar
    // month" → June 2024: 500M ≤ 700M.
    const e = evaluate(llama31_8b, grown);
    expect(summary(e)).toEqual(['obligation llama.aup', 'info llama31.mau-700m']);
    expect(finding(e, 'llama31.mau-700m').message).toContain('June 2024 (500,000,000)');
  });

  it('catches the same company for the later Llama 4', () => {
    // §2 (llama4.mau): month before 2025-04-05 is March 2025: 800M > 700M.
    const e = evaluate(llama4Scout, grown);
    expect(finding(e, 'llama4.mau-700m').severity).toBe('blocker');
    expect(finding(e, 'llama4.mau-700m').message).toContain('800,000,000 MAU in March 2025');
  });

  it('reads November 2024 for Llama 3.3, strictly greater than 700M', () => {
    // §2 (llama33.mau): release 2024-12-06 → November 2024; 700,000,000 is not "greater than 700 million".
    const atLimit = evaluate(llama33_70b, { ...internal, monthlyActiveUsers: 1, mauHistory: { '2024-11': 700_000_000 } });
    expect(summary(atLimit)).toEqual(['obligation llama.aup']);
    const over = evaluate(llama33_70b, { ...internal, monthlyActiveUsers: 1, mauHistory: { '2024-11': 700_000_001 } });
    expect(finding(over, 'llama33.mau-700m').severity).toBe('blocker');
  });

  it('assumes today’s MAU for the snapshot month when no history is given', () => {
    // §2 (llama31.mau); without history the conservative reading is a blocker that says how to clear it.
    const e = evaluate(llama31_8b, { ...internal, monthlyActiveUsers: 750_000_000 });
    expect(finding(e, 'llama31.mau-700m').severity).toBe('blocker');
    expect(finding(e, 'llama31.mau-700m').message).toContain('assumed for June 2024');
  });
});

describe('Qwen: 100M MAU at any time, commercial use only', () => {
  it('blocks commercial use above 100M MAU', () => {
    // §4 (qwen.mau): "If you are commercially using the Materials, and your product or service has more than 100
    // million monthly active users, you shall request a license from us."
    const e = evaluate(qwen25_72b, { ...internal, monthlyActiveUsers: 150_000_000 });
    expect(summary(e)).toEqual(['blocker qwen.mau-100m']);
  });

  it('applies at any time, unlike the Llama snapshot', () => {
    // §4 (qwen.mau) has no release-date snapshot; the Llama 3.1 §2 snapshot (June 2024: 500M) clears the same company.
    const usage: UsageProfile = { ...internal, monthlyActiveUsers: 800_000_000, mauHistory: { '2024-06': 500_000_000 } };
    expect(finding(evaluate(qwen25_72b, usage), 'qwen.mau-100m').severity).toBe('blocker');
    expect(finding(evaluate(llama31_8b, usage), 'llama31.mau-700m').severity).toBe('info');
  });

  it('does not apply to non-commercial use', () => {
    // §4 (qwen.mau): the test starts with "If you are commercially using the Materials".
    const e = evaluate(qwen25_72b, { ...internal, commercial: false, monthlyActiveUsers: 150_000_000 });
    expect(summary(e)).toEqual(['info qwen.mau-100m']);
  });

  it('is not triggered at exactly 100M', () => {
    // §4 (qwen.mau): "more than 100 million".
    expect(summary(evaluate(qwen25_72b, { ...internal, monthlyActiveUsers: 100_000_000 }))).toEqual([]);
  });

  it('requires "Built with Qwen" on a shared model trained on Qwen outputs', () => {
    // §5(b) (qwen.outputs-train): a model improved with the Materials or outputs and made available must display
    // "Built with Qwen" or "Improved using Qwen".
    const e = evaluate(qwen25_72b, { ...hosted, trainsOtherModelsOnOutputs: true });
    expect(summary(e)).toEqual(['obligation qwen.built-with']);
  });

  it('warns that there is no express patent grant', () => {
    // §2 grant (qwen.no-patent-grant) names no patents; §6(c) ends all licences on an IP suit.
    expect(summary(evaluate(qwen25_72b, { ...internal, needsPatentGrant: true }))).toEqual(['warning qwen.no-patent-grant']);
  });

  it('asks for the Notice file and flags export controls when weights are redistributed', () => {
    // §3(c) (qwen.notice-file) and §5(a) (qwen.export-control).
    const e = evaluate(qwen25_72b, { ...internal, redistributesWeights: true });
    expect(summary(e)).toEqual(['obligation qwen.notice-file', 'info qwen.export-control']);
  });
});

describe('patents: Apache-2.0 grants them, MIT does not', () => {
  it('Apache-2.0 has an express grant and a retaliation clause', () => {
    // §3 (apache.patent-grant, apache.patent-retaliation).
    const e = evaluate(qwen3_32b, { ...internal, needsPatentGrant: true });
    expect(summary(e)).toEqual(['info apache.commercial-use', 'info apache.patent-grant', 'info apache.patent-retaliation']);
    expect(finding(e, 'apache.patent-grant').quote).toContain('patent license to make, have made, use');
  });

  it('MIT has no patent grant: a warning when the team needs one', () => {
    // MIT ¶1 (mit.no-patent-grant): the grant names copyright-type rights only.
    const e = evaluate(deepseekR1, { ...internal, needsPatentGrant: true });
    expect(summary(e)).toEqual(['warning mit.no-patent-grant', 'info mit.commercial-use']);
  });

  it('MIT without a patent need: the same fact as info', () => {
    // MIT ¶1 (mit.no-patent-grant).
    expect(summary(evaluate(deepseekR1, internal))).toEqual(['info mit.commercial-use', 'info mit.no-patent-grant']);
  });

  it('Llama has no express patent grant either', () => {
    // §1.a (llama33.no-patent-grant): "intellectual property or other rights owned by Meta embodied in the Llama Materials".
    const e = evaluate(llama33_70b, { ...internal, needsPatentGrant: true });
    expect(summary(e)).toEqual(['warning llama.no-patent-grant', 'obligation llama.aup']);
  });

  it('the DeepSeek License has an express patent grant', () => {
    // DeepSeek License §3 (deepseek.patent-grant).
    const e = evaluate(deepseekV3, { ...internal, needsPatentGrant: true });
    expect(summary(e)).toEqual(['obligation deepseek.use-restrictions', 'info deepseek.patent-grant']);
  });
});

describe('Llama attribution, naming and redistribution', () => {
  it('requires "Built with Llama" and a licence copy when a product is made available', () => {
    // §1.b.i(B) (llama33.built-with) and §1.b.i(A) (llama33.license-copy).
    const e = evaluate(llama33_70b, hosted);
    expect(summary(e)).toEqual(['obligation llama.aup', 'obligation llama.built-with', 'obligation llama.license-copy']);
    expect(finding(e, 'llama.built-with').quote).toContain('“Built with Llama”');
  });

  it('asks nothing of internal-only use beyond the AUP', () => {
    // §1.b.i applies "If you distribute or make available"; internal use does neither. §1.b.iv (AUP) always applies.
    expect(summary(evaluate(llama33_70b, internal))).toEqual(['obligation llama.aup']);
  });

  it('requires the Notice file with its fixed line when weights are redistributed', () => {
    // §1.b.iii (llama31.notice-file).
    const e = evaluate(llama31_8b, { ...internal, redistributesWeights: true });
    expect(finding(e, 'llama.notice-file').action).toContain(
      'Llama 3.1 is licensed under the Llama 3.1 Community License, Copyright © Meta Platforms, Inc. All Rights Reserved.',
    );
  });

  it('flags a distributed fine-tune whose name does not begin with "Llama"', () => {
    // §1.b.i last sentence (llama31.naming): "include “Llama” at the beginning of any such AI model name".
    const e = evaluate(llama31_8b, { ...internal, finetunes: true, redistributesWeights: true, derivativeName: 'Acme-Support-8B' });
    expect(finding(e, 'llama.naming').severity).toBe('warning');
    expect(finding(e, 'llama.naming').action).toContain('“Llama-Acme-Support-8B”');
  });

  it('accepts a name that begins with "Llama"', () => {
    // §1.b.i last sentence (llama31.naming).
    const e = evaluate(llama31_8b, { ...internal, finetunes: true, redistributesWeights: true, derivativeName: 'Llama-Acme-Support-8B' });
    expect(finding(e, 'llama.naming').severity).toBe('info');
  });

  it('states the naming rule when a shared fine-tune has no name yet', () => {
    // §1.b.i last sentence (llama4.naming).
    const e = evaluate(llama4Scout, { ...hosted, finetunes: true });
    expect(finding(e, 'llama.naming').severity).toBe('obligation');
  });

  it('has no naming duty for a fine-tune kept in-house', () => {
    // §1.b.i last sentence applies to a model "which is distributed or made available".
    const e = evaluate(llama33_70b, { ...internal, finetunes: true });
    expect(e.findings.map((f) => f.id)).not.toContain('llama.naming');
  });

  it('allows training another model on Llama 3.3 outputs, with the naming rule if it is shared', () => {
    // §1.b.i last sentence (llama33.outputs-train, llama33.naming): outputs may "create, train, fine tune, or
    // otherwise improve an AI model"; the name must then begin with "Llama".
    const e = evaluate(llama33_70b, { ...hosted, trainsOtherModelsOnOutputs: true });
    expect(summary(e)).toEqual([
      'obligation llama.aup',
      'obligation llama.built-with',
      'obligation llama.license-copy',
      'obligation llama.naming',
      'obligation llama.outputs-train',
    ]);
  });
});

describe('lineage: licences follow base models', () => {
  it('DeepSeek-R1-Distill-Llama-70B is MIT as published and Llama 3.3 through its base', () => {
    // DeepSeek-R1 README §7 (mit.r1-distill-llama-70b-lineage): "derived from Llama3.3-70B-Instruct and is originally
    // licensed under llama3.3 license"; §1.b.i(B) (llama33.built-with) then applies to the distill.
    const e = evaluate(r1DistillLlama70b, hosted);
    expect(e.licenses).toEqual(['MIT', 'LicenseRef-Llama-3.3-Community']);
    expect(summary(e)).toEqual([
      'warning lineage.inherited',
      'obligation llama.aup',
      'obligation llama.built-with',
      'obligation llama.license-copy',
      'info mit.commercial-use',
      'info mit.no-patent-grant',
    ]);
    expect(finding(e, 'lineage.inherited').clause).toBe('mit.r1-distill-llama-70b-lineage');
    expect(finding(e, 'llama.built-with')).toMatchObject({ license: 'LicenseRef-Llama-3.3-Community', model: 'llama-3.3-70b' });
  });

  it('carries the Llama naming rule and the MAU snapshot to the distill', () => {
    // §1.b.i last sentence (llama33.naming) and §2 (llama33.mau) via the base; MIT ¶2 (mit.notice) for the copies.
    const e = evaluate(
      r1DistillLlama70b,
      {
        ...internal,
        finetunes: true,
        redistributesWeights: true,
        derivativeName: 'R1-Acme-70B',
        monthlyActiveUsers: 900_000_000,
        mauHistory: { '2024-11': 900_000_000 },
      },
      { catalog },
    );
    expect(finding(e, 'llama33.mau-700m').severity).toBe('blocker');
    expect(finding(e, 'llama.naming').severity).toBe('warning');
    expect(finding(e, 'mit.notice').severity).toBe('obligation');
  });

  it('an EU company may use the 70B distill: its Llama 3.3 base is text-only', () => {
    // Llama 3.3 AUP final paragraph (llama33.aup-eu-multimodal); the catalog record of llama-3.3-70b takes text only.
    const e = evaluate(r1DistillLlama70b, { ...internal, euDomiciled: true }, { catalog });
    expect(finding(e, 'llama33.eu-multimodal').severity).toBe('info');
    expect(e.findings.some((f) => f.severity === 'blocker')).toBe(false);
  });

  it('DeepSeek-R1-Distill-Llama-8B inherits Llama 3.1 from a base outside the catalog', () => {
    // DeepSeek-R1 README §7 (mit.r1-distill-llama-8b-lineage): "originally licensed under llama3.1 license".
    const e = evaluate(r1DistillLlama8b, internal, { catalog });
    expect(e.licenses).toEqual(['MIT', 'LicenseRef-Llama-3.1-Community']);
    expect(finding(e, 'lineage.inherited').clause).toBe('mit.r1-distill-llama-8b-lineage');
  });

  it('the Qwen distills carry Apache-2.0 duties from their Qwen2.5 base', () => {
    // DeepSeek-R1 README §7 (mit.r1-distill-qwen-lineage); Apache §4(a) (apache.license-copy) on redistribution.
    const e = evaluate(r1DistillQwen32b, { ...internal, redistributesWeights: true });
    expect(e.licenses).toEqual(['MIT', 'Apache-2.0']);
    expect(finding(e, 'apache.license-copy')).toMatchObject({ severity: 'obligation', model: 'Qwen/Qwen2.5-32B' });
    expect(finding(e, 'mit.notice').severity).toBe('obligation');
  });

  it('reports a licence it has no rules for', () => {
    const e = evaluate({ ...qwen3_32b, id: 'x', license: { id: 'LicenseRef-Unknown' } }, internal);
    expect(summary(e)).toEqual(['warning license.unknown']);
  });
});

describe('research and non-production licences', () => {
  it('Mistral MRL blocks commercial use and commercial hosting', () => {
    // MRL §3.2 (mrl.research-only) and §9 'Research Purposes' exclusion 2 (mrl.no-commercial-distribution).
    const e = evaluate(mistralLarge2411, hosted);
    expect(summary(e)).toEqual(['blocker mrl.no-hosting', 'blocker mrl.research-only']);
  });

  it('Mistral MRL allows non-commercial research, outputs stay research-only', () => {
    // MRL §3.2 (mrl.research-only) and §4.2 (mrl.outputs-restricted).
    const e = evaluate(mistralLarge2411, { ...internal, commercial: false, trainsOtherModelsOnOutputs: true });
    expect(summary(e)).toEqual(['warning mrl.outputs-restricted', 'info mrl.research-only']);
  });

  it('Mistral MNPL blocks production use and commercial supply', () => {
    // MNPL §3.2 first and second bullets (mnpl.non-production-only, mnpl.no-commercial-supply).
    const e = evaluate(codestral22b, hosted);
    expect(summary(e)).toEqual(['blocker mnpl.no-commercial-supply', 'blocker mnpl.non-production-only']);
  });
});

describe('Gemma and DeepSeek License use restrictions', () => {
  it('Gemma: a model distilled from its outputs is a Model Derivative; hosting is Distribution', () => {
    // Gemma ToU §1.1(e) (gemma.model-derivatives) and §3.1 (gemma.flow-down; a Hosted Service is a Distribution).
    const e = evaluate(gemma3_27b, { ...hosted, trainsOtherModelsOnOutputs: true });
    expect(summary(e)).toEqual(['warning gemma.model-derivatives', 'obligation gemma.flow-down', 'obligation gemma.prohibited-use']);
  });

  it('DeepSeek License: distilled students are Derivatives of the Model', () => {
    // DeepSeek License §1 'Derivatives of the Model' (deepseek.distillation-derivatives); §4.a flow-down when hosted.
    const e = evaluate(deepseekV3, { ...hosted, trainsOtherModelsOnOutputs: true });
    expect(summary(e)).toEqual(['warning deepseek.distillation', 'obligation deepseek.flow-down', 'obligation deepseek.use-restrictions']);
  });
});

describe('citations', () => {
  it('copies quote, section and URL from the cited clause', () => {
    const e = evaluate(r1DistillLlama70b, { ...hosted, euDomiciled: true, redistributesWeights: true, finetunes: true, needsPatentGrant: true });
    for (const f of e.findings) {
      const found = findClause(f.clause);
      expect(found, f.id).toBeDefined();
      expect(f).toMatchObject({ quote: found?.clause.quote, section: found?.clause.section, url: found?.clause.url, license: found?.license.id });
    }
  });
});
