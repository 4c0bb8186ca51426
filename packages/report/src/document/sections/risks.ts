import { bulletList, heading, link, paragraph, raw, table } from '../../markdown/blocks.js';
import { sourceCell } from '../cells.js';
import type { SectionContext } from '../context.js';
import { compareText } from '../severity.js';

/** Section 10: risks, open questions, and problems with the plan itself. */
export function risksSection({ assessment: a }: SectionContext): string[] {
  const blocks = [heading(2, raw('10. Risks and open questions')), heading(3, 'Risks')];
  blocks.push(a.risks.length === 0 ? paragraph('No risks recorded.') : bulletList(a.risks));
  blocks.push(heading(3, 'Open questions'));
  blocks.push(a.openQuestions.length === 0 ? paragraph('No open questions.') : bulletList(a.openQuestions));
  const candidateProblems = a.candidates.flatMap((c) => c.problems.map((p) => `Candidate ${c.index + 1} (${c.modelId}): ${p}`));
  // The same sentence can reach both the plan's and the cost section's problem lists: print it once.
  const problems = [...new Set([...a.problems, ...candidateProblems, ...a.cost.problems])];
  if (problems.length > 0) blocks.push(heading(3, 'Problems with the plan file'), bulletList(problems));
  return blocks;
}

/** Sources: every fact used, with its as-of date; then every clause a finding cites. */
export function sourcesSection({ assessment: a }: SectionContext): string[] {
  const blocks = [heading(2, raw('Sources'))];
  if (a.sources.length === 0) blocks.push(paragraph('The assessment used no catalog facts.'));
  else {
    blocks.push(
      table(
        ['Fact', 'Source', 'Kind', 'As of'],
        a.sources.map((s) => [s.fact, sourceCell(s.source), s.kind, s.asOf]),
      ),
    );
  }
  const clauses = new Map<string, { label: string; url: string }>();
  for (const f of [...a.licenseFindings, ...a.complianceFindings]) {
    if (f.url === null) continue;
    // "MIT MIT ¶1": skip the license id when the section already names it.
    const label = (f.license !== null && f.section?.startsWith(f.license) ? [f.section] : [f.license, f.section]).filter((x) => x !== null).join(' ') || f.topic;
    const key = `${label}\u0000${f.url}`;
    if (!clauses.has(key)) clauses.set(key, { label, url: f.url });
  }
  if (clauses.size > 0) {
    const rows = [...clauses.values()].sort((x, y) => compareText(x.label, y.label) || compareText(x.url, y.url));
    blocks.push(heading(3, 'Clauses and provisions cited'), table(['Clause', 'Text'], rows.map((c) => [c.label, link(c.url, c.url)])));
  }
  return blocks;
}
