/**
 * @llm-adopt/plan: the plan file (schema, load, atomic save, migrations), recommendation,
 * checklist with auto-checks, and `assess(plan, catalog) -> Assessment`.
 */
export {
  PLAN_SCHEMA_VERSION,
  Plan,
  Profile,
  Workload,
  CostAssumptions,
  Candidate,
  Operations,
  ChecklistEntry,
  ChecklistStatus,
  HardwareSpec,
  CustomDevice,
  LicenseUsage,
  UseCase,
  USE_CASES,
  Engine,
  PhaseId,
} from './plan-schema.js';
export type * from './assessment.js';
