import { type Finding, sortFindings } from './finding.js';
import { clause, findLicense } from './license-data.js';
import { type LicensedModel, type LicenseRef, licenseChain, type ModelSource } from './lineage.js';
import { lineageClause, RULES_BY_LICENSE } from './rules/registry.js';
import type { Outcome, RuleContext } from './rules/rule.js';
import type { UsageProfile } from './usage.js';

export interface EvaluateOptions {
  /** Resolves base models (their own licence, lineage and modalities), e.g. the catalog. */
  catalog?: ModelSource;
}

export interface LicenseEvaluation {
  model: string;
  /** Licence ids in the chain: the published licence first, then inherited ones. */
  licenses: string[];
  /** Most severe first. */
  findings: Finding[];
}

/** A finding whose citation is copied from the clause, so quotes are never typed twice. */
export function cite(clauseId: string, id: string, outcome: Outcome & { action: string }, model?: string): Finding {
  const { clause: c, license } = clause(clauseId);
  const finding: Finding = {
    id,
    severity: outcome.severity,
    topic: c.topic,
    message: outcome.message,
    action: outcome.action,
    license: license.id,
    section: c.section,
    quote: c.quote,
    url: c.url,
    clause: c.id,
  };
  if (model !== undefined) finding.model = model;
  return finding;
}

function lineageFinding(model: LicensedModel, ref: LicenseRef): Finding | null {
  const clauseId = lineageClause(model.id, ref.license);
  if (!clauseId) return null;
  const name = findLicense(ref.license)?.shortName ?? ref.license;
  return cite(
    clauseId,
    'lineage.inherited',
    {
      severity: 'warning',
      message: `${model.name} is published under ${model.license.id} but is ${ref.via.replace(/-/g, ' ')} ${ref.model}, which is under the ${name} license: its terms apply too, whatever the model's own tag says.`,
      action: `Meet the ${name} license terms of ${ref.model} (its findings are listed with it) as well as those of ${model.license.id}.`,
    },
    ref.model,
  );
}

/**
 * Licence findings for one model used as `usage` describes: every licence in the model's chain
 * (published and inherited through `baseModels`) is checked against its rules.
 */
export function evaluate(model: LicensedModel, usage: UsageProfile, options: EvaluateOptions = {}): LicenseEvaluation {
  const chain = licenseChain(model, options.catalog);
  const findings: Finding[] = [];
  for (const ref of chain) {
    const inherited = ref.via !== 'published';
    if (inherited) {
      const f = lineageFinding(model, ref);
      if (f) findings.push(f);
    }
    const license = findLicense(ref.license);
    const rules = RULES_BY_LICENSE[ref.license];
    if (!license || !rules) {
      findings.push({
        id: 'license.unknown',
        severity: 'warning',
        topic: 'license-inheritance',
        message: `No rules for license "${ref.license}" (${ref.model}): llm-adopt cannot say what it requires.`,
        action: `Read the text of "${ref.license}" and record what it requires before use.`,
        license: ref.license,
        section: '',
        quote: '',
        url: '',
        clause: '',
        model: ref.model,
      });
      continue;
    }
    const ctx: RuleContext = { usage, model, ref, license, carrier: ref.base ?? model };
    for (const rule of rules) {
      const outcome = rule.check(ctx);
      if (outcome) findings.push(cite(rule.clause, rule.id, { ...outcome, action: outcome.action ?? rule.action }, inherited ? ref.model : undefined));
    }
  }
  return { model: model.id, licenses: chain.map((r) => r.license), findings: sortFindings(findings) };
}

/** Every rule with the clause it cites, for docs/license-rules.md and audits. */
export function ruleCatalog(): { license: string; id: string; clause: string; when: string; action: string }[] {
  return Object.entries(RULES_BY_LICENSE).flatMap(([license, rules]) =>
    rules.map((r) => ({ license, id: r.id, clause: r.clause, when: r.when, action: r.action })),
  );
}
