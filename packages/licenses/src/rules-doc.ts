import { comparisonMatrix, matrixToMarkdown } from './comparison.js';
import { ruleCatalog } from './evaluate.js';
import { clause, licenses } from './license-data.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/** Every licence rule with what the team must do and the clause it cites, as the markdown table in docs/license-rules.md. */
export function rulesMarkdown(): string {
  const rows = ruleCatalog().map((r) => {
    const { clause: c, license } = clause(r.clause);
    return `| ${license.shortName} | \`${r.id}\` | ${cell(r.when)} | ${cell(r.action)} | \`${c.id}\`, ${cell(c.section)} | [text](${c.url}) |`;
  });
  return ['| Licence | Finding id | Fires when | What to do | Cites | Source |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The comparison matrix of every built-in licence, as pasted in docs/license-rules.md. */
export function fullMatrixMarkdown(): string {
  return matrixToMarkdown(comparisonMatrix(licenses().map((l) => l.id)));
}
