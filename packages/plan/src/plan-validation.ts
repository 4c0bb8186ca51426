/**
 * Validates plan data against the schema (precompiled standalone ajv validator, generated from
 * `plan-schema.ts` at build time) plus the rules a JSON Schema cannot say: real calendar dates,
 * phase start before end, cached tokens within input tokens, finite numbers.
 */
import { type DataIssue, issuesFromAjv, type Parsed } from '@llm-adopt/catalog';
import { validate as validateGenerated } from './generated/plan-validator.js';
import type { Plan } from './plan-schema.js';
import { describeValue } from './describe-value.js';

interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: Parameters<typeof issuesFromAjv>[0];
}

/** Schema check, then semantic checks. On success the value has the schema defaults filled in. */
export function validatePlan(data: unknown, file: string): Parsed<Plan> {
  const nonFinite: DataIssue[] = [];
  findNonFinite(data, '$', file, nonFinite);
  if (nonFinite.length > 0) return { ok: false, issues: nonFinite };
  const validate = validateGenerated as GeneratedValidator;
  if (!validate(data)) return { ok: false, issues: issuesFromAjv(validate.errors, file, data) };
  const plan = data as Plan;
  const issues = semanticIssues(plan, file);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: plan };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real `YYYY-MM-DD` date (Gregorian leap years). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  return day <= max;
}

function semanticIssues(plan: Plan, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const date = (path: string, value: string | null | undefined) => {
    if (typeof value === 'string' && !isCalendarDate(value)) issues.push({ file, path, expected: 'a calendar date YYYY-MM-DD', found: `string "${value}"` });
  };
  date('$.reportDate', plan.reportDate);
  for (const [phase, dates] of Object.entries(plan.phases)) {
    if (!dates) continue;
    date(`$.phases.${phase}.start`, dates.start);
    date(`$.phases.${phase}.end`, dates.end);
    if (dates.start && dates.end && dates.start > dates.end) {
      issues.push({ file, path: `$.phases.${phase}.end`, expected: `a date on or after start ${dates.start}`, found: `string "${dates.end}"` });
    }
  }
  for (const [id, entry] of Object.entries(plan.checklist)) date(`$.checklist["${id}"].due`, entry.due);
  if (plan.workload.cachedInputTokensPerDay > plan.workload.inputTokensPerDay) {
    issues.push({
      file,
      path: '$.workload.cachedInputTokensPerDay',
      expected: `at most inputTokensPerDay (${plan.workload.inputTokensPerDay})`,
      found: String(plan.workload.cachedInputTokensPerDay),
    });
  }
  return issues;
}

function findNonFinite(value: unknown, path: string, file: string, out: DataIssue[]): void {
  if (out.length >= 20) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push({ file, path, expected: 'a finite number', found: describeValue(value) });
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) findNonFinite(item, `${path}[${i}]`, file, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      findNonFinite(item, /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`, file, out);
    }
  }
}
