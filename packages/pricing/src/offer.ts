/**
 * The part of a catalog `Offer` (packages/catalog/src/schema/offer.ts) that pricing reads.
 * Declared structurally so any catalog offer, or a user's own price card, can be passed.
 */
export interface RateCard {
  /** Per 1,000,000 tokens in the offer's currency. */
  readonly inputPerMTok: number;
  /** Cache read; null when the provider gives no discount (cached input then bills at `inputPerMTok`). */
  readonly cachedInputPerMTok: number | null;
  readonly outputPerMTok: number;
}

export interface PriceTier {
  /** `context-above`: the whole request is repriced when its prompt exceeds `thresholdTokens`. */
  readonly condition: 'context-above' | 'off-peak' | 'batch';
  readonly thresholdTokens?: number;
  /** Off-peak UTC window `HH:MM-HH:MM`. */
  readonly window?: string;
  readonly rates: RateCard;
  /** Cache write while a `context-above` tier applies; unset: the offer's base cache-write rate (an assumption, printed). */
  readonly cacheWritePerMTok?: number;
}

export interface PricedOffer {
  readonly id: string;
  readonly displayName?: string;
  readonly currency: string;
  readonly rates: RateCard;
  readonly cacheWritePerMTok?: number;
  readonly tiers: readonly PriceTier[];
  readonly contextTokens?: number | null;
  readonly status: { readonly state: 'current' | 'deprecated' | 'retired'; readonly date?: string; readonly note?: string };
  readonly source: { readonly source: string; readonly asOf: string };
}
