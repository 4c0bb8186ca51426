// Shared layout of a license or compliance finding: severity groups, then one block per finding with
// the message (what applies), what to do (the finding's action), the verbatim clause as a quote, its section and link.
import type { Finding } from '@llm-adopt/plan';
import { code, heading, joinInline, link, paragraph, quote, raw, strong, table } from '../../markdown/blocks.js';
import { bySeverity, severityRank, severityTitle } from '../severity.js';

const INFO_RANK = severityRank('info');

export function findingBlocks<T extends Finding & { model?: string }>(
  findings: readonly T[],
  level: 3 | 4,
  label: (f: T) => string,
): string[] {
  const blocks: string[] = [];
  let group: string | null = null;
  const sorted = bySeverity(findings);
  // Information needs no action: one compact table instead of a block per finding.
  const detailed = sorted.filter((f) => severityRank(f.severity) < INFO_RANK);
  const info = sorted.filter((f) => severityRank(f.severity) >= INFO_RANK);
  for (const f of detailed) {
    if (f.severity !== group) {
      group = f.severity;
      const count = findings.filter((x) => x.severity === f.severity).length;
      blocks.push(heading(level, `${severityTitle(f.severity)} (${count})`));
    }
    blocks.push(
      paragraph(strong(`[${f.severity}] ${label(f)}`), raw('—'), code(f.id), raw('—'), f.message),
      paragraph(joinInline([strong('What to do:'), f.action], ' ')),
    );
    if (f.quote !== null && f.quote.trim() !== '') blocks.push(quote(f.quote));
    const where: (string | ReturnType<typeof raw>)[] = [];
    if (f.license !== null) where.push(joinInline([raw('License'), code(f.license)], ' '));
    if (f.section !== null) where.push(`Section ${f.section}`);
    if (f.url !== null) where.push(link('source', f.url));
    if (where.length > 0) blocks.push(paragraph(joinInline(where, ' · ')));
  }
  if (info.length > 0) {
    blocks.push(
      heading(level, `${severityTitle('info')} (${info.length})`),
      table(
        ['Concerns', 'Finding', 'What it means', 'What to do', 'Clause', 'Section', 'Source'],
        info.map((f) => [
          label(f),
          code(f.id),
          f.message,
          f.action,
          f.quote ?? '',
          joinInline([...(f.license === null ? [] : [code(f.license)]), f.section ?? ''], ' '),
          f.url === null ? '' : link('source', f.url),
        ]),
      ),
    );
  }
  return blocks;
}

/** `1 finding` / `3 findings`. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export function severityCounts(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const f of bySeverity(findings)) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  if (counts.size === 0) return 'no findings';
  return [...counts].map(([s, n]) => countOf(n, s, s === 'info' ? 'info' : `${s}s`)).join(', ');
}

export function hasSevere(findings: readonly Finding[]): boolean {
  return findings.some((f) => severityRank(f.severity) === 0);
}
