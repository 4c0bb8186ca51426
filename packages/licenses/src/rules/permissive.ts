import { NOTHING_TO_DO, type Rule } from './rule.js';

/** MIT (DeepSeek-R1 and its distills as published). */
export const mitRules: readonly Rule[] = [
  {
    id: 'mit.commercial-use',
    clause: 'mit.grant',
    when: 'always',
    action: NOTHING_TO_DO,
    check: () => ({
      severity: 'info',
      message: 'MIT allows commercial use, hosting and redistribution without user limits or use restrictions.',
    }),
  },
  {
    id: 'mit.notice',
    clause: 'mit.notice',
    when: 'weights are redistributed',
    action: 'Ship the copyright notice and the MIT permission notice with every copy of the weights or code.',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? {
            severity: 'obligation',
            message: 'MIT requires the copyright notice and the permission notice in all copies or substantial portions.',
          }
        : null,
  },
  {
    id: 'mit.no-patent-grant',
    clause: 'mit.no-patent-grant',
    when: 'always; a warning when the team needs an express patent grant',
    action: 'Choose an Apache-2.0 model or get counsel’s view on an implied licence when you need a patent grant.',
    check: ({ usage }) =>
      usage.needsPatentGrant
        ? {
            severity: 'warning',
            message: 'MIT grants no express patent licence (and has no patent-retaliation clause).',
            action: 'Choose an Apache-2.0 model or get counsel’s view on an implied licence.',
          }
        : { severity: 'info', message: 'MIT grants no express patent licence; only copyright-type rights are named.', action: NOTHING_TO_DO },
  },
  {
    id: 'mit.r1-distillation-allowed',
    clause: 'mit.r1-distillation-allowed',
    when: 'outputs of a DeepSeek-R1 model train another model',
    action: NOTHING_TO_DO,
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
    action: NOTHING_TO_DO,
    check: () => ({
      severity: 'info',
      message: 'Apache-2.0 allows commercial use, hosting and redistribution without user limits or use restrictions.',
    }),
  },
  {
    id: 'apache.patent-grant',
    clause: 'apache.patent-grant',
    when: 'always',
    action: NOTHING_TO_DO,
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
    action: 'Nothing to do now; weigh this before your organisation brings a patent claim over the model.',
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
    action: 'Give every recipient of the weights a copy of the Apache-2.0 licence.',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? { severity: 'obligation', message: 'Apache-2.0 requires every recipient of the weights to receive a copy of the licence.' }
        : null,
  },
  {
    id: 'apache.modification-notice',
    clause: 'apache.modification-notice',
    when: 'fine-tuned weights are redistributed',
    action: 'Mark the fine-tuned weight files (and any edited config) with a notice that you changed them.',
    check: ({ usage }) =>
      usage.redistributesWeights && usage.finetunes
        ? {
            severity: 'obligation',
            message: 'Apache-2.0 requires modified files to carry prominent notices stating that you changed them.',
          }
        : null,
  },
  {
    id: 'apache.notice-file',
    clause: 'apache.notice-file',
    when: 'weights are redistributed',
    action: 'Carry the attribution notices of the upstream NOTICE file, if the repository has one, with your copies.',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? {
            severity: 'obligation',
            message: 'Apache-2.0 requires the attribution notices of a NOTICE file, where the upstream work has one, to travel with redistributed copies.',
          }
        : null,
  },
  {
    id: 'apache.trademark',
    clause: 'apache.trademark',
    when: 'a derivative is given a name',
    action: 'Check that the derivative’s name describes its origin without using the publisher’s marks as its own.',
    check: ({ usage }) =>
      usage.derivativeName !== undefined
        ? {
            severity: 'info',
            message: `Apache-2.0 grants no trademark rights: "${usage.derivativeName}" may describe the origin but must not use the publisher’s marks as its own.`,
          }
        : null,
  },
];
