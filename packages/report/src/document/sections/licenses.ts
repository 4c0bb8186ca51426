import { code, heading, joinInline, paragraph, raw, table } from '../../markdown/blocks.js';
import type { SectionContext } from '../context.js';
import { countOf, findingBlocks, severityCounts } from './findings.js';

function modelName(ctx: SectionContext, id: string): string {
  const rec = ctx.assessment.recommendations.find((r) => r.modelId === id);
  const cand = ctx.assessment.candidates.find((c) => c.modelId === id);
  return rec?.name ?? cand?.modelName ?? id;
}

/** Section 4: license findings by severity, license chains, comparison matrix. */
export function licensesSection(ctx: SectionContext): string[] {
  const a = ctx.assessment;
  const blocks = [
    heading(2, raw('4. License findings')),
    paragraph(`${countOf(a.licenseFindings.length, 'finding')}: ${severityCounts(a.licenseFindings)}. Quotes are verbatim from the license text; the link opens it.`),
    ...findingBlocks(a.licenseFindings, 3, (f) => `${modelName(ctx, f.model)}: ${f.topic}`),
  ];
  if (a.licenseChains.length > 0) {
    blocks.push(
      heading(3, 'License chain of each model'),
      paragraph('A derived model (fine-tune, distillation, quantization) is bound by its own license and by every base model’s license.'),
      table(
        ['Model', 'Licenses (own, then upstream)'],
        a.licenseChains.map((c) => [
          joinInline([modelName(ctx, c.model), code(c.model)], ' '),
          c.licenses.length === 0 ? 'unknown' : joinInline(c.licenses.map(code), ' · '),
        ]),
      ),
    );
  }
  const m = a.licenseMatrix;
  if (m.rows.length > 0) {
    blocks.push(
      heading(3, 'License comparison of the candidates'),
      table(
        ['Model', 'License', ...m.topics],
        m.rows.map((r) => [joinInline([modelName(ctx, r.model), code(r.model)], ' '), code(r.license), ...r.cells]),
      ),
    );
  }
  return blocks;
}
