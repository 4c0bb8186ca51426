import type { Catalog } from './catalog.js';
import { builtinHardware, builtinModels, builtinOffers } from './generated/builtin-data.js';

let memo: Catalog | undefined;

/**
 * The built-in catalog. Validated when the package is built (scripts/generate.ts), so loading does
 * no validation. Deeply frozen: every caller shares it, and one package must not edit another's facts.
 */
export function builtinCatalog(): Catalog {
  memo ??= deepFreeze({ models: builtinModels, hardware: builtinHardware, offers: builtinOffers });
  return memo;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
