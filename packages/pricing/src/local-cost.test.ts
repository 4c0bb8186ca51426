import { describe, expect, it } from 'vitest';
import { apiMonthlyCost, breakEven, localMonthlyCost, roundCents, validateLocalSetup } from './index.js';
import { gpt4o } from './test-support/offers.js';
import { workstation4090 } from './test-support/setups.js';

describe('localMonthlyCost', () => {
  it('derives duty cycle and energy from throughput (1M in + 1M out a day)', () => {
    // busy = 1M/2000 + 1M/100 = 500 + 10,000 = 10,500 s = 2.9167 h; duty = 10,500 / 86,400
    // Wh/day = 2.9167 × 600 + 21.0833 × 80 = 1,750 + 1,686.67 = 3,436.67 → 103.1 kWh/month × $0.18 = $18.558
    // hardware = (1,600 + 1,000) / 36 = $72.222
    const cost = localMonthlyCost(workstation4090, { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 });
    expect(cost.busyHoursPerDay).toBeCloseTo(2.916667, 6);
    expect(cost.dutyCycle).toBeCloseTo(10500 / 86400, 12);
    expect(cost.kwhPerMonth).toBeCloseTo(103.1, 9);
    expect(roundCents(cost.energyPerMonth.amount)).toBe(18.56);
    expect(roundCents(cost.hardwarePerMonth.amount)).toBe(72.22);
    expect(roundCents(cost.monthly.amount)).toBe(90.78);
    expect(cost.machines).toBe(1);
    expect(cost.cannotServe).toBeNull();
    // 90.78 / 60M tokens → $1.51 per 1M
    expect(roundCents(cost.costPerMTok!.amount)).toBe(1.51);
  });

  it('counts the machines a heavy workload needs', () => {
    // 10M in + 10M out: 5,000 + 100,000 = 105,000 busy s/day; one machine offers 86,400 × 0.75 = 64,800 → 1.62 → 2
    // duty = 105,000 / 172,800; kWh = 2 × 30 × 24 × (duty × 600 + (1 − duty) × 80) / 1000 = 570.2 → × 0.18 = 102.636
    // hardware = 2 × 2,600 / 36 = 144.444; total 247.080
    const cost = localMonthlyCost(workstation4090, { inputTokensPerDay: 1e7, outputTokensPerDay: 1e7 });
    expect(cost.machinesNeeded).toBe(2);
    expect(cost.kwhPerMonth).toBeCloseTo(570.2, 9);
    expect(roundCents(cost.energyPerMonth.amount)).toBe(102.64);
    expect(roundCents(cost.monthly.amount)).toBe(247.08);
    expect(cost.upfront.amount).toBe(5200);
    // capacity per machine at a 1:1 mix: 20M tokens × 64,800 / 105,000 = 12,342,857 tokens/day
    expect(Math.round(cost.capacityTokensPerDayPerMachine)).toBe(12_342_857);
  });

  it('says so when a fixed setup cannot serve the workload', () => {
    const cost = localMonthlyCost({ ...workstation4090, machines: 1 }, { inputTokensPerDay: 1e7, outputTokensPerDay: 1e7 });
    expect(cost.cannotServe).toBe('needs 2 machines to serve 20000000 tokens/day within 75% busy time; the setup has 1');
  });

  it('prices nothing when the model does not run on the hardware (decode speed 0), as with cannotRun', () => {
    const cost = localMonthlyCost({ ...workstation4090, decodeTokensPerSecond: 0 }, { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 });
    expect(cost.cannotServe).toBe('cannot serve on this hardware: decode speed 0 tokens/s: the model does not run on this machine');
    // Not the one machine it used to price: (1,600 + 1,000) / 36 = $72.22 a month + idle power, $2,600 up front.
    expect(cost.machines).toBe(0);
    expect(cost.machinesNeeded).toBe(0);
    expect(cost.monthly.amount).toBe(0);
    expect(cost.runningPerMonth.amount).toBe(0);
    expect(cost.upfront.amount).toBe(0);
    expect(cost.kwhPerMonth).toBe(0);
    expect(cost.costPerMTok).toBeNull();
    expect(cost.capacityTokensPerDayPerMachine).toBe(0);
    // 2M tokens/day × 30 days are still the tokens it was asked to serve.
    expect(cost.tokensPerMonth).toBe(60_000_000);
  });

  it('names each speed that is 0, whatever the workload', () => {
    const noOutput = { inputTokensPerDay: 1e6, outputTokensPerDay: 0 };
    expect(localMonthlyCost({ ...workstation4090, prefillTokensPerSecond: 0 }, noOutput).cannotServe).toBe(
      'cannot serve on this hardware: prefill speed 0 tokens/s: the model does not run on this machine',
    );
    // A workload with no output still cannot run on a machine that cannot decode.
    expect(localMonthlyCost({ ...workstation4090, decodeTokensPerSecond: 0 }, noOutput).monthly.amount).toBe(0);
    expect(localMonthlyCost({ ...workstation4090, decodeTokensPerSecond: 0, prefillTokensPerSecond: 0 }, noOutput).cannotServe).toBe(
      'cannot serve on this hardware: decode and prefill speed 0 tokens/s: the model does not run on this machine',
    );
    // The reason sizing gives wins over the bare speed.
    expect(localMonthlyCost({ ...workstation4090, decodeTokensPerSecond: 0, cannotRun: 'needs 2 GPUs; the setup has 1' }, noOutput).cannotServe).toBe(
      'cannot serve on this hardware: needs 2 GPUs; the setup has 1',
    );
  });

  it('spreads the purchase net of resale over the amortisation period and adds operations', () => {
    // (1,600 × 2 + 1,000) × (1 − 0.25) / 24 = 4,200 × 0.75 / 24 = 131.25; ops 50
    const cost = localMonthlyCost(
      { ...workstation4090, gpuCount: 2, resaleShare: 0.25, amortizationMonths: 24, opsUsdPerMonth: 50 },
      { inputTokensPerDay: 0, outputTokensPerDay: 0 },
    );
    expect(roundCents(cost.hardwarePerMonth.amount)).toBe(131.25);
    expect(cost.opsPerMonth.amount).toBe(50);
    // idle all month: 80 W × 720 h = 57.6 kWh × 0.18 = 10.368
    expect(roundCents(cost.energyPerMonth.amount)).toBe(10.37);
    expect(cost.costPerMTok).toBeNull();
  });

  it('rents instead of buying: GPU-hours, no energy, nothing upfront', () => {
    // 2 GPUs × $2.79/h × 12 h × 30 days = $2,008.80
    const cost = localMonthlyCost(
      { ...workstation4090, gpuCount: 2, rentalUsdPerHour: 2.79, hoursOnPerDay: 12 },
      { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 },
    );
    expect(roundCents(cost.rentalPerMonth.amount)).toBe(2008.8);
    expect(cost.energyPerMonth.amount).toBe(0);
    expect(cost.upfront.amount).toBe(0);
  });

  it('converts to the presentation currency', () => {
    const cost = localMonthlyCost(workstation4090, { inputTokensPerDay: 0, outputTokensPerDay: 0 }, {
      currency: { currency: 'EUR', unitsPerUsd: { EUR: 0.5 } },
    });
    // 2,600 USD upfront × 0.5 = 1,300 EUR
    expect(cost.upfront).toEqual({ amount: 1300, currency: 'EUR' });
  });

  it('records the setup values and the defaults it used', () => {
    const cost = localMonthlyCost(workstation4090, { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 });
    expect(cost.assumptions.electricityUsdPerKwh).toEqual({ value: 0.18, unit: 'USD/kWh', source: 'given' });
    expect(cost.assumptions.maxBusyShare).toMatchObject({ value: 0.75, isDefault: true });
    expect(cost.assumptions.hoursOnPerDay).toMatchObject({ value: 24, isDefault: true });
  });

  it('validates the setup naming each bad field', () => {
    expect(validateLocalSetup({ ...workstation4090, gpuCount: 0, electricityUsdPerKwh: Number.NaN })).toEqual([
      { path: 'gpuCount', expected: 'an integer ≥ 1', found: '0' },
      { path: 'electricityUsdPerKwh', expected: 'a finite number ≥ 0', found: 'NaN' },
    ]);
  });
});

