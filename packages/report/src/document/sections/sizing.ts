import type { CandidateAssessment, FitVerdict } from '@llm-adopt/plan';
import { bulletList, code, fence, heading, joinInline, paragraph, raw, strong, table } from '../../markdown/blocks.js';
import { gb, gib, grouped, integer, seconds, tokensPerSecond } from '../../format/numbers.js';
import type { SectionContext } from '../context.js';

const VERDICT: Record<FitVerdict, string> = {
  fits: 'fits',
  'fits-tight': 'fits, with little headroom',
  'needs-more-gpus': 'needs more GPUs',
  'needs-offload': 'fits only with CPU offload (slow)',
  'does-not-fit': 'does not fit',
};

/**
 * Host RAM line for a fit that offloads layers (docs/methodology.md §Host memory for offload), or null
 * when nothing is offloaded.
 */
export function hostMemoryText(f: NonNullable<CandidateAssessment['fit']>): string | null {
  const needed = f.hostMemoryNeededBytes ?? 0;
  if (needed <= 0) return null;
  const host = f.hostMemoryBytes ?? null;
  if (host === null) return `host RAM needed for the offload: ${gib(needed)} (the plan gives no hostMemoryGb: not checked)`;
  const usable = f.hostMemoryUsableBytes ?? null;
  return `host RAM needed for the offload: ${gib(needed)}; the host has ${gib(host)}${usable === null ? '' : `, of which ${gib(usable)} usable`}`;
}

/** The Fit cell of the summary table: the verdict, with the host RAM when layers are offloaded. */
function fitCell(f: CandidateAssessment['fit']): string {
  if (f === null) return 'unknown';
  const verdict = VERDICT[f.verdict] ?? f.verdict;
  const needed = f.hostMemoryNeededBytes ?? 0;
  return needed > 0 ? `${verdict}; host RAM ${gib(needed)}${f.hostMemoryBytes != null ? ` of ${gib(f.hostMemoryBytes)}` : ' (not checked)'}` : verdict;
}

