import { createPlan } from '../new-plan.js';
import type { Plan } from '../plan-schema.js';

/** A small valid plan used by the I/O tests. */
export function samplePlan(description = 'first version'): Plan {
  const plan = createPlan({ id: 'sample', name: 'Sample plan' });
  plan.project.description = description;
  plan.profile.useCases = ['coding'];
  plan.candidates = [{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 } }];
  return plan;
}
