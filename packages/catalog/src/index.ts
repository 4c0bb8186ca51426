// Public face of @llm-adopt/catalog: model, hardware and API-offer facts with their sources.
export * from './schema/index.js';
export type { Catalog } from './catalog.js';
export { modelNames, hardwareNames } from './catalog.js';
export { builtinCatalog } from './builtin.js';
export { findModel, findHardware, findOffer, allModelNames } from './lookup.js';
export { suggest } from './suggest.js';
export { type ModelFilter, filterModels, maxContextTokens } from './filter.js';
export { type DataIssue, type Parsed, formatIssue, describeValue, pointerToPath } from './data-issue.js';
export { type JsonTextOptions, parseJsonText, MAX_JSON_BYTES, MAX_CATALOG_BYTES, MAX_JSON_DEPTH } from './json-text.js';
export { issuesFromAjv } from './ajv-issues.js';
export { validateCatalogFile } from './validate.js';
export { catalogIssues } from './catalog-checks.js';
export { parseCatalogFile } from './catalog-file.js';
export { mergeCatalog, mergeCatalogChecked } from './merge.js';
export { importLiteLLMPrices } from './import/litellm.js';
export { importHfConfig, SUPPORTED_MODEL_TYPES } from './import/hf-config.js';
export { type ParameterCount, countParameters } from './parameter-count.js';
export { readCatalogFile } from './io/read-catalog-file.js';
