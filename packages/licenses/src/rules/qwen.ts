import type { Rule } from './rule.js';
import { formatCount, sharesDerivedModel } from './rule.js';

/** Qwen LICENSE AGREEMENT (Qwen2.5-72B); not the Apache-2.0 most other Qwen checkpoints use. */
export const qwenRules: readonly Rule[] = [
  {
    id: 'qwen.mau-100m',
    clause: 'qwen.mau',
    when: 'commercial use while the product or service has more than 100M MAU, at any time (blocker); above 100M without commercial use (info)',
    check: ({ usage, license }) => {
      const limit = license.mauLimit?.users;
      if (limit === undefined || usage.monthlyActiveUsers <= limit) return null;
      // §4 has no release-date snapshot: the test applies whenever the product is that large.
      return usage.commercial
        ? {
            severity: 'blocker',
            message: `${formatCount(usage.monthlyActiveUsers)} MAU exceeds ${formatCount(limit)} while used commercially: request a license from Alibaba Cloud before exercising any rights.`,
          }
        : {
            severity: 'info',
            message: `${formatCount(usage.monthlyActiveUsers)} MAU exceeds ${formatCount(limit)}, but the limit applies only to commercial use; it bites the moment use becomes commercial.`,
          };
    },
  },
  {
    id: 'qwen.built-with',
    clause: 'qwen.outputs-train',
    when: 'a model created, trained or fine-tuned with Qwen materials or outputs is distributed or made available',
    check: ({ usage }) =>
      sharesDerivedModel(usage)
        ? {
            severity: 'obligation',
            message: 'Display “Built with Qwen” or “Improved using Qwen” prominently in the derived model’s product documentation.',
          }
        : null,
  },
  {
    id: 'qwen.notice-file',
    clause: 'qwen.notice-file',
    when: 'weights are redistributed',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? {
            severity: 'obligation',
            message: 'Give recipients a copy of the Qwen LICENSE AGREEMENT, mark modified files, and ship a Notice file with the line quoted here.',
          }
        : null,
  },
  {
    id: 'qwen.export-control',
    clause: 'qwen.export-control',
    when: 'weights are redistributed',
    check: ({ usage }) =>
      usage.redistributesWeights
        ? { severity: 'info', message: 'The license flags export controls in China, the US and elsewhere; check them before shipping weights across borders.' }
        : null,
  },
  {
    id: 'qwen.no-patent-grant',
    clause: 'qwen.no-patent-grant',
    when: 'the team needs an express patent grant',
    check: ({ usage }) =>
      usage.needsPatentGrant
        ? {
            severity: 'warning',
            message: 'The Qwen license has no express patent licence, and suing over the Materials ends all licences (§6(c)). Prefer an Apache-2.0 Qwen checkpoint or ask counsel.',
          }
        : null,
  },
];
