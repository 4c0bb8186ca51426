import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apiCashFlow,
  apiMonthlyCost,
  BREAK_EVEN_HORIZON_MONTHS,
  breakEven,
  breakEvenOverTime,
  compareScenarios,
  cumulativeCrossing,
  type LocalSetup,
  localCashFlow,
  localMonthlyCost,
  type PricedOffer,
  scaleWorkload,
  USD,
  type Workload,
} from './index.js';
import { deepseekFlash, gemini31Pro, gpt4o, qwen3Max } from './test-support/offers.js';
import { articleRtx4090, workstation4090 } from './test-support/setups.js';

// A round price card so the hand arithmetic stays readable: $1 per 1M tokens of any kind.
const dollarPerMTok: PricedOffer = {
  id: 'test/one-dollar',
  currency: 'USD',
  rates: { inputPerMTok: 1, cachedInputPerMTok: null, outputPerMTok: 1 },
  tiers: [],
  status: { state: 'current' },
  source: { source: 'test price card', asOf: '2026-11-28' },
};

// One $600 machine, $50/month operations, no electricity: running cost is exactly $50 per machine-month.
const box: LocalSetup = {
  hardwarePriceUsd: 600,
  gpuCount: 1,
  hostCostUsd: 0,
  amortizationMonths: 36,
  resaleShare: 0,
  powerWattsLoad: 0,
  powerWattsIdle: 0,
  electricityUsdPerKwh: 0,
  opsUsdPerMonth: 50,
  decodeTokensPerSecond: 1e6,
  prefillTokensPerSecond: 1e6,
};
// 10M input tokens a day × 30 days = 300M tokens = $300 in month 0.
const tenMillion: Workload = { inputTokensPerDay: 10e6, outputTokensPerDay: 0 };

