import { describe, expect, it } from 'vitest';
import { builtinCatalog } from './builtin.js';
import { parseCatalogFile } from './catalog-file.js';
import { formatIssue } from './data-issue.js';

/** The one-line messages a user sees for a file, or 'ok'. */
function messages(input: string | Uint8Array, file = 'my-models.json'): string[] | 'ok' {
  const result = parseCatalogFile(input, file);
  return result.ok ? 'ok' : result.issues.map(formatIssue);
}

const [gpt4o] = builtinCatalog().offers;
const [rtx] = builtinCatalog().hardware;
const qwen = builtinCatalog().models.find((m) => m.id === 'qwen3-8b')!;

describe('parseCatalogFile: malformed user files get one clear line per problem', () => {
  it('accepts an empty subset and a real entry', () => {
    expect(messages('{"models": []}')).toBe('ok');
    const result = parseCatalogFile(JSON.stringify({ $schema: './catalog.schema.json', models: [{ ...qwen, id: 'my-qwen3-8b', aliases: [], distribution: { huggingFace: 'me/my-qwen3-8b', ollama: [] } }] }), 'f.json');
    expect(result.ok && result.value.models?.[0]?.id).toBe('my-qwen3-8b');
  });

  it('reports truncated JSON with line and column', () => {
    expect(messages('{"models": [\n  {"id": "x"\n')).toEqual([
      "my-models.json: $: expected valid JSON, found Expected ',' or '}' after property value at line 3 column 1",
    ]);
  });

  it('reports a wrong type and an unknown top-level key (a typo must not pass silently)', () => {
    expect(messages('{"hardware": 3}')).toEqual(['my-models.json: $.hardware: expected array, found 3']);
    expect(messages('{"hardwar": []}')).toEqual(["my-models.json: $.hardwar: expected only known keys, found unknown key 'hardwar'"]);
  });

  it('rejects __proto__ keys without polluting Object.prototype', () => {
    expect(messages('{"models": [], "__proto__": {"polluted": true}}')).toEqual([
      "my-models.json: $.__proto__: expected no reserved key (__proto__, constructor, prototype), found key '__proto__'",
    ]);
    expect(messages('{"models": [{"constructor": {"prototype": {}}}]}')).toEqual([
      "my-models.json: $.models[0].constructor: expected no reserved key (__proto__, constructor, prototype), found key 'constructor'",
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects bytes that are not UTF-8, naming the offset', () => {
    // {"<0xff>":1}
    expect(messages(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]))).toEqual(['my-models.json: $: expected UTF-8 text, found invalid UTF-8 at byte 2 (0xff)']);
  });

  it('accepts UTF-8 bytes with a byte-order mark', () => {
    expect(messages(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"offers": []}')]))).toBe('ok');
  });

  it('reports negative numbers, wrong types and unknown enum values at their JSON paths', () => {
    const offer = { ...gpt4o, rates: { inputPerMTok: -1, cachedInputPerMTok: null, outputPerMTok: '10' }, status: { state: 'gone' } };
    expect(messages(JSON.stringify({ offers: [offer] }))).toEqual([
      'my-models.json: $.offers[0].rates.inputPerMTok: expected number >= 0, found -1',
      'my-models.json: $.offers[0].rates.outputPerMTok: expected number, found string "10"',
      'my-models.json: $.offers[0].status.state: expected "current", "deprecated" or "retired", found string "gone"',
    ]);
    const hardware = { ...rtx, memoryBytes: -16, price: { usd: 1, kind: 'msrp', asOf: '2023', source: null }, extra: 1 };
    expect(messages(JSON.stringify({ hardware: [hardware] }))).toEqual([
      "my-models.json: $.hardware[0].extra: expected only known keys, found unknown key 'extra'",
      'my-models.json: $.hardware[0].memoryBytes: expected number >= 1, found -16',
      'my-models.json: $.hardware[0].price.kind: expected "launch-msrp", "street" or "estimate", found string "msrp"',
      'my-models.json: $.hardware[0].price.asOf: expected date YYYY-MM-DD, found string "2023"',
      'my-models.json: $.hardware[0].price.source: expected object, found null',
    ]);
  });

  it("checks a tier's cache-write price like any other price", () => {
    const tier = { condition: 'context-above', thresholdTokens: 272000, rates: gpt4o!.rates };
    expect(messages(JSON.stringify({ offers: [{ ...gpt4o, tiers: [{ ...tier, cacheWritePerMTok: 20 }] }] }))).toBe('ok');
    expect(messages(JSON.stringify({ offers: [{ ...gpt4o, tiers: [{ ...tier, cacheWritePerMTok: -20 }] }] }))).toEqual([
      'my-models.json: $.offers[0].tiers[0].cacheWritePerMTok: expected number >= 0, found -20',
    ]);
  });

  it('refuses absurd magnitudes: 2^64 parameters, 1e300 per million tokens, unsafe integers (schema LIMITS)', () => {
    const model = { ...qwen, id: 'huge', aliases: [], distribution: { huggingFace: 'me/huge', ollama: [] }, parameters: { ...qwen.parameters, total: 2 ** 64, active: 1e14 } };
    expect(messages(JSON.stringify({ models: [model] }))).toEqual([
      // 2^64 = 18,446,744,073,709,551,616 > 1e14 (and > 2^53 − 1); 1e14 itself is allowed.
      'my-models.json: $.models[0].parameters.total: expected number <= 100000000000000, found 18446744073709552000',
    ]);
    const offer = { ...gpt4o, rates: { inputPerMTok: 1e5, cachedInputPerMTok: null, outputPerMTok: 1e300 }, contextTokens: 2e9 };
    expect(messages(JSON.stringify({ offers: [offer] }))).toEqual([
      'my-models.json: $.offers[0].rates.outputPerMTok: expected number <= 100000, found 1e+300',
      'my-models.json: $.offers[0].contextTokens: expected number <= 1000000000, found 2000000000',
    ]);
    const hardware = { ...rtx, memoryBytes: 1e15, tdpWatts: 2e6 };
    expect(messages(JSON.stringify({ hardware: [hardware] }))).toEqual([
      'my-models.json: $.hardware[0].memoryBytes: expected number <= 100000000000000, found 1000000000000000',
      'my-models.json: $.hardware[0].tdpWatts: expected number <= 1000000, found 2000000',
    ]);
  });

  it('names missing keys', () => {
    const { benchmarks: _dropped, ...withoutBenchmarks } = qwen;
    expect(messages(JSON.stringify({ models: [{ ...withoutBenchmarks, id: 'x', aliases: [], distribution: { huggingFace: 'me/x', ollama: [] } }] }))).toEqual([
      "my-models.json: $.models[0].benchmarks: expected required key 'benchmarks', found nothing (key missing)",
    ]);
  });

  it('refuses nesting deeper than 64 levels before parsing', () => {
    expect(messages(`${'['.repeat(70)}${']'.repeat(70)}`)).toEqual([
      'my-models.json: $: expected nesting at most 64 levels deep, found deeper nesting at line 1 column 65',
    ]);
  });

  it('escapes control characters so every message stays on one line', () => {
    const [line] = messages('{"x":"a\u0007b"}', 'bad\nname.json') as string[];
    expect(line).toBe('bad\\nname.json: $: expected valid JSON, found Bad control character in string literal at line 1 column 8');
    const long = messages(JSON.stringify({ offers: [{ ...gpt4o, currency: `U${'\u001b[31m'.repeat(50)}` }] })) as string[];
    expect(long).toHaveLength(1);
    expect(long[0]).not.toMatch(/[\u0000-\u001f]/);
    expect(long[0]!.length).toBeLessThan(200);
  });

  it('reports ids and aliases used twice within a file', () => {
    const a = { ...gpt4o, id: 'me/a' };
    expect(messages(JSON.stringify({ offers: [a, a] }))).toEqual([
      'my-models.json: $.offers[1].id: expected an id not used before in the list, found "me/a", already the id of $.offers[0]',
    ]);
  });

  it('checks relations between architecture fields', () => {
    const arch = { ...qwen.architecture, kvHeads: 64, intermediateSize: null, moe: { layers: 40, experts: 8, activeExperts: 9, sharedExperts: 0, expertIntermediateSize: 1024 } };
    const model = { ...qwen, id: 'odd', aliases: [], distribution: { huggingFace: 'me/odd', ollama: [] }, architecture: arch };
    expect(messages(JSON.stringify({ models: [model] }))).toEqual([
      'my-models.json: $.models[0].architecture.kvHeads: expected at most attentionHeads (32), found 64',
      'my-models.json: $.models[0].architecture.moe.layers: expected at most layers (36), found 40',
      'my-models.json: $.models[0].architecture.moe.activeExperts: expected at most experts (8), found 9',
    ]);
    const dense = { ...model, architecture: { ...qwen.architecture, intermediateSize: null } };
    expect(messages(JSON.stringify({ models: [dense] }))).toEqual([
      'my-models.json: $.models[0].architecture.intermediateSize: expected a width for the 36 dense FFN layers, found null',
    ]);
  });
});
