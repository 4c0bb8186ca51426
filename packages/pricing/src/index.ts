/**
 * @llm-adopt/pricing — API cost of a workload, local cost of ownership, capacity and break-even.
 * Pure functions: no file, network or clock access. Formulas: docs/methodology.md, "Pricing".
 * Amounts are doubles rounded only at presentation (`roundCents`).
 */
export {
  type ApiCost,
  type ApiCostLine,
  type ApiCostOptions,
  apiMonthlyCost,
  type PricingWarning,
  type TokenKind,
  type TokensPerMonth,
  workloadAssumptions,
} from './api-cost.js';
export {
  type Assumption,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_UNCERTAINTY,
  ELECTRICITY_USD_PER_KWH_BY_REGION,
  type ElectricityRegion,
} from './assumptions.js';
export {
  BREAK_EVEN_HORIZON_MONTHS,
  type BreakEven,
  type BreakEvenOptions,
  breakEven,
  breakEvenOverTime,
  type Crossing,
  cumulativeCrossing,
} from './break-even.js';
export { apiCashFlow, type LocalMonthCash, localCashFlow } from './cash-flow.js';
export {
  bestHybridSplit,
  breakEvenUtilisation,
  type CostRange,
  costRange,
  DEFAULT_UNCERTAINTY_FACTORS,
  type HybridSplit,
  hybridSplit,
  type RangeCase,
  type Uncertainty,
  type UtilisationBreakEven,
} from './cost-range.js';
export {
  type LocalCost,
  type LocalCostOptions,
  type LocalSetup,
  localMonthlyCost,
  validateLocalSetup,
} from './local-cost.js';
export { type CurrencyOptions, conversionProblem, convert, type Money, roundCents, USD } from './money.js';
export type { PricedOffer, PriceTier, RateCard } from './offer.js';
export {
  compareScenarios,
  type LocalScenarioInput,
  type Scenario,
  type ScenarioBreakEven,
  type ScenarioInput,
} from './scenarios.js';
export {
  type InputIssue,
  type RequestClass,
  type ResolvedWorkload,
  resolveWorkload,
  scaleWorkload,
  validateWorkload,
  type Workload,
} from './workload.js';
