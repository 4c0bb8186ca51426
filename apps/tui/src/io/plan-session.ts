// The only module of the app that reads or writes files: opens the plan (or prepares a new one),
// takes the advisory lock, and implements `Services` with the plan, catalog and report packages.
// Those packages are imported here, and this module is loaded lazily by `interactive.tsx`.
import { existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { type Catalog, formatIssue } from '@llm-adopt/catalog';
import { acquirePlanLock, createPlan, type LoadedPlan, loadPlan, type Plan, savePlan, versionToken, writeTextFileAtomic } from '@llm-adopt/plan';
import type { SaveOutcome, Services } from '../services.js';
import { slugify } from '../state/new-plan.js';

export interface PlanSession {
  /** The plan found at the path, or a new one when there is none. */
  plan: Plan;
  planExists: boolean;
  /** Set when another live llm-adopt holds the plan's lock: shown at start-up, saves still check for conflicts. */
  lockWarning: string | null;
  services: Services;
  createNewPlan: () => Plan;
}

export type OpenResult = { ok: true; session: PlanSession } | { ok: false; problems: string[] };

/** A path as the user would type it from the working directory. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : `./${rel}`;
}

/** `adoption-plan.yaml` → `adoption-plan`; `team.plan.yaml` → `team.plan`. */
function reportBase(planPath: string): string {
  return join(dirname(planPath), basename(planPath).replace(/\.(ya?ml|json)$/i, ''));
}

export async function openPlanSession(planPath: string, opts: { catalogFiles: readonly string[]; newPlanName: string }): Promise<OpenResult> {
  // The catalog and assess() load after the first frame, unless user catalog files must be checked first.
  const loadAssessment = () => import('./assessment-service.js');
  let catalog: Catalog | null = null;
  const getCatalog = async (): Promise<Catalog> => {
    if (catalog) return catalog;
    const service = await loadAssessment();
    const result = service.loadCatalog(opts.catalogFiles);
    if (!result.ok) throw new Error(result.issues.map(service.formatIssue).join('; '));
    catalog = result.catalog;
    return catalog;
  };
  if (opts.catalogFiles.length > 0) {
    const service = await loadAssessment();
    const result = service.loadCatalog(opts.catalogFiles);
    if (!result.ok) return { ok: false, problems: result.issues.map(service.formatIssue) };
    catalog = result.catalog;
  }

  let loaded: LoadedPlan | null = null;
  if (existsSync(planPath)) {
    const result = loadPlan(planPath);
    if (!result.ok) return { ok: false, problems: result.issues.map(formatIssue) };
    loaded = result.value;
  }
  const lock = acquirePlanLock(planPath);
  // Short enough for one line at 80 columns; the lock file's own message names the full path.
  const lockWarning = lock.ok ? null : lock.holder ? `Plan open in another llm-adopt (pid ${lock.holder.pid})` : lock.message;

  // The token of the version on disk we last read or wrote: a save is refused when the file changed since.
  let token = loaded ? loaded.versionToken : versionToken(null);
  let document = loaded?.document ?? null;

  const createNewPlan = () => {
    document = null;
    return createPlan({ id: slugify(opts.newPlanName), name: opts.newPlanName });
  };

  const services: Services = {
    async loadCatalog() {
      const [service, loaded] = await Promise.all([loadAssessment(), getCatalog()]);
      return service.catalogView(loaded);
    },
    async assess(plan) {
      const [service, loaded] = await Promise.all([loadAssessment(), getCatalog()]);
      return service.assessPlan(plan, loaded);
    },
    async save(plan): Promise<SaveOutcome> {
      const result = savePlan(planPath, plan, { expectedVersionToken: token, document });
      if (result.ok) {
        token = result.versionToken;
        return { ok: true };
      }
      const { error } = result;
      const kept = 'Your changes are kept in this session';
      if (error.kind === 'conflict') {
        return { ok: false, conflict: true, message: `${error.message}. ${kept}; nothing was overwritten.` };
      }
      return { ok: false, conflict: false, message: `${error.message} ${kept}; the next change retries the save.` };
    },
    async exportReport(_plan, assessment) {
      const { renderMarkdown, renderHtml } = await import('@llm-adopt/report');
      const base = reportBase(planPath);
      const written: string[] = [];
      for (const [path, text] of [
        [`${base}.md`, renderMarkdown(assessment)],
        [`${base}.html`, renderHtml(assessment)],
      ] as const) {
        const result = writeTextFileAtomic(path, text);
        if (!result.ok) throw new Error(result.message);
        written.push(shownPath(path));
      }
      return written;
    },
    async close() {
      if (lock.ok) lock.release();
    },
  };
  return { ok: true, session: { plan: loaded?.plan ?? createNewPlan(), planExists: loaded !== null, lockWarning, services, createNewPlan } };
}
