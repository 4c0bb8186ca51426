import { type Static, Type } from '@sinclair/typebox';

const Url = Type.String({ format: 'uri', maxLength: 500 });

/** A provision of a law or guideline that compliance findings cite, like a licence clause. */
export const Provision = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+\\.[a-z0-9-]+$' }),
    /** Id of an entry in `sources`. */
    source: Type.String({ minLength: 1 }),
    section: Type.String({ minLength: 1, maxLength: 200 }),
    quote: Type.String({ minLength: 1, maxLength: 600 }),
    summary: Type.String({ minLength: 1, maxLength: 1000 }),
    url: Url,
  },
  { additionalProperties: false },
);
export type Provision = Static<typeof Provision>;

export const AnnexIIIArea = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9-]+$' }),
    point: Type.String({ minLength: 1 }),
    area: Type.String({ minLength: 1 }),
    /** Screening question a team answers to see whether its use case falls in the area. */
    question: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type AnnexIIIArea = Static<typeof AnnexIIIArea>;

export const Milestone = Type.Object(
  {
    date: Type.String({ format: 'date' }),
    applies: Type.String({ minLength: 1 }),
    basis: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false },
);
export type Milestone = Static<typeof Milestone>;

export const ComplianceFile = Type.Object(
  {
    sources: Type.Array(
      Type.Object({ id: Type.String({ minLength: 1 }), name: Type.String({ minLength: 1 }), url: Url }, { additionalProperties: false }),
    ),
    /** Why the dates may have moved, and where to check them. */
    datesNote: Type.String({ minLength: 1 }),
    provisions: Type.Array(Provision, { minItems: 1 }),
    timeline: Type.Array(Milestone, { minItems: 1 }),
    annexIII: Type.Array(AnnexIIIArea, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type ComplianceFile = Static<typeof ComplianceFile>;
