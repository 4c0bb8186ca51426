import { describe, expect, it } from 'vitest';
import { suggest } from './suggest.js';

describe('suggest', () => {
  const ids = ['qwen3-8b', 'qwen3-14b', 'qwen3-32b', 'qwen2.5-72b', 'llama-3.3-70b', 'mixtral-8x22b', 'mistral-7b-instruct-v0.3'];

  it('ranks a shared size token ("72b") ahead of nearer spellings', () => {
    // edit distances: qwen3-32b 1, qwen3-14b 2, qwen2.5-72b 3 (−1.5 for the shared "72b").
    expect(suggest('qwen3-72b', ids)).toEqual(['qwen3-32b', 'qwen2.5-72b', 'qwen3-14b']);
  });

  it('matches prefixes and is case-insensitive', () => {
    expect(suggest('MIXTRAL', ids)).toEqual(['mixtral-8x22b']);
    expect(suggest('mistral:8x22b', ids, 1)).toEqual(['mixtral-8x22b']);
  });

  it('returns nothing for far-off names, an empty query or max 0', () => {
    expect(suggest('gpt-4o', ids)).toEqual([]);
    expect(suggest('', ids)).toEqual([]);
    expect(suggest('qwen3-8b', ids, 0)).toEqual([]);
  });
});
