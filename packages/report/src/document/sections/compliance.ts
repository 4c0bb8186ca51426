import type { ChecklistItemState } from '@llm-adopt/plan';
import { heading, joinInline, paragraph, raw, strong, table } from '../../markdown/blocks.js';
import type { SectionContext } from '../context.js';
import { countOf, findingBlocks, severityCounts } from './findings.js';

export const FRAMEWORK_COLUMNS = ['NIST AI RMF / AI 600-1', 'ISO/IEC 42001', 'OWASP LLM Top 10', 'EU AI Act', 'Other'] as const;

/** Which framework column an id belongs to, from the id's own prefix (e.g. `GV-1.3-002`, `A.6.2.4`, `LLM01`). */
export function frameworkColumn(id: string): number {
  if (/\bNIST\b|\bAI RMF\b|\bAI 600-1\b|^(GOVERN|MAP|MEASURE|MANAGE)\b|^(GV|MP|MS|MG)-\d/.test(id)) return 0;
  if (/\bISO\/IEC\b|\bISO\b|^A\.\d/.test(id)) return 1;
  if (/\bOWASP\b|^LLM\d{2}/.test(id)) return 2;
  if (/\bAI Act\b|\bGPAI\b|^Art(icle|\.)\s*\d/.test(id)) return 3;
  return 4;
}

function mappingRow(item: ChecklistItemState): string[] {
  const cols: string[][] = FRAMEWORK_COLUMNS.map(() => []);
  for (const f of item.frameworks) cols[frameworkColumn(f)]?.push(f);
  return [item.id, item.question, ...cols.map((c) => c.join('; '))];
}

export const NOT_LEGAL_ADVICE =
  'Not legal advice. These findings apply published rules to the answers in the plan file; dates and duties can change (the EU AI Act was amended in 2026). Have counsel confirm before relying on them.';

/** Section 5: EU AI Act role and duties, framework mappings of the checklist, not-legal-advice note. */
export function complianceSection({ assessment: a }: SectionContext): string[] {
  const items = a.checklist.phases.flatMap((p) => p.items).filter((i) => i.frameworks.length > 0);
  const blocks = [
    heading(2, raw('5. Compliance findings')),
    paragraph(joinInline([strong('Note:'), NOT_LEGAL_ADVICE], ' ')),
    paragraph(`${countOf(a.complianceFindings.length, 'finding')}: ${severityCounts(a.complianceFindings)}. Article references and dates are in each finding.`),
    ...findingBlocks(a.complianceFindings, 3, (f) => f.topic),
  ];
  if (items.length > 0) {
    blocks.push(
      heading(3, 'Framework mappings of the checklist items'),
      table(['Item', 'Question', ...FRAMEWORK_COLUMNS], items.map(mappingRow)),
    );
  }
  return blocks;
}
