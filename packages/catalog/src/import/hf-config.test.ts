import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../data-issue.js';
import { countParameters } from '../parameter-count.js';
import { importHfConfig } from './hf-config.js';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));
const arch = (name: string) => {
  const r = importHfConfig(fixture(name), name, { id: 'org/model', asOf: '2026-11-28' });
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
};

describe('importHfConfig', () => {
  it('reads a dense Llama config; the count matches Meta\'s 8.03B', () => {
    const a = arch('hf-config-llama-3.1-8b.json');
    expect(a).toMatchObject({ modelType: 'llama', layers: 32, hiddenSize: 4096, attentionHeads: 32, kvHeads: 8, headDim: 128, intermediateSize: 14_336, tiedEmbeddings: false, nativeDtype: 'bf16' });
    expect(a.source).toEqual({ source: 'https://huggingface.co/org/model/blob/main/config.json', kind: 'primary', asOf: '2026-11-28', note: 'imported from hf-config-llama-3.1-8b.json' });
    expect(countParameters(a).total).toBe(8_030_261_248);
  });

  it('marks Qwen2 attention bias and derives head_dim = hidden / heads', () => {
    const a = arch('hf-config-deepseek-r1-distill-qwen-7b.json');
    // 3,584 / 28 heads = 128.
    expect(a).toMatchObject({ attentionBias: true, headDim: 128 });
    expect(countParameters(a).total).toBe(7_615_616_512);
  });

  it('reads DeepSeek V3/R1 MLA ranks and MoE layout (3 dense + 58 MoE layers)', () => {
    const a = arch('hf-config-deepseek-r1.json');
    expect(a.mla).toEqual({ kvLoraRank: 512, qLoraRank: 1536, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 });
    expect(a.moe).toEqual({ layers: 58, experts: 256, activeExperts: 8, sharedExperts: 1, expertIntermediateSize: 2048, routerBias: true });
    expect(a.intermediateSize).toBe(18_432);
    const c = countParameters(a);
    expect([c.total, c.active]).toEqual([671_026_419_200, 37_552_297_472]);
  });

  it('reads Qwen3 MoE (every layer sparse, no shared expert) and Mixtral', () => {
    const q = arch('hf-config-qwen3-30b-a3b.json');
    expect(q).toMatchObject({ intermediateSize: null, qkNorm: true, moe: { layers: 48, experts: 128, activeExperts: 8, sharedExperts: 0, expertIntermediateSize: 768 } });
    expect([countParameters(q).total, countParameters(q).active]).toEqual([30_532_122_624, 3_353_032_704]);
    const m = arch('hf-config-mixtral-8x22b.json');
    expect(m.moe).toEqual({ layers: 56, experts: 8, activeExperts: 2, sharedExperts: 0, expertIntermediateSize: 16_384 });
    expect(countParameters(m).total).toBe(140_630_071_296);
  });

  it('reads Llama 4 text_config: Scout all-MoE, Maverick 24 MoE + 24 dense layers, chunked attention on 36 layers', () => {
    const scout = arch('hf-config-llama-4-scout.json');
    expect(scout).toMatchObject({ intermediateSize: null, moe: { layers: 48, experts: 16, activeExperts: 1, sharedExperts: 1 }, windowedAttention: { kind: 'chunked', windowTokens: 8192, layers: 36 } });
    expect(countParameters(scout).total).toBe(107_769_861_120);
    const maverick = arch('hf-config-llama-4-maverick.json');
    expect(maverick).toMatchObject({ intermediateSize: 16_384, moe: { layers: 24, experts: 128 } });
    expect(countParameters(maverick).total).toBe(400_711_848_960);
  });

  it('names unsupported model types and missing fields', () => {
    const gpt2 = importHfConfig({ model_type: 'gpt2' }, 'config.json');
    expect(gpt2.ok ? [] : gpt2.issues.map(formatIssue)).toEqual([
      'config.json: $.model_type: expected one of llama, mistral, mixtral, qwen2, qwen3, qwen3_moe, deepseek_v3, llama4, found string "gpt2"',
    ]);
    const { hidden_size: _h, ...noHidden } = fixture('hf-config-llama-3.1-8b.json');
    const r = importHfConfig({ ...noHidden, num_hidden_layers: -2 }, 'config.json');
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'config.json: $.num_hidden_layers: expected a positive integer, found -2',
      'config.json: $.hidden_size: expected a positive integer, found nothing (key missing)',
    ]);
  });
});
