import { type Catalog, hardwareNames, modelNames } from './catalog.js';
import { childPath, type DataIssue, issue } from './data-issue.js';
import type { Architecture } from './schema/index.js';

/**
 * Checks a schema cannot express: ids unique per list, every alias resolving to one entry,
 * offers pointing at models that exist. `requireModelRefs` is off for a user file checked alone
 * (its offers may point at built-in models).
 */
export function catalogIssues(catalog: Partial<Catalog>, file: string, options: { requireModelRefs?: boolean } = {}): DataIssue[] {
  const issues: DataIssue[] = [];
  const models = catalog.models ?? [];
  const hardware = catalog.hardware ?? [];
  const offers = catalog.offers ?? [];
  uniqueIds(models, 'models', file, issues);
  uniqueIds(hardware, 'hardware', file, issues);
  uniqueIds(offers, 'offers', file, issues);
  uniqueNames(models.map(modelNames), models.map((m) => m.id), 'models', file, issues);
  uniqueNames(hardware.map(hardwareNames), hardware.map((h) => h.id), 'hardware', file, issues);
  models.forEach((model, index) => {
    architectureIssues(model.architecture, `$.models[${index}].architecture`, file, issues);
  });
  if (options.requireModelRefs) {
    const ids = new Set(models.map((m) => m.id));
    offers.forEach((offer, index) => {
      if (offer.modelId !== undefined && !ids.has(offer.modelId))
        issues.push(issue(file, childPath(childPath(childPath('$', 'offers'), index), 'modelId'), 'the id of a catalog model', JSON.stringify(offer.modelId)));
    });
  }
  return issues;
}

function uniqueIds(entries: readonly { id: string }[], list: string, file: string, issues: DataIssue[]): void {
  const first = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, index);
    else issues.push(issue(file, `$.${list}[${index}].id`, 'an id not used before in the list', `${JSON.stringify(entry.id)}, already the id of $.${list}[${earlier}]`));
  });
}

function uniqueNames(namesPerEntry: readonly string[][], ids: readonly string[], list: string, file: string, issues: DataIssue[]): void {
  const owner = new Map<string, number>();
  namesPerEntry.forEach((names, index) => {
    for (const name of names) {
      const other = owner.get(name);
      if (other === undefined) owner.set(name, index);
      else if (other !== index && ids[other] !== ids[index])
        issues.push(issue(file, `$.${list}[${index}].aliases`, 'aliases unique across the catalog', `${JSON.stringify(name)}, which also names ${JSON.stringify(ids[other])}`));
    }
  });
}

/** Relations between architecture fields that a JSON Schema cannot state; countParameters relies on them. */
function architectureIssues(arch: Architecture, path: string, file: string, issues: DataIssue[]): void {
  if (arch.kvHeads > arch.attentionHeads) issues.push(issue(file, `${path}.kvHeads`, `at most attentionHeads (${arch.attentionHeads})`, String(arch.kvHeads)));
  const moe = arch.moe;
  if (moe) {
    if (moe.layers > arch.layers) issues.push(issue(file, `${path}.moe.layers`, `at most layers (${arch.layers})`, String(moe.layers)));
    if (moe.activeExperts > moe.experts) issues.push(issue(file, `${path}.moe.activeExperts`, `at most experts (${moe.experts})`, String(moe.activeExperts)));
  }
  const denseLayers = arch.layers - (moe?.layers ?? 0);
  if (denseLayers > 0 && arch.intermediateSize === null)
    issues.push(issue(file, `${path}.intermediateSize`, `a width for the ${denseLayers} dense FFN layer${denseLayers === 1 ? '' : 's'}`, 'null'));
  const windowed = arch.windowedAttention;
  if (windowed && windowed.layers > arch.layers) issues.push(issue(file, `${path}.windowedAttention.layers`, `at most layers (${arch.layers})`, String(windowed.layers)));
}
