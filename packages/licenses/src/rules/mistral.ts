import type { Rule } from './rule.js';

/** Mistral AI Research License (Mistral Large 2407/2411, Ministral 8B, …): research purposes only. */
export const mistralResearchRules: readonly Rule[] = [
  {
    id: 'mrl.research-only',
    clause: 'mrl.research-only',
    when: 'always (blocker for commercial use, including a company’s internal use)',
    action: 'Get a commercial license from Mistral AI before any commercial use, or choose another model.',
    check: ({ usage }) =>
      usage.commercial
        ? {
            severity: 'blocker',
            message: 'The MRL allows research purposes only; commercial use, including employees’ daily tasks and revenue-oriented PoCs, is outside it.',
          }
        : {
            severity: 'info',
            message: 'Allowed for non-profit personal, scientific or academic research only.',
            action: 'Keep use to non-profit research; get a commercial license from Mistral AI before any other use.',
          },
  },
  {
    id: 'mrl.no-hosting',
    clause: 'mrl.no-commercial-distribution',
    when: 'a commercial entity hosts the model for third parties',
    action: 'Do not host the model for third parties without a commercial license from Mistral AI.',
    check: ({ usage }) =>
      usage.commercial && usage.hostsAsServiceForThirdParties
        ? { severity: 'blocker', message: 'Hosting by a commercial entity, paid or free, is outside Research Purposes.' }
        : null,
  },
  {
    id: 'mrl.outputs-restricted',
    clause: 'mrl.outputs-restricted',
    when: 'outputs train another model',
    action: 'Do not use a model trained on these outputs commercially without a license from Mistral AI.',
    check: ({ usage }) =>
      usage.trainsOtherModelsOnOutputs
        ? {
            severity: usage.commercial ? 'blocker' : 'warning',
            message: 'Outputs carry the research-only restriction: a model trained on them cannot be used commercially.',
          }
        : null,
  },
  {
    id: 'mrl.notice-file',
    clause: 'mrl.notice-file',
    when: 'weights are redistributed',
    action: 'Give recipients the Agreement, ship a Notice file with the line quoted here, and mark your modifications.',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? { severity: 'obligation', message: 'Redistributed weights must come with the Agreement, a Notice file and notices on what you modified.' }
        : null,
  },
];

/** Mistral AI Non-Production License (Codestral 22B): testing, research, personal or evaluation use only. */
export const mistralNonProductionRules: readonly Rule[] = [
  {
    id: 'mnpl.non-production-only',
    clause: 'mnpl.non-production-only',
    when: 'always (blocker for commercial or production use)',
    action: 'Get a license from Mistral AI before any production or commercial use, or choose another model.',
    check: ({ usage }) =>
      usage.commercial
        ? {
            severity: 'blocker',
            message: 'The MNPL allows only testing, research, personal or evaluation use in non-production environments; commercial or production use is outside it.',
          }
        : {
            severity: 'info',
            message: 'Allowed for testing, research, personal or evaluation use in non-production environments.',
            action: 'Keep the model out of production; get a license from Mistral AI before any production use.',
          },
  },
  {
    id: 'mnpl.no-commercial-supply',
    clause: 'mnpl.no-commercial-supply',
    when: 'the model is hosted for third parties in a commercial activity',
    action: 'Do not offer the model to third parties without a license from Mistral AI.',
    check: ({ usage }) =>
      usage.commercial && usage.hostsAsServiceForThirdParties
        ? { severity: 'blocker', message: 'Supplying the model in a commercial activity, paid or free, including as a hosted service, is not allowed.' }
        : null,
  },
  {
    id: 'mnpl.outputs-unverified',
    clause: 'mnpl.other-uses-need-license',
    when: 'outputs train another model',
    action: 'Read the full MNPL text, or ask Mistral AI, before training on Codestral outputs.',
    check: ({ usage }) =>
      usage.trainsOtherModelsOnOutputs
        ? {
            severity: 'warning',
            message: 'The MNPL’s terms on outputs were not verified in our sources.',
          }
        : null,
  },
];