describe('break-even with monthly growth', () => {
  it('at flat volume is the closed form: 600 / (300 − 50) = 2.4 months', () => {
    const be = breakEvenOverTime(box, tenMillion, dollarPerMTok);
    expect(be.months).toBeCloseTo(2.4, 12);
    expect(be.reason).toBe('600.00 USD upfront / 250.00 USD saved per month');
    expect(be.horizonMonths).toBeUndefined(); // straight lines: no horizon needed
  });

  it('with +10% a month crosses in the third month, at 2.22 months', () => {
    // API bills: 300, 330, 363 (× 1.1 each month); local: 600 upfront, then 50 a month, one machine throughout.
    // End of month 0: local 650, API 300 → gap 350 (month 0 closed only 250 of the 600).
    // End of month 1: local 700, API 630 → gap 70 (month 1 closed 280 of the 350).
    // Month 2 closes 363 − 50 = 313 a month; the 70 left takes 70 / 313 = 0.2236 of it → t = 2.2236 months.
    const be = breakEvenOverTime(box, { ...tenMillion, monthlyGrowth: 0.1 }, dollarPerMTok);
    expect(be.months).toBeCloseTo(2 + 70 / 313, 12);
    expect(be.monthlySavings.amount).toBe(250); // month 0: 300 − 50
    expect(be.reason).toBe(
      'with monthly growth 10%, local cumulative cash (upfront, extra machines, running cost) falls to the API total after 2.22 months',
    );
  });

  it('meets where the cumulative curves of compareScenarios cross, interpolated within the month', () => {
    const [api, local] = compareScenarios({
      workload: { ...tenMillion, monthlyGrowth: 0.1 },
      offers: [dollarPerMTok],
      locals: [{ id: 'box', setup: box }],
      horizonMonths: 3,
    });
    expect(api!.cumulative.map((x) => Math.round(x * 100) / 100)).toEqual([0, 300, 630, 993]);
    expect(local!.cumulative).toEqual([600, 650, 700, 750]);
    // At t = 2.2236: local 700 + 0.2236 × 50 = 711.18, API 630 + 0.2236 × 363 = 711.18.
    const f = 70 / 313;
    expect(700 + f * 50).toBeCloseTo(630 + f * 363, 9);
    expect(local!.breakEvenMonths).toBeCloseTo(2 + f, 12);
    expect(api!.breakEvenMonths).toBeCloseTo(2 + f, 12);
    expect(local!.warnings).toEqual([]); // no more "break-even uses the first month" caveat
  });

  it('counts the machine growth forces it to buy, which can make faster growth pay back later', () => {
    // Prefill 200 tokens/s; one machine has 24 h × 3,600 × 0.75 = 64,800 busy-seconds a day.
    // +50%/month: month 0 needs 10M / 200 = 50,000 s (1 machine), month 1 75,000 s (2), month 2 112,500 s (2),
    // month 3 168,750 s (3). API bills 300, 450, 675, 1,012.50.
    // Local: 600 upfront; month 0 runs 50 → 650; month 1 buys a 2nd machine 600 and runs 100 → 1,350; month 2 → 1,450.
    // API after month 2: 300 + 450 + 675 = 1,425. Month 3 buys a 3rd machine: gap 1,450 + 600 − 1,425 = 625,
    // closed at 1,012.50 − 150 = 862.50 a month → t = 3 + 625 / 862.5 = 3.7246 months, later than 2.4 at flat volume.
    const slow: LocalSetup = { ...box, prefillTokensPerSecond: 200 };
    const flow = localCashFlow(slow, { ...tenMillion, monthlyGrowth: 0.5 }, 4, USD);
    expect(flow.map((c) => [c.purchase, c.running, c.machinesOwned])).toEqual([
      [600, 50, 1],
      [600, 100, 2],
      [0, 100, 2],
      [600, 150, 3],
    ]);
    expect(breakEvenOverTime(slow, { ...tenMillion, monthlyGrowth: 0.5 }, dollarPerMTok).months).toBeCloseTo(3 + 625 / 862.5, 12);
    expect(breakEvenOverTime(slow, tenMillion, dollarPerMTok).months).toBeCloseTo(2.4, 12);
  });

  it('says never when a fixed machine count stops serving the grown workload first', () => {
    // Same slow box, but only ever one machine: month 1 needs 2 → cannot serve from month 2 (1-based); no crossing before.
    const one: LocalSetup = { ...box, prefillTokensPerSecond: 200, machines: 1 };
    const be = breakEvenOverTime(one, { ...tenMillion, monthlyGrowth: 0.5 }, dollarPerMTok);
    expect(be.months).toBeNull();
    expect(be.reason).toBe('never within 60 months: from month 2 the setup cannot serve the grown workload');
  });

  it('says never within the horizon when shrinking volume keeps the API cheaper', () => {
    // −50%/month: the API bills at most 300 × (1 + 0.5 + 0.25 + …) = 600 in total, below 600 upfront + 50 a month.
    const be = breakEvenOverTime(box, { ...tenMillion, monthlyGrowth: -0.5 }, dollarPerMTok);
    expect(be.months).toBeNull();
    expect(be.reason).toBe('never within 60 months: with monthly growth -50%, local cumulative cash stays above the API total');
  });

  it('keeps the closed form beyond the horizon at flat volume, but not with growth', () => {
    // API: 30 × (0.12 M in × 2.50 + 0.126 M out × 10) = 30 × (0.30 + 1.26) = 46.80; running 15.00 (see setups.ts).
    // Flat: 1,600 / (46.80 − 15.00) = 50.31 months — exact at any distance, so a 48-month horizon does not cut it.
    const w = { inputTokensPerDay: 120_000, outputTokensPerDay: 126_000 };
    expect(breakEvenOverTime(articleRtx4090, w, gpt4o, { horizonMonths: 48 }).months).toBeCloseTo(1600 / 31.8, 9);
    // −1%/month: the API bills 46.80 × 0.99^m, at most 46.80 × (1 − 0.99^48) / 0.01 = 1,793 over 48 months,
    // below 1,600 + 48 × 15 = 2,320: no crossing within the horizon.
    const shrinking = breakEvenOverTime(articleRtx4090, { ...w, monthlyGrowth: -0.01 }, gpt4o, { horizonMonths: 48 });
    expect(shrinking.months).toBeNull();
    expect(shrinking.horizonMonths).toBe(48);
    expect(shrinking.reason).toBe('never within 48 months: with monthly growth -1%, local cumulative cash stays above the API total');
  });

  it('flags a crossing after the amortisation period', () => {
    // Same 4090 at +1%/month: the crossing comes after month 36, when the purchase is written off.
    const be = breakEvenOverTime(articleRtx4090, { inputTokensPerDay: 120_000, outputTokensPerDay: 126_000, monthlyGrowth: 0.01 }, gpt4o);
    expect(be.months).toBeGreaterThan(36);
    expect(be.months).toBeLessThan(1600 / 31.8); // growth helps local here: one machine, tiny energy per token
    expect(be.reason).toMatch(/, after the 36-month amortisation period$/);
  });

  it('rejects a horizon that is not a whole number of months', () => {
    expect(() => breakEvenOverTime(box, tenMillion, dollarPerMTok, { horizonMonths: 0 })).toThrow('horizonMonths: expected an integer ≥ 1, found 0');
  });
});

