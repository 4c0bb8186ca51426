import { NOTHING_TO_DO, type Rule } from './rule.js';

/** DeepSeek License Agreement v1.0 (DeepSeek-V3 original release, V2, Coder); not R1, which is MIT. */
export const deepseekRules: readonly Rule[] = [
  {
    id: 'deepseek.use-restrictions',
    clause: 'deepseek.attachment-a',
    when: 'always',
    action: 'Check your use against the Attachment A restrictions before deployment.',
    check: () => ({
      severity: 'obligation',
      message: 'Commercial use is allowed, but not for the Attachment A uses (e.g. military use, fully automated decisions that adversely affect legal rights).',
    }),
  },
  {
    id: 'deepseek.flow-down',
    clause: 'deepseek.flow-down',
    when: 'weights are redistributed or the model is hosted for third parties',
    action: 'Include the use restrictions as an enforceable provision in your customer terms and require your users to comply.',
    check: ({ usage }) =>
      usage.redistributesWeights || usage.hostsAsServiceForThirdParties
        ? {
            severity: 'obligation',
            message: 'Whoever redistributes or hosts the model must pass its use restrictions on to their users.',
          }
        : null,
  },
  {
    id: 'deepseek.distillation',
    clause: 'deepseek.distillation-derivatives',
    when: 'outputs train another model',
    action: 'Apply the DeepSeek License and its use restrictions to any model you distil from these outputs.',
    check: ({ usage }) =>
      usage.trainsOtherModelsOnOutputs
        ? {
            severity: 'warning',
            message: 'A model distilled from this model’s outputs is a “Derivative of the Model”: the license and its use restrictions follow it.',
          }
        : null,
  },
  {
    id: 'deepseek.patent-grant',
    clause: 'deepseek.patent-grant',
    when: 'the team needs an express patent grant',
    action: NOTHING_TO_DO,
    check: ({ usage }) =>
      usage.needsPatentGrant
        ? { severity: 'info', message: 'The DeepSeek License §3 gives an express patent licence, which ends if you sue over patents in the Model.' }
        : null,
  },
];
