import { describe, expect, it } from 'vitest';
import { fixtureAssessment } from '../test-support/fixture-assessment.js';
import { structure, tableWithHeaders } from '../test-support/markdown-structure.js';
import { SECTION_TITLES } from './context.js';
import { renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(fixtureAssessment());
  const s = structure(markdown);

  it('has exactly the ten sections and sources, in order', () => {
    expect(s.headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([...SECTION_TITLES]);
    expect(s.headings[0]).toEqual({ level: 1, text: 'Adoption plan: Support assistant' });
  });

  it('states the decision in three lines', () => {
    const summary = markdown.slice(markdown.indexOf('## 1. Summary'), markdown.indexOf('## 2.'));
    expect(summary.match(/^- /gm)).toHaveLength(3);
    expect(summary).toContain('**Chosen model:** Qwen3-14B `qwen3-14b` · quantization Q4\\_K\\_M · hardware 1 × NVIDIA GeForce RTX 4090');
    expect(summary).toContain('**Deployment:** local · monthly cost USD 15.00');
    expect(summary).toContain('**Open blockers:** 1');
  });

  it('says so when the ranking puts another model above the chosen candidate', () => {
    const a = fixtureAssessment();
    const scout = a.recommendations.find((r) => r.modelId === 'llama-4-scout')!;
    const reordered = { ...a, recommendations: [{ ...scout, excluded: null }, ...a.recommendations.filter((r) => r !== scout)] };
    const md = renderMarkdown(reordered);
    const summary = md.slice(md.indexOf('## 1. Summary'), md.indexOf('## 2.'));
    expect(summary).toContain('**Chosen model:** Qwen3-14B');
    expect(summary).toContain('**Top of the ranking:** Llama 4 Scout `llama-4-scout`');
  });

  it('ranks the recommendations with the score breakdown', () => {
    const t = tableWithHeaders(s, 'Rank');
    expect(t?.headers).toEqual(['Rank', 'Model', 'Score', 'Task fit', 'License', 'Hardware', 'Cost', 'Context', 'Languages', 'Suggested quantization', 'Status']);
    expect(t?.rows.map((r) => r.slice(0, 3))).toEqual([
      ['1', 'Qwen3-14B qwen3-14b', '0.82'],
      ['2', 'Llama 4 Scout llama-4-scout', '0.00'],
    ]);
    expect(markdown).toContain('**Llama 4 Scout** — excluded: Llama 4 license withholds multimodal rights');
  });

  it('lists license findings most severe first with quote, section, link and action', () => {
    const blockers = markdown.indexOf('### Blockers (1)');
    const info = markdown.indexOf('### Information (1)');
    expect(blockers).toBeGreaterThan(0);
    expect(info).toBeGreaterThan(blockers);
    expect(markdown).toContain('`llama4.eu-multimodal`');
    expect(markdown).toContain('> the rights granted under Section 1(a) of the Llama 4 Community License Agreement');
    // The finding's own action, on its own line under the message (not a generic per-severity text).
    expect(markdown).toContain('**What to do:** Choose another model: an EU-domiciled licensee has no rights to use Llama 4 Scout.');
    expect(markdown).toContain('Section AUP §2 · [source](https://www.llama.com/llama4/use-policy/)');
    // Information findings keep one table, with the action as a column.
    expect(tableWithHeaders(s, 'Concerns')?.headers).toEqual(['Concerns', 'Finding', 'What it means', 'What to do', 'Clause', 'Section', 'Source']);
    expect(tableWithHeaders(s, 'Concerns')?.rows[0]?.[3]).toBe('Nothing to do; keep this in the review record.');
    expect(tableWithHeaders(s, 'Model')?.headers).toEqual(['Model', 'Licenses (own, then upstream)']);
    expect(s.tables.find((t) => t.headers[1] === 'Licenses (own, then upstream)')?.rows[1]).toEqual([
      'deepseek-r1-distill-llama-70b deepseek-r1-distill-llama-70b',
      'MIT · LicenseRef-Llama-3.3-Community',
    ]);
  });

  it('maps checklist items to frameworks and says it is not legal advice', () => {
    const t = tableWithHeaders(s, 'Item');
    expect(t?.headers).toEqual(['Item', 'Question', 'NIST AI RMF / AI 600-1', 'ISO/IEC 42001', 'OWASP LLM Top 10', 'EU AI Act', 'Other']);
    expect(t?.rows[1]).toEqual(['PIL-01', 'Are prompt-injection tests in CI?', 'AI 600-1 MS-2.7-007', '', 'OWASP LLM01:2025', '', '']);
    expect(markdown).toContain('**Note:** Not legal advice.');
  });

  it('sizes each candidate with memory parts, fit, speed error and recipes', () => {
    const memory = tableWithHeaders(s, 'Memory');
    // 9.0e9 + 5.37e9 + 0.6e9 = 14.97e9 -> 15.0 GB
    expect(memory?.rows).toEqual([
      ['Weights', '9.0 GB'],
      ['KV cache', '5.4 GB'],
      ['Runtime overhead', '0.6 GB'],
      ['Total', '15.0 GB'],
    ]);
    expect(markdown).toContain('decode 68 tok/s per sequence (range 55 tok/s to 80 tok/s, typical error ±12%)');
    expect(s.fences.filter((f) => f.info === 'sh').map((f) => f.content)).toEqual([
      'ollama run qwen3:14b\n',
      'llama-server -hf Qwen/Qwen3-14B-GGUF:Q4_K_M -c 32768 -ngl 99\n',
    ]);
  });

  it('compares cost scenarios with break-even and a cumulative chart', () => {
    const t = tableWithHeaders(s, 'Scenario');
    // 12-month totals: 375 × 12 = 4,500; 12.6 × 12 = 151.20; 1600 + 15 × 12 = 1,780.
    expect(t?.rows.map((r) => [r[0], r[3], r[5], r[7]])).toEqual([
      ['OpenAI GPT-4o API', 'USD 375.00', 'USD 4,500.00', '4.4 months (Qwen3-14B Q4_K_M on 1 × RTX 4090)'],
      ['DeepSeek API', 'USD 12.60', 'USD 151.20', 'never (Qwen3-14B Q4_K_M on 1 × RTX 4090)'],
      ['Qwen3-14B Q4_K_M on 1 × RTX 4090', 'USD 15.00', 'USD 1,780.00', ''],
    ]);
    const chart = s.fences.find((f) => f.content.startsWith('xychart-beta'));
    expect(chart?.info).toBe('mermaid');
    expect(chart?.content).toContain('%% marker 4.44: break-even vs OpenAI GPT-4o API');
  });

  it('draws the roadmap as a gantt, deriving dates the plan leaves open', () => {
    const gantt = s.fences.find((f) => f.content.startsWith('gantt'));
    // Production: the day after Pilot ends (2027-01-25) for 12 weeks: 2027-01-26 + 83 days = 2027-04-19.
    expect(gantt?.content).toContain('Production :production, 2027-01-26, 2027-04-19');
    expect(tableWithHeaders(s, 'Phase')?.rows[3]).toEqual(['Optimization', 'ongoing', '2027-04-20', 'ongoing', 'derived from the previous phase or the report date']);
  });

  it('shows checklist readiness, auto-checks and common mistakes', () => {
    expect(s.headings.map((h) => h.text)).toContain('Proof of concept: readiness 50%');
    expect(markdown).toContain('| `PIL-01` | security | Are prompt-injection tests in CI? | fail: no rate limits configured | todo |');
    expect(markdown).toContain('**MISTAKE-2** No quantization has been evaluated on your data.');
  });

  it('lists every source with its as-of date', () => {
    const t = tableWithHeaders(s, 'Fact');
    expect(t?.rows.map((r) => r[3])).toEqual(['2026-10-01', '2026-10-01', '2025-06-01']);
    expect(t?.rows[2]?.[1]).toBe('Comparison article 2025');
  });

  it('is byte-identical across renders and does not depend on the clock', () => {
    expect(renderMarkdown(fixtureAssessment())).toBe(markdown);
    const undated = { ...fixtureAssessment(), generatedFor: null };
    expect(renderMarkdown(undated)).toContain('report date not set in the plan');
  });
});
