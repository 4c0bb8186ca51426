import { builtinCatalog, findHardware } from '@llm-adopt/catalog';
import { describe, expect, it } from 'vitest';
import { hardwareSpecOf } from './hardware-spec.js';

describe('hardwareSpecOf', () => {
  it('keeps exactly the fields sizing reads from a catalog GPU', () => {
    const rtx4090 = findHardware(builtinCatalog(), 'rtx-4090')!;
    expect(hardwareSpecOf(rtx4090)).toEqual({
      memoryBytes: 24 * 2 ** 30,
      bandwidthBytesPerSecond: rtx4090.bandwidthBytesPerSecond,
      denseFp16Flops: rtx4090.denseFp16Flops,
      unifiedMemory: false,
    });
  });

  it('carries the usable share of a unified-memory machine', () => {
    const spec = hardwareSpecOf({ memoryBytes: 128 * 2 ** 30, bandwidthBytesPerSecond: 546e9, unifiedMemory: true, usableMemoryFraction: 0.75 });
    expect(spec.usableMemoryFraction).toBe(0.75);
    expect(spec).not.toHaveProperty('denseFp16Flops');
  });
});
