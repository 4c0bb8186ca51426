import { type Assumption, DEFAULT_ASSUMPTIONS } from './assumptions.js';
import { type CurrencyOptions, convert, type Money, USD } from './money.js';
import type { PricedOffer, RateCard } from './offer.js';
import { type ResolvedWorkload, resolveWorkload, type Workload } from './workload.js';

export type TokenKind = 'input' | 'cached-input' | 'cache-write' | 'output' | 'reasoning';

/** One line of a bill: tokens of one kind priced at one rate card. Amount in the presentation currency. */
export interface ApiCostLine {
  /** `base`, `batch`, `off-peak` or `context-above-<threshold>`. */
  readonly rateCard: string;
  readonly kind: TokenKind;
  readonly tokensPerMonth: number;
  /** In the offer's currency. */
  readonly ratePerMTok: number;
  readonly amount: Money;
}

export interface PricingWarning {
  readonly code:
    | 'retired'
    | 'deprecated'
    | 'no-batch-rate'
    | 'no-off-peak-rate'
    | 'context-tier-no-discount'
    | 'prompt-size-unknown'
    | 'exceeds-context'
    | 'growth';
  readonly message: string;
}

export interface TokensPerMonth {
  readonly input: number;
  readonly cachedInput: number;
  readonly cacheWrite: number;
  readonly output: number;
  readonly reasoning: number;
  /** input (cached included) + output + reasoning. */
  readonly total: number;
}

export interface ApiCost {
  readonly offerId: string;
  /** First month's bill (growth applies from month 1 on). */
  readonly monthly: Money;
  readonly lines: readonly ApiCostLine[];
  readonly tokensPerMonth: TokensPerMonth;
  /** Bill per 1M tokens of all kinds; null for an empty workload. */
  readonly costPerMTok: Money | null;
  /** False for a retired offer: its price is shown for reference, it cannot be bought. */
  readonly available: boolean;
  readonly warnings: readonly PricingWarning[];
  readonly priceAsOf: string;
  readonly priceSource: string;
  readonly assumptions: Readonly<Record<string, Assumption>>;
}

export interface ApiCostOptions {
  /** Presentation currency and rates. Default USD. */
  readonly currency?: CurrencyOptions;
  /** Which month to price (0 = first); token counts grow by (1 + monthlyGrowth)^month. Default 0. */
  readonly month?: number;
}

/** Assumptions of a workload: every default used, with its source. Shared by API and local costs. */
export function workloadAssumptions(resolved: ResolvedWorkload): Record<string, Assumption> {
  const out: Record<string, Assumption> = {};
  for (const name of resolved.defaulted) {
    const a = DEFAULT_ASSUMPTIONS[name as keyof typeof DEFAULT_ASSUMPTIONS];
    if (a) out[name] = { ...a, isDefault: true };
  }
  return out;
}

export function currencyAssumptions(currency: CurrencyOptions, from: readonly string[]): Record<string, Assumption> {
  const out: Record<string, Assumption> = {};
  for (const code of new Set([currency.currency, ...from])) {
    if (code === 'USD') continue;
    const rate = currency.unitsPerUsd[code];
    if (rate !== undefined) {
      out[`rate.${code}`] = { value: rate, unit: `${code} per USD`, source: currency.rateSource ?? 'user-given rate' };
    }
  }
  return out;
}

interface Part {
  readonly card: string;
  readonly rates: RateCard;
  readonly share: number;
  /** Cache-write rate of this card; undefined: the offer has none (input rate of the card). */
  readonly cacheWrite?: number;
}

/**
 * Monthly API bill of a workload on an offer (docs/methodology.md, "API cost").
 * Each token kind at its own rate; a request whose prompt exceeds a `context-above` threshold is
 * repriced whole at that tier; batch and off-peak shares use their rate cards where the offer has them.
 */
