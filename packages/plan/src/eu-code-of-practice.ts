/**
 * Signatories of the EU GPAI Code of Practice (published 10 July 2025; list first published
 * 1 Aug 2025), by model vendor as the catalog names them. Signing is "a straightforward way of
 * demonstrating compliance" (Commission GPAI guidelines paras 94–95). Used by the `eu-compliance`
 * use case. Vendors not listed: no signature found.
 */
import type { SourceRef } from './assessment.js';

export const CODE_OF_PRACTICE_SOURCE: SourceRef = {
  source: 'https://digital-strategy.ec.europa.eu/en/policies/contents-code-gpai ; https://casrai.org/wp/gpai-code-signatories/',
  kind: 'secondary',
  asOf: '2025-08-01',
};

export type SignatoryStatus = 'full' | 'partial' | 'declined';

/** Lower-cased vendor names as they appear in the catalog's `vendor` field. */
const STATUS: Readonly<Record<string, SignatoryStatus>> = {
  'mistral ai': 'full',
  mistral: 'full',
  google: 'full',
  ibm: 'full',
  microsoft: 'full',
  'aleph alpha': 'full',
  cohere: 'full',
  xai: 'partial',
  meta: 'declined',
};

export function codeOfPracticeStatus(vendor: string): SignatoryStatus | null {
  return STATUS[vendor.trim().toLowerCase()] ?? null;
}
