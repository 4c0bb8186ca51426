import type { Plan } from '@llm-adopt/plan';
import { createPlan } from '@llm-adopt/plan';
import { render } from 'ink-testing-library';
import { App } from '../../src/app.js';
import type { SaveOutcome, Services } from '../../src/services.js';
import { initialState, type WizardState } from '../../src/state/wizard.js';
import { fixtureAssessment } from '../fixtures/assessment.js';

export const FIXTURE_CATALOG = {
  gpus: [
    { id: 'rtx-4090', name: 'NVIDIA GeForce RTX 4090', memoryBytes: 24 * 2 ** 30, bandwidthBytesPerSecond: 1008e9 },
    { id: 'h100-sxm', name: 'NVIDIA H100 SXM', memoryBytes: 80e9, bandwidthBytesPerSecond: 3350e9 },
  ],
  offers: [{ id: 'openai/gpt-4o', label: 'GPT-4o (openai) — USD 2.5 in / 10 out per MTok' }],
};

/** Services that keep everything in memory; `saves` records what was saved, `failSaves` injects a failure. */
export function fakeServices(opts: { failSaves?: SaveOutcome } = {}) {
  const saves: Plan[] = [];
  const services: Services = {
    loadCatalog: async () => FIXTURE_CATALOG,
    assess: async (plan) => fixtureAssessment(plan),
    save: async (plan) => {
      if (opts.failSaves) return opts.failSaves;
      saves.push(structuredClone(plan));
      return { ok: true };
    },
    exportReport: async () => ['./adoption-plan.md', './adoption-plan.html'],
    close: async () => {},
  };
  return { services, saves };
}

export function planWithGpu(): Plan {
  const p = createPlan({ id: 'acme-bot', name: 'Acme bot' });
  return { ...p, profile: { ...p.profile, hardwareOnHand: [{ gpu: 'rtx-4090', count: 1 }] } };
}

/** Renders the whole app at a fixed size with fake services, starting in the wizard on `step`. */
export function renderApp(opts: { plan?: Plan; state?: Partial<WizardState>; services?: Services; start?: boolean } = {}) {
  const plan = opts.plan ?? planWithGpu();
  const base = initialState(plan, { planExists: true });
  const initial: WizardState = { ...base, ...(opts.start ? {} : { phase: 'wizard' as const }), ...opts.state };
  const { services, saves } = opts.services ? { services: opts.services, saves: [] as Plan[] } : fakeServices();
  const exits: unknown[] = [];
  const instance = render(
    <App initial={initial} services={services} planLabel="./adoption-plan.yaml" newPlanName="acme" createNewPlan={() => createPlan({ id: 'acme', name: 'acme' })} onExit={(r) => exits.push(r)} />,
  );
  return { lastFrame: instance.lastFrame, stdin: instance.stdin, unmount: instance.unmount, frames: instance.frames, saves, exits };
}