function candidateBlocks(c: CandidateAssessment, plan: SectionContext['plan']): string[] {
  const title = `Candidate ${c.index + 1}: ${c.modelName} ${c.quant} with ${c.engine} on ${c.hardwareLabel}`;
  const blocks = [heading(3, title)];
  const notes = plan?.candidates[c.index]?.notes;
  if (notes !== undefined && notes.trim() !== '') blocks.push(paragraph(strong('Notes:'), notes));
  const deviceBytes = c.hardware.memoryBytesEach * c.hardware.count;
  blocks.push(
    paragraph(
      `Sized for ${integer(c.contextTokens)} tokens of context × ${c.concurrency === 1 ? '1 sequence at a time' : `${integer(c.concurrency)} concurrent sequences`}; device memory ${gib(deviceBytes)} (${c.hardware.count} × ${gib(c.hardware.memoryBytesEach)}).`,
    ),
  );
  if (c.memory !== null) {
    const m = c.memory;
    const partRows = m.parts.map((p) => [p.label, gb(p.bytes)]);
    blocks.push(
      table(['Memory', { title: 'Size', align: 'right' }], [
        ['Weights', gb(m.weightsBytes)],
        ['KV cache', gb(m.kvCacheBytes)],
        ['Runtime overhead', gb(m.overheadBytes)],
        [strong('Total'), strong(gb(m.totalBytes))],
      ]),
    );
    if (partRows.length > 0) blocks.push(paragraph('Parts as the sizing model reports them:'), table(['Part', { title: 'Size', align: 'right' }], partRows));
  }
  if (c.fit !== null) {
    const f = c.fit;
    const spare = f.spareBytes >= 0 ? `${gb(f.spareBytes)} spare` : `short by ${gb(-f.spareBytes)}`;
    blocks.push(
      paragraph(
        joinInline(
          [
            strong('Fit:'),
            `${VERDICT[f.verdict] ?? f.verdict}; ${spare}; devices needed: ${f.gpusNeeded === null ? 'unknown' : integer(f.gpusNeeded)}; layers offloaded to CPU: ${integer(f.offloadLayers)}; largest context that fits: ${f.maxContextTokens === null ? 'unknown' : `${integer(f.maxContextTokens)} tokens`}.`,
          ],
          ' ',
        ),
      ),
    );
    const host = hostMemoryText(f);
    if (host !== null) blocks.push(paragraph(joinInline([strong('Host RAM:'), `${host}.`], ' ')));
    if (f.reasons.length > 0) blocks.push(bulletList(f.reasons));
  }
  if (c.speed !== null) {
    const s = c.speed;
    const err = s.typicalErrorPct === null ? 'error unknown' : `typical error ±${grouped(s.typicalErrorPct, 0)}%`;
    blocks.push(
      paragraph(
        joinInline(
          [
            strong('Speed (estimate):'),
            `decode ${tokensPerSecond(s.decode.typical)} per sequence (range ${tokensPerSecond(s.decode.low)} to ${tokensPerSecond(s.decode.high)}, ${err});`,
            s.prefill === null ? 'prefill unknown;' : `prefill ${tokensPerSecond(s.prefill.typical)};`,
            `time to first token ${s.ttftSeconds === null ? 'unknown' : seconds(s.ttftSeconds)}.`,
          ],
          ' ',
        ),
      ),
    );
  }
  if (c.speed === null && c.fit !== null && (c.fit.verdict === 'needs-more-gpus' || c.fit.verdict === 'does-not-fit')) {
    // assess gives no speed and no recipe where the model cannot run; say so rather than leave a gap.
    blocks.push(paragraph(joinInline([strong('Speed:'), `not estimated, and no deployment recipe: the model does not run on ${c.hardwareLabel} (${VERDICT[c.fit.verdict]}).`], ' ')));
  }
  if (c.quantTable.length > 0) {
    blocks.push(
      table(
        ['Quantization', { title: 'Total memory', align: 'right' }, 'Fits', { title: 'Decode (typical)', align: 'right' }],
        c.quantTable.map((q) => [
          q.quant === c.quant ? strong(q.quant) : q.quant,
          gb(q.totalBytes),
          q.fits ? 'yes' : 'no',
          tokensPerSecond(q.decodeTypical),
        ]),
      ),
    );
  }
  if (c.recipe !== null) {
    const recipes: [string, string | null][] = [
      ['Ollama', c.recipe.ollama],
      ['llama.cpp', c.recipe.llamaCpp],
      ['vLLM', c.recipe.vllm],
    ];
    const available = recipes.filter((r): r is [string, string] => r[1] !== null);
    if (available.length > 0) {
      blocks.push(heading(4, 'Deployment recipe'));
      for (const [engine, command] of available) blocks.push(paragraph(`${engine}:`), fence('sh', command));
    }
  }
  if (c.problems.length > 0) blocks.push(paragraph(strong('Could not size:')), bulletList(c.problems));
  return blocks;
}

/** Section 6: memory, fit, speed and deployment recipe per candidate. */
export function sizingSection({ assessment: a, plan }: SectionContext): string[] {
  const blocks = [heading(2, raw('6. Sizing'))];
  if (a.candidates.length === 0) {
    return [...blocks, paragraph('The plan lists no deployment candidates (model × quantization × engine × hardware), so nothing was sized.')];
  }
  blocks.push(
    paragraph(
      'Memory in decimal GB (10^9 bytes). Weights use measured bits per weight of the quantization; KV cache = per-token size × context × concurrent sequences; speeds are bandwidth-bound estimates (docs/methodology.md).',
    ),
    table(
      ['#', 'Model', 'Quantization', 'Engine', 'Hardware', { title: 'Total memory', align: 'right' }, 'Fit', { title: 'Decode', align: 'right' }],
      a.candidates.map((c) => [
        c.index + 1,
        joinInline([c.modelName, code(c.modelId)], ' '),
        c.quant,
        c.engine,
        c.hardwareLabel,
        gb(c.memory?.totalBytes),
        fitCell(c.fit),
        tokensPerSecond(c.speed?.decode.typical),
      ]),
    ),
  );
  for (const c of a.candidates) blocks.push(...candidateBlocks(c, plan));
  return blocks;
}
