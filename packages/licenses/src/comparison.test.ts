import { describe, expect, it } from 'vitest';
import { comparisonMatrix, matrixToMarkdown } from './comparison.js';

describe('comparisonMatrix', () => {
  const m = comparisonMatrix(['Apache-2.0', 'LicenseRef-Llama-4-Community', 'LicenseRef-Qwen', 'LicenseRef-Nope', 'Apache-2.0']);

  it('has the eight rows of an adoption document, one column per known licence', () => {
    expect(m.rows.map((r) => r.label)).toEqual([
      'Commercial use',
      'MAU limits',
      'Redistribution',
      'Distillation / outputs',
      'Attribution',
      'Naming',
      'Patent',
      'Regional',
    ]);
    expect(m.licenses.map((l) => l.shortName)).toEqual(['Apache 2.0', 'Llama 4', 'Qwen']);
    expect(m.unknown).toEqual(['LicenseRef-Nope']);
  });

  it('cites the deciding clause in each cell', () => {
    const mau = m.rows.find((r) => r.row === 'mau');
    // Llama 4 §2: month before 2025-04-05 is March 2025; Qwen §4: any time, commercial use.
    expect(mau?.cells.map((c) => [c.answer, c.section])).toEqual([
      ['None', '§2'],
      ['>700M MAU in March 2025 (snapshot) needs a licence from Meta', '§2'],
      ['>100M MAU while used commercially (any time) needs a licence', '§4 Restrictions'],
    ]);
    const patent = m.rows.find((r) => r.row === 'patent');
    expect(patent?.cells[0]?.clause).toBe('apache.patent-grant');
  });

  it('renders a markdown table', () => {
    const md = matrixToMarkdown(comparisonMatrix(['MIT', 'Apache-2.0'])).split('\n');
    expect(md[0]).toBe('| | MIT | Apache 2.0 |');
    expect(md[1]).toBe('|---|---|---|');
    expect(md[8]).toBe('| Patent | No express patent grant (MIT ¶1 (grant; no patent clause)) | Express grant; ends if you sue over patents (§3) |');
    expect(md).toHaveLength(10);
  });
});
