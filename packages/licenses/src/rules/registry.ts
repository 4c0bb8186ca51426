import { deepseekRules } from './deepseek.js';
import { gemmaRules } from './gemma.js';
import { llamaRules } from './llama.js';
import { mistralNonProductionRules, mistralResearchRules } from './mistral.js';
import { apacheRules, mitRules } from './permissive.js';
import { qwenRules } from './qwen.js';
import type { Rule } from './rule.js';

/** Rules by licence id; every licence in data/licenses.json has an entry (checked by a test). */
export const RULES_BY_LICENSE: Readonly<Record<string, readonly Rule[]>> = {
  MIT: mitRules,
  'Apache-2.0': apacheRules,
  'LicenseRef-Llama-3.1-Community': llamaRules('llama31'),
  'LicenseRef-Llama-3.3-Community': llamaRules('llama33'),
  'LicenseRef-Llama-4-Community': llamaRules('llama4'),
  'LicenseRef-Qwen': qwenRules,
  'LicenseRef-Gemma': gemmaRules,
  'LicenseRef-Mistral-Research': mistralResearchRules,
  'LicenseRef-Mistral-Non-Production': mistralNonProductionRules,
  'LicenseRef-DeepSeek-Model': deepseekRules,
};

/**
 * Clause that says a derivative stays under its base's licence, by base licence. DeepSeek's own README is the
 * better citation for its distills, so `lineageClause` prefers it.
 */
const DERIVATIVES_FOLLOW: Readonly<Record<string, string>> = {
  MIT: 'mit.notice',
  'Apache-2.0': 'apache.license-copy',
  'LicenseRef-Llama-3.1-Community': 'llama31.derivatives-follow',
  'LicenseRef-Llama-3.3-Community': 'llama33.derivatives-follow',
  'LicenseRef-Llama-4-Community': 'llama4.derivatives-follow',
  'LicenseRef-Qwen': 'qwen.outputs-train',
  'LicenseRef-Gemma': 'gemma.model-derivatives',
  'LicenseRef-Mistral-Research': 'mrl.derivatives-restricted',
  'LicenseRef-Mistral-Non-Production': 'mnpl.non-production-only',
  'LicenseRef-DeepSeek-Model': 'deepseek.restrictions-follow',
};

/** DeepSeek's README states the licence lineage of its R1 distills (§7 License). */
const DEEPSEEK_DISTILL_LINEAGE: readonly [RegExp, string][] = [
  [/^deepseek-r1-distill-llama-70b/, 'mit.r1-distill-llama-70b-lineage'],
  [/^deepseek-r1-distill-llama-8b/, 'mit.r1-distill-llama-8b-lineage'],
  [/^deepseek-r1-distill-qwen-/, 'mit.r1-distill-qwen-lineage'],
];

export function lineageClause(modelId: string, baseLicense: string): string | undefined {
  const stated = DEEPSEEK_DISTILL_LINEAGE.find(([pattern]) => pattern.test(modelId));
  return stated?.[1] ?? DERIVATIVES_FOLLOW[baseLicense];
}
