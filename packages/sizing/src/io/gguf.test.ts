import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGgufHeader } from './gguf.js';

/** Writes a GGUF v3 file by hand (ggml docs/gguf.md): header, metadata, tensor infos, aligned data. */
function ggufBytes(
  metadata: [string, { u32: number } | { str: string }][],
  tensors: { name: string; dims: number[]; type: number; bytes: number }[],
): Buffer {
  const parts: Buffer[] = [];
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    parts.push(b);
  };
  const u64 = (v: number) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    parts.push(b);
  };
  const str = (s: string) => {
    u64(Buffer.byteLength(s));
    parts.push(Buffer.from(s, 'utf8'));
  };
  parts.push(Buffer.from('GGUF', 'ascii'));
  u32(3); // version
  u64(tensors.length);
  u64(metadata.length);
  for (const [key, value] of metadata) {
    str(key);
    if ('u32' in value) {
      u32(4); // GGUF_TYPE_UINT32
      u32(value.u32);
    } else {
      u32(8); // GGUF_TYPE_STRING
      str(value.str);
    }
  }
  let offset = 0;
  for (const t of tensors) {
    str(t.name);
    u32(t.dims.length);
    for (const d of t.dims) u64(d);
    u32(t.type);
    u64(offset);
    offset += Math.ceil(t.bytes / 32) * 32; // each tensor starts aligned to general.alignment (32)
  }
  const header = Buffer.concat(parts);
  const pad = (32 - (header.length % 32)) % 32;
  return Buffer.concat([header, Buffer.alloc(pad), Buffer.alloc(offset)]);
}

describe('readGgufHeader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-gguf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A one-layer llama-style model: hidden 256, 2 heads of 128, 1 KV head, FFN 512, vocabulary 64.
  const tensors = [
    { name: 'token_embd.weight', dims: [256, 64], type: 12, bytes: (256 * 64 * 144) / 256 }, // Q4_K: 9216 B
    { name: 'blk.0.attn_norm.weight', dims: [256], type: 0, bytes: 256 * 4 }, // F32: 1024 B
    { name: 'blk.0.attn_q.weight', dims: [256, 256], type: 8, bytes: (256 * 256 * 34) / 32 }, // Q8_0: 69,632 B
    { name: 'blk.0.attn_v.weight', dims: [256, 128], type: 14, bytes: (256 * 128 * 210) / 256 }, // Q6_K: 26,880 B
    { name: 'blk.0.ffn_down.weight', dims: [512, 256], type: 1, bytes: 512 * 256 * 2 }, // F16: 262,144 B
    { name: 'output.weight', dims: [256, 64], type: 14, bytes: (256 * 64 * 210) / 256 }, // Q6_K: 13,440 B
  ];
  const path = join(dir, 'tiny.gguf');
  writeFileSync(
    path,
    ggufBytes(
      [
        ['general.architecture', { str: 'llama' }],
        ['general.name', { str: 'tiny test model' }],
        ['llama.block_count', { u32: 1 }],
        ['llama.embedding_length', { u32: 256 }],
        ['llama.attention.head_count', { u32: 2 }],
        ['llama.attention.head_count_kv', { u32: 1 }],
        ['llama.feed_forward_length', { u32: 512 }],
      ],
      tensors,
    ),
  );

  it('sums exact tensor bytes from the header: 9216 + 1024 + 69,632 + 26,880 + 262,144 + 13,440 = 382,336', async () => {
    const r = await readGgufHeader(path);
    if (!r.ok) throw new Error(r.error);
    expect(r.header.tensorBytes).toBe(382_336);
    expect(r.header.bytesByType).toEqual({ Q4_K: 9216, F32: 1024, Q8_0: 69_632, Q6_K: 40_320, F16: 262_144 });
    expect(r.header.tensors.map((t) => t.type)).toEqual(['Q4_K', 'F32', 'Q8_0', 'Q6_K', 'F16', 'Q6_K']);
    expect(r.header.name).toBe('tiny test model');
  });

  it('derives the architecture from the metadata keys', async () => {
    const r = await readGgufHeader(path);
    if (!r.ok) throw new Error(r.error);
    expect(r.header.arch).toEqual({
      modelType: 'llama',
      layers: 1,
      hiddenSize: 256,
      attentionHeads: 2,
      kvHeads: 1,
      headDim: 128,
      vocabSize: 64,
      tiedEmbeddings: false,
      intermediateSize: 512,
      attentionBias: false,
    });
  });

  it('returns an error value naming the file when it is not GGUF', async () => {
    const bad = join(dir, 'not.gguf');
    writeFileSync(bad, 'hello');
    const r = await readGgufHeader(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('not.gguf: not a readable GGUF file');
  });
});
