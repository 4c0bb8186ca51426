import { childPath, type DataIssue, describeValue, issue, type Parsed } from '../data-issue.js';
import type { Offer, PriceTier, RateCard } from '../schema/index.js';

/** Default `asOf` when the caller does not say when the file was fetched (LiteLLM's file carries no date). */
export const UNKNOWN_AS_OF = '1970-01-01';

/** LiteLLM stores USD per token; the catalog stores USD per 1M tokens. Rounded to 1e-6 USD to drop float noise. */
function perMTok(perToken: number): number {
  return Math.round(perToken * 1e12) / 1e6;
}

const ABOVE_KEY = /^input_cost_per_token_above_(\d+)k_tokens$/;

/**
 * Converts LiteLLM's `model_prices_and_context_window.json` into offers: chat entries only,
 * prices × 1e6, cache reads, `_above_Nk_tokens` context tiers (they reprice the whole request)
 * and batch prices as tiers. The offers are secondary facts sourced to the file itself.
 */
export function importLiteLLMPrices(json: unknown, file: string, options: { asOf?: string } = {}): Parsed<Offer[]> {
  const issues: DataIssue[] = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, issues: [issue(file, '$', 'an object keyed by model name', describeValue(json))] };
  }
  const asOf = options.asOf ?? UNKNOWN_AS_OF;
  const offers: Offer[] = [];
  const ids = new Set<string>();
  for (const [key, entry] of Object.entries(json)) {
    if (key === 'sample_spec') continue;
    const path = childPath('$', key);
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      issues.push(issue(file, path, 'an object', describeValue(entry)));
      continue;
    }
    const e = entry as Record<string, unknown>;
    if (e.mode !== 'chat') continue;
    const num = (field: string, required: boolean): number | null => {
      const v = e[field];
      if (v === undefined || v === null) {
        if (required) issues.push(issue(file, childPath(path, field), 'a number ≥ 0', 'nothing (key missing)'));
        return null;
      }
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
        issues.push(issue(file, childPath(path, field), 'a number ≥ 0', describeValue(v)));
        return null;
      }
      return v;
    };
    const input = num('input_cost_per_token', true);
    const output = num('output_cost_per_token', true);
    if (input === null || output === null) continue;
    const cached = num('cache_read_input_token_cost', false);
    const cacheWrite = num('cache_creation_input_token_cost', false);
    const provider = typeof e.litellm_provider === 'string' && e.litellm_provider !== '' ? e.litellm_provider : 'unknown';
    const rates: RateCard = { inputPerMTok: perMTok(input), cachedInputPerMTok: cached === null ? null : perMTok(cached), outputPerMTok: perMTok(output) };

    const tiers: PriceTier[] = [];
    for (const field of Object.keys(e).sort()) {
      const m = ABOVE_KEY.exec(field);
      if (!m) continue;
      const k = m[1]!;
      const tierInput = num(field, false);
      if (tierInput === null) continue;
      const tierOutput = num(`output_cost_per_token_above_${k}k_tokens`, false);
      const tierCached = num(`cache_read_input_token_cost_above_${k}k_tokens`, false);
      tiers.push({
        condition: 'context-above',
        thresholdTokens: Number(k) * 1000,
        rates: {
          inputPerMTok: perMTok(tierInput),
          cachedInputPerMTok: tierCached === null ? rates.cachedInputPerMTok : perMTok(tierCached),
          outputPerMTok: tierOutput === null ? rates.outputPerMTok : perMTok(tierOutput),
        },
        note: `LiteLLM ${field}: applies to the whole request once the prompt exceeds ${Number(k) * 1000} tokens`,
      });
    }
    const batchInput = num('input_cost_per_token_batches', false);
    const batchOutput = num('output_cost_per_token_batches', false);
    if (batchInput !== null && batchOutput !== null) {
      tiers.push({ condition: 'batch', rates: { inputPerMTok: perMTok(batchInput), cachedInputPerMTok: null, outputPerMTok: perMTok(batchOutput) } });
    }

    const id = offerId(provider, key);
    if (ids.has(id)) continue; // regional duplicates (e.g. `us.` Bedrock keys) collapse onto the first entry
    ids.add(id);
    const contextTokens = positiveInt(e.max_input_tokens) ?? positiveInt(e.max_tokens);
    const offer: Offer = {
      id,
      provider,
      providerModel: key,
      displayName: key,
      openWeights: false,
      currency: 'USD',
      rates,
      tiers,
      contextTokens,
      maxOutputTokens: positiveInt(e.max_output_tokens),
      status: typeof e.deprecation_date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.deprecation_date)
        ? { state: 'deprecated', date: e.deprecation_date, note: 'LiteLLM deprecation_date' }
        : { state: 'current' },
      source: {
        source: file,
        kind: 'secondary',
        asOf,
        note: `LiteLLM key ${JSON.stringify(key)}${typeof e.source === 'string' && e.source !== '' ? `; entry cites ${e.source}` : ''}${options.asOf ? '' : '; as-of date unknown'}`,
      },
    };
    if (cacheWrite !== null) offer.cacheWritePerMTok = perMTok(cacheWrite);
    offers.push(offer);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: offers };
}

function positiveInt(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

/** `provider/model` as a catalog id: lower-case, LiteLLM's own provider prefix not repeated. */
function offerId(provider: string, key: string): string {
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9._/-]+/g, '-');
  const p = slug(provider).replace(/\//g, '-');
  const k = slug(key);
  const id = k.startsWith(`${p}/`) ? k : `${p}/${k}`;
  return id.replace(/^[^a-z0-9]+/, '').slice(0, 120);
}
