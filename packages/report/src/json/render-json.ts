import type { Assessment, Finding } from '@llm-adopt/plan';
import { bySeverity, severityRank } from '../document/severity.js';

/** Version of the JSON document's own layout (the assessment inside follows the plan package's type). */
export const REPORT_JSON_VERSION = 1;

export interface ReportFinding extends Finding {
  kind: 'license' | 'compliance';
  model: string | null;
}

/** All license and compliance findings, most severe first, then by id and model. */
export function allFindings(assessment: Assessment): ReportFinding[] {
  const license: ReportFinding[] = assessment.licenseFindings.map((f) => ({ ...f, kind: 'license' }));
  const compliance: ReportFinding[] = assessment.complianceFindings.map((f) => ({ ...f, kind: 'compliance', model: null }));
  return bySeverity([...license, ...compliance]);
}

/** Objects with their keys sorted (code-unit order), recursively: key order never depends on how the object was built. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/**
 * The findings and figures for other tools: one JSON document (two-space indent, trailing newline)
 * holding every finding with a severity count, and the whole assessment. Keys are sorted so the
 * output is byte-identical for the same input.
 */
export function renderJson(assessment: Assessment): string {
  const findings = allFindings(assessment);
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const failingChecks = assessment.checklist.phases.flatMap((p) =>
    p.items.filter((i) => i.auto?.result === 'fail').map((i) => ({ id: i.id, phase: p.id, check: i.auto?.check ?? null, reason: i.auto?.reason ?? '' })),
  );
  const doc = {
    format: 'llm-adopt-report',
    version: REPORT_JSON_VERSION,
    planId: assessment.planId,
    reportDate: assessment.generatedFor,
    summary: assessment.summary,
    findingCounts: counts,
    mostSevere: findings.length === 0 ? null : (findings[0]?.severity ?? null),
    blockers: findings.filter((f) => severityRank(f.severity) === 0).length,
    findings,
    failingChecks,
    assessment,
  };
  return `${JSON.stringify(sortKeys(doc), null, 2)}\n`;
}
