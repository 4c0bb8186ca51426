/**
 * GGML tensor storage types and their block layouts (ggml/src/ggml-common.h; Ollama fs/ggml TypeSize).
 * bytes per weight = blockBytes / blockWeights. Methodology §Weights.
 */
export type GgmlType =
  | 'F32'
  | 'F16'
  | 'BF16'
  | 'Q4_0'
  | 'Q4_1'
  | 'Q5_0'
  | 'Q5_1'
  | 'Q8_0'
  | 'Q2_K'
  | 'Q3_K'
  | 'Q4_K'
  | 'Q5_K'
  | 'Q6_K'
  | 'IQ4_NL'
  | 'IQ4_XS'
  | 'MXFP4';

export interface GgmlTypeInfo {
  blockWeights: number;
  blockBytes: number;
}

export const GGML_TYPES: Readonly<Record<GgmlType, GgmlTypeInfo>> = {
  F32: { blockWeights: 1, blockBytes: 4 },
  F16: { blockWeights: 1, blockBytes: 2 },
  BF16: { blockWeights: 1, blockBytes: 2 },
  Q4_0: { blockWeights: 32, blockBytes: 18 },
  Q4_1: { blockWeights: 32, blockBytes: 20 },
  Q5_0: { blockWeights: 32, blockBytes: 22 },
  Q5_1: { blockWeights: 32, blockBytes: 24 },
  Q8_0: { blockWeights: 32, blockBytes: 34 },
  Q2_K: { blockWeights: 256, blockBytes: 84 },
  Q3_K: { blockWeights: 256, blockBytes: 110 },
  Q4_K: { blockWeights: 256, blockBytes: 144 },
  Q5_K: { blockWeights: 256, blockBytes: 176 },
  Q6_K: { blockWeights: 256, blockBytes: 210 },
  IQ4_NL: { blockWeights: 32, blockBytes: 18 },
  IQ4_XS: { blockWeights: 256, blockBytes: 136 },
  MXFP4: { blockWeights: 32, blockBytes: 17 },
};

/** Bits per weight of a GGML type: 8 × blockBytes / blockWeights (Q4_K: 8 × 144 / 256 = 4.5). */
export function ggmlBitsPerWeight(type: GgmlType): number {
  const info = GGML_TYPES[type];
  return (8 * info.blockBytes) / info.blockWeights;
}

/** Exact bytes of `elements` weights stored as `type` (whole blocks). */
export function ggmlBytes(type: GgmlType, elements: number): number {
  const info = GGML_TYPES[type];
  return Math.ceil(elements / info.blockWeights) * info.blockBytes;
}

/** GGUF file `ggml_type` enum values (ggml.h) for the types above, used when reading GGUF headers. */
export const GGML_TYPE_IDS: Readonly<Record<number, GgmlType>> = {
  0: 'F32',
  1: 'F16',
  2: 'Q4_0',
  3: 'Q4_1',
  6: 'Q5_0',
  7: 'Q5_1',
  8: 'Q8_0',
  10: 'Q2_K',
  11: 'Q3_K',
  12: 'Q4_K',
  13: 'Q5_K',
  14: 'Q6_K',
  20: 'IQ4_NL',
  23: 'IQ4_XS',
  30: 'BF16',
  39: 'MXFP4',
};
