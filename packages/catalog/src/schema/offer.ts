import { type Static, Type } from '@sinclair/typebox';
import { BoundedNumber, Id, IsoDate, LIMITS, Source, Tokens } from './common.js';

const PerMTok = BoundedNumber(LIMITS.pricePerMTok);

/** Prices in the offer's currency per 1,000,000 tokens. */
export const RateCard = Type.Object(
  {
    inputPerMTok: PerMTok,
    /** Cache read / cache hit input; null when the provider has no discount for cached input. */
    cachedInputPerMTok: Type.Union([PerMTok, Type.Null()]),
    outputPerMTok: PerMTok,
  },
  { additionalProperties: false },
);
export type RateCard = Static<typeof RateCard>;

/** A rate card that replaces the base rates when its condition holds. */
export const PriceTier = Type.Object(
  {
    /** `context-above`: the whole request is repriced when its input exceeds `thresholdTokens`. `off-peak`: UTC window. */
    condition: Type.Union([Type.Literal('context-above'), Type.Literal('off-peak'), Type.Literal('batch')]),
    thresholdTokens: Type.Optional(Tokens),
    /** For off-peak: UTC window `HH:MM-HH:MM`. */
    window: Type.Optional(Type.String({ pattern: '^\\d{2}:\\d{2}-\\d{2}:\\d{2}$' })),
    rates: RateCard,
    /**
     * Cache write while this tier applies, per 1M tokens. Unset: pricing bills the offer's base `cacheWritePerMTok`
     * and prints that as an assumption (no provider rule in our sources derives it from the tier).
     */
    cacheWritePerMTok: Type.Optional(PerMTok),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type PriceTier = Static<typeof PriceTier>;

export const Offer = Type.Object(
  {
    /** `provider/model`, e.g. `openai/gpt-4o`, `deepseek/deepseek-chat`. */
    id: Id,
    provider: Type.String({ minLength: 1, maxLength: 100 }),
    /** Provider's model name as billed. */
    providerModel: Type.String({ minLength: 1, maxLength: 200 }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    /** Catalog model id when the offer serves an open-weight model of the catalog. */
    modelId: Type.Optional(Id),
    openWeights: Type.Boolean(),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
    rates: RateCard,
    /** Cache write (Anthropic/OpenAI style), per 1M tokens. */
    cacheWritePerMTok: Type.Optional(PerMTok),
    tiers: Type.Array(PriceTier),
    contextTokens: Type.Union([Tokens, Type.Null()]),
    maxOutputTokens: Type.Optional(Type.Union([Tokens, Type.Null()])),
    status: Type.Object(
      {
        state: Type.Union([Type.Literal('current'), Type.Literal('deprecated'), Type.Literal('retired')]),
        /** Shutdown date for deprecated/retired offers. */
        date: Type.Optional(IsoDate),
        note: Type.Optional(Type.String({ maxLength: 2000 })),
      },
      { additionalProperties: false },
    ),
    /** Shown in comparisons: the article compares these; `article` marks prices quoted by the comparison article. */
    tags: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]+$' }), { uniqueItems: true })),
    source: Source,
  },
  { additionalProperties: false },
);
export type Offer = Static<typeof Offer>;

export const OffersFile = Type.Object(
  { $schema: Type.Optional(Type.String()), offers: Type.Array(Offer) },
  { additionalProperties: false },
);
export type OffersFile = Static<typeof OffersFile>;
