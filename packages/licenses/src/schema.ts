import { type Static, Type } from '@sinclair/typebox';

/** Calendar date, `YYYY-MM-DD`. */
const IsoDate = Type.String({ format: 'date' });
const Url = Type.String({ format: 'uri', maxLength: 500 });

/** Clause ids are `<license-prefix>.<slug>`, e.g. `llama4.aup-eu-multimodal`; findings cite them. */
export const ClauseId = Type.String({ pattern: '^[a-z0-9]+\\.[a-z0-9-]+$', maxLength: 80 });

/** What a clause is about; the comparison matrix and the rules look clauses up by id, topics group them in docs. */
const CLAUSE_TOPICS = [
  'commercial-use',
  'mau-threshold',
  'redistribution',
  'attribution',
  'naming-of-derivatives',
  'outputs-to-train-models',
  'patent-grant',
  'patent-termination',
  'acceptable-use',
  'multimodal-restriction',
  'regional-restriction',
  'notice-file',
  'modification-notice',
  'trademark',
  'warranty',
  'license-inheritance',
  'hosting-as-a-service',
  'indemnity',
  'output-ownership',
  'termination',
  'governing-law',
  'export-control',
  'remote-restriction',
  'personal-data',
] as const;
export const ClauseTopic = Type.Union(CLAUSE_TOPICS.map((t) => Type.Literal(t)));
export type ClauseTopic = Static<typeof ClauseTopic>;

export const Clause = Type.Object(
  {
    id: ClauseId,
    topic: ClauseTopic,
    /** What the clause means for an adopter, in plain words. */
    summary: Type.String({ minLength: 1, maxLength: 1000 }),
    /** Short verbatim quote from the text at `url`. Where a clause records an absence (no patent grant), the quote is the grant that omits it. */
    quote: Type.String({ minLength: 1, maxLength: 600 }),
    /** Section as the text numbers it (`§1.b.i(B)`, `Llama 4 AUP, final paragraph`). */
    section: Type.String({ minLength: 1, maxLength: 200 }),
    url: Url,
    /**
     * `primary`: the licence text or the publisher's own statement at `url`; `secondary`: a transcription (e.g. a
     * Hugging Face discussion) used where the primary text was not available. Audits list the secondary ones.
     */
    sourceKind: Type.Union([Type.Literal('primary'), Type.Literal('secondary')]),
    /** Text a licensee must reproduce verbatim (Notice files, "Built with Llama"). */
    requiredText: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  },
  { additionalProperties: false },
);
export type Clause = Static<typeof Clause>;

/** Monthly-active-user limit above which the licence needs a separate grant. */
export const MauLimit = Type.Object(
  {
    users: Type.Integer({ minimum: 1 }),
    /**
     * `release-snapshot`: measured once, for the calendar month before `releaseDate` (Llama §2).
     * `any-time`: applies whenever the product has that many users while used commercially (Qwen §4).
     */
    measured: Type.Union([Type.Literal('release-snapshot'), Type.Literal('any-time')]),
    /** Only commercial use counts (Qwen §4: "If you are commercially using the Materials"). */
    commercialOnly: Type.Boolean(),
    clause: ClauseId,
  },
  { additionalProperties: false },
);
export type MauLimit = Static<typeof MauLimit>;

/** Rows of the comparison matrix, in the order teams put them in adoption documents. */
export const MATRIX_ROWS = ['commercial', 'mau', 'redistribution', 'outputs', 'attribution', 'naming', 'patent', 'regional'] as const;
export const MatrixRow = Type.Union(MATRIX_ROWS.map((r) => Type.Literal(r)));
export type MatrixRow = Static<typeof MatrixRow>;

/** One cell: a short answer and the clause that decides it. */
export const MatrixCell = Type.Object(
  {
    answer: Type.String({ minLength: 1, maxLength: 120 }),
    clause: ClauseId,
  },
  { additionalProperties: false },
);
export type MatrixCell = Static<typeof MatrixCell>;

export const License = Type.Object(
  {
    /** SPDX id where SPDX has one, else `LicenseRef-…` (DESIGN.md, "Data rules"). */
    id: Type.String({ pattern: '^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9.+-]+)$', maxLength: 100 }),
    spdx: Type.Boolean(),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    shortName: Type.String({ minLength: 1, maxLength: 40 }),
    /** Version line as the text states it. */
    version: Type.String({ minLength: 1, maxLength: 200 }),
    /** Version release date where the terms depend on it (the Llama MAU snapshot). */
    releaseDate: Type.Union([IsoDate, Type.Null()]),
    url: Url,
    otherUrls: Type.Array(Url),
    osiApproved: Type.Boolean(),
    /** Hugging Face `license` / `license_name` tags that denote this licence. */
    huggingFaceTags: Type.Array(Type.String({ minLength: 1, maxLength: 60 })),
    mauLimit: Type.Union([MauLimit, Type.Null()]),
    /** Whether the licence meets the licence condition of the AI Act Art. 53(2) open-source exemption. */
    aiActOpenSourceCondition: Type.Object(
      {
        result: Type.Union([Type.Literal('meets'), Type.Literal('fails'), Type.Literal('uncertain')]),
        reason: Type.String({ minLength: 1, maxLength: 600 }),
        source: Type.String({ minLength: 1, maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
    notes: Type.Array(Type.String({ minLength: 1, maxLength: 1000 })),
    clauses: Type.Array(Clause, { minItems: 1 }),
    comparison: Type.Object(
      {
        commercial: MatrixCell,
        mau: MatrixCell,
        redistribution: MatrixCell,
        outputs: MatrixCell,
        attribution: MatrixCell,
        naming: MatrixCell,
        patent: MatrixCell,
        regional: MatrixCell,
      },
      { additionalProperties: false },
    ),
    /** Where the data was checked against the licence text, and what is still unverified. */
    verification: Type.Object(
      {
        asOf: IsoDate,
        note: Type.Optional(Type.String({ maxLength: 1000 })),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type License = Static<typeof License>;

export const LicensesFile = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    licenses: Type.Array(License, { minItems: 1 }),
  },
  { additionalProperties: false, $id: 'https://llm-adopt.dev/schemas/licenses.schema.json' },
);
export type LicensesFile = Static<typeof LicensesFile>;
