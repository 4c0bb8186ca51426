import type { Plan } from '@llm-adopt/plan';
import { heading, paragraph, raw, table } from '../../markdown/blocks.js';
import { integer, money, seconds, tokensPerSecond } from '../../format/numbers.js';
import { sourceCell, valueCell } from '../cells.js';
import type { SectionContext } from '../context.js';

function hardwareText(plan: Plan): string {
  if (plan.profile.hardwareOnHand.length === 0) return 'none (will buy or use an API)';
  return plan.profile.hardwareOnHand
    .map((h) =>
      'gpu' in h
        ? `${h.count} × ${h.gpu}`
        : `${h.count} × ${h.custom.name ?? 'custom device'} (${h.custom.memoryGb} GB, ${h.custom.bandwidthGbps} GB/s, ${h.custom.tflops} TFLOPS)`,
    )
    .join(', ');
}

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function requirementRows(plan: Plan): string[][] {
  const p = plan.profile;
  const l = p.license;
  return [
    ['Use cases', p.useCases.join(', ') || 'none given'],
    ['Languages', p.languages.join(', ') || 'none given'],
    ['Context needed', `${integer(p.contextTokens)} tokens`],
    ['Concurrent sequences', integer(p.concurrency)],
    ['Time to first token target', p.latency.ttftSeconds === null ? 'none' : seconds(p.latency.ttftSeconds)],
    ['Decode speed target', p.latency.tokensPerSecond === null ? 'none' : tokensPerSecond(p.latency.tokensPerSecond)],
    ['Data sensitivity', p.dataSensitivity],
    ['Data may leave the premises', yesNo(p.dataMayLeavePremises)],
    ['Deployment preference', p.deployment],
    ['Hardware on hand', hardwareText(plan)],
    ['Hardware budget', p.hardwareBudgetUsd === null ? 'not set' : money(p.hardwareBudgetUsd, 'USD')],
    ['Region', p.region.toUpperCase()],
    ['Monthly active users', integer(p.monthlyActiveUsers)],
    ['Commercial use', yesNo(l.commercial)],
    ['Internal use only', yesNo(l.internalOnly)],
    ['Hosted as a service for third parties', yesNo(l.hostsAsServiceForThirdParties)],
    ['Weights or derivatives redistributed', yesNo(l.redistributesWeights)],
    ['Fine-tuning', yesNo(l.finetunes)],
    ['Outputs train other models', yesNo(l.trainsOtherModelsOnOutputs)],
    ['Needs a patent grant', yesNo(l.needsPatentGrant)],
    ['EU-domiciled', yesNo(l.euDomiciled)],
    ['Serves the EU', yesNo(l.servesEu)],
    ['Chatbot offered to the public', l.offersChatbotToPublic === undefined ? 'not answered' : yesNo(l.offersChatbotToPublic)],
    ['Rebrands or substantially modifies', l.rebrandsOrModifies === undefined ? 'not answered' : yesNo(l.rebrandsOrModifies)],
    ['High-risk area (AI Act Annex III)', l.highRiskUseCase === undefined ? 'not answered' : (l.highRiskUseCase ?? 'none')],
    ...(l.derivativeName === undefined ? [] : [['Derivative name', l.derivativeName]]),
    [
      'Workload per day',
      `${integer(plan.workload.inputTokensPerDay)} input tokens (${integer(plan.workload.cachedInputTokensPerDay)} cached), ${integer(plan.workload.outputTokensPerDay)} output tokens`,
    ],
  ];
}

/** Section 2: who the team is and what it needs. */
export function profileSection({ assessment: a, plan }: SectionContext): string[] {
  const blocks = [heading(2, raw('2. Team profile and requirements')), paragraph(a.profileSummary)];
  if (plan !== null) {
    const project = plan.project;
    if (project.organization !== undefined || project.description !== undefined) {
      blocks.push(paragraph([project.organization, project.description].filter((x) => x !== undefined).join(': ')));
    }
    if (project.team.length > 0) {
      blocks.push(heading(3, 'Team'), table(['Name', 'Role'], project.team.map((m) => [m.name, m.role ?? ''])));
    }
    blocks.push(heading(3, 'Requirements'), table(['Requirement', 'Value'], requirementRows(plan)));
  }
  if (a.assumptions.length > 0) {
    blocks.push(
      heading(3, 'Inputs the figures depend on'),
      table(
        ['Input', 'Value', 'Unit', 'Source'],
        a.assumptions.map((x) => [x.name, valueCell(x.value), x.unit, sourceCell(x.source)]),
      ),
    );
  }
  return blocks;
}
