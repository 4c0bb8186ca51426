import type { LicensedModel } from '../lineage.js';

// Plain model records for scenario tests, shaped like catalog entries (licence ids, lineage and input
// modalities from the model cards), so licence tests do not depend on the catalog's data.

export const llama31_8b: LicensedModel = {
  id: 'llama-3.1-8b',
  name: 'Llama 3.1 8B Instruct',
  license: { id: 'LicenseRef-Llama-3.1-Community' },
  baseModels: [],
  modalities: { input: ['text'] },
};

export const llama33_70b: LicensedModel = {
  id: 'llama-3.3-70b',
  name: 'Llama 3.3 70B Instruct',
  license: { id: 'LicenseRef-Llama-3.3-Community' },
  baseModels: [],
  modalities: { input: ['text'] },
};

/** Llama 4 model card: "natively multimodal" (text and image in). */
export const llama4Scout: LicensedModel = {
  id: 'llama-4-scout',
  name: 'Llama 4 Scout 17B-16E Instruct',
  license: { id: 'LicenseRef-Llama-4-Community' },
  baseModels: [],
  modalities: { input: ['text', 'image'] },
};

export const qwen25_72b: LicensedModel = {
  id: 'qwen2.5-72b',
  name: 'Qwen2.5 72B Instruct',
  license: { id: 'LicenseRef-Qwen' },
  baseModels: [],
  modalities: { input: ['text'] },
};

export const qwen3_32b: LicensedModel = {
  id: 'qwen3-32b',
  name: 'Qwen3 32B',
  license: { id: 'Apache-2.0' },
  baseModels: [],
  modalities: { input: ['text'] },
};

export const deepseekR1: LicensedModel = {
  id: 'deepseek-r1',
  name: 'DeepSeek-R1',
  license: { id: 'MIT' },
  baseModels: [],
  modalities: { input: ['text'] },
};

/** Published as MIT; DeepSeek's README: derived from Llama3.3-70B-Instruct, "originally licensed under llama3.3 license". */
export const r1DistillLlama70b: LicensedModel = {
  id: 'deepseek-r1-distill-llama-70b',
  name: 'DeepSeek-R1-Distill-Llama-70B',
  license: { id: 'MIT' },
  baseModels: [{ id: 'llama-3.3-70b', relation: 'distilled-from', license: 'LicenseRef-Llama-3.3-Community' }],
  modalities: { input: ['text'] },
};

/** Base not in the catalog: lineage comes from the model record's baseModels alone. */
export const r1DistillLlama8b: LicensedModel = {
  id: 'deepseek-r1-distill-llama-8b',
  name: 'DeepSeek-R1-Distill-Llama-8B',
  license: { id: 'MIT' },
  baseModels: [{ id: 'meta-llama/Llama-3.1-8B', relation: 'distilled-from', license: 'LicenseRef-Llama-3.1-Community' }],
  modalities: { input: ['text'] },
};

export const r1DistillQwen32b: LicensedModel = {
  id: 'deepseek-r1-distill-qwen-32b',
  name: 'DeepSeek-R1-Distill-Qwen-32B',
  license: { id: 'MIT' },
  baseModels: [{ id: 'Qwen/Qwen2.5-32B', relation: 'distilled-from', license: 'Apache-2.0' }],
  modalities: { input: ['text'] },
};

export const mistralLarge2411: LicensedModel = {
  id: 'mistral-large-2411',
  name: 'Mistral Large Instruct 2411',
  license: { id: 'LicenseRef-Mistral-Research' },
  baseModels: [],
  modalities: { input: ['text'] },
};

export const codestral22b: LicensedModel = {
  id: 'codestral-22b',
  name: 'Codestral 22B v0.1',
  license: { id: 'LicenseRef-Mistral-Non-Production' },
  baseModels: [],
  modalities: { input: ['text'] },
};

export const gemma3_27b: LicensedModel = {
  id: 'gemma-3-27b',
  name: 'Gemma 3 27B',
  license: { id: 'LicenseRef-Gemma' },
  baseModels: [],
  modalities: { input: ['text', 'image'] },
};

export const deepseekV3: LicensedModel = {
  id: 'deepseek-v3',
  name: 'DeepSeek-V3',
  license: { id: 'LicenseRef-DeepSeek-Model' },
  baseModels: [],
  modalities: { input: ['text'] },
};

export const catalog = { models: [llama31_8b, llama33_70b, llama4Scout, qwen25_72b, qwen3_32b, deepseekR1, r1DistillLlama70b] };
