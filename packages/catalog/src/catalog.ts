import type { Hardware, Model, Offer } from './schema/index.js';

/** Models, hardware and API offers: the built-in data, possibly with user files merged over it. */
export interface Catalog {
  readonly models: readonly Model[];
  readonly hardware: readonly Hardware[];
  readonly offers: readonly Offer[];
}

/** Every name a model answers to, lower-cased: id, aliases, Hugging Face repo id, Ollama tags. */
export function modelNames(model: Model): string[] {
  const names = [model.id, ...model.aliases, model.distribution.huggingFace, ...model.distribution.ollama.map((o) => o.tag)];
  return [...new Set(names.map((n) => n.toLowerCase()))];
}

export function hardwareNames(hardware: Hardware): string[] {
  return [...new Set([hardware.id, ...hardware.aliases].map((n) => n.toLowerCase()))];
}
