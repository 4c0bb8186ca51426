/** Architectures used as examples in tests: config.json values, with their sources. */
import type { ArchitectureSpec } from '../types.js';

/** https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json */
export const LLAMA_3_1_8B: ArchitectureSpec = {
  modelType: 'llama',
  layers: 32,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
  headDim: 128,
  vocabSize: 128256,
  tiedEmbeddings: false,
  intermediateSize: 14336,
};

/** https://huggingface.co/Qwen/Qwen3-8B/blob/main/config.json */
export const QWEN3_8B: ArchitectureSpec = {
  modelType: 'qwen3',
  layers: 36,
  hiddenSize: 4096,
  attentionHeads: 32,
  kvHeads: 8,
  headDim: 128,
  vocabSize: 151936,
  tiedEmbeddings: false,
  intermediateSize: 12288,
  qkNorm: true,
};

/** https://huggingface.co/Qwen/Qwen3-32B/blob/main/config.json */
export const QWEN3_32B: ArchitectureSpec = { ...QWEN3_8B, layers: 64, hiddenSize: 5120, attentionHeads: 64, intermediateSize: 25600 };

/** https://huggingface.co/Qwen/Qwen3-30B-A3B/blob/main/config.json */
export const QWEN3_30B_A3B: ArchitectureSpec = {
  modelType: 'qwen3_moe',
  layers: 48,
  hiddenSize: 2048,
  attentionHeads: 32,
  kvHeads: 4,
  headDim: 128,
  vocabSize: 151936,
  tiedEmbeddings: false,
  intermediateSize: null,
  moe: { layers: 48, experts: 128, activeExperts: 8, sharedExperts: 0, expertIntermediateSize: 768 },
  qkNorm: true,
};

/** https://huggingface.co/deepseek-ai/DeepSeek-R1/blob/main/config.json (MTP module excluded). */
export const DEEPSEEK_R1: ArchitectureSpec = {
  modelType: 'deepseek_v3',
  layers: 61,
  hiddenSize: 7168,
  attentionHeads: 128,
  kvHeads: 128,
  headDim: 128,
  vocabSize: 129280,
  tiedEmbeddings: false,
  intermediateSize: 18432,
  moe: { layers: 58, experts: 256, activeExperts: 8, sharedExperts: 1, expertIntermediateSize: 2048, routerBias: true },
  mla: { kvLoraRank: 512, qLoraRank: 1536, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
};

/** https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct (text config): 36 of 48 layers chunked at 8192. */
export const LLAMA_4_SCOUT_ATTENTION: ArchitectureSpec = {
  modelType: 'llama4',
  layers: 48,
  hiddenSize: 5120,
  attentionHeads: 40,
  kvHeads: 8,
  headDim: 128,
  vocabSize: 202048,
  tiedEmbeddings: false,
  intermediateSize: 16384,
  moe: { layers: 48, experts: 16, activeExperts: 1, sharedExperts: 1, expertIntermediateSize: 8192 },
  windowedAttention: { kind: 'chunked', windowTokens: 8192, layers: 36 },
};

/** https://huggingface.co/Qwen/Qwen3-0.6B/blob/main/config.json (tied embeddings). */
export const QWEN3_0_6B: ArchitectureSpec = {
  ...QWEN3_8B,
  layers: 28,
  hiddenSize: 1024,
  attentionHeads: 16,
  intermediateSize: 3072,
  tiedEmbeddings: true,
};
