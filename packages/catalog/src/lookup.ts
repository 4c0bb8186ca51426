import { type Catalog, hardwareNames, modelNames } from './catalog.js';
import type { Hardware, Model, Offer } from './schema/index.js';

/** Finds a model by id, alias, Hugging Face repo id (`deepseek-ai/DeepSeek-R1`) or Ollama tag (`llama4:scout`), case-insensitively. */
export function findModel(catalog: Catalog, idOrAlias: string): Model | undefined {
  const key = idOrAlias.trim().toLowerCase();
  return catalog.models.find((m) => m.id === key) ?? catalog.models.find((m) => modelNames(m).includes(key));
}

export function findHardware(catalog: Catalog, idOrAlias: string): Hardware | undefined {
  const key = idOrAlias.trim().toLowerCase();
  return catalog.hardware.find((h) => h.id === key) ?? catalog.hardware.find((h) => hardwareNames(h).includes(key));
}

export function findOffer(catalog: Catalog, id: string): Offer | undefined {
  const key = id.trim().toLowerCase();
  return catalog.offers.find((o) => o.id === key);
}

/** Every name users may type for a model, for "did you mean" suggestions. */
export function allModelNames(catalog: Catalog): string[] {
  return catalog.models.flatMap((m) => [m.id, ...m.aliases, m.distribution.huggingFace, ...m.distribution.ollama.map((o) => o.tag)]);
}
