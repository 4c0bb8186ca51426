import { clause, findLicense } from './license-data.js';
import { MATRIX_ROWS, type MatrixRow } from './schema.js';

/** Row labels as adoption documents name them. */
export const MATRIX_ROW_LABELS: Readonly<Record<MatrixRow, string>> = {
  commercial: 'Commercial use',
  mau: 'MAU limits',
  redistribution: 'Redistribution',
  outputs: 'Distillation / outputs',
  attribution: 'Attribution',
  naming: 'Naming',
  patent: 'Patent',
  regional: 'Regional',
};

export interface MatrixCitedCell {
  license: string;
  answer: string;
  clause: string;
  section: string;
  quote: string;
  url: string;
}

export interface Matrix {
  /** Licence ids (columns), in the order asked for, unknown ids left out. */
  licenses: { id: string; shortName: string }[];
  rows: { row: MatrixRow; label: string; cells: MatrixCitedCell[] }[];
  /** Ids asked for that are not built-in licences. */
  unknown: string[];
}

/** The comparison table teams put in adoption documents, each cell citing the clause that decides it. */
export function comparisonMatrix(licenseIds: readonly string[]): Matrix {
  const unique = [...new Set(licenseIds)];
  const known = unique.flatMap((id) => {
    const l = findLicense(id);
    return l ? [l] : [];
  });
  return {
    licenses: known.map((l) => ({ id: l.id, shortName: l.shortName })),
    unknown: unique.filter((id) => !findLicense(id)),
    rows: MATRIX_ROWS.map((row) => ({
      row,
      label: MATRIX_ROW_LABELS[row],
      cells: known.map((l) => {
        const cell = l.comparison[row];
        const { clause: c } = clause(cell.clause);
        return { license: l.id, answer: cell.answer, clause: c.id, section: c.section, quote: c.quote, url: c.url };
      }),
    })),
  };
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

/** The matrix as a markdown table: answer plus the section that decides it. */
export function matrixToMarkdown(matrix: Matrix): string {
  const head = `| | ${matrix.licenses.map((l) => escapeCell(l.shortName)).join(' | ')} |`;
  const rule = `|---|${matrix.licenses.map(() => '---').join('|')}|`;
  const body = matrix.rows.map(
    (r) => `| ${r.label} | ${r.cells.map((c) => escapeCell(`${c.answer} (${c.section})`)).join(' | ')} |`,
  );
  return [head, rule, ...body].join('\n');
}
