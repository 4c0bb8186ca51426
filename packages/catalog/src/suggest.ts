import { distance } from 'fastest-levenshtein';

/**
 * "Did you mean" candidates for an unknown name: candidates that start with or contain the
 * query come first, then the closest by edit distance (at most a third of the query's length,
 * minimum 2). Case-insensitive; returns the candidates as given.
 */
export function suggest(query: string, candidates: readonly string[], max = 3): string[] {
  const q = query.trim().toLowerCase();
  if (q === '' || max <= 0) return [];
  const limit = Math.max(2, Math.floor(q.length / 3));
  const scored: Array<{ candidate: string; score: number }> = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (seen.has(c) || c === q) continue;
    seen.add(c);
    const d = distance(q, c);
    // Prefix and substring matches rank as if they were one edit away, ahead of farther typos.
    const containment = c.startsWith(q) || (q.length >= 3 && c.includes(q)) ? 0.5 : Number.POSITIVE_INFINITY;
    if (Math.min(d, containment) > limit) continue;
    // A shared size token ("72b", "8x22b") is the strongest hint of what was meant.
    const sizeBonus = sizeTokens(q).some((t) => sizeTokens(c).includes(t)) ? 1.5 : 0;
    scored.push({ candidate, score: Math.min(d, containment) - sizeBonus });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}

function sizeTokens(name: string): string[] {
  return name.split(/[-_:/\s]+/).filter((t) => /^\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?[bmk]$/.test(t));
}
