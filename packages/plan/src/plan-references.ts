/**
 * Catalog references in a plan (model, GPU and API-offer ids) checked against a catalog, as
 * DataIssues naming the file and the JSON path, with "did you mean" suggestions. The schema cannot
 * check these: the catalog is extensible by user files. The report CLI and the TUI refuse or warn.
 */
import { allModelNames, type Catalog, type DataIssue, findHardware, findModel, findOffer, suggest } from '@llm-adopt/catalog';
import type { HardwareSpec, Plan } from './plan-schema.js';

function unknown(file: string, path: string, what: string, id: string, candidates: readonly string[]): DataIssue {
  const hints = suggest(id, candidates);
  return {
    file,
    path,
    expected: `a ${what} id from the catalog${hints.length > 0 ? ` (did you mean ${hints.map((h) => `"${h}"`).join(', ')}?)` : ''}`,
    found: `unknown id "${id}"`,
  };
}

export function planReferenceIssues(plan: Plan, catalog: Catalog, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  let modelNames: string[] | null = null;
  const models = () => {
    modelNames ??= allModelNames(catalog);
    return modelNames;
  };
  const gpuIds = () => catalog.hardware.map((h) => h.id);
  const offerIds = () => catalog.offers.map((o) => o.id);
  const hardware = (spec: HardwareSpec, path: string) => {
    if ('gpu' in spec && !findHardware(catalog, spec.gpu)) issues.push(unknown(file, `${path}.gpu`, 'GPU', spec.gpu, gpuIds()));
  };
  plan.profile.hardwareOnHand.forEach((h, i) => {
    hardware(h, `$.profile.hardwareOnHand[${i}]`);
  });
  plan.candidates.forEach((c, i) => {
    if (!findModel(catalog, c.model)) issues.push(unknown(file, `$.candidates[${i}].model`, 'model', c.model, models()));
    hardware(c.hardware, `$.candidates[${i}].hardware`);
  });
  plan.apiComparisons.forEach((id, i) => {
    if (!findOffer(catalog, id)) issues.push(unknown(file, `$.apiComparisons[${i}]`, 'API offer', id, offerIds()));
  });
  const fallback = plan.operations.fallback;
  if (fallback) {
    if (fallback.kind === 'api' && !findOffer(catalog, fallback.target)) issues.push(unknown(file, '$.operations.fallback.target', 'API offer', fallback.target, offerIds()));
    if (fallback.kind === 'model' && !findModel(catalog, fallback.target)) issues.push(unknown(file, '$.operations.fallback.target', 'model', fallback.target, models()));
  }
  return issues;
}
