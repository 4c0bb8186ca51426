/** The walk-through's steps in order. Screens are states of the reducer, not routes. */
export const STEPS = [
  { id: 'profile', title: 'Profile' },
  { id: 'hardware', title: 'Hardware' },
  { id: 'shortlist', title: 'Shortlist' },
  { id: 'sizing', title: 'Sizing' },
  { id: 'cost', title: 'Cost' },
  { id: 'license', title: 'License & compliance' },
  { id: 'checklist', title: 'Checklist' },
  { id: 'review', title: 'Review & export' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export function stepIndex(step: StepId): number {
  return STEP_IDS.indexOf(step);
}

export function stepTitle(step: StepId): string {
  return STEPS[stepIndex(step)]?.title ?? step;
}

/** Steps from the shortlist on show computed figures, so they need an assessment. */
export function needsAssessment(step: StepId): boolean {
  return stepIndex(step) >= stepIndex('shortlist');
}
