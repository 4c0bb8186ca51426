// Catalog ids in a plan must exist in the catalog (built-in plus --catalog files). The plan schema
// only checks their shape; an unknown id is bad input like any other, reported with its JSON path
// and the nearest known ids, so `qwen3-72b` (never released) fails instead of being skipped.
import { allModelNames, type Catalog, type DataIssue, findHardware, findModel, findOffer, suggest } from '@llm-adopt/catalog';
import type { Plan } from '@llm-adopt/plan';

function unknown(file: string, path: string, what: string, id: string, known: readonly string[]): DataIssue {
  const near = suggest(id, known);
  return {
    file,
    path,
    expected: `${/^[AEIOU]/.test(what) ? 'an' : 'a'} ${what} id from the catalog`,
    found: `"${id}", which is not in it${near.length > 0 ? ` (did you mean ${near.join(', ')}?)` : ''}`,
  };
}

/** Every model, GPU and API offer id in the plan that the catalog does not know, in file order. */
export function unknownReferences(plan: Plan, catalog: Catalog, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const models = allModelNames(catalog);
  const gpus = catalog.hardware.map((h) => h.id);
  const offers = catalog.offers.map((o) => o.id);
  plan.profile.hardwareOnHand.forEach((h, i) => {
    if ('gpu' in h && findHardware(catalog, h.gpu) === undefined) issues.push(unknown(file, `$.profile.hardwareOnHand[${i}].gpu`, 'GPU', h.gpu, gpus));
  });
  plan.apiComparisons.forEach((id, i) => {
    if (findOffer(catalog, id) === undefined) issues.push(unknown(file, `$.apiComparisons[${i}]`, 'API offer', id, offers));
  });
  plan.candidates.forEach((c, i) => {
    if (findModel(catalog, c.model) === undefined) issues.push(unknown(file, `$.candidates[${i}].model`, 'model', c.model, models));
    if ('gpu' in c.hardware && findHardware(catalog, c.hardware.gpu) === undefined) {
      issues.push(unknown(file, `$.candidates[${i}].hardware.gpu`, 'GPU', c.hardware.gpu, gpus));
    }
  });
  const fallback = plan.operations.fallback;
  if (fallback !== null) {
    const known = fallback.kind === 'api' ? findOffer(catalog, fallback.target) : findModel(catalog, fallback.target);
    if (known === undefined) {
      issues.push(
        unknown(file, '$.operations.fallback.target', fallback.kind === 'api' ? 'API offer' : 'model', fallback.target, fallback.kind === 'api' ? offers : models),
      );
    }
  }
  return issues;
}
