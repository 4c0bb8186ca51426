// Data issues (plan, catalog file) as the one-line-per-problem UsageError the CLI prints.
import { type DataIssue, formatIssue } from '@llm-adopt/catalog';
import { UsageError } from './usage.js';

export function issuesError(what: string, issues: readonly DataIssue[]): UsageError {
  return new UsageError(`${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues.map(formatIssue));
}
