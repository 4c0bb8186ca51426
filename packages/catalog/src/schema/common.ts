import { type Static, Type } from '@sinclair/typebox';

/** Lower-case slug used for every catalog id (`qwen3-14b`, `rtx-4090`, `openai/gpt-4o`). */
export const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9._/-]*$', maxLength: 120 });

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = Type.String({ format: 'date' });

/**
 * Where a fact comes from. Every fact in the catalog carries one (DESIGN.md, "Data rules").
 * `kind`: primary = vendor card, config.json, license text, price page; secondary = article, aggregator.
 */
export const Source = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 2000, description: 'URL or named document' }),
    kind: Type.Union([Type.Literal('primary'), Type.Literal('secondary')]),
    asOf: IsoDate,
    note: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type Source = Static<typeof Source>;

/**
 * Upper bounds for every number in a catalog file. Far above any real value (the largest model has
 * ~2e12 parameters, the largest GPU ~2e11 bytes), they refuse typos and hostile values such as
 * 2^64 parameters or 1e300 per million tokens, which would otherwise print absurd figures.
 * Integers must also be safe integers (≤ 2^53 − 1) so arithmetic on them stays exact.
 */
export const LIMITS = {
  /** Parameters of one model (total or active). */
  parameters: 1e14,
  /** Decoder layers, attention heads, experts: counts of structures within a model. */
  layers: 10_000,
  /** Hidden, head, FFN and latent widths. */
  hiddenSize: 1e6,
  vocabSize: 1e7,
  /** Tokens of context, windows, thresholds and output limits. */
  contextTokens: 1e9,
  memoryBytes: 1e14,
  bandwidthBytesPerSecond: 1e15,
  flops: 1e18,
  watts: 1e6,
  /** Price per 1,000,000 tokens, in the offer's currency. */
  pricePerMTok: 1e5,
  /** Hardware purchase and rental prices in USD. */
  usd: 1e9,
} as const;

/** Positive safe integer at most `maximum` (never above Number.MAX_SAFE_INTEGER). */
export const BoundedInt = (maximum: number, options: { minimum?: number; description?: string } = {}) =>
  Type.Integer({ minimum: options.minimum ?? 1, maximum: Math.min(maximum, Number.MAX_SAFE_INTEGER), ...(options.description ? { description: options.description } : {}) });

/** Count ≥ 1 of structures within a model (layers, heads, experts, languages). */
export const Count = BoundedInt(LIMITS.layers);
/** Width ≥ 1 of a hidden state, head, FFN or latent. */
export const Width = BoundedInt(LIMITS.hiddenSize);
/** Number of tokens ≥ 1 (context, windows, thresholds, output limits). */
export const Tokens = BoundedInt(LIMITS.contextTokens);
/** Non-negative number at most `maximum`. */
export const BoundedNumber = (maximum: number) => Type.Number({ minimum: 0, maximum });
