/** Glyphs of the memory bar; distinct shapes so the chart reads without colour. */
export const MEMORY_GLYPHS = { weights: '█', kv: '▓', overhead: '▒', free: '·', over: '!' } as const;

/**
 * A one-line stacked bar of weights, KV cache and overhead against the devices' memory:
 * `width` columns stand for max(capacity, need); columns past the capacity show "!".
 */
export function memoryBar(parts: { weights: number; kv: number; overhead: number }, capacityBytes: number, width: number): string {
  const need = parts.weights + parts.kv + parts.overhead;
  const scale = Math.max(capacityBytes, need);
  if (scale <= 0 || width <= 0) return '';
  const cols = (bytes: number) => Math.round((bytes / scale) * width);
  const w = cols(parts.weights);
  const k = cols(parts.weights + parts.kv) - w;
  const o = cols(need) - w - k;
  const used = `${MEMORY_GLYPHS.weights.repeat(w)}${MEMORY_GLYPHS.kv.repeat(k)}${MEMORY_GLYPHS.overhead.repeat(o)}`;
  const capacityCol = cols(capacityBytes);
  if (need <= capacityBytes) return used + MEMORY_GLYPHS.free.repeat(Math.max(0, width - used.length));
  // Over capacity: the part beyond the devices' memory is drawn as "!".
  return [...used].map((ch, i) => (i >= capacityCol ? MEMORY_GLYPHS.over : ch)).join('');
}
