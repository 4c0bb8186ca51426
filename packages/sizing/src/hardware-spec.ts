import type { HardwareSpec } from './types.js';

/**
 * The fields sizing reads from a device — a catalog `Hardware` entry or anything shaped like it —
 * copied without the rest (names, prices, sources), so callers need not pick them out one by one.
 */
export function hardwareSpecOf(device: Readonly<HardwareSpec>): HardwareSpec {
  return {
    memoryBytes: device.memoryBytes,
    bandwidthBytesPerSecond: device.bandwidthBytesPerSecond,
    ...(device.denseFp16Flops !== undefined ? { denseFp16Flops: device.denseFp16Flops } : {}),
    unifiedMemory: device.unifiedMemory,
    ...(device.usableMemoryFraction !== undefined ? { usableMemoryFraction: device.usableMemoryFraction } : {}),
  };
}