describe('localMonthlyCost warnings', () => {
  it('warns when a given duty cycle is below what the workload needs', () => {
    // needs 10,500 s of 86,400 = 0.122 of the day at load; 0.05 understates energy
    const cost = localMonthlyCost({ ...workstation4090, dutyCycle: 0.05 }, { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 });
    expect(cost.warnings).toEqual([
      'given duty cycle 0.05 is below the 0.122 the workload needs at these speeds: energy is understated',
    ]);
  });
});

describe('a setup the model does not fit', () => {
  // As sizing's fit() states it for DeepSeek-R1 Q4_K_M at 8192 tokens on one RTX 4090 in a 64 GiB host
  // (58 of 61 layers offloaded; pricing takes the reason as plain text and never imports sizing).
  const r1On4090 = 'host RAM too small: offloading 58 of 61 layers needs 358.0 GiB of host RAM; 51.2 GiB usable (80% of 64.0 GiB)';

  it('DeepSeek-R1 on one 4090 with 64 GiB of host RAM: no machines, no local cost, the reason given', () => {
    const cost = localMonthlyCost({ ...workstation4090, decodeTokensPerSecond: 2.9, cannotRun: r1On4090 }, { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 });
    expect(cost.cannotServe).toBe(`cannot serve on this hardware: ${r1On4090}`);
    // Without the reason it would be priced as 2.9 tok/s machines: 1e6/2000 + 1e6/2.9 = 345,328 busy s/day ÷ 64,800 → 6 machines.
    expect(localMonthlyCost({ ...workstation4090, decodeTokensPerSecond: 2.9 }, { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 }).machines).toBe(6);
    expect(cost.machines).toBe(0);
    expect(cost.machinesNeeded).toBe(0);
    expect(cost.monthly.amount).toBe(0);
    expect(cost.upfront.amount).toBe(0);
    expect(cost.costPerMTok).toBeNull();
    expect(cost.capacityTokensPerDayPerMachine).toBe(0);
    // 2M tokens/day × 30 days.
    expect(cost.tokensPerMonth).toBe(60_000_000);
  });

  it('never breaks even', () => {
    const cost = localMonthlyCost({ ...workstation4090, cannotRun: r1On4090 }, { inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 });
    const api = apiMonthlyCost({ inputTokensPerDay: 1e6, outputTokensPerDay: 1e6 }, gpt4o);
    const be = breakEven(cost, api);
    expect(be.months).toBeNull();
    expect(be.reason).toContain('cannot serve on this hardware: host RAM too small');
  });

  it('refuses an empty reason', () => {
    expect(validateLocalSetup({ ...workstation4090, cannotRun: ' ' })).toEqual([{ path: 'cannotRun', expected: 'a non-empty reason', found: '" "' }]);
  });
});
