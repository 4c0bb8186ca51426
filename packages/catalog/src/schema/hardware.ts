import { type Static, Type } from '@sinclair/typebox';
import { BoundedInt, BoundedNumber, Id, IsoDate, LIMITS, Source } from './common.js';

/** A GPU or a machine with unified memory (Apple silicon, DGX Spark). All figures per device. */
export const Hardware = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    vendor: Type.String({ minLength: 1, maxLength: 100 }),
    class: Type.Union([
      Type.Literal('consumer'),
      Type.Literal('workstation'),
      Type.Literal('datacenter'),
      Type.Literal('unified-memory'),
    ]),
    aliases: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { uniqueItems: true }),
    /**
     * Device memory in bytes. Binary: the vendor's "GB" × 2^30, because GDDR/HBM/LPDDR capacities
     * are binary (nvidia-smi shows a 24 GB RTX 3090 as 24,576 MiB); see docs/data-sources.md.
     */
    memoryBytes: BoundedInt(LIMITS.memoryBytes, { description: 'Device memory in bytes, binary: the vendor \'GB\' figure × 2^30 (GDDR/HBM/LPDDR capacities are binary).' }),
    /** Peak memory bandwidth in bytes per second. */
    bandwidthBytesPerSecond: BoundedInt(LIMITS.bandwidthBytesPerSecond),
    /** Dense FP16/BF16 tensor throughput in FLOP/s (no sparsity), at the accumulate precision inference uses. */
    denseFp16Flops: Type.Number({ exclusiveMinimum: 0, maximum: LIMITS.flops }),
    /** Board power (TDP/TGP) in watts; for machines the whole system's rated power. */
    tdpWatts: Type.Number({ exclusiveMinimum: 0, maximum: LIMITS.watts }),
    /** Unified memory shared with the CPU/OS: only a fraction is usable for models. */
    unifiedMemory: Type.Boolean(),
    /** Share of memory usable for model + KV on unified-memory machines (documented default), else omitted. */
    usableMemoryFraction: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
    /** Interconnect between identical devices (NVLink, PCIe, none) — tensor parallel efficiency depends on it. */
    interconnect: Type.Optional(Type.String({ maxLength: 100 })),
    price: Type.Union([
      Type.Object(
        {
          usd: BoundedNumber(LIMITS.usd),
          kind: Type.Union([Type.Literal('launch-msrp'), Type.Literal('street'), Type.Literal('estimate')]),
          asOf: IsoDate,
          source: Source,
        },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    /** Cloud rental per GPU-hour, when known. */
    rentalUsdPerHour: Type.Optional(
      Type.Object({ usd: BoundedNumber(LIMITS.usd), asOf: IsoDate, source: Source }, { additionalProperties: false }),
    ),
    source: Source,
    notes: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type Hardware = Static<typeof Hardware>;

export const HardwareFile = Type.Object(
  { $schema: Type.Optional(Type.String()), hardware: Type.Array(Hardware) },
  { additionalProperties: false },
);
export type HardwareFile = Static<typeof HardwareFile>;
