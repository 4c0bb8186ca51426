/**
 * How a team plans to use a model. Licence rules read the first block; the AI Act rules
 * (`complianceFindings`) read the optional second block.
 */
export interface UsageProfile {
  /** Any use connected to a business (internal tools count: Mistral MRL §9 excludes employees' daily tasks). */
  commercial: boolean;
  /** Monthly active users of the licensee's and its affiliates' products and services, today. */
  monthlyActiveUsers: number;
  /**
   * Monthly active users by calendar month (`YYYY-MM`). The Llama MAU test reads the month before each
   * version's release date; without an entry for that month, `monthlyActiveUsers` is assumed for it.
   */
  mauHistory?: Readonly<Record<string, number>>;
  /** Individual domiciled in, or company with principal place of business in, the European Union. */
  euDomiciled: boolean;
  /** Hosts the model (or a product built on it) for third parties: API, SaaS, public chatbot. */
  hostsAsServiceForThirdParties: boolean;
  /** Redistributes the weights or a derivative (fine-tune, quantization, merge). */
  redistributesWeights: boolean;
  finetunes: boolean;
  /** Uses the model's outputs to create, train, fine-tune or improve another model (distillation, synthetic data). */
  trainsOtherModelsOnOutputs: boolean;
  /** Feeds images (or other non-text input) to the model. */
  multimodalUse: boolean;
  /** Name of a derivative model that is distributed or made available. */
  derivativeName?: string;
  /** The team requires an express patent licence from the model's publisher. */
  needsPatentGrant: boolean;
  /** Only the team's own staff use it; nothing is offered to outsiders. */
  internalOnly: boolean;

  /** Offers a chatbot or other system that interacts with people outside the team (AI Act Art. 50(1)). */
  offersChatbotToPublic?: boolean;
  /** Puts its own name or trademark on the system, or substantially modifies it (AI Act Art. 25(1)). */
  rebrandsOrModifies?: boolean;
  /** Fine-tuning compute as a share of the original model's training compute (0.4 = 40 %). */
  fineTuneComputeShare?: number;
  /** Annex III area id from `annexIIIAreas()` when the use case may be high-risk, else null. */
  highRiskUseCase?: string | null;
  /** The system (or its outputs) is used in the EU; true whenever `euDomiciled` (AI Act Art. 2(1)). */
  servesEu?: boolean;
  /** Generates synthetic images, audio, video or text shown to people (Art. 50(2)). */
  generatesSyntheticContent?: boolean;
}

/** Conservative defaults: commercial use, nothing else; every field the CLI can set starts here. */
export const DEFAULT_USAGE: UsageProfile = Object.freeze({
  commercial: true,
  monthlyActiveUsers: 0,
  euDomiciled: false,
  hostsAsServiceForThirdParties: false,
  redistributesWeights: false,
  finetunes: false,
  trainsOtherModelsOnOutputs: false,
  multimodalUse: false,
  needsPatentGrant: false,
  internalOnly: false,
});

/** Compliance rules read only these fields, so a plan can pass its usage profile as is. */
export type ComplianceProfile = Pick<UsageProfile, 'euDomiciled' | 'finetunes' | 'hostsAsServiceForThirdParties' | 'internalOnly'> &
  Pick<
    UsageProfile,
    | 'offersChatbotToPublic'
    | 'rebrandsOrModifies'
    | 'fineTuneComputeShare'
    | 'highRiskUseCase'
    | 'servesEu'
    | 'generatesSyntheticContent'
  >;
