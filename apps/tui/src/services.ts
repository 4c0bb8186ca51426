// What the app needs from the outside world. The real implementation (io/plan-services.ts) loads the
// plan, catalog and report packages lazily; frame tests pass fakes, so screens render without I/O.
import type { Assessment, Plan } from '@llm-adopt/plan';
import type { CatalogView } from './state/wizard.js';

export type SaveOutcome = { ok: true } | { ok: false; message: string; conflict: boolean };

export interface Services {
  /** GPUs and API offers for the pickers. */
  loadCatalog(): Promise<CatalogView>;
  /** `assess(plan, catalog)` from the plan package. */
  assess(plan: Plan): Promise<Assessment>;
  /** Atomic save with conflict detection; never throws (failures are values the app shows). */
  save(plan: Plan): Promise<SaveOutcome>;
  /** Writes the markdown and HTML adoption plan next to the plan file; returns the paths written. */
  exportReport(plan: Plan, assessment: Assessment): Promise<string[]>;
  /** Releases the plan's lock, if one was taken. */
  close(): Promise<void>;
}
