import type { RuleContext, Rule } from './rule.js';
import { formatCount, isMultimodal, makesAvailable, NOTHING_TO_DO, sharesDerivedModel } from './rule.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Calendar month before a release date: `2024-07-23` → `2024-06` (Llama §2 "in the preceding calendar month"). */
export function monthBefore(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

function monthName(yyyyMm: string): string {
  return `${MONTHS[Number(yyyyMm.slice(5, 7)) - 1]} ${yyyyMm.slice(0, 4)}`;
}

/** MAU the Llama §2 test reads for this version, and whether it came from the team's history. */
export function llamaSnapshotMau(ctx: RuleContext): { month: string; users: number; fromHistory: boolean } | null {
  const { license, usage } = ctx;
  if (!license.releaseDate || !license.mauLimit) return null;
  const month = monthBefore(license.releaseDate);
  const recorded = usage.mauHistory?.[month];
  return recorded === undefined
    ? { month, users: usage.monthlyActiveUsers, fromHistory: false }
    : { month, users: recorded, fromHistory: true };
}

/**
 * Rules shared by the Llama 3.1, 3.3 and 4 Community Licenses, whose texts are identical apart from names,
 * dates and AUP URLs. `p` is the clause-id prefix (`llama31`, `llama33`, `llama4`).
 */
export function llamaRules(p: 'llama31' | 'llama33' | 'llama4'): readonly Rule[] {
  const version = { llama31: 'Llama 3.1', llama33: 'Llama 3.3', llama4: 'Llama 4' }[p];
  const rules: Rule[] = [
    {
      id: `${p}.mau-700m`,
      clause: `${p}.mau`,
      when: 'MAU of the licensee and affiliates in the month before the version’s release exceeded 700M (blocker); today’s MAU above 700M but the snapshot below (info)',
      action: 'Request a license from Meta before using the model (or record that month’s real MAU in mauHistory if it was at or below 700M).',
      check: (ctx) => {
        const snap = llamaSnapshotMau(ctx);
        const limit = ctx.license.mauLimit?.users;
        if (!snap || limit === undefined) return null;
        const when = monthName(snap.month);
        if (snap.users > limit) {
          return {
            severity: 'blocker',
            message: snap.fromHistory
              ? `${formatCount(snap.users)} MAU in ${when} exceeds ${formatCount(limit)}: no rights under the ${version} license unless Meta grants you a separate license.`
              : `${formatCount(snap.users)} MAU (assumed for ${when}, the month before ${version}’s release) exceeds ${formatCount(limit)}: no rights under the ${version} license unless Meta grants you a separate license. The test reads that month only and is not repeated later.`,
            action: snap.fromHistory
              ? `Request a license from Meta before using ${version}, or choose another model.`
              : `Record your real MAU for ${when} in mauHistory if it was at or below ${formatCount(limit)}; otherwise request a license from Meta.`,
          };
        }
        if (ctx.usage.monthlyActiveUsers > limit) {
          return {
            severity: 'info',
            message: `Today’s ${formatCount(ctx.usage.monthlyActiveUsers)} MAU exceeds ${formatCount(limit)}, but the ${version} test reads ${when} (${formatCount(snap.users)}), so this version stays licensed. A later Llama version would test a later month.`,
            action: 'Nothing to do for this version; check the MAU test again before moving to a later Llama version.',
          };
        }
        return null;
      },
    },
    {
      id: 'llama.built-with',
      clause: `${p}.built-with`,
      when: 'the model, a derivative, or a product or service containing it is made available to others',
      action: 'Display “Built with Llama” prominently on a related website, user interface, blog post, about page or product documentation.',
      check: ({ usage }) =>
        makesAvailable(usage)
          ? {
              severity: 'obligation',
              message: `What you make available contains ${version}, so the license requires the “Built with Llama” attribution.`,
            }
          : null,
    },
    {
      id: 'llama.license-copy',
      clause: `${p}.license-copy`,
      when: 'the model, a derivative, or a product or service containing it is made available to others',
      action: `Provide a copy of the ${version} Community License Agreement with what you distribute or make available.`,
      check: ({ usage }) =>
        makesAvailable(usage)
          ? {
              severity: 'obligation',
              message: `What you make available contains ${version}, so a copy of its Community License Agreement must go with it.`,
            }
          : null,
    },
    {
      id: 'llama.notice-file',
      clause: `${p}.notice-file`,
      when: 'weights are redistributed',
      action: 'Ship a “Notice” text file containing the attribution line quoted in the license with every copy of the weights.',
      check: ({ usage, license }) => {
        if (!usage.redistributesWeights) return null;
        const text = license.clauses.find((c) => c.id === `${p}.notice-file`)?.requiredText;
        return {
          severity: 'obligation',
          message: `Every copy of the weights you redistribute must carry a “Notice” text file with the ${version} attribution line.`,
          action: text ? `Ship a “Notice” text file containing “${text}” with every copy of the weights.` : 'Ship a “Notice” text file containing the attribution line quoted in the license with every copy of the weights.',
        };
      },
    },
    {
      id: 'llama.naming',
      clause: `${p}.naming`,
      when: 'a model created, trained or fine-tuned with Llama materials or outputs is distributed or made available',
      action: 'Give the model you distribute or make available a name that begins with “Llama” (e.g. “Llama-Acme-Support-70B”).',
      check: ({ usage }) => {
        if (!sharesDerivedModel(usage)) return null;
        const name = usage.derivativeName;
        if (name === undefined) {
          return { severity: 'obligation', message: 'The name of a model built with Llama that you distribute or make available must begin with “Llama”.' };
        }
        return name.startsWith('Llama')
          ? { severity: 'info', message: `“${name}” begins with “Llama”, as the license requires.`, action: 'Nothing to do; keep the name as it is.' }
          : {
              severity: 'warning',
              message: `“${name}” does not begin with “Llama”, as the license requires.`,
              action: `Rename it (e.g. “Llama-${name}”) before you distribute or make it available.`,
            };
      },
    },
    {
      id: 'llama.outputs-train',
      clause: `${p}.outputs-train`,
      when: 'outputs train or improve another model',
      action: 'Apply the Llama naming and attribution rules to any model trained on these outputs that you distribute or make available.',
      check: ({ usage }) =>
        usage.trainsOtherModelsOnOutputs
          ? {
              severity: 'obligation',
              message: `${version} allows using outputs to train or improve other models; if that model is distributed or made available, the Llama naming and attribution rules apply to it.`,
            }
          : null,
    },
    {
      id: 'llama.aup',
      clause: `${p}.aup`,
      when: 'always',
      action: 'Check your use against the Acceptable Use Policy (and pass it on in your terms of service when you host for others).',
      check: ({ usage }) =>
        usage.hostsAsServiceForThirdParties
          ? {
              severity: 'obligation',
              message: `Your use and your users’ use must follow the ${version} Acceptable Use Policy (incorporated by reference, may be updated) and trade-compliance laws.`,
              action: `Pass the ${version} Acceptable Use Policy on in your terms of service and check your own use against it.`,
            }
          : {
              severity: 'obligation',
              message: `Your use must follow the ${version} Acceptable Use Policy (incorporated by reference, may be updated) and trade-compliance laws.`,
              action: `Check your use against the ${version} Acceptable Use Policy, and again when Meta updates it.`,
            },
    },
    {
      id: 'llama.no-patent-grant',
      clause: `${p}.no-patent-grant`,
      when: 'the team needs an express patent grant',
      action: 'Ask counsel whether the license meets your need for a patent grant, or choose an Apache-2.0 model.',
      check: ({ usage }) =>
        usage.needsPatentGrant
          ? {
              severity: 'warning',
              message: `The ${version} license has no express patent licence (its grant covers Meta’s rights “embodied in the Llama Materials”), and any IP suit over the materials ends all licences (§5.c).`,
            }
          : null,
    },
  ];
  if (p !== 'llama31') {
    // The EU paragraph exists in the 3.2+ AUPs only (the 3.1 AUP has none) and covers multimodal models only.
    rules.push(
      {
        id: `${p}.eu-multimodal`,
        clause: `${p}.aup-eu-multimodal`,
        when: 'licensee is EU-domiciled (blocker when the licensed model is multimodal, whatever the use; for a text-only record: warning under Llama 4, whose released models are all multimodal, info under 3.3)',
        action: 'Choose another model when the licensed model is multimodal; ask counsel before using a text-only Llama 4 derivative.',
        check: ({ usage, carrier }) => {
          if (!usage.euDomiciled) return null;
          if (isMultimodal(carrier)) {
            return {
              severity: 'blocker',
              message: `${carrier.name} is a multimodal ${version} model: its §1(a) rights are not granted to individuals domiciled in, or companies with their principal place of business in, the EU. Using it for text only does not change that.`,
              action: `Choose another model: an EU-domiciled licensee has no rights to use ${carrier.name}.`,
            };
          }
          // Every released Llama 4 model is multimodal (model card), so a text-only record is a derivative of one.
          return p === 'llama4'
            ? {
                severity: 'warning',
                message: `${carrier.name} is recorded as text-only, but every released ${version} model is multimodal: a derivative of one is likely still covered by the EU restriction.`,
                action: 'Ask counsel before an EU-domiciled licensee uses it.',
              }
            : {
                severity: 'info',
                message: `The ${version} AUP withholds rights for multimodal ${version} models from EU-domiciled licensees, but ${carrier.name} is text-only, so the clause does not apply.`,
                action: NOTHING_TO_DO,
              };
        },
      },
    );
  }
  if (p === 'llama4') {
    rules.push(
      {
        id: 'llama4.eu-end-users',
        clause: 'llama4.aup-eu-end-users',
        when: 'a non-EU licensee serves EU end users with a multimodal model',
        action: NOTHING_TO_DO,
        check: ({ usage, carrier }) =>
          !usage.euDomiciled && usage.servesEu === true && isMultimodal(carrier)
            ? {
                severity: 'info',
                message: `The EU restriction binds EU-domiciled licensees, not the end users of your product: a non-EU licensee may serve EU end users with ${carrier.name}.`,
              }
            : null,
      },
      {
        id: 'llama4.aup-circumvent',
        clause: 'llama4.aup-circumvent',
        when: 'the model is fine-tuned',
        action: 'Keep the safety measures when you fine-tune: do not train refusals away (“abliterated” models).',
        check: ({ usage }) =>
          usage.finetunes
            ? {
                severity: 'warning',
                message: 'The Llama 4 AUP forbids intentionally removing safety measures or usage restrictions, which fine-tuning can do.',
              }
            : null,
      },
      {
        id: 'llama4.aup-human-generated',
        clause: 'llama4.aup-human-generated',
        when: 'people outside the team see the outputs',
        action: 'Disclose AI use to the people who see Llama 4 outputs, and never present them as human-generated.',
        check: ({ usage }) =>
          usage.offersChatbotToPublic === true || usage.hostsAsServiceForThirdParties
            ? { severity: 'obligation', message: 'The Llama 4 AUP forbids presenting its outputs as human-generated.' }
            : null,
      },
    );
  }
  return rules;
}