const offers = [gpt4o, deepseekFlash, gemini31Pro, qwen3Max, dollarPerMTok];
const tokens = fc.double({ min: 0, max: 1e8, noNaN: true });
const setupArb: fc.Arbitrary<LocalSetup> = fc.record({
  hardwarePriceUsd: fc.double({ min: 0, max: 40_000, noNaN: true }),
  electricityUsdPerKwh: fc.double({ min: 0, max: 1, noNaN: true }),
  opsUsdPerMonth: fc.double({ min: 0, max: 2_000, noNaN: true }),
  decodeTokensPerSecond: fc.double({ min: 10, max: 1e5, noNaN: true }),
  prefillTokensPerSecond: fc.double({ min: 100, max: 1e6, noNaN: true }),
}).map((s) => ({ ...workstation4090, ...s }));
const workloadArb = fc.record({
  inputTokensPerDay: tokens,
  outputTokensPerDay: tokens,
  requestsPerDay: fc.double({ min: 1, max: 1e6, noNaN: true }),
});
const relClose = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('break-even properties', () => {
  it('with zero growth the month-by-month crossing equals the closed form upfront / savings', () => {
    fc.assert(
      fc.property(setupArb, workloadArb, fc.constantFrom(...offers), (setup, w, offer) => {
        const H = BREAK_EVEN_HORIZON_MONTHS;
        const closed = breakEven(localMonthlyCost(setup, w), apiMonthlyCost(w, offer)).months;
        fc.pre(closed === null || Math.abs(closed - H) > 1e-6); // a tie with the horizon's end is decided by rounding
        const crossing = cumulativeCrossing(localCashFlow(setup, w, H, USD), apiCashFlow(w, offer, H, USD)).months;
        if (closed === null || closed > H) expect(crossing).toBeNull();
        else expect(relClose(crossing!, closed)).toBe(true);
        expect(breakEvenOverTime(setup, w, offer).months).toBe(closed); // flat volume: the closed form at any distance
      }),
    );
  });

  // Faster growth does NOT always pay back sooner: a machine bought for growth is a step up in local cash
  // (see "counts the machine growth forces it to buy" above). It does when the machine count stays the same and
  // each extra token costs less to run locally than on the API: then every month's saving is at least as large.
  it('more growth never delays break-even while one machine count serves every month and local marginal cost ≤ API price', () => {
    fc.assert(
      fc.property(
        setupArb,
        workloadArb,
        fc.constantFrom(...offers),
        fc.double({ min: 0, max: 0.15, noNaN: true }),
        fc.double({ min: 0, max: 0.15, noNaN: true }),
        (setup, w, offer, a, b) => {
          const [g1, g2] = a <= b ? [a, b] : [b, a];
          const H = BREAK_EVEN_HORIZON_MONTHS;
          const fast = localCashFlow(setup, { ...w, monthlyGrowth: g2 }, H, USD);
          fc.pre(fast.every((c) => c.cannotServe === null && c.machinesOwned === fast[0]!.machinesOwned));
          // Running cost is affine in volume at a fixed machine count: its slope per month-0 volume is
          // running(2w) − running(w); the API bill is linear with slope api(w).
          const marginal = localMonthlyCost(setup, scaleWorkload(w, 2)).runningPerMonth.amount - localMonthlyCost(setup, w).runningPerMonth.amount;
          fc.pre(marginal <= apiMonthlyCost(w, offer).monthly.amount);
          // Compared within the horizon: beyond it growth gives no figure, while flat volume keeps its closed form.
          const within = (months: number | null) => (months === null || months > H ? Number.POSITIVE_INFINITY : months);
          const slowMonths = within(breakEvenOverTime(setup, { ...w, monthlyGrowth: g1 }, offer).months);
          const fastMonths = within(breakEvenOverTime(setup, { ...w, monthlyGrowth: g2 }, offer).months);
          expect(fastMonths).toBeLessThanOrEqual(slowMonths + 1e-9 * Math.max(1, slowMonths === Number.POSITIVE_INFINITY ? 1 : slowMonths));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the reported crossing lies where the two cumulative totals are equal, within the horizon', () => {
    fc.assert(
      fc.property(setupArb, workloadArb, fc.constantFrom(...offers), fc.double({ min: -0.2, max: 0.3, noNaN: true }), (setup, w, offer, g) => {
        fc.pre(g !== 0); // flat volume is the closed form, checked above
        const grown = { ...w, monthlyGrowth: g };
        const months = breakEvenOverTime(setup, grown, offer).months;
        if (months === null) return;
        expect(months).toBeGreaterThanOrEqual(0);
        expect(months).toBeLessThanOrEqual(BREAK_EVEN_HORIZON_MONTHS);
        const m = Math.floor(months);
        fc.pre(m < BREAK_EVEN_HORIZON_MONTHS && months - m > 1e-6); // inside a month: away from purchase steps
        const local = localCashFlow(setup, grown, m + 1, USD);
        const api = apiCashFlow(grown, offer, m + 1, USD);
        const f = months - m;
        const localAt = local.reduce((s, c, i) => s + c.purchase + (i < m ? c.running : f * c.running), 0);
        const apiAt = api.reduce((s, bill, i) => s + (i < m ? bill : f * bill), 0);
        expect(Math.abs(localAt - apiAt)).toBeLessThanOrEqual(1e-7 * Math.max(1, apiAt));
      }),
      { numRuns: 200 },
    );
  });
});
