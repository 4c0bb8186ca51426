/**
 * What licence rules need to know about a model: a structural subset of the catalog's `Model`,
 * so tests and other tools can pass plain objects.
 */
export interface LicensedModel {
  id: string;
  name: string;
  license: { id: string };
  baseModels: readonly { id: string; relation: string; license: string }[];
  modalities: { input: readonly string[] };
}

/** Models to resolve base models against (the catalog's `Catalog` fits). */
export interface ModelSource {
  models: readonly LicensedModel[];
}

/** One licence in a model's chain: the published licence, or one inherited from a base model. */
export interface LicenseRef {
  license: string;
  /** Model that carries this licence: the evaluated model itself or a base in its lineage. */
  model: string;
  /** `published` for the model's own licence, else how the model derives from `model`. */
  via: 'published' | string;
  /** The base model's record when it is in the catalog (its modalities decide AUP clauses). */
  base?: LicensedModel;
}

/**
 * The model's licence followed by every licence in its lineage, depth first, each licence once.
 * A derivative stays under its base's terms whatever its own tag says: DeepSeek's README states that
 * DeepSeek-R1-Distill-Llama-70B "is originally licensed under llama3.3 license" although it is published as MIT.
 */
export function licenseChain(model: LicensedModel, catalog?: ModelSource): LicenseRef[] {
  const chain: LicenseRef[] = [{ license: model.license.id, model: model.id, via: 'published' }];
  const seenModels = new Set<string>([model.id]);
  const walk = (m: LicensedModel): void => {
    for (const base of m.baseModels) {
      if (seenModels.has(base.id)) continue;
      seenModels.add(base.id);
      const record = catalog?.models.find((c) => c.id === base.id);
      const ref: LicenseRef = { license: base.license, model: base.id, via: base.relation };
      if (record) ref.base = record;
      chain.push(ref);
      // The catalog record of the base may itself derive from another model.
      if (record) {
        if (record.license.id !== base.license) chain.push({ license: record.license.id, model: record.id, via: base.relation, base: record });
        walk(record);
      }
    }
  };
  walk(model);
  const seenLicenses = new Set<string>();
  return chain.filter((ref) => {
    if (seenLicenses.has(ref.license)) return false;
    seenLicenses.add(ref.license);
    return true;
  });
}
