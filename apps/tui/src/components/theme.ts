// Colours are a hint, never the only signal (every state also has a glyph or word), and they switch
// off entirely under NO_COLOR (https://no-color.org): see `interactive.tsx`.
export const theme = {
  accent: 'cyan',
  ok: 'green',
  warn: 'yellow',
  bad: 'red',
  muted: 'gray',
} as const;

/** Glyph + colour per severity, so findings read the same with and without colour. */
export const severityStyle: Record<string, { glyph: string; color: string; label: string }> = {
  blocker: { glyph: '✖', color: theme.bad, label: 'BLOCKER' },
  warning: { glyph: '▲', color: theme.warn, label: 'warning' },
  obligation: { glyph: '●', color: theme.accent, label: 'must do' },
  info: { glyph: 'i', color: theme.muted, label: 'info' },
};

/**
 * True when Ink draws no colour or inverse video: NO_COLOR (https://no-color.org; interactive.tsx also sets
 * FORCE_COLOR=0 for it) or FORCE_COLOR=0. Marks that colour alone would carry (the text cursor) then use a glyph.
 */
export function coloursOff(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false';
}
