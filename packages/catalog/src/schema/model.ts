import { type Static, Type } from '@sinclair/typebox';
import { BoundedInt, Count, Id, IsoDate, LIMITS, Source, Tokens, Width } from './common.js';

const Nullable = <T extends import('@sinclair/typebox').TSchema>(t: T) => Type.Union([t, Type.Null()]);

/** Mixture-of-experts FFN layers. All experts are resident in memory; `activeExperts` + shared drive speed. */
export const MoeSpec = Type.Object(
  {
    /** Number of decoder layers whose FFN is a mixture of experts (the rest use the dense FFN). */
    layers: Count,
    experts: Count,
    activeExperts: Count,
    sharedExperts: BoundedInt(LIMITS.layers, { minimum: 0 }),
    /** FFN width of one routed expert. */
    expertIntermediateSize: Width,
    /** FFN width of one shared expert, when it differs from a routed expert's. */
    sharedExpertIntermediateSize: Type.Optional(Width),
    /** Per-expert routing bias in every MoE layer (DeepSeek V3 `e_score_correction_bias`). */
    routerBias: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** Multi-head latent attention (DeepSeek V3/R1): the KV cache holds one compressed latent per layer. */
export const MlaSpec = Type.Object(
  {
    kvLoraRank: Width,
    qLoraRank: Nullable(Width),
    qkNopeHeadDim: Width,
    qkRopeHeadDim: Width,
    vHeadDim: Width,
  },
  { additionalProperties: false },
);

/** Layers whose attention only sees a window (sliding window) or a chunk (Llama 4 chunked attention). */
export const WindowedAttention = Type.Object(
  {
    kind: Type.Union([Type.Literal('sliding'), Type.Literal('chunked')]),
    /** Tokens visible to a windowed layer: its KV cache stops growing past this. */
    windowTokens: Tokens,
    /** How many of the decoder layers are windowed; the others attend to the full context. */
    layers: BoundedInt(LIMITS.layers, { minimum: 0 }),
  },
  { additionalProperties: false },
);

export const Dtype = Type.Union([
  Type.Literal('bf16'),
  Type.Literal('fp16'),
  Type.Literal('fp32'),
  Type.Literal('fp8'),
]);

/** What sizing needs to count parameters per tensor class and bytes of KV cache. Values from config.json. */
export const Architecture = Type.Object(
  {
    modelType: Type.String({ maxLength: 100 }),
    layers: Count,
    hiddenSize: Width,
    attentionHeads: Count,
    kvHeads: Count,
    headDim: Width,
    vocabSize: BoundedInt(LIMITS.vocabSize),
    tiedEmbeddings: Type.Boolean(),
    /** FFN width of dense layers (null when every layer is MoE). SwiGLU: three matrices per FFN. */
    intermediateSize: Nullable(Width),
    moe: Type.Optional(MoeSpec),
    mla: Type.Optional(MlaSpec),
    windowedAttention: Type.Optional(WindowedAttention),
    /** Bias on the q/k/v projections (Qwen2/2.5 family). */
    attentionBias: Type.Optional(Type.Boolean()),
    /** RMSNorm with weights on each head's query and key (Qwen3 family): 2 × headDim parameters per layer. */
    qkNorm: Type.Optional(Type.Boolean()),
    nativeDtype: Dtype,
    source: Source,
  },
  { additionalProperties: false },
);
export type Architecture = Static<typeof Architecture>;

export const ContextSpec = Type.Object(
  {
    /** Context the model was trained for and serves without extension. */
    nativeTokens: Tokens,
    /** Documented extension (e.g. YaRN factor 4 → 131,072) or null. */
    extension: Nullable(
      Type.Object(
        {
          method: Type.String({ maxLength: 100, description: 'e.g. YaRN, rope-scaling' }),
          factor: Type.Optional(Type.Number({ exclusiveMinimum: 1, maximum: 10_000 })),
          maxTokens: Tokens,
          howTo: Type.Optional(Type.String({ maxLength: 1000 })),
        },
        { additionalProperties: false },
      ),
    ),
    source: Source,
  },
  { additionalProperties: false },
);

export const Modality = Type.Union([
  Type.Literal('text'),
  Type.Literal('image'),
  Type.Literal('audio'),
  Type.Literal('video'),
  Type.Literal('code'),
]);

export const Benchmark = Type.Object(
  {
    /** Benchmark name as commonly written: `MMLU`, `LiveCodeBench`, `AIME 2024`, `MATH-500`. */
    name: Type.String({ minLength: 1, maxLength: 100 }),
    score: Type.Number(),
    unit: Type.Union([Type.Literal('percent'), Type.Literal('rating'), Type.Literal('percentile'), Type.Literal('score')]),
    /** Shots, sampling, pass@k: results are not comparable without them. */
    conditions: Type.Optional(Type.String({ maxLength: 1000 })),
    reportedBy: Type.Union([Type.Literal('vendor'), Type.Literal('third-party'), Type.Literal('article')]),
    source: Source,
  },
  { additionalProperties: false },
);
export type Benchmark = Static<typeof Benchmark>;

export const BaseModel = Type.Object(
  {
    /** Catalog id when the base model is in the catalog, else its Hugging Face repo id. */
    id: Type.String({ minLength: 1, maxLength: 200 }),
    relation: Type.Union([
      Type.Literal('distilled-from'),
      Type.Literal('fine-tuned-from'),
      Type.Literal('quantized-from'),
      Type.Literal('merged-from'),
    ]),
    /** License of the base model (SPDX id or LicenseRef-…): lineage carries its terms. */
    license: Type.String({ minLength: 1, maxLength: 100 }),
    source: Source,
  },
  { additionalProperties: false },
);

export const Model = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    vendor: Type.String({ minLength: 1, maxLength: 100 }),
    family: Type.String({ minLength: 1, maxLength: 100 }),
    releaseDate: Nullable(IsoDate),
    /** Hugging Face repo ids, Ollama tags and other names that resolve to this model. */
    aliases: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { uniqueItems: true }),
    parameters: Type.Object(
      {
        /** Plain number of parameters as published (e.g. 671e9); text decoder only unless noted. */
        total: BoundedInt(LIMITS.parameters),
        active: BoundedInt(LIMITS.parameters),
        note: Type.Optional(Type.String({ maxLength: 2000 })),
        source: Source,
      },
      { additionalProperties: false },
    ),
    architecture: Architecture,
    context: ContextSpec,
    modalities: Type.Object(
      {
        input: Type.Array(Modality, { minItems: 1, uniqueItems: true }),
        output: Type.Array(Modality, { minItems: 1, uniqueItems: true }),
        source: Source,
      },
      { additionalProperties: false },
    ),
    languages: Type.Object(
      {
        /** Number of languages and dialects the vendor states. */
        count: Type.Optional(Count),
        /** BCP 47 codes of languages the vendor names as supported. */
        codes: Type.Array(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }), { uniqueItems: true }),
        note: Type.Optional(Type.String({ maxLength: 2000 })),
        source: Source,
      },
      { additionalProperties: false },
    ),
    /** e.g. `reasoning`, `thinking-switch` (Qwen3 /think and /no_think), `tool-calling`, `vision`. */
    capabilities: Type.Array(Type.String({ pattern: '^[a-z0-9-]+$', maxLength: 60 }), { uniqueItems: true }),
    capabilityNotes: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z0-9-]+$' }), Type.String({ maxLength: 2000 }))),
    license: Type.Object(
      {
        /** SPDX id or `LicenseRef-…`, matching an id in @llm-adopt/licenses. */
        id: Type.String({ minLength: 1, maxLength: 100 }),
        source: Source,
      },
      { additionalProperties: false },
    ),
    baseModels: Type.Array(BaseModel),
    distribution: Type.Object(
      {
        huggingFace: Type.String({ minLength: 1, maxLength: 200 }),
        ollama: Type.Array(
          Type.Object(
            {
              tag: Type.String({ minLength: 1, maxLength: 100 }),
              /** Quantization the tag pulls by default (e.g. Q4_K_M). */
              quantization: Type.Optional(Type.String({ maxLength: 40 })),
              source: Source,
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
    benchmarks: Type.Array(Benchmark),
    notes: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type Model = Static<typeof Model>;

export const ModelsFile = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    models: Type.Array(Model),
  },
  { additionalProperties: false },
);
export type ModelsFile = Static<typeof ModelsFile>;

