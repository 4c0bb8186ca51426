import data from '../../data/compliance.json' with { type: 'json' };
import { type Finding, type Severity, sortFindings } from '../finding.js';
import { findLicense } from '../license-data.js';
import type { ComplianceProfile } from '../usage.js';
import type { AnnexIIIArea, ComplianceFile, Milestone, Provision } from './compliance-schema.js';

// Validated against ComplianceFile by compliance.test.ts.
const file = data as ComplianceFile;

/** Appended to every compliance message: these findings describe the law, they do not advise on it. */
export const NOT_LEGAL_ADVICE = 'Not legal advice: confirm with counsel.';

/** Modification compute above this share of the original's training compute makes a new GPAI model (guidelines para 63). */
export const GPAI_MODIFICATION_SHARE = 1 / 3;

export function annexIIIAreas(): readonly AnnexIIIArea[] {
  return file.annexIII;
}

/** When AI Act obligations apply, with the basis of each date. */
export function aiActTimeline(): { milestones: readonly Milestone[]; note: string } {
  return { milestones: file.timeline, note: file.datesNote };
}

function provision(id: string): Provision {
  const p = file.provisions.find((x) => x.id === id);
  if (!p) throw new Error(`compliance rule cites unknown provision "${id}" (not in data/compliance.json)`);
  return p;
}

function milestone(basisStartsWith: string): Milestone {
  const m = file.timeline.find((x) => x.basis.startsWith(basisStartsWith));
  if (!m) throw new Error(`no AI Act milestone with basis "${basisStartsWith}"`);
  return m;
}

/** The action of an info finding that asks nothing of the team. */
const NOTHING_TO_DO = 'Nothing to do; keep this in the review record.';

function cite(provisionId: string, id: string, topic: string, severity: Severity, message: string, action: string): Finding {
  const p = provision(provisionId);
  return {
    id,
    severity,
    topic,
    message: `${message} ${NOT_LEGAL_ADVICE}`,
    action,
    license: p.source,
    section: p.section,
    quote: p.quote,
    url: p.url,
    clause: p.id,
  };
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}

export interface ComplianceOptions {
  /** Licence ids of the model's chain: adds the Art. 53(2) open-source licence test and the Llama 4 EU note. */
  licenses?: readonly string[];
}

/**
 * EU AI Act findings for how a team plans to deploy a model: its role, Art. 4, Art. 50, Art. 26 and the GPAI
 * modification threshold. Neutral statements of the rules with their source; every message says it is not legal advice.
 */
