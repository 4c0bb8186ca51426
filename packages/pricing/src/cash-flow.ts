import { apiMonthlyCost } from './api-cost.js';
import { type LocalSetup, localMonthlyCost } from './local-cost.js';
import type { CurrencyOptions } from './money.js';
import type { PricedOffer } from './offer.js';
import type { Workload } from './workload.js';

/** Cash a local setup pays in one month (docs/methodology.md, "Scenarios"). */
export interface LocalMonthCash {
  /** Hardware bought at the start of the month: all machines in month 0, extra machines when growth needs them. */
  readonly purchase: number;
  /** Energy + operations + rental of the month, spread evenly over it. */
  readonly running: number;
  /** Machines paid for so far (never falls: a machine no longer needed is not sold). */
  readonly machinesOwned: number;
  /** Why the setup cannot serve this month's volume, or null. */
  readonly cannotServe: string | null;
}

/**
 * Month-by-month cash of a local setup for months 0..months−1 as the workload grows by (1 + g)^m.
 * Machines are bought the month the volume first needs them, at the first month's price per machine.
 */
export function localCashFlow(setup: LocalSetup, workload: Workload, months: number, currency: CurrencyOptions): LocalMonthCash[] {
  const out: LocalMonthCash[] = [];
  const first = localMonthlyCost(setup, workload, { currency });
  const perMachine = first.machines > 0 ? first.upfront.amount / first.machines : 0;
  let owned = 0;
  for (let m = 0; m < months; m++) {
    const month = m === 0 ? first : localMonthlyCost(setup, workload, { currency, month: m });
    const purchase = m === 0 ? first.upfront.amount : Math.max(0, month.machines - owned) * perMachine;
    owned = Math.max(owned, month.machines);
    out.push({ purchase, running: month.runningPerMonth.amount, machinesOwned: owned, cannotServe: month.cannotServe });
  }
  return out;
}

/** The API bill of months 0..months−1 as the workload grows by (1 + g)^m. */
export function apiCashFlow(workload: Workload, offer: PricedOffer, months: number, currency: CurrencyOptions): number[] {
  const out: number[] = [];
  for (let m = 0; m < months; m++) out.push(apiMonthlyCost(workload, offer, { currency, month: m }).monthly.amount);
  return out;
}
