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

export const PositiveInt = Type.Integer({ minimum: 1 });
export const NonNegative = Type.Number({ minimum: 0 });
