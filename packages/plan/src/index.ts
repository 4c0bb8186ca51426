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
export { createPlan } from './new-plan.js';
export { migratePlanData, type Migrated } from './migrations.js';
export { validatePlan, isCalendarDate } from './plan-validation.js';
export { type ParsedPlan, type PlanFormat, MAX_PLAN_BYTES, parsePlanText, planFormatFor, serializePlan } from './plan-text.js';
export {
  type LoadedPlan,
  type SaveError,
  type SaveOptions,
  type SaveResult,
  backupPathFor,
  loadPlan,
  savePlan,
  writeTextFileAtomic,
} from './io/plan-file.js';
export { type LockHolder, type LockResult, acquirePlanLock, lockPathFor, readLock, releasePlanLock } from './io/plan-lock.js';
export { type PlanFileSystem, nodeFileSystem } from './io/file-system.js';
export { versionToken } from './io/version-token.js';
export {
  type AutoCheckId,
  type ChecklistItemDefinition,
  type PhaseDefinition,
  CHECKLIST,
  COMMON_MISTAKES,
  PHASES,
} from './checklist/definition.js';
export { assess } from './assess.js';
export {
  benchmarkScore,
  DEFAULT_WEIGHTS,
  NO_EVIDENCE_TASK_FIT,
  type RecommendOptions,
  recommend,
  USE_CASE_RULES,
  usageProfile,
  weightedScore,
} from './recommend.js';
export { type CheckFacts, type CheckOutcome, runAutoCheck } from './checklist/auto-checks.js';
export { AUTOMATED_WEIGHT, itemDone, MANUAL_WEIGHT, readiness } from './checklist/readiness.js';
export { commonMistakes } from './checklist/mistakes.js';
export { CODE_OF_PRACTICE_SOURCE, codeOfPracticeStatus } from './eu-code-of-practice.js';
export { type ResolvedHardware, resolveHardware } from './hardware.js';
export { ARTICLE_USE_CASE_TABLE, type ArticleComparison, type ArticlePick, type ArticleRow, compareWithArticle } from './article-comparison.js';
export { planReferenceIssues } from './plan-references.js';
