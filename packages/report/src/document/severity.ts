// Severity order for grouping and for the CLI's --fail-on gate, as in @llm-adopt/licenses:
// blocker > warning > obligation (allowed, but you must do something) > info.
const ORDER = ['blocker', 'warning', 'obligation', 'info'] as const;

/** 0 = most severe. Unknown severities rank with `info` (never gate on what we do not understand). */
export function severityRank(severity: string): number {
  const i = (ORDER as readonly string[]).indexOf(severity);
  return i < 0 ? ORDER.length - 1 : i;
}

export type FailOn = 'blocker' | 'warning' | 'never';

/** True when a finding of this severity makes `--fail-on threshold` exit non-zero. */
export function failsGate(severity: string, threshold: FailOn): boolean {
  if (threshold === 'never') return false;
  return severityRank(severity) <= severityRank(threshold);
}

/** Stable order: most severe first, then by id, then by model (or license). */
export function bySeverity<T extends { severity: string; id: string; model?: string | null; license: string | null }>(findings: readonly T[]): T[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      compareText(a.id, b.id) ||
      compareText(a.model ?? '', b.model ?? '') ||
      compareText(a.license ?? '', b.license ?? ''),
  );
}

/** Code-unit order: locale-independent, so output is identical on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function severityTitle(severity: string): string {
  const titles: Record<string, string> = {
    blocker: 'Blockers',
    warning: 'Warnings',
    obligation: 'Obligations',
    info: 'Information',
  };
  return titles[severity] ?? severity;
}