export function complianceFindings(profile: ComplianceProfile, options: ComplianceOptions = {}): Finding[] {
  const inEu = profile.euDomiciled || profile.servesEu === true;
  const findings: Finding[] = [];
  if (!inEu) {
    findings.push(
      cite(
        'aia.art3-4',
        'aia.scope',
        'ai-act-scope',
        'info',
        'You said the system is neither run from nor used in the EU, so no AI Act findings follow. The Act also applies when a system’s output is used in the EU.',
        'Nothing to do; check again if the system or its output will be used in the EU.',
      ),
    );
    return findings;
  }

  // A company that wraps a model in its own chatbot or hosted service puts that AI system into service under its own name.
  if (profile.rebrandsOrModifies === true || profile.offersChatbotToPublic === true || profile.hostsAsServiceForThirdParties) {
    findings.push(
      cite(
        'aia.art3-3',
        'aia.role-provider',
        'ai-act-role',
        'obligation',
        'Putting the system into service under your own name (a rebranded or substantially modified model, your own chatbot or hosted service) makes you the provider of that AI system as well as its deployer. You are not the provider of the underlying general-purpose model unless the GPAI findings say so.',
        'Record that you are the provider of this AI system and check which provider duties apply to it.',
      ),
    );
  } else {
    findings.push(
      cite(
        'aia.art3-4',
        'aia.role-deployer',
        'ai-act-role',
        'info',
        'Using the system under your authority makes you its deployer. Rebranding it, substantially modifying it, or offering it to others under your name would make you its provider.',
        'Nothing to do; check your role again before you rebrand, substantially modify or offer the system to others.',
      ),
    );
  }

  const literacy = milestone('Art. 113(a)');
  findings.push(
    cite(
      'aia.art4',
      'aia.art4-literacy',
      'ai-literacy',
      'obligation',
      `Providers and deployers must take measures for the AI literacy of staff and others who operate the system for them (applies since ${literacy.date}; the Digital Omnibus is reported to soften the wording).`,
      'Take and record measures for the AI literacy of the staff and others who operate the system for you.',
    ),
  );

  if (profile.offersChatbotToPublic === true) {
    const from = milestone('Art. 113;');
    findings.push(
      cite(
        'aia.art50-1',
        'aia.art50-chatbot',
        'ai-act-transparency',
        'obligation',
        `People must be told they are talking to an AI system, at the latest at their first interaction, unless it is obvious (Art. 50(1), (5); applies from ${from.date}).`,
        'Tell people they are talking to an AI system, at the latest at their first interaction.',
      ),
    );
  }
  if (profile.generatesSyntheticContent === true) {
    const from = milestone('Art. 113;');
    const legacy = milestone('Reg. (EU) 2026/1744');
    findings.push(
      cite(
        'aia.art50-2',
        'aia.art50-marking',
        'ai-act-transparency',
        'obligation',
        `Generated audio, images, video or text must be marked as AI-generated in a machine-readable way (applies from ${from.date}; from ${legacy.date} for systems placed on the market before then).`,
        'Mark the content the system generates as AI-generated in a machine-readable way.',
      ),
    );
  }

  if (profile.finetunes || profile.fineTuneComputeShare !== undefined) {
    const share = profile.fineTuneComputeShare;
    if (share === undefined) {
      findings.push(
        cite(
          'gpai.para63',
          'aia.gpai-modification',
          'ai-act-gpai',
          'info',
          'Above one third of the original model’s training compute, fine-tuning makes you the provider of a new general-purpose AI model. If the original compute is unknown, compare with a third of 10^23 FLOP (a third of 10^25 FLOP for systemic-risk models; para 64).',
          'Estimate your fine-tuning compute and record it as a share of the original training compute.',
        ),
      );
    } else if (share > GPAI_MODIFICATION_SHARE) {
      findings.push(
        cite(
          'gpai.para63',
          'aia.gpai-modification',
          'ai-act-gpai',
          'warning',
          `Fine-tuning with ${percent(share)} of the original training compute exceeds one third: you become the provider of a new general-purpose AI model. The obligations cover your modification (para 68).`,
          'Prepare technical documentation, a copyright policy and a training-data summary for the data you added.',
        ),
      );
    } else {
      findings.push(
        cite(
          'gpai.para63',
          'aia.gpai-modification',
          'ai-act-gpai',
          'info',
          `Fine-tuning with ${percent(share)} of the original training compute stays at or below one third: the upstream publisher remains the model’s provider.`,
          'Nothing to do; check the share again if your fine-tuning compute grows.',
        ),
      );
    }
  }

  if (profile.highRiskUseCase) {
    const area = file.annexIII.find((a) => a.id === profile.highRiskUseCase);
    const from = milestone('Amended Art. 113(c)(i)');
    findings.push(
      cite(
        'aia.art26-1',
        'aia.art26-high-risk',
        'ai-act-high-risk',
        'warning',
        `${area ? `${area.area} (${area.point})` : `“${profile.highRiskUseCase}”`} is a high-risk use case: the Art. 26 deployer duties apply (from ${from.date} for Annex III). As provider (own name or substantial modification), the Art. 16 provider duties apply instead.`,
        'As deployer, follow the instructions for use, assign competent human oversight, keep input data relevant, monitor, keep logs for at least six months and inform workers.',
      ),
    );
  }

  for (const id of options.licenses ?? []) {
    const license = findLicense(id);
    if (!license) continue;
    const test = license.aiActOpenSourceCondition;
    const verdict = { meets: 'meets', fails: 'fails', uncertain: 'may not meet' }[test.result];
    findings.push(
      cite(
        'aia.art53-2',
        'aia.open-source-exemption',
        'ai-act-gpai',
        'info',
        `The ${license.shortName} license ${verdict} the licence condition of the open-source exemption (${test.source}): ${test.reason} Where the exemption does not apply, the model provider owes integrators Annex XII documentation.`,
        test.result === 'meets' ? NOTHING_TO_DO : 'Ask the model provider for its Annex XII documentation for integrators.',
      ),
    );
    if (id === 'LicenseRef-Llama-4-Community') {
      findings.push(
        cite(
          'gpai.para59',
          'aia.upstream-excluded-eu',
          'ai-act-gpai',
          'info',
          'Whether the Llama 4 AUP’s EU carve-out (which still allows EU end users) counts as excluding the Union market, which would make the downstream actor the model provider, is untested.',
          'Ask counsel whether you would count as the model provider before relying on Llama 4 in the EU.',
        ),
      );
    }
  }
  return sortFindings(findings);
}
