// The malformed-input corpus of issue 9: broken plan files and broken catalog (model, GPU and
// price) files, generated into a temporary folder so the repository holds no 10 MB files. Each
// entry is a valid file with ONE fault, so a rejection can only come from that fault; `where`
// is the JSON path the error message must name.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinCatalog } from '@llm-adopt/catalog';
import { createPlan, type Plan, serializePlan } from '@llm-adopt/plan';

export interface CorpusFile {
  /** File name inside the corpus folder; also what the message must name. */
  name: string;
  /** Absolute path after `writeCorpus`. */
  path: string;
  /** JSON path the message must name, e.g. `$.profile.contextTokens`. */
  where: string;
  /** What is broken, for test titles and docs/reliability.md. */
  fault: string;
  content: Uint8Array | 'directory' | 'missing';
}

type Entry = Omit<CorpusFile, 'path'>;

const utf8 = (text: string) => new TextEncoder().encode(text);
const MB = 1024 * 1024;

/** A complete, valid plan that names a catalog model, a catalog GPU and an API offer. */
export function basePlan(): Plan {
  const plan = createPlan({ id: 'corpus-base', name: 'Corpus base plan', region: 'de' });
  plan.reportDate = '2026-11-02';
  plan.profile.useCases = ['coding'];
  plan.profile.contextTokens = 32768;
  plan.profile.monthlyActiveUsers = 40;
  plan.profile.deployment = 'local';
  plan.profile.hardwareOnHand = [{ gpu: 'rtx-4090', count: 1 }];
  plan.workload = { inputTokensPerDay: 1_000_000, cachedInputTokensPerDay: 0, outputTokensPerDay: 200_000, daysPerMonth: 30 };
  plan.apiComparisons = ['openai/gpt-4o'];
  plan.candidates = [{ model: 'qwen3-14b', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 } }];
  plan.checklist = { 'POC-01': { status: 'in-progress', owner: 'Dana', due: '2026-11-20' } };
  plan.phases = { poc: { start: '2026-11-02', end: '2026-11-27' } };
  return plan;
}

/** Plain data whose fields a corpus entry may set to anything: breaking the types is the point. */
// biome-ignore lint/suspicious/noExplicitAny: corpus entries put wrong types into files on purpose
type Loose = Record<string, any>;

/** The base plan with one change, as plain data (the change may break the type on purpose). */
function planWith(change: (plan: Loose) => void): Plan {
  const plan = structuredClone(basePlan()) as unknown as Loose;
  change(plan);
  return plan as unknown as Plan;
}

const yamlOf = (plan: Plan) => serializePlan(plan, 'yaml');
const jsonOf = (plan: Plan) => serializePlan(plan, 'json');

/** A nested value `levels` deep, as JSON text, without recursion (JSON.stringify would overflow first). */
const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const BILLION_LAUGHS = `schemaVersion: 1
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
`;

/** Bytes that are neither text nor any known format (a deterministic PRNG; includes NUL and 0xFF). */
function garbage(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  bytes[0] = 0x00;
  bytes[1] = 0xff;
  return bytes;
}

