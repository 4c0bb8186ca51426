export * from './common.js';
export * from './model.js';
export * from './hardware.js';
export * from './offer.js';
export * from './catalog-file.js';
