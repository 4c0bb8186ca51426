/**
 * Reads a local GGUF file's header with @huggingface/gguf: exact tensor types and sizes, so exact
 * weight bytes. The only file access in @llm-adopt/sizing. Methodology §Weights, "GGUF import".
 */
import { stat } from 'node:fs/promises';
import type { gguf } from '@huggingface/gguf';
import { GGML_TYPE_IDS, type GgmlType, ggmlBytes } from '../ggml-types.js';
import type { ArchitectureSpec } from '../types.js';

export interface GgufTensor {
  name: string;
  /** GGML type name, or `type <id>` when this package does not know the block layout. */
  type: GgmlType | `type ${number}`;
  shape: number[];
  elements: number;
  /** Null when the type's block layout is unknown. */
  bytes: number | null;
}

export interface GgufHeader {
  path: string;
  fileBytes: number;
  /** `general.architecture` (llama, qwen2, qwen3, deepseek2 …). */
  architecture: string | null;
  name: string | null;
  tensors: GgufTensor[];
  /** Sum of tensor bytes: the exact weights. Null if any tensor type is unknown. */
  tensorBytes: number | null;
  /** Bytes per GGML type. */
  bytesByType: Record<string, number>;
  unknownTypes: number[];
  /** Architecture derived from metadata where the keys exist (llama-style models). */
  arch: ArchitectureSpec | null;
  metadata: Record<string, unknown>;
}

export type GgufReadResult = { ok: true; header: GgufHeader } | { ok: false; error: string };

export async function readGgufHeader(path: string): Promise<GgufReadResult> {
  let parsed: Awaited<ReturnType<typeof gguf>>;
  let fileBytes: number;
  try {
    fileBytes = (await stat(path)).size;
    // Loaded on first use: the parser (and the @huggingface/tasks data it pulls in, ~300 KB) is only
    // needed by `llm-adopt gguf`, not by every app start that imports this package.
    const { gguf: parse } = await import('@huggingface/gguf');
    parsed = await parse(path, { allowLocalFile: true });
  } catch (err) {
    return { ok: false, error: `${path}: not a readable GGUF file (${(err as Error).message})` };
  }
  const tensors: GgufTensor[] = [];
  const bytesByType: Record<string, number> = {};
  const unknown = new Set<number>();
  let total = 0;
  for (const t of parsed.tensorInfos) {
    const shape = t.shape.map((d) => Number(d));
    const elements = shape.reduce((a, b) => a * b, 1);
    const known = GGML_TYPE_IDS[Number(t.dtype)];
    const bytes = known ? ggmlBytes(known, elements) : null;
    if (known && bytes !== null) {
      total += bytes;
      bytesByType[known] = (bytesByType[known] ?? 0) + bytes;
    } else unknown.add(Number(t.dtype));
    tensors.push({ name: t.name, type: known ?? `type ${Number(t.dtype)}`, shape, elements, bytes });
  }
  const metadata = parsed.metadata as unknown as Record<string, unknown>;
  return {
    ok: true,
    header: {
      path,
      fileBytes,
      architecture: typeof metadata['general.architecture'] === 'string' ? (metadata['general.architecture'] as string) : null,
      name: typeof metadata['general.name'] === 'string' ? (metadata['general.name'] as string) : null,
      tensors,
      tensorBytes: unknown.size === 0 ? total : null,
      bytesByType,
      unknownTypes: [...unknown],
      arch: architectureFromGguf(metadata, tensors),
      metadata,
    },
  };
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : null);

/** A llama-style architecture from GGUF metadata keys `<arch>.block_count`, `<arch>.embedding_length` … */
export function architectureFromGguf(metadata: Record<string, unknown>, tensors: readonly GgufTensor[]): ArchitectureSpec | null {
  const a = metadata['general.architecture'];
  if (typeof a !== 'string') return null;
  const layers = num(metadata[`${a}.block_count`]);
  const hidden = num(metadata[`${a}.embedding_length`]);
  const heads = num(metadata[`${a}.attention.head_count`]);
  if (!layers || !hidden || !heads) return null;
  const kvHeads = num(metadata[`${a}.attention.head_count_kv`]) ?? heads;
  const headDim = num(metadata[`${a}.attention.key_length`]) ?? hidden / heads;
  const ffn = num(metadata[`${a}.feed_forward_length`]);
  const embd = tensors.find((t) => t.name === 'token_embd.weight');
  const vocab = embd?.shape[1] ?? (Array.isArray(metadata['tokenizer.ggml.tokens']) ? (metadata['tokenizer.ggml.tokens'] as unknown[]).length : null);
  if (!vocab) return null;
  const experts = num(metadata[`${a}.expert_count`]);
  const used = num(metadata[`${a}.expert_used_count`]);
  const expertFfn = num(metadata[`${a}.expert_feed_forward_length`]);
  const arch: ArchitectureSpec = {
    modelType: a,
    layers,
    hiddenSize: hidden,
    attentionHeads: heads,
    kvHeads,
    headDim,
    vocabSize: vocab,
    tiedEmbeddings: !tensors.some((t) => t.name === 'output.weight'),
    intermediateSize: ffn,
    attentionBias: tensors.some((t) => t.name.endsWith('attn_q.bias')),
  };
  if (experts && used && (expertFfn ?? ffn)) {
    const moeLayers = tensors.filter((t) => t.name.endsWith('ffn_gate_exps.weight')).length || layers;
    arch.moe = {
      layers: moeLayers,
      experts,
      activeExperts: used,
      sharedExperts: num(metadata[`${a}.expert_shared_count`]) ?? 0,
      expertIntermediateSize: (expertFfn ?? ffn) as number,
    };
  }
  return arch;
}
