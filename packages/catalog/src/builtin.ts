import type { Catalog } from './catalog.js';
import { builtinHardware, builtinModels, builtinOffers } from './generated/builtin-data.js';

let memo: Catalog | undefined;

/** The built-in catalog. Validated when the package is built (scripts/generate.ts), so loading does no validation. */
export function builtinCatalog(): Catalog {
  memo ??= Object.freeze({ models: builtinModels, hardware: builtinHardware, offers: builtinOffers });
  return memo;
}
