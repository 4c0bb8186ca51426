import type { Rule } from './rule.js';

/** Gemma Terms of Use (comparison only: no Gemma model in the built-in catalog). */
export const gemmaRules: readonly Rule[] = [
  {
    id: 'gemma.prohibited-use',
    clause: 'gemma.prohibited-use-policy',
    when: 'always',
    action: 'Check your use against the Gemma Prohibited Use Policy, and again when Google updates it.',
    check: () => ({
      severity: 'obligation',
      message: 'Use must follow the Gemma Prohibited Use Policy, which Google can update at its URL.',
    }),
  },
  {
    id: 'gemma.flow-down',
    clause: 'gemma.flow-down',
    when: 'weights are redistributed or the model is hosted for third parties (a Hosted Service is a Distribution)',
    action: 'Put the Gemma use restrictions into your terms of use as an enforceable provision, and give recipients a copy of the Gemma Terms.',
    check: ({ usage }) =>
      usage.redistributesWeights || usage.hostsAsServiceForThirdParties
        ? {
            severity: 'obligation',
            message: 'Redistributing Gemma or hosting it for others is a Distribution: the Gemma use restrictions must bind your recipients.',
          }
        : null,
  },
  {
    id: 'gemma.notice-file',
    clause: 'gemma.notice-file',
    when: 'weights are redistributed (not for hosted services)',
    action: 'Ship a Notice file with the line quoted here with every copy you distribute.',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? { severity: 'obligation', message: 'Every copy of Gemma you distribute must carry a Notice file with the line the Terms require.' }
        : null,
  },
  {
    id: 'gemma.model-derivatives',
    clause: 'gemma.model-derivatives',
    when: 'outputs train another model',
    action: 'Apply the Gemma Terms, including the use restrictions, to any model you train on Gemma outputs.',
    check: ({ usage }) =>
      usage.trainsOtherModelsOnOutputs
        ? {
            severity: 'warning',
            message: 'A model trained on Gemma outputs to perform like Gemma is a Model Derivative: the Gemma Terms, including the use restrictions, apply to it.',
          }
        : null,
  },
  {
    id: 'gemma.no-patent-grant',
    clause: 'gemma.no-patent-grant',
    when: 'the team needs an express patent grant',
    action: 'Ask counsel whether the Terms meet your need for a patent grant, or choose an Apache-2.0 model.',
    check: ({ usage }) =>
      usage.needsPatentGrant ? { severity: 'warning', message: 'The Gemma Terms contain no express patent grant.' } : null,
  },
];