export function apiMonthlyCost(workload: Workload, offer: PricedOffer, options: ApiCostOptions = {}): ApiCost {
  const resolved = resolveWorkload(workload);
  const currency = options.currency ?? USD;
  const month = options.month ?? 0;
  const warnings: PricingWarning[] = [];
  const growth = (1 + resolved.monthlyGrowth) ** month;
  const days = resolved.daysPerMonth;
  const input = resolved.inputTokensPerDay * days * growth;
  const output = resolved.outputTokensPerDay * days * growth;
  const reasoning = resolved.reasoningTokensPerDay * days * growth;

  if (offer.status.state === 'retired') {
    warnings.push({
      code: 'retired',
      message: `${offer.id} is retired${offer.status.date ? ` since ${offer.status.date}` : ''}: price shown for reference only`,
    });
  } else if (offer.status.state === 'deprecated') {
    warnings.push({
      code: 'deprecated',
      message: `${offer.id} is deprecated${offer.status.date ? `; shutdown ${offer.status.date}` : ''}`,
    });
  }

  const contextTiers = offer.tiers
    .filter((t) => t.condition === 'context-above' && t.thresholdTokens !== undefined)
    .sort((a, b) => (a.thresholdTokens ?? 0) - (b.thresholdTokens ?? 0));
  const batchTier = offer.tiers.find((t) => t.condition === 'batch');
  const offPeakTier = offer.tiers.find((t) => t.condition === 'off-peak');
  const mix = resolved.mix ?? [{ share: 1, inputTokensPerRequest: undefined }];
  if (resolved.mix === undefined && contextTiers.length > 0) {
    warnings.push({
      code: 'prompt-size-unknown',
      message: `${offer.id} reprices prompts above ${contextTiers[0]!.thresholdTokens} tokens; no request count given, so every prompt is assumed below it`,
    });
  }

  const parts: Part[] = [];
  const tierCacheWriteAssumptions: Record<string, Assumption> = {};
  for (const cls of mix) {
    const size = cls.inputTokensPerRequest;
    if (size !== undefined && offer.contextTokens && size > offer.contextTokens) {
      warnings.push({
        code: 'exceeds-context',
        message: `prompts of ${Math.round(size)} tokens exceed ${offer.id}'s ${offer.contextTokens}-token context`,
      });
    }
    const tier = size === undefined ? undefined : contextTiers.filter((t) => size > (t.thresholdTokens ?? 0)).at(-1);
    if (tier) {
      if (resolved.batchShare > 0 || resolved.offPeakShare > 0) {
        warnings.push({
          code: 'context-tier-no-discount',
          message: `${offer.id} has no combined long-context + batch/off-peak rate card; long prompts billed at the context tier without discount`,
        });
      }
      const card = `context-above-${tier.thresholdTokens}`;
      // A tier's own cache-write price where the offer gives one; else the base rate, stated as an assumption
      // (docs/methodology.md, "API cost": no provider rule in our sources scales it with the tier).
      const cacheWrite = tier.cacheWritePerMTok ?? offer.cacheWritePerMTok;
      if (tier.cacheWritePerMTok === undefined && offer.cacheWritePerMTok !== undefined && resolved.cacheWriteShare > 0) {
        tierCacheWriteAssumptions[`cacheWrite.${offer.id}.${card}`] = {
          value: offer.cacheWritePerMTok,
          unit: `${offer.currency} per 1M tokens`,
          source: `assumption: ${offer.id} gives no cache-write price for prompts above ${tier.thresholdTokens} tokens; billed at its base cache-write rate`,
          isDefault: true,
        };
      }
      parts.push({ card, rates: tier.rates, share: cls.share, ...(cacheWrite === undefined ? {} : { cacheWrite }) });
      continue;
    }
    const batch = resolved.batchShare;
    const offPeak = resolved.offPeakShare;
    if (batch > 0 && !batchTier) {
      warnings.push({ code: 'no-batch-rate', message: `${offer.id} has no batch rate card; batch share billed at base rates` });
    }
    if (offPeak > 0 && !offPeakTier) {
      warnings.push({ code: 'no-off-peak-rate', message: `${offer.id} has no off-peak rate card; off-peak share billed at base rates` });
    }
    const baseCacheWrite = offer.cacheWritePerMTok === undefined ? {} : { cacheWrite: offer.cacheWritePerMTok };
    parts.push({ card: batchTier ? 'batch' : 'base', rates: (batchTier ?? offer).rates, share: cls.share * batch, ...baseCacheWrite });
    parts.push({ card: offPeakTier ? 'off-peak' : 'base', rates: (offPeakTier ?? offer).rates, share: cls.share * offPeak, ...baseCacheWrite });
    parts.push({ card: 'base', rates: offer.rates, share: cls.share * (1 - batch - offPeak), ...baseCacheWrite });
  }

  // Aggregate by (rate card, token kind) so the bill reads like a provider invoice.
  const lines = new Map<string, { card: string; kind: TokenKind; tokens: number; rate: number; amount: number }>();
  const add = (card: string, kind: TokenKind, tokens: number, rate: number) => {
    if (!(tokens > 0)) return;
    const key = `${card}|${kind}`;
    const line = lines.get(key) ?? { card, kind, tokens: 0, rate, amount: 0 };
    line.tokens += tokens;
    line.amount += (tokens * rate) / 1e6;
    lines.set(key, line);
  };
  for (const part of parts) {
    if (!(part.share > 0)) continue;
    const partInput = input * part.share;
    const cached = partInput * resolved.cachedInputShare;
    const written = partInput * resolved.cacheWriteShare;
    add(part.card, 'input', partInput - cached - written, part.rates.inputPerMTok);
    add(part.card, 'cached-input', cached, part.rates.cachedInputPerMTok ?? part.rates.inputPerMTok);
    add(part.card, 'cache-write', written, part.cacheWrite ?? part.rates.inputPerMTok);
    add(part.card, 'output', output * part.share, part.rates.outputPerMTok);
    // Reasoning tokens bill as output, once (docs/methodology.md, "Reasoning tokens").
    add(part.card, 'reasoning', reasoning * part.share, part.rates.outputPerMTok);
  }

  const billLines: ApiCostLine[] = [...lines.values()].map((l) => ({
    rateCard: l.card,
    kind: l.kind,
    tokensPerMonth: l.tokens,
    ratePerMTok: l.rate,
    amount: convert(l.amount, offer.currency, currency),
  }));
  const totalOfferCurrency = [...lines.values()].reduce((sum, l) => sum + l.amount, 0);
  const monthly = convert(totalOfferCurrency, offer.currency, currency);
  const total = input + output + reasoning;
  const uniqueWarnings = [...new Map(warnings.map((w) => [w.message, w])).values()];

  const assumptions: Record<string, Assumption> = {
    ...workloadAssumptions(resolved),
    ...currencyAssumptions(currency, [offer.currency]),
    [`price.${offer.id}`]: {
      value: `input ${offer.rates.inputPerMTok}, cached ${offer.rates.cachedInputPerMTok ?? offer.rates.inputPerMTok}, output ${offer.rates.outputPerMTok}${
        offer.tiers.length
          ? `; tiers: ${offer.tiers.map((t) => `${t.condition}${t.thresholdTokens ? ` ${t.thresholdTokens}` : ''} ${t.rates.inputPerMTok}/${t.rates.outputPerMTok}`).join(', ')}`
          : ''
      }`,
      unit: `${offer.currency} per 1M tokens`,
      source: `${offer.source.source} (as of ${offer.source.asOf})`,
    },
  };
  Object.assign(assumptions, tierCacheWriteAssumptions);
  if (resolved.mix === undefined && contextTiers.length > 0) {
    assumptions.promptSize = {
      value: `≤ ${contextTiers[0]!.thresholdTokens}`,
      unit: 'input tokens per request',
      source: 'assumption: no request count given',
      isDefault: true,
    };
  }

  return {
    offerId: offer.id,
    monthly,
    lines: billLines,
    tokensPerMonth: {
      input,
      cachedInput: input * resolved.cachedInputShare,
      cacheWrite: input * resolved.cacheWriteShare,
      output,
      reasoning,
      total,
    },
    costPerMTok: total > 0 ? { amount: monthly.amount / (total / 1e6), currency: monthly.currency } : null,
    available: offer.status.state !== 'retired',
    warnings: uniqueWarnings,
    priceAsOf: offer.source.asOf,
    priceSource: offer.source.source,
    assumptions,
  };
}
