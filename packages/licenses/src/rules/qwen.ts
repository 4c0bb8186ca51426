import type { Rule } from './rule.js';
import { formatCount, sharesDerivedModel } from './rule.js';

/** Qwen LICENSE AGREEMENT (Qwen2.5-72B); not the Apache-2.0 most other Qwen checkpoints use. */
export const qwenRules: readonly Rule[] = [
  {
    id: 'qwen.mau-100m',
    clause: 'qwen.mau',
    when: 'commercial use while the product or service has more than 100M MAU, at any time (blocker); above 100M without commercial use (info)',
    action: 'Request a license from Alibaba Cloud before exercising any rights under the Qwen license.',
    check: ({ usage, license }) => {
      const limit = license.mauLimit?.users;
      if (limit === undefined || usage.monthlyActiveUsers <= limit) return null;
      // §4 has no release-date snapshot: the test applies whenever the product is that large.
      return usage.commercial
        ? {
            severity: 'blocker',
            message: `${formatCount(usage.monthlyActiveUsers)} MAU exceeds ${formatCount(limit)} while used commercially: the Qwen license grants no rights until Alibaba Cloud grants you a license.`,
          }
        : {
            severity: 'info',
            message: `${formatCount(usage.monthlyActiveUsers)} MAU exceeds ${formatCount(limit)}, but the limit applies only to commercial use; it bites the moment use becomes commercial.`,
            action: 'Nothing to do while use stays non-commercial; request a license from Alibaba Cloud before it becomes commercial.',
          };
    },
  },
  {
    id: 'qwen.built-with',
    clause: 'qwen.outputs-train',
    when: 'a model created, trained or fine-tuned with Qwen materials or outputs is distributed or made available',
    action: 'Display “Built with Qwen” or “Improved using Qwen” prominently in the derived model’s product documentation.',
    check: ({ usage }) =>
      sharesDerivedModel(usage)
        ? {
            severity: 'obligation',
            message: 'A model built with Qwen materials or outputs that you distribute or make available must credit Qwen.',
          }
        : null,
  },
  {
    id: 'qwen.notice-file',
    clause: 'qwen.notice-file',
    when: 'weights are redistributed',
    action: 'Give recipients a copy of the Qwen LICENSE AGREEMENT, mark modified files, and ship a Notice file with the line quoted here.',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? {
            severity: 'obligation',
            message: 'Redistributed weights must come with the Qwen LICENSE AGREEMENT, notices on modified files and a Notice file.',
          }
        : null,
  },
  {
    id: 'qwen.export-control',
    clause: 'qwen.export-control',
    when: 'weights are redistributed',
    action: 'Check export controls before shipping weights across borders.',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? { severity: 'info', message: 'The license flags export controls in China, the US and elsewhere.' }
        : null,
  },
  {
    id: 'qwen.no-patent-grant',
    clause: 'qwen.no-patent-grant',
    when: 'the team needs an express patent grant',
    action: 'Choose an Apache-2.0 Qwen checkpoint or ask counsel whether the license meets your need for a patent grant.',
    check: ({ usage }) =>
      usage.needsPatentGrant
        ? {
            severity: 'warning',
            message: 'The Qwen license has no express patent licence, and suing over the Materials ends all licences (§6(c)).',
          }
        : null,
  },
];
