import type { Severity } from '../finding.js';
import type { LicensedModel, LicenseRef } from '../lineage.js';
import type { License } from '../schema.js';
import type { UsageProfile } from '../usage.js';

/** Everything a rule may look at for one licence in a model's chain. */
export interface RuleContext {
  usage: UsageProfile;
  /** The model being evaluated. */
  model: LicensedModel;
  /** This licence's place in the chain (published or inherited from a base). */
  ref: LicenseRef;
  license: License;
  /** The model the licence was granted for: the catalog record of the base when known, else the evaluated model. */
  carrier: LicensedModel;
}

/** What a rule concludes when it applies; the citation is added from `Rule.clause`. */
export interface Outcome {
  severity: Severity;
  /** What applies, as a statement. */
  message: string;
  /** What the team must do for this outcome, when it differs from the rule's `action`. */
  action?: string;
}

/** The action of an info finding that asks nothing of the team. */
export const NOTHING_TO_DO = 'Nothing to do; keep this in the review record.';

/** One licence rule: a stable finding id, the clause it cites, and when it fires. */
export interface Rule {
  /** Finding id, e.g. `llama4.mau-700m`. */
  id: string;
  /** Clause id in data/licenses.json whose quote, section and URL the finding carries. */
  clause: string;
  /** When the rule fires, in plain words (docs/license-rules.md is generated from this). */
  when: string;
  /**
   * What the team must do when the rule fires, one imperative sentence (docs/license-rules.md prints it);
   * the finding's action unless the outcome names a more specific one.
   */
  action: string;
  check(ctx: RuleContext): Outcome | null;
}

/** The licensee makes the model, or a product or service containing it, available to others (Llama §1.b.i). */
export function makesAvailable(usage: UsageProfile): boolean {
  return usage.redistributesWeights || usage.hostsAsServiceForThirdParties || !usage.internalOnly;
}

/** A model trained, fine-tuned or improved with the materials or their outputs leaves the team. */
export function sharesDerivedModel(usage: UsageProfile): boolean {
  const derives = usage.finetunes || usage.trainsOtherModelsOnOutputs;
  const shared = usage.redistributesWeights || usage.hostsAsServiceForThirdParties || usage.derivativeName !== undefined;
  return derives && shared;
}

/** Takes non-text input (image, audio, video); `code` counts as text. */
export function isMultimodal(model: LicensedModel): boolean {
  return model.modalities.input.some((m) => m !== 'text' && m !== 'code');
}

/** `1234567890` → `1,234,567,890` (stable across locales, unlike toLocaleString). */
export function formatCount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
