import type { Rule } from './rule.js';

/** MIT (DeepSeek-R1 and its distills as published). */
export const mitRules: readonly Rule[] = [
  {
    id: 'mit.commercial-use',
    clause: 'mit.grant',
    when: 'always',
    check: () => ({
      severity: 'info',
      message: 'MIT allows commercial use, hosting and redistribution without user limits or use restrictions.',
    }),
  },
  {
    id: 'mit.notice',
    clause: 'mit.notice',
    when: 'weights are redistributed',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? {
            severity: 'obligation',
            message: 'Ship the copyright notice and the MIT permission notice with every copy of the weights or code.',
          }
        : null,
  },
  {
    id: 'mit.no-patent-grant',
    clause: 'mit.no-patent-grant',
    when: 'always; a warning when the team needs an express patent grant',
    check: ({ usage }) => ({
      severity: usage.needsPatentGrant ? 'warning' : 'info',
      message: usage.needsPatentGrant
        ? 'MIT grants no express patent licence (and has no patent-retaliation clause). Prefer an Apache-2.0 model or get counsel’s view on an implied licence.'
        : 'MIT grants no express patent licence; only copyright-type rights are named.',
    }),
  },
  {
    id: 'mit.r1-distillation-allowed',
    clause: 'mit.r1-distillation-allowed',
    when: 'outputs of a DeepSeek-R1 model train another model',
    check: ({ usage, carrier }) =>
      usage.trainsOtherModelsOnOutputs && carrier.id.startsWith('deepseek-r1')
        ? {
            severity: 'info',
            message: 'DeepSeek states the R1 series may be used for distillation into other models.',
          }
        : null,
  },
];

/** Apache-2.0 (Qwen3, Qwen2.5 mid sizes, Mistral 7B, Mixtral). */
export const apacheRules: readonly Rule[] = [
  {
    id: 'apache.commercial-use',
    clause: 'apache.copyright-grant',
    when: 'always',
    check: () => ({
      severity: 'info',
      message: 'Apache-2.0 allows commercial use, hosting and redistribution without user limits or use restrictions.',
    }),
  },
  {
    id: 'apache.patent-grant',
    clause: 'apache.patent-grant',
    when: 'always',
    check: ({ usage }) => ({
      severity: 'info',
      message: usage.needsPatentGrant
        ? 'Apache-2.0 §3 gives an express patent licence from each contributor, which meets the need for a patent grant.'
        : 'Apache-2.0 §3 gives an express patent licence from each contributor.',
    }),
  },
  {
    id: 'apache.patent-retaliation',
    clause: 'apache.patent-retaliation',
    when: 'always',
    check: () => ({
      severity: 'info',
      message:
        'If your organisation sues claiming the model infringes a patent, its patent licence for the model ends (the copyright licence stays).',
    }),
  },
  {
    id: 'apache.license-copy',
    clause: 'apache.license-copy',
    when: 'weights are redistributed',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? { severity: 'obligation', message: 'Give every recipient of the weights a copy of the Apache-2.0 licence.' }
        : null,
  },
  {
    id: 'apache.modification-notice',
    clause: 'apache.modification-notice',
    when: 'fine-tuned weights are redistributed',
    check: ({ usage }) =>
      usage.redistributesWeights && usage.finetunes
        ? {
            severity: 'obligation',
            message: 'Mark the fine-tuned weight files (and any edited config) with a notice that you changed them.',
          }
        : null,
  },
  {
    id: 'apache.notice-file',
    clause: 'apache.notice-file',
    when: 'weights are redistributed',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? {
            severity: 'obligation',
            message: 'If the upstream repository has a NOTICE file, carry its attribution notices with your copies.',
          }
        : null,
  },
  {
    id: 'apache.trademark',
    clause: 'apache.trademark',
    when: 'a derivative is given a name',
    check: ({ usage }) =>
      usage.derivativeName !== undefined
        ? {
            severity: 'info',
            message: `Apache-2.0 grants no trademark rights: "${usage.derivativeName}" may describe the origin but must not use the publisher’s marks as its own.`,
          }
        : null,
  },
];
