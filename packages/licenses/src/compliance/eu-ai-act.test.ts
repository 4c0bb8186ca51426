import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { DEFAULT_USAGE, type UsageProfile } from '../usage.js';
import { aiActTimeline, annexIIIAreas, complianceFindings, NOT_LEGAL_ADVICE } from './eu-ai-act.js';

const euCompany: UsageProfile = { ...DEFAULT_USAGE, euDomiciled: true, internalOnly: true };

function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity} ${f.id}`);
}

describe('complianceFindings (EU AI Act)', () => {
  it('an EU company using a model internally is a deployer with the Art. 4 literacy duty', () => {
    // Art. 3(4) 'deployer' and Art. 4 (applies since 2 Feb 2025, Art. 113(a)).
    const f = complianceFindings(euCompany);
    expect(summary(f)).toEqual(['obligation aia.art4-literacy', 'info aia.role-deployer']);
    expect(f[0]?.message).toContain('since 2025-02-02');
  });

  it('a public chatbot under the company’s name makes it the provider, with the Art. 50(1) duty', () => {
    // Art. 3(3) 'provider': "under its own name or trademark"; Art. 50(1) applies from 2 Aug 2026 (Art. 113).
    const f = complianceFindings({ ...euCompany, internalOnly: false, offersChatbotToPublic: true });
    expect(summary(f)).toEqual(['obligation aia.art4-literacy', 'obligation aia.art50-chatbot', 'obligation aia.role-provider']);
    expect(f.find((x) => x.id === 'aia.art50-chatbot')?.message).toContain('from 2026-08-02');
  });

  it('fine-tuning with more than a third of the original compute makes a new GPAI model provider', () => {
    // GPAI guidelines para 63: "greater than a third of the training compute of the original model"; 0.4 > 1/3.
    const f = complianceFindings({ ...euCompany, finetunes: true, fineTuneComputeShare: 0.4 });
    const gpai = f.find((x) => x.id === 'aia.gpai-modification');
    expect(gpai).toMatchObject({ severity: 'warning', section: 'GPAI guidelines, para 63 (see also paras 64 and 68)' });
    expect(gpai?.message).toContain('40 %');
  });

  it('a third exactly is not "greater than a third"', () => {
    // GPAI guidelines para 63.
    const f = complianceFindings({ ...euCompany, finetunes: true, fineTuneComputeShare: 1 / 3 });
    expect(f.find((x) => x.id === 'aia.gpai-modification')?.severity).toBe('info');
  });

  it('a hiring use case adds the Art. 26 deployer duties from the Annex III date', () => {
    // Art. 26(1); Annex III point 4; amended Art. 113(c)(i): 2 Dec 2027.
    const f = complianceFindings({ ...euCompany, highRiskUseCase: 'employment' });
    const hr = f.find((x) => x.id === 'aia.art26-high-risk');
    expect(hr?.severity).toBe('warning');
    expect(hr?.message).toContain('Employment, workers management and access to self-employment (Annex III, point 4)');
    expect(hr?.message).toContain('from 2027-12-02');
  });

  it('gives the open-source exemption verdict per licence, and the untested Llama 4 EU question', () => {
    // Art. 53(2); GPAI guidelines para 83 (user thresholds fail) and para 59 (upstream excluded the EU).
    const f = complianceFindings({ ...euCompany }, { licenses: ['Apache-2.0', 'LicenseRef-Llama-4-Community'] });
    const exemptions = f.filter((x) => x.id === 'aia.open-source-exemption').map((x) => x.message.split(' the licence')[0]);
    expect(exemptions).toEqual(['The Apache 2.0 license meets', 'The Llama 4 license fails']);
    expect(f.some((x) => x.id === 'aia.upstream-excluded-eu')).toBe(true);
  });

  it('outside the EU it says the Act was not assessed', () => {
    expect(summary(complianceFindings({ ...DEFAULT_USAGE }))).toEqual(['info aia.scope']);
  });

  it('says in every finding that it is not legal advice and cites a source', () => {
    const f = complianceFindings(
      { ...euCompany, offersChatbotToPublic: true, generatesSyntheticContent: true, finetunes: true, highRiskUseCase: 'education' },
      { licenses: ['MIT', 'LicenseRef-Qwen'] },
    );
    expect(f.length).toBe(8);
    for (const x of f) {
      expect(x.message.endsWith(NOT_LEGAL_ADVICE)).toBe(true);
      expect(x.quote.length).toBeGreaterThan(0);
      expect(x.url).toMatch(/^https:\/\//);
    }
  });

  it('lists Annex III areas as screening questions and dates with their caveat', () => {
    expect(annexIIIAreas().map((a) => a.id)).toEqual([
      'biometrics',
      'critical-infrastructure',
      'education',
      'employment',
      'essential-services',
      'law-enforcement',
      'migration',
      'justice-democracy',
    ]);
    expect(aiActTimeline().note).toContain('Dates may move again');
  });
});

describe('AI Act role for a hosted service', () => {
  it('hosting the model as a service for others under your name makes you the provider of that system', () => {
    // Art. 3(3) 'provider': puts an AI system into service "under its own name or trademark".
    const f = complianceFindings({ ...DEFAULT_USAGE, euDomiciled: true, hostsAsServiceForThirdParties: true });
    expect(summary(f)).toEqual(['obligation aia.art4-literacy', 'obligation aia.role-provider']);
  });
});
