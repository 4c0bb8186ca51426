import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiMonthlyCost, breakEven, localMonthlyCost, scaleWorkload, type Workload } from './index.js';
import { deepseekFlash, gemini31Pro, gpt4o, qwen3Max } from './test-support/offers.js';
import { workstation4090 } from './test-support/setups.js';

const offers = [gpt4o, deepseekFlash, gemini31Pro, qwen3Max];
const tokens = fc.double({ min: 0, max: 1e9, noNaN: true });
const share = fc.double({ min: 0, max: 1, noNaN: true });

const workloadArb: fc.Arbitrary<Workload> = fc
  .record({
    inputTokensPerDay: tokens,
    outputTokensPerDay: tokens,
    reasoningTokensPerDay: tokens,
    cachedInputShare: share,
    requestsPerDay: fc.double({ min: 1, max: 1e6, noNaN: true }),
    batch: share,
    offPeak: share,
  })
  .map(({ batch, offPeak, ...w }) => ({ ...w, batchShare: batch / 2, offPeakShare: offPeak / 2 }));

describe('pricing properties', () => {
  it('API cost is finite, never negative, and grows with tokens', () => {
    fc.assert(
      fc.property(workloadArb, fc.double({ min: 1, max: 10, noNaN: true }), fc.constantFrom(...offers), (w, k, offer) => {
        const base = apiMonthlyCost(w, offer).monthly.amount;
        const more = apiMonthlyCost(scaleWorkload(w, k), offer).monthly.amount;
        expect(Number.isFinite(base)).toBe(true);
        expect(base).toBeGreaterThanOrEqual(0);
        expect(more).toBeGreaterThanOrEqual(base * (1 - 1e-12));
      }),
    );
  });

  it('more output tokens never cost less', () => {
    fc.assert(
      fc.property(workloadArb, tokens, fc.constantFrom(...offers), (w, extra, offer) => {
        const base = apiMonthlyCost(w, offer).monthly.amount;
        const more = apiMonthlyCost({ ...w, outputTokensPerDay: w.outputTokensPerDay + extra }, offer).monthly.amount;
        expect(more).toBeGreaterThanOrEqual(base * (1 - 1e-12));
      }),
    );
  });

  it('local cost is finite and never negative', () => {
    fc.assert(
      fc.property(workloadArb, fc.double({ min: 0, max: 1, noNaN: true }), (w, electricity) => {
        const cost = localMonthlyCost({ ...workstation4090, electricityUsdPerKwh: electricity }, w);
        for (const m of [cost.monthly, cost.energyPerMonth, cost.hardwarePerMonth, cost.runningPerMonth, cost.upfront]) {
          expect(Number.isFinite(m.amount)).toBe(true);
          expect(m.amount).toBeGreaterThanOrEqual(0);
        }
        expect(cost.machines).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('local cost grows with tokens when load power is at least idle power', () => {
    fc.assert(
      fc.property(
        workloadArb,
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 2000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, k, load, idleShare) => {
          const setup = { ...workstation4090, powerWattsLoad: load, powerWattsIdle: load * idleShare };
          const base = localMonthlyCost(setup, w).monthly.amount;
          const more = localMonthlyCost(setup, scaleWorkload(w, k)).monthly.amount;
          expect(more).toBeGreaterThanOrEqual(base * (1 - 1e-12));
        },
      ),
    );
  });

  it('break-even is null exactly when monthly savings are ≤ 0, else upfront / savings', () => {
    fc.assert(
      fc.property(
        workloadArb,
        fc.constantFrom(...offers),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (w, offer, electricity, ops) => {
          const local = localMonthlyCost({ ...workstation4090, electricityUsdPerKwh: electricity, opsUsdPerMonth: ops }, w);
          const api = apiMonthlyCost(w, offer);
          const be = breakEven(local, api);
          const savings = api.monthly.amount - local.runningPerMonth.amount;
          expect(be.monthlySavings.amount).toBe(savings);
          if (savings <= 0) expect(be.months).toBeNull();
          else expect(be.months).toBeCloseTo(local.upfront.amount / savings, 9);
        },
      ),
    );
  });
});
