/** How much a finding matters, most severe first. `obligation`: allowed, but you must do something. */
export type Severity = 'blocker' | 'warning' | 'obligation' | 'info';

/** Severities from most to least severe; sort and gate with `SEVERITY_ORDER.indexOf`. */
export const SEVERITY_ORDER: readonly Severity[] = ['blocker', 'warning', 'obligation', 'info'];

/** True when `severity` is at least as severe as `threshold` (CI gates: fail at `warning` and above). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold);
}

/**
 * One thing a team must know, with the clause it comes from. `quote`, `section` and `url` are copied from the
 * cited clause (or compliance provision), never written by a rule.
 */
export interface Finding {
  /** Stable id such as `llama4.mau-700m`; tooling and plan files refer to it. */
  id: string;
  severity: Severity;
  /** Clause topic, e.g. `mau-threshold`, `attribution`, `ai-act-role`. */
  topic: string;
  /** What applies, in plain words (a statement, not an instruction). */
  message: string;
  /**
   * What the team must do, as one imperative sentence; never empty. When nothing is to be done the finding is
   * `info` and the action says so ("Nothing to do; keep this in the review record.").
   */
  action: string;
  /** Licence id (`LicenseRef-Llama-4-Community`) or compliance source id (`EU-AI-Act`). */
  license: string;
  section: string;
  quote: string;
  url: string;
  /** Id of the clause or provision cited. */
  clause: string;
  /** Model whose licence this is, when it differs from the evaluated one (a base model in the lineage). */
  model?: string;
}

/** Findings sorted most severe first, then by id, so output and golden files are stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.id.localeCompare(b.id) ||
      a.license.localeCompare(b.license),
  );
}
