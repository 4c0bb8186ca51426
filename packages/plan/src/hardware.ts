/**
 * Resolves the plan's hardware (`{gpu, count}` from the catalog or a `custom` device) to the
 * figures sizing and pricing need, converting the plan's human units (GB, GB/s, TFLOPS) to bytes
 * and FLOP/s.
 */
import { type Catalog, findHardware, type Hardware } from '@llm-adopt/catalog';
import { hardwareSpecOf, type HardwareSpec as SizingHardware } from '@llm-adopt/sizing';
import type { SourceRef } from './assessment.js';
import type { HardwareSpec } from './plan-schema.js';

export interface ResolvedHardware {
  /** Catalog id, or null for a custom device. */
  id: string | null;
  name: string;
  count: number;
  /** "2 × NVIDIA GeForce RTX 4090". */
  label: string;
  spec: SizingHardware;
  /** Purchase price per device in USD, null when unknown. */
  priceUsd: number | null;
  priceSource: SourceRef | null;
  /** Board power per device, watts, null when unknown. */
  watts: number | null;
  catalogEntry: Hardware | null;
}

export type HardwareResolution = { ok: true; value: ResolvedHardware } | { ok: false; problem: string };

export function resolveHardware(spec: HardwareSpec, catalog: Catalog): HardwareResolution {
  if ('gpu' in spec) {
    const hw = findHardware(catalog, spec.gpu);
    if (!hw) return { ok: false, problem: `unknown GPU id "${spec.gpu}": not in the catalog (add it with a user hardware file, or describe it as custom)` };
    return {
      ok: true,
      value: {
        id: hw.id,
        name: hw.name,
        count: spec.count,
        label: `${spec.count} × ${hw.name}`,
        spec: hardwareSpecOf(hw),
        priceUsd: hw.price?.usd ?? null,
        priceSource: hw.price ? { source: hw.price.source.source, kind: hw.price.source.kind, asOf: hw.price.asOf } : null,
        watts: hw.tdpWatts,
        catalogEntry: hw,
      },
    };
  }
  const c = spec.custom;
  const name = c.name ?? `custom device (${c.memoryGb} GB, ${c.bandwidthGbps} GB/s)`;
  return {
    ok: true,
    value: {
      id: null,
      name,
      count: spec.count,
      label: `${spec.count} × ${name}`,
      spec: {
        // The vendor's "GB" of device memory is binary, as in the catalog (docs/data-sources.md).
        memoryBytes: c.memoryGb * 2 ** 30,
        bandwidthBytesPerSecond: c.bandwidthGbps * 1e9,
        denseFp16Flops: c.tflops * 1e12,
        unifiedMemory: false,
      },
      priceUsd: c.priceUsd ?? null,
      priceSource: null,
      watts: c.watts ?? null,
      catalogEntry: null,
    },
  };
}