/** UTF-16LE with its byte-order mark: what some Windows editors save "Unicode" text as. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** Replaces the first occurrence of `from` in `text`, failing loudly if the base file changed shape. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`corpus: pattern ${String(from)} not found in the base file`);
  return next;
}

export function planEntries(): Entry[] {
  const yaml = yamlOf(basePlan());
  const json = jsonOf(basePlan());
  const entry = (name: string, fault: string, where: string, content: Entry['content'] | string): Entry => ({
    name,
    fault,
    where,
    content: content === 'directory' || content === 'missing' || typeof content !== 'string' ? content : utf8(content),
  });
  return [
    // Syntax
    entry('truncated.plan.json', 'truncated JSON', '$', json.slice(0, Math.floor(json.length / 2))),
    entry('truncated-string.plan.yaml', 'truncated YAML (inside a quoted string)', '$', `${yaml}project2: "never closed`),
    entry('truncated-lines.plan.yaml', 'truncated YAML (12 lines kept: required keys missing)', '$.workload', yaml.split('\n').slice(0, 12).join('\n')),
    entry('trailing-comma.plan.json', 'JSON with a trailing comma', '$', replaceOnce(json, /\n}\n$/, ',\n}\n')),
    entry('comment.plan.json', 'JSON with a // comment', '$', `// my plan\n${json}`),
    entry('tab-indent.plan.yaml', 'YAML indented with a tab', '$', replaceOnce(yaml, '\n  useCases:', '\n\tuseCases:')),
    entry('duplicate-key.plan.yaml', 'duplicate key in YAML', '$', `${yaml}id: second-id\n`),
    entry('billion-laughs.plan.yaml', 'YAML alias bomb (billion laughs)', '$', BILLION_LAUGHS),
    entry('top-level-list.plan.yaml', 'a list instead of a mapping', '$', '- schemaVersion: 1\n- id: x\n'),
    entry('top-level-number.plan.json', 'a bare number', '$', '42\n'),
    // Wrong types, unknown keys, enums
    entry('wrong-type-context.plan.yaml', 'string where an integer belongs', '$.profile.contextTokens', yamlOf(planWith((p) => { p.profile.contextTokens = 'a lot'; }))),
    entry('wrong-type-candidates.plan.json', 'object where a list belongs', '$.candidates', jsonOf(planWith((p) => { p.candidates = { model: 'qwen3-14b' }; }))),
    entry('wrong-type-bool.plan.yaml', 'boolean where a number belongs', '$.workload.daysPerMonth', yamlOf(planWith((p) => { p.workload.daysPerMonth = true; }))),
    entry('wrong-type-schema-version.plan.json', 'schemaVersion as a string', '$.schemaVersion', jsonOf(planWith((p) => { p.schemaVersion = '1'; }))),
    entry('typo-contextTokns.plan.yaml', 'unknown key (typo contextTokns)', '$.profile.contextTokns', yamlOf(planWith((p) => { p.profile.contextTokns = 8192; }))),
    entry('typo-top-level.plan.json', 'unknown top-level key (typo candidate)', '$.candidate', jsonOf(planWith((p) => { p.candidate = []; }))),
    entry('enum-deployment.plan.yaml', 'unknown deployment kind', '$.profile.deployment', yamlOf(planWith((p) => { p.profile.deployment = 'cloud'; }))),
    entry('enum-use-case.plan.json', 'misspelt use case', '$.profile.useCases[0]', jsonOf(planWith((p) => { p.profile.useCases = ['codeing']; }))),
    entry('zero-gpus.plan.yaml', 'zero GPUs', '$.profile.hardwareOnHand[0].count', yamlOf(planWith((p) => { p.profile.hardwareOnHand[0].count = 0; }))),
    // Numbers
    entry('huge-1e309.plan.json', 'number beyond double range (1e309)', '$.workload.inputTokensPerDay', replaceOnce(json, '"inputTokensPerDay": 1000000', '"inputTokensPerDay": 1e309')),
    entry('huge-1e309.plan.yaml', 'number beyond double range (1e309)', '$.workload.inputTokensPerDay', replaceOnce(yaml, 'inputTokensPerDay: 1000000', 'inputTokensPerDay: 1e309')),
    entry('huge-2pow64.plan.json', '2^64 users', '$.profile.monthlyActiveUsers', replaceOnce(json, '"monthlyActiveUsers": 40', '"monthlyActiveUsers": 18446744073709551616')),
    entry('huge-2pow64.plan.yaml', '2^64 tokens of context', '$.profile.contextTokens', replaceOnce(yaml, 'contextTokens: 32768', 'contextTokens: 18446744073709551616')),
    entry('negative-tokens.plan.yaml', 'negative output tokens', '$.workload.outputTokensPerDay', yamlOf(planWith((p) => { p.workload.outputTokensPerDay = -200000; }))),
    entry('negative-context.plan.json', 'negative context', '$.profile.contextTokens', jsonOf(planWith((p) => { p.profile.contextTokens = -8192; }))),
    entry('nan-string.plan.json', 'the string "NaN" as a number', '$.workload.inputTokensPerDay', jsonOf(planWith((p) => { p.workload.inputTokensPerDay = 'NaN'; }))),
    entry('infinity-string.plan.yaml', 'the string "Infinity" as a number', '$.workload.outputTokensPerDay', yamlOf(planWith((p) => { p.workload.outputTokensPerDay = 'Infinity'; }))),
    entry('yaml-nan.plan.yaml', 'YAML .nan', '$.workload.inputTokensPerDay', replaceOnce(yaml, 'inputTokensPerDay: 1000000', 'inputTokensPerDay: .nan')),
    entry('yaml-inf.plan.yaml', 'YAML .inf', '$.profile.monthlyActiveUsers', replaceOnce(yaml, 'monthlyActiveUsers: 40', 'monthlyActiveUsers: .inf')),
    entry('cached-over-input.plan.yaml', 'more cached than input tokens', '$.workload.cachedInputTokensPerDay', yamlOf(planWith((p) => { p.workload.cachedInputTokensPerDay = 2_000_000; }))),
    // Versions, dates, ids
    entry('newer-schema.plan.yaml', 'a newer schemaVersion', '$.schemaVersion', yamlOf(planWith((p) => { p.schemaVersion = 2; }))),
    entry('newer-schema.plan.json', 'a far newer schemaVersion', '$.schemaVersion', jsonOf(planWith((p) => { p.schemaVersion = 99; }))),
    entry('bad-date.plan.yaml', '30 February', '$.reportDate', yamlOf(planWith((p) => { p.reportDate = '2026-02-30'; }))),
    entry('phase-end-before-start.plan.json', 'phase ends before it starts', '$.phases.poc.end', jsonOf(planWith((p) => { p.phases.poc = { start: '2026-11-27', end: '2026-11-02' }; }))),
    entry('bad-id.plan.yaml', 'plan id with spaces and capitals', '$.id', yamlOf(planWith((p) => { p.id = 'My Plan!'; }))),
    // Sizes and depth
    entry('string-10mb.plan.yaml', 'a 10 MB string', '$', yamlOf(planWith((p) => { p.project.description = 'x'.repeat(10 * MB); }))),
    entry('string-10mb.plan.json', 'a 10 MB string', '$', jsonOf(planWith((p) => { p.project.description = 'x'.repeat(10 * MB); }))),
    entry('string-100kb.plan.yaml', 'a 100 kB project name (under the file limit, over the field limit)', '$.project.name', yamlOf(planWith((p) => { p.project.name = 'n'.repeat(100_000); }))),
    entry('nested-10000.plan.json', 'objects nested 10,000 levels deep', '$', replaceOnce(json, /\n}\n$/, `,\n"x": ${deepJson(10_000)}\n}\n`)),
    entry('nested-10000.plan.yaml', 'flow collections nested 10,000 levels deep', '$', `${yaml}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    // Prototype pollution
    entry('proto.plan.json', '__proto__ key', '$.__proto__', replaceOnce(json, '{\n', '{\n  "__proto__": {"polluted": true},\n')),
    entry('constructor.plan.yaml', 'constructor key', '$.profile.constructor', replaceOnce(yaml, '\nprofile:\n', '\nprofile:\n  constructor:\n    prototype:\n      polluted: true\n')),
    // Encodings and odd files
    entry('latin1.plan.yaml', 'Latin-1 bytes (not UTF-8)', '$', latin1(yaml)),
    entry('utf16-bom.plan.json', 'UTF-16 with a byte-order mark', '$', utf16le(json)),
    entry('binary.plan.yaml', 'binary garbage', '$', garbage(4096, 7)),
    entry('binary.plan.json', 'binary garbage', '$', garbage(4096, 11)),
    entry('control-bytes.plan.yaml', 'valid UTF-8 control bytes', '$', '\u0001\u0002\u0003\u001b[2J\u0007\n'),
    entry('empty.plan.yaml', 'empty file', '$', ''),
    entry('empty.plan.json', 'empty file', '$', ''),
    entry('comments-only.plan.yaml', 'only a comment', '$', '# nothing here yet\n'),
    entry('a-directory.plan.yaml', 'a directory instead of a file', '$', 'directory'),
    entry('missing.plan.yaml', 'a file that does not exist', '$', 'missing'),
  ];
}

/** The base plan with the project name "Müller" encoded as Latin-1 (0xFC), as old Windows editors save it. */
function latin1(yaml: string): Uint8Array {
  const text = replaceOnce(yaml, 'Corpus base plan', 'M\u00fcller plan');
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** Unknown catalog ids in an otherwise valid plan: exit 2 is required by issue 9 (checked by the CLI against its catalog). */
export function planUnknownIdEntries(): Entry[] {
  const yaml = (plan: Plan) => utf8(yamlOf(plan));
  return [
    { name: 'unknown-model.plan.yaml', fault: 'unknown model id (the article\'s "Qwen3-72B" that was never released)', where: '$.candidates[0].model', content: yaml(planWith((p) => { p.candidates[0].model = 'qwen3-72b'; })) },
    { name: 'unknown-gpu.plan.yaml', fault: 'unknown GPU id', where: '$.profile.hardwareOnHand[0].gpu', content: yaml(planWith((p) => { p.profile.hardwareOnHand[0].gpu = 'rtx-5095'; })) },
    { name: 'unknown-candidate-gpu.plan.yaml', fault: 'unknown GPU id for a candidate', where: '$.candidates[0].hardware.gpu', content: yaml(planWith((p) => { p.candidates[0].hardware.gpu = 'h100-pcie-96gb'; })) },
    { name: 'unknown-offer.plan.yaml', fault: 'unknown API offer id', where: '$.apiComparisons[0]', content: yaml(planWith((p) => { p.apiComparisons = ['openai/gpt-9']; })) },
  ];
}

/** One valid user catalog file: a model, a GPU and an API offer derived from built-in entries under new ids. */
export function baseCatalogFile(): { models: unknown[]; hardware: unknown[]; offers: unknown[] } {
  const catalog = builtinCatalog();
  const model = structuredClone(catalog.models.find((m) => m.id === 'qwen3-8b'));
  const gpu = structuredClone(catalog.hardware.find((h) => h.id === 'rtx-4090'));
  const offer = structuredClone(catalog.offers.find((o) => o.id === 'openai/gpt-4o'));
  if (!model || !gpu || !offer) throw new Error('corpus: the built-in catalog lost qwen3-8b, rtx-4090 or openai/gpt-4o');
  return {
    models: [{ ...model, id: 'my-qwen3-8b', name: 'My Qwen3 8B', aliases: [], distribution: { huggingFace: 'me/my-qwen3-8b', ollama: [] } }],
    hardware: [{ ...gpu, id: 'my-rtx-4090', name: 'My RTX 4090', aliases: [] }],
    offers: [{ ...offer, id: 'me/my-gpt-4o' }],
  };
}

function catalogWith(change: (file: Loose) => void): string {
  const file = structuredClone(baseCatalogFile()) as Loose;
  change(file);
  return JSON.stringify(file, null, 2);
}

export function catalogEntries(): Entry[] {
  const json = JSON.stringify(baseCatalogFile(), null, 2);
  const entry = (name: string, fault: string, where: string, content: Entry['content'] | string): Entry => ({
    name,
    fault,
    where,
    content: content === 'directory' || content === 'missing' || typeof content !== 'string' ? content : utf8(content),
  });
  return [
    entry('truncated.catalog.json', 'truncated JSON', '$', json.slice(0, Math.floor(json.length / 3))),
    entry('yaml.catalog.json', 'YAML where JSON is expected', '$', 'models:\n  - id: my-model\n'),
    entry('top-level-array.catalog.json', 'a list instead of an object', '$', '[]\n'),
    entry('wrong-type-models.catalog.json', 'object where the model list belongs', '$.models', catalogWith((f) => { f.models = { id: 'x' }; })),
    entry('wrong-type-bandwidth.gpus.json', 'string GPU bandwidth', '$.hardware[0].bandwidthBytesPerSecond', catalogWith((f) => { f.hardware[0].bandwidthBytesPerSecond = 'fast'; })),
    entry('typo-nativeTokns.catalog.json', 'unknown key (typo nativeTokns)', '$.models[0].context.nativeTokns', catalogWith((f) => { f.models[0].context.nativeTokns = 8192; })),
    entry('typo-top-level.catalog.json', 'unknown top-level key (typo hardwar)', '$.hardwar', catalogWith((f) => { f.hardwar = f.hardware; delete f.hardware; })),
    entry('newer-schema.catalog.json', 'a schemaVersion this version does not know', '$.schemaVersion', catalogWith((f) => { f.schemaVersion = 2; })),
    entry('huge-1e309.catalog.json', 'parameter count beyond double range (1e309)', '$.models[0].parameters.total', replaceOnce(json, /"total": \d+/, '"total": 1e309')),
    entry('huge-1e309.prices.json', 'price beyond double range (1e309)', '$.offers[0].rates.outputPerMTok', replaceOnce(json, /"outputPerMTok": [\d.]+/, '"outputPerMTok": 1e309')),
    entry('negative-context.catalog.json', 'negative context tokens', '$.models[0].context.nativeTokens', catalogWith((f) => { f.models[0].context.nativeTokens = -32768; })),
    entry('negative-price.prices.json', 'negative price per million tokens', '$.offers[0].rates.inputPerMTok', catalogWith((f) => { f.offers[0].rates.inputPerMTok = -2.5; })),
    entry('negative-memory.gpus.json', 'negative GPU memory', '$.hardware[0].memoryBytes', catalogWith((f) => { f.hardware[0].memoryBytes = -24e9; })),
    entry('nan-string.prices.json', 'the string "NaN" as a price', '$.offers[0].rates.inputPerMTok', catalogWith((f) => { f.offers[0].rates.inputPerMTok = 'NaN'; })),
    entry('infinity-string.gpus.json', 'the string "Infinity" as board power', '$.hardware[0].tdpWatts', catalogWith((f) => { f.hardware[0].tdpWatts = 'Infinity'; })),
    entry('unknown-model.prices.json', 'offer for an unknown model id', '$.offers[0].modelId', catalogWith((f) => { f.offers[0].modelId = 'qwen3-72b'; })),
    entry('duplicate-id.catalog.json', 'the same model id twice', '$.models[1].id', catalogWith((f) => { f.models.push(structuredClone(f.models[0])); })),
    entry('bad-id.gpus.json', 'GPU id that is not a slug', '$.hardware[0].id', catalogWith((f) => { f.hardware[0].id = 'My GPU!'; })),
    entry('bad-date.prices.json', 'shutdown date that is not YYYY-MM-DD', '$.offers[0].status.date', catalogWith((f) => { f.offers[0].status.date = 'next spring'; })),
    // Over the 5 MiB plan-file limit but under the 256 MiB catalog-file limit, so the name's own limit refuses it.
    entry('string-10mb.catalog.json', 'a 10 MB name (under the catalog file limit, over the field limit)', '$.models[0].name', catalogWith((f) => { f.models[0].name = 'x'.repeat(10 * MB); })),
    entry('huge-2pow64.catalog.json', '2^64 parameters (over the 1e14 schema bound)', '$.models[0].parameters.total', catalogWith((f) => { f.models[0].parameters.total = 2 ** 64; })),
    entry('price-1e300.prices.json', '1e300 per million tokens (over the 1e5 schema bound)', '$.offers[0].rates.outputPerMTok', catalogWith((f) => { f.offers[0].rates.outputPerMTok = 1e300; })),
    entry('duplicate-key.catalog.json', 'the key "id" twice in one model', '$.models[0].id', replaceOnce(json, /"id": "([^"]+)",/, '"id": "first-id",\n      "id": "$1",')),
    entry('string-4mb.catalog.json', 'a 4 MB name (under the file limit, over the field limit)', '$.models[0].name', catalogWith((f) => { f.models[0].name = 'n'.repeat(4 * MB); })),
    entry('nested-10000.catalog.json', 'objects nested 10,000 levels deep', '$', `{"models": [${deepJson(10_000)}]}`),
    entry('proto.catalog.json', '__proto__ key', '$.__proto__', replaceOnce(json, '{\n', '{\n  "__proto__": {"polluted": true},\n')),
    entry('constructor.gpus.json', 'constructor key inside a GPU', '$.hardware[0].constructor', catalogWith((f) => { f.hardware[0].constructor = { prototype: { polluted: true } }; })),
    entry('latin1.catalog.json', 'Latin-1 bytes (not UTF-8)', '$', Uint8Array.from(replaceOnce(json, 'My Qwen3 8B', 'M\u00fcller Qwen'), (c) => c.charCodeAt(0))),
    entry('utf16-bom.catalog.json', 'UTF-16 with a byte-order mark', '$', utf16le(json)),
    entry('binary.catalog.json', 'binary garbage', '$', garbage(4096, 13)),
    entry('empty.catalog.json', 'empty file', '$', ''),
    entry('a-directory.catalog.json', 'a directory instead of a file', '$', 'directory'),
    entry('missing.catalog.json', 'a file that does not exist', '$', 'missing'),
  ];
}

/** Writes entries into `dir` (created if needed) and returns them with absolute paths. */
export function writeCorpus(dir: string, entries: readonly Entry[]): CorpusFile[] {
  mkdirSync(dir, { recursive: true });
  return entries.map((e) => {
    const path = join(dir, e.name);
    if (e.content === 'directory') mkdirSync(path, { recursive: true });
    else if (e.content !== 'missing') writeFileSync(path, e.content);
    return { ...e, path };
  });
}

// Every trick a model name could play on a terminal or in a report: an OSC window title, a
// screen clear, the 8-bit CSI, a right-to-left override, HTML and a markdown heading after a newline.
export const HOSTILE_NAME =
  'Evil\u001b]0;pwned\u0007 \u001b[2J\u009b31m \u202egnp.exe\u202c <script>window.__pwned=1</script>\n# Injected heading | x |';

/** A valid user catalog with one model whose name and vendor are hostile. */
export function hostileCatalogFile(): { models: unknown[] } {
  const [model] = baseCatalogFile().models;
  return {
    models: [
      {
        ...(model as object),
        id: 'hostile-model',
        name: HOSTILE_NAME,
        vendor: 'Vendor\u001b[2J <img src=x onerror=alert(1)>',
        aliases: [],
        distribution: { huggingFace: 'me/hostile-model', ollama: [] },
      },
    ],
  };
}

/** The base plan with the hostile model as its only candidate. */
export function hostilePlan(): Plan {
  const plan = basePlan();
  plan.candidates = [{ model: 'hostile-model', quant: 'Q4_K_M', engine: 'llama.cpp', hardware: { gpu: 'rtx-4090', count: 1 } }];
  return plan;
}
