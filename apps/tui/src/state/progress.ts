import type { Plan } from '@llm-adopt/plan';
import { STEP_IDS, type StepId } from './steps.js';
import type { WizardState } from './wizard.js';

export interface StepProgress {
  complete: boolean;
  /** Short count shown beside the step ("2/3", "5/43"), or empty. */
  detail: string;
}

/** Checklist items the team has closed (done or not applicable), from the plan alone. */
export function closedChecklistItems(plan: Plan): number {
  return Object.values(plan.checklist).filter((e) => e.status === 'done' || e.status === 'not-applicable').length;
}

/** Whether each step has what it needs; derived from the plan (and the assessment for the checklist total). */
export function stepProgress(state: Pick<WizardState, 'plan' | 'visited' | 'assessment' | 'exported'>): Record<StepId, StepProgress> {
  const { plan } = state;
  const visited = (s: StepId) => state.visited.includes(s);
  const total = state.assessment?.checklist.phases.reduce((n, p) => n + p.items.length, 0) ?? null;
  const closed = closedChecklistItems(plan);
  const progress: Record<StepId, StepProgress> = {
    profile: { complete: plan.profile.useCases.length > 0, detail: '' },
    hardware: {
      complete: plan.profile.hardwareOnHand.length > 0 || plan.profile.hardwareBudgetUsd !== null,
      detail: plan.profile.hardwareOnHand.length > 0 ? `${plan.profile.hardwareOnHand.reduce((n, h) => n + h.count, 0)}×` : '',
    },
    shortlist: { complete: plan.candidates.length > 0, detail: plan.candidates.length > 0 ? `${plan.candidates.length}/3` : '' },
    sizing: { complete: plan.candidates.length > 0 && visited('sizing'), detail: '' },
    cost: { complete: plan.workload.inputTokensPerDay + plan.workload.outputTokensPerDay > 0, detail: '' },
    license: { complete: visited('license') && plan.candidates.length > 0, detail: '' },
    checklist: { complete: total !== null && total > 0 && closed >= total, detail: total === null ? (closed > 0 ? `${closed}✓` : '') : `${closed}/${total}` },
    review: { complete: state.exported !== null && 'paths' in state.exported, detail: '' },
  };
  for (const id of STEP_IDS) progress[id] ??= { complete: false, detail: '' };
  return progress;
}
