import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  allModelNames,
  type Catalog,
  findHardware,
  findModel,
  formatIssue,
  type Hardware,
  hardwareNames,
  importHfConfig,
  maxContextTokens,
  type Model,
  parseJsonText,
  suggest,
} from '@llm-adopt/catalog';
import {
  type ArchitectureSpec,
  ENGINES,
  type Engine,
  estimateMemory,
  estimateSpeed,
  type FitResult,
  findQuantization,
  fit,
  formatBytes,
  hardwareSpecOf,
  type HardwareSpec,
  KV_CACHE_TYPES,
  type KvCacheType,
  kvCacheBytesPerToken,
  type MemoryEstimate,
  type QuantId,
  QUANT_IDS,
  type Range,
  type Recipe,
  readGgufHeader,
  recipe,
  type SpeedEstimate,
  validateSizingInput,
} from '@llm-adopt/sizing';
import { sanitizeForTerminal } from '../terminal-text.js';
import { catalogWithFiles, reportCatalogIssues } from './catalog-files.js';
import { EXIT_OK, UsageError } from './command.js';

const DEFAULT_CONTEXT = 8192;

const HELP = `llm-adopt size — memory, GPU fit, speed and the commands to run a model.

Usage:
  llm-adopt size <model> [options]
  llm-adopt size --hf-config PATH | --gguf PATH [options]   a model that is not in the catalog

Model:
  <model>                catalog id or alias (Ollama tag, Hugging Face repo)
  --hf-config PATH       size from a Hugging Face config.json
  --gguf PATH            exact weights from a local GGUF file's header (with <model>, the catalog
                         architecture is kept and only the weights are replaced)

Deployment:
  --quant Q              ${QUANT_IDS.join(', ')}
                         (default Q4_K_M; BF16 with --engine vllm)
  --context N            tokens per sequence: 32768 or 32K (K = 1,024) (default ${DEFAULT_CONTEXT}, capped at the model's context)
  --concurrency N        sequences held at once (default 1)
  --kv-cache T           f16, q8_0, q4_0 (llama.cpp, Ollama) or fp8 (vLLM) (default f16)
  --engine E             ${ENGINES.join(', ')} (default llama.cpp)

Hardware (optional; without it only memory and the commands are printed):
  --gpu ID               catalog GPU or machine, e.g. rtx-4090, h100-sxm, m4-max-128gb
  --gpus N               identical GPUs (vLLM tensor parallel, llama.cpp layer split) (default 1)
  --memory-gb N --bandwidth-gbps N [--tflops N]
                         hardware not in the catalog: memory as the vendor states it (24 = 24 GiB,
                         as the catalog stores GPUs), bandwidth in GB/s (10^9 bytes/s), dense FP16
                         TFLOP/s (for prefill and time to first token)
  --host-memory-gb N     RAM of the machine, in GiB as the OS reports it (64 = 64 × 2^30 bytes);
                         llama.cpp/Ollama partial offload keeps layers there and is checked against
                         80% of it (without it the RAM the host needs is printed, not checked)

Catalog:
  --catalog FILE         merge a user catalog file (JSON; repeatable): your own models and GPUs

Output:
  --json                 one JSON document (bytes as plain numbers, speeds as {low, typical, high})
  -h, --help             this help

Memory is shown in GB (10^9 bytes) and GiB (2^30 bytes). Speeds are ranges: typical ± the estimator's
typical error on hardware it was not fitted on. Formulas: docs/methodology.md, "Sizing".
`;

const OPTIONS = {
  quant: { type: 'string' },
  context: { type: 'string' },
  concurrency: { type: 'string' },
  'kv-cache': { type: 'string' },
  engine: { type: 'string' },
  gpu: { type: 'string' },
  gpus: { type: 'string' },
  'memory-gb': { type: 'string' },
  'bandwidth-gbps': { type: 'string' },
  tflops: { type: 'string' },
  'host-memory-gb': { type: 'string' },
  'hf-config': { type: 'string' },
  gguf: { type: 'string' },
  catalog: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  return parseArgs({ args: argv, strict: true, allowPositionals: true, options: OPTIONS });
}

/** What is being sized: a catalog model, a config.json, a GGUF header, or a catalog model with exact GGUF weights. */
interface Subject {
  id: string;
  name: string;
  arch: ArchitectureSpec;
  model: Model | null;
  exactWeightsBytes: number | null;
  ggufPath: string | null;
}

interface HardwareChoice {
  label: string;
  id: string | null;
  spec: HardwareSpec;
  count: number;
}

export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(--?[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const hint = suggest(unknown.replace(/^-+/, ''), Object.keys(OPTIONS)).map((f) => `--${f}`);
      throw new UsageError(`unknown option ${sanitizeForTerminal(unknown)}${hint.length ? `; did you mean ${hint.join(', ')}?` : ''} (see llm-adopt size --help)`);
    }
    throw new UsageError(sanitizeForTerminal(message.split('\n')[0] ?? message));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) {
    throw new UsageError(`expected one model, found ${positionals.length}: ${positionals.map(sanitizeForTerminal).join(' ')}`);
  }
  const loaded = catalogWithFiles({ catalog: values.catalog ?? [] });
  if (!loaded.ok) return reportCatalogIssues(loaded.issues);
  const catalog = loaded.value;
  const warnings: string[] = [];
  const subject = await readSubject(positionals[0], values, catalog, warnings);

  const engine = readEngine(values.engine);
  const quant = readQuant(values.quant, engine, subject);
  const concurrency = readCount('concurrency', values.concurrency) ?? 1;
  const kvCacheType = readKvCache(values['kv-cache']);
  const maxContext = subject.model ? maxContextTokens(subject.model) : null;
  const contextTokens = readContext(values.context, subject, maxContext, warnings);
  const hardware = readHardware(values, catalog);
  const hostMemoryBytes = readHostMemory(values, hardware);

  const input = {
    arch: subject.arch,
    quant,
    contextTokens,
    concurrency,
    kvCacheType,
    engine,
    unifiedMemory: hardware?.spec.unifiedMemory ?? false,
    ...(subject.exactWeightsBytes !== null ? { exactWeightsBytes: subject.exactWeightsBytes } : {}),
  };
  const problems = validateSizingInput(input);
  if (problems.length > 0) throw new UsageError(problems.join('; '));

  const memory = estimateMemory(input);
  let fitted: FitResult | null = null;
  let speed: SpeedEstimate | null = null;
  // When more GPUs are needed, speed and commands are for that many.
  let runCount = hardware?.count ?? 1;
  if (hardware) {
    fitted = fit(input, hardware.spec, {
      gpuCount: hardware.count,
      ...(maxContext !== null ? { maxContextTokens: maxContext } : {}),
      ...(hostMemoryBytes !== null ? { hostMemoryBytes } : {}),
    });
    if (fitted.verdict === 'needs-more-gpus' && fitted.gpusNeeded !== null) runCount = fitted.gpusNeeded;
    if (fitted.verdict !== 'does-not-fit') {
      speed = estimateSpeed({
        arch: subject.arch,
        quant,
        hardware: hardware.spec,
        engine,
        contextTokens,
        promptTokens: contextTokens,
        concurrency,
        kvCacheType,
        gpuCount: runCount,
        offloadLayers: fitted.offloadLayers,
        weights: fitted.memory.weights,
      });
    }
  }
  const commands = buildRecipe(subject, quant, contextTokens, concurrency, kvCacheType, runCount, fitted);

  if (values.json) {
    process.stdout.write(`${JSON.stringify(toJson(subject, memory, hardware, fitted, speed, commands, warnings, hostMemoryBytes), null, 2)}\n`);
  } else {
    for (const w of warnings) process.stderr.write(`llm-adopt: warning: ${w}\n`);
    process.stdout.write(human(subject, memory, hardware, fitted, speed, commands));
  }
  return EXIT_OK;
}

// ---- input ------------------------------------------------------------------------------------

async function readSubject(query: string | undefined, values: Values, catalog: Catalog, warnings: string[]): Promise<Subject> {
  if (values['hf-config'] !== undefined && values.gguf !== undefined) {
    throw new UsageError('--hf-config and --gguf exclude each other; give one of them');
  }
  let model: Model | null = null;
  if (query !== undefined) {
    model = findModel(catalog, query) ?? null;
    if (!model) {
      const hint = suggest(query, allModelNames(catalog));
      throw new UsageError(
        `unknown model "${sanitizeForTerminal(query)}"${hint.length ? `; did you mean ${hint.map(sanitizeForTerminal).join(', ')}?` : ''} (see llm-adopt models)`,
      );
    }
  }
  const configPath = values['hf-config'];
  if (configPath !== undefined) {
    if (model) throw new UsageError('--hf-config sizes a model that is not in the catalog; give either <model> or --hf-config');
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch (error) {
      throw new UsageError(`--hf-config: cannot read ${sanitizeForTerminal(configPath)} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const json = parseJsonText(text, configPath);
    const arch = json.ok ? importHfConfig(json.value, configPath) : json;
    if (!arch.ok) throw new UsageError(arch.issues.map((i) => sanitizeForTerminal(formatIssue(i))).join('; '));
    const name = `config.json (${arch.value.modelType})`;
    return { id: 'hf-config', name, arch: arch.value, model: null, exactWeightsBytes: null, ggufPath: null };
  }
  const ggufPath = values.gguf;
  if (ggufPath !== undefined) {
    const read = await readGgufHeader(ggufPath);
    if (!read.ok) throw new UsageError(`--gguf: ${sanitizeForTerminal(read.error)}`);
    const header = read.header;
    if (header.tensorBytes === null) {
      throw new UsageError(`--gguf: ${sanitizeForTerminal(ggufPath)} uses tensor types this version cannot size (${header.unknownTypes.join(', ')})`);
    }
    const arch = model?.architecture ?? header.arch;
    if (model && header.arch && (header.arch.layers !== model.architecture.layers || header.arch.hiddenSize !== model.architecture.hiddenSize)) {
      warnings.push(
        `${sanitizeForTerminal(ggufPath)} has ${header.arch.layers} layers of width ${header.arch.hiddenSize}, ${sanitizeForTerminal(model.id)} has ${model.architecture.layers} of ${model.architecture.hiddenSize}: is it the same model?`,
      );
    }
    if (!arch) {
      throw new UsageError(`--gguf: ${sanitizeForTerminal(ggufPath)} lacks the <arch>.block_count/embedding_length/attention.head_count keys; give the catalog <model> too`);
    }
    return {
      id: model?.id ?? 'gguf',
      name: model?.name ?? header.name ?? 'GGUF file',
      arch,
      model,
      // The file's metadata is part of what gets loaded: file size = tensors + header.
      exactWeightsBytes: header.fileBytes,
      ggufPath,
    };
  }
  if (!model) throw new UsageError('expected a model (catalog id or alias), --hf-config PATH or --gguf PATH (see llm-adopt size --help)');
  return { id: model.id, name: model.name, arch: model.architecture, model, exactWeightsBytes: null, ggufPath: null };
}

function readEngine(raw: string | undefined): Engine {
  if (raw === undefined) return 'llama.cpp';
  const engine = ENGINES.find((e) => e === raw.toLowerCase());
  if (!engine) throw new UsageError(`--engine: expected one of ${ENGINES.join(', ')}, found "${sanitizeForTerminal(raw)}"`);
  return engine;
}

function readQuant(raw: string | undefined, engine: Engine, subject: Subject): QuantId {
  if (raw === undefined) {
    if (subject.ggufPath) return ggufQuantFallback(engine);
    return engine === 'vllm' ? 'BF16' : 'Q4_K_M';
  }
  const spec = findQuantization(raw);
  if (!spec) throw new UsageError(`--quant: unknown quantization "${sanitizeForTerminal(raw)}"; valid: ${QUANT_IDS.join(', ')}`);
  return spec.id;
}

/** A GGUF file's weights are exact; the quant only labels the recipe estimate it replaces. */
function ggufQuantFallback(engine: Engine): QuantId {
  return engine === 'vllm' ? 'BF16' : 'Q4_K_M';
}

function readKvCache(raw: string | undefined): KvCacheType {
  if (raw === undefined) return 'f16';
  const kv = KV_CACHE_TYPES.find((k) => k === raw.toLowerCase());
  if (!kv) throw new UsageError(`--kv-cache: expected one of ${KV_CACHE_TYPES.join(', ')}, found "${sanitizeForTerminal(raw)}"`);
  return kv;
}

/** Positive integer, optionally (with `units`) followed by K (× 1,024) or M (× 1,048,576). */
function readCount(flag: string, raw: string | undefined, units = false): number | undefined {
  if (raw === undefined) return undefined;
  const m = /^\s*(\d+)\s*([kKmM]?)\s*$/.exec(raw);
  const suffix = m?.[2]?.toLowerCase() ?? '';
  const value = m && (units || suffix === '') ? Number(m[1]) * (suffix === 'k' ? 1024 : suffix === 'm' ? 1024 * 1024 : 1) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`--${flag}: expected a positive integer${units ? ' (K = 1,024, M = 1,048,576)' : ''}, found "${sanitizeForTerminal(raw)}"`);
  }
  return value;
}

function readContext(raw: string | undefined, subject: Subject, maxContext: number | null, warnings: string[]): number {
  const model = subject.model;
  const requested = readCount('context', raw, true);
  if (requested === undefined) return maxContext !== null ? Math.min(DEFAULT_CONTEXT, maxContext) : DEFAULT_CONTEXT;
  if (!model) return requested;
  const native = model.context.nativeTokens;
  const ext = model.context.extension;
  const name = sanitizeForTerminal(model.name);
  if (requested > native) {
    if (ext && requested <= ext.maxTokens) {
      warnings.push(
        `${requested} tokens exceed ${name}'s native ${native}-token context; it needs ${sanitizeForTerminal(ext.method)}${ext.factor ? ` (factor ${ext.factor})` : ''}, documented up to ${ext.maxTokens} tokens${ext.howTo ? `: ${sanitizeForTerminal(ext.howTo)}` : ''}`,
      );
    } else if (ext) {
      throw new UsageError(`--context: ${requested} tokens exceed ${name}'s maximum of ${ext.maxTokens} (${sanitizeForTerminal(ext.method)} over a native ${native})`);
    } else {
      throw new UsageError(`--context: ${requested} tokens exceed ${name}'s context of ${native} tokens, and no extension is documented`);
    }
  }
  return requested;
}

function readNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`--${flag}: expected a positive number, found "${sanitizeForTerminal(raw)}"`);
  return value;
}

function readHardware(values: Values, catalog: Catalog): HardwareChoice | null {
  const count = readCount('gpus', values.gpus) ?? 1;
  const custom = values['memory-gb'] !== undefined || values['bandwidth-gbps'] !== undefined || values.tflops !== undefined;
  if (values.gpu !== undefined && custom) throw new UsageError('--gpu and --memory-gb/--bandwidth-gbps/--tflops exclude each other; give one of them');
  if (values.gpu !== undefined) {
    const hw: Hardware | undefined = findHardware(catalog, values.gpu);
    if (!hw) {
      const hint = suggest(values.gpu, catalog.hardware.flatMap(hardwareNames));
      throw new UsageError(`--gpu: unknown hardware "${sanitizeForTerminal(values.gpu)}"${hint.length ? `; did you mean ${hint.map(sanitizeForTerminal).join(', ')}?` : ''}`);
    }
    return {
      label: sanitizeForTerminal(hw.name),
      id: hw.id,
      count,
      spec: hardwareSpecOf(hw),
    };
  }
  if (!custom) {
    if (values.gpus !== undefined) throw new UsageError('--gpus needs --gpu ID or --memory-gb/--bandwidth-gbps');
    return null;
  }
  const memoryGb = readNumber('memory-gb', values['memory-gb']);
  const bandwidth = readNumber('bandwidth-gbps', values['bandwidth-gbps']);
  const tflops = readNumber('tflops', values.tflops);
  if (memoryGb === undefined || bandwidth === undefined) throw new UsageError('--memory-gb and --bandwidth-gbps go together: give both');
  return {
    label: `custom GPU (${memoryGb} GB, ${bandwidth} GB/s${tflops ? `, ${tflops} TFLOP/s` : ''})`,
    id: null,
    count,
    spec: {
      // Vendors' "GB" of device memory is binary, as in the catalog (docs/data-sources.md).
      memoryBytes: memoryGb * 2 ** 30,
      bandwidthBytesPerSecond: bandwidth * 1e9,
      ...(tflops !== undefined ? { denseFp16Flops: tflops * 1e12 } : {}),
      unifiedMemory: false,
    },
  };
}

/** `--host-memory-gb`: GiB as the OS reports RAM (DIMMs come in binary sizes), so 64 → 64 × 2^30 bytes. */
function readHostMemory(values: Values, hardware: HardwareChoice | null): number | null {
  const gib = readNumber('host-memory-gb', values['host-memory-gb']);
  if (gib === undefined) return null;
  if (!hardware) throw new UsageError('--host-memory-gb needs --gpu ID or --memory-gb/--bandwidth-gbps (it is the RAM of the machine the GPUs sit in)');
  return gib * 2 ** 30;
}

function buildRecipe(
  subject: Subject,
  quant: QuantId,
  contextTokens: number,
  concurrency: number,
  kvCacheType: KvCacheType,
  gpuCount: number,
  fitted: FitResult | null,
): Recipe {
  const tags = subject.model?.distribution.ollama ?? [];
  const tag = tags.find((o) => (o.quantization ?? '').toUpperCase() === quant) ?? tags[0];
  return recipe({
    modelId: subject.id,
    quant,
    contextTokens,
    concurrency,
    kvCacheType,
    gpuCount,
    ...(fitted && fitted.verdict === 'needs-offload' ? { gpuLayers: fitted.gpuLayers } : {}),
    layers: subject.arch.layers,
    ollamaTag: tag?.tag ?? null,
    ollamaTagQuant: tag?.quantization ?? null,
    huggingFaceRepo: subject.model?.distribution.huggingFace ?? null,
    ...(subject.ggufPath ? { ggufPath: subject.ggufPath } : {}),
  });
}

// ---- output -----------------------------------------------------------------------------------

const rangeJson = (r: Range | null) => (r ? { low: r.low, typical: r.typical, high: r.high } : null);

function toJson(
  subject: Subject,
  memory: MemoryEstimate,
  hardware: HardwareChoice | null,
  fitted: FitResult | null,
  speed: SpeedEstimate | null,
  commands: Recipe,
  warnings: string[],
  hostMemoryBytes: number | null,
) {
  return {
    model: { id: subject.id, name: subject.name },
    quant: memory.weights.quant,
    engine: memory.engine,
    contextTokens: memory.cachedTokensPerSequence,
    concurrency: memory.concurrency,
    kvCacheType: memory.kvCacheType,
    flashAttention: memory.flashAttention,
    weightsSource: subject.exactWeightsBytes !== null ? 'gguf-file' : 'estimate',
    weightsBytes: memory.weightsBytes,
    estimatedWeightsBytes: memory.weights.bytes,
    bitsPerWeight: memory.weights.bitsPerWeight,
    kvCacheBytes: memory.kvCacheBytes,
    kvCacheBytesPerToken: kvCacheBytesPerToken(subject.arch, memory.kvCacheType),
    overheadBytes: memory.overheadBytes,
    totalBytes: memory.totalBytes,
    parts: memory.parts,
    ...(hardware && fitted
      ? {
          hardware: { id: hardware.id, name: hardware.label, count: hardware.count, ...hardware.spec },
          fits: fitted.fits,
          verdict: fitted.verdict,
          usableBytesPerGpu: fitted.usableBytesPerGpu,
          requiredBytesPerGpu: fitted.requiredBytesPerGpu,
          spareBytesPerGpu: fitted.spareBytesPerGpu,
          gpusNeeded: fitted.gpusNeeded,
          gpuLayers: fitted.gpuLayers,
          offloadLayers: fitted.offloadLayers,
          // Host RAM the offload needs (0 without offload), the RAM given and the share of it offload may use.
          hostMemoryNeededBytes: fitted.hostMemoryNeededBytes,
          hostMemoryBytes,
          hostMemoryUsableBytes: fitted.hostMemoryUsableBytes,
          maxContextTokens: fitted.maxContextTokens,
          ...(fitted.vllm ? { vllm: fitted.vllm } : {}),
          fitReasons: fitted.reasons,
          speedGpuCount: speed ? (fitted.verdict === 'needs-more-gpus' ? fitted.gpusNeeded : hardware.count) : null,
          // Plain numbers (the typical estimate) for tools; the ranges beside them carry the error.
          decodeTokensPerSecond: speed?.decodeTokensPerSecond.typical ?? null,
          prefillTokensPerSecond: speed?.prefillTokensPerSecond?.typical ?? null,
          decodeTokensPerSecondRange: rangeJson(speed?.decodeTokensPerSecond ?? null),
          aggregateDecodeTokensPerSecond: rangeJson(speed?.aggregateDecodeTokensPerSecond ?? null),
          prefillTokensPerSecondRange: rangeJson(speed?.prefillTokensPerSecond ?? null),
          timeToFirstTokenSeconds: rangeJson(speed?.timeToFirstTokenSeconds ?? null),
          typicalErrorPct: speed?.typicalErrorPct ?? null,
          prefillTypicalErrorPct: speed?.prefillTypicalErrorPct ?? null,
          speedAssumptions: speed?.assumptions ?? [],
        }
      : {}),
    recipe: commands,
    warnings,
  };
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const gb = (b: number) => (b / 1e9).toFixed(2);
const gib = (b: number) => (b / 2 ** 30).toFixed(2);

function speedRange(r: Range, unit: string, digits = 0): string {
  return `${r.low.toFixed(digits)}–${r.high.toFixed(digits)} ${unit} (typical ${r.typical.toFixed(digits)})`;
}

function human(
  subject: Subject,
  memory: MemoryEstimate,
  hardware: HardwareChoice | null,
  fitted: FitResult | null,
  speed: SpeedEstimate | null,
  commands: Recipe,
): string {
  const out: string[] = [];
  const name = sanitizeForTerminal(subject.name);
  out.push(
    `${name}${subject.model ? ` (${subject.model.id})` : ''} · ${memory.weights.quant} · ${memory.engine} · ${int(memory.cachedTokensPerSequence)}-token context × ${memory.concurrency} · KV cache ${memory.kvCacheType}`,
  );
  out.push('');
  const rows: [string, number][] = memory.parts.map((p) => [sanitizeForTerminal(p.label), p.bytes]);
  if (subject.exactWeightsBytes !== null && rows[0]) {
    rows[0] = [`weights (exact: GGUF file ${sanitizeForTerminal(subject.ggufPath ?? '')})`, memory.weightsBytes];
  } else if (rows[0]) {
    rows[0] = [`weights (${memory.weights.quant}, ${memory.weights.bitsPerWeight.toFixed(2)} bits/weight)`, memory.weightsBytes];
  }
  rows.push(['total', memory.totalBytes]);
  const width = Math.max(...rows.map(([l]) => l.length), 'Memory'.length);
  out.push(`${'Memory'.padEnd(width)}  ${'GB'.padStart(9)}  ${'GiB'.padStart(9)}`);
  for (const [label, bytes] of rows) {
    if (label === 'total') out.push(`${'-'.repeat(width)}  ${'-'.repeat(9)}  ${'-'.repeat(9)}`);
    out.push(`${label.padEnd(width)}  ${gb(bytes).padStart(9)}  ${gib(bytes).padStart(9)}`);
  }
  if (subject.exactWeightsBytes !== null) {
    const est = memory.weights.bytes;
    out.push(`(the ${memory.weights.quant} recipe estimate would be ${formatBytes(est, 'GB')}, ${(((est - memory.weightsBytes) / memory.weightsBytes) * 100).toFixed(1)}% off)`);
  }
  out.push('');
  if (hardware && fitted) {
    const on = `${hardware.count}× ${hardware.label}`;
    const verdicts: Record<FitResult['verdict'], string> = {
      fits: 'fits',
      'fits-tight': 'fits, but tight',
      'needs-offload': `needs offload of ${fitted.offloadLayers} of ${subject.arch.layers} layers to host memory`,
      'needs-more-gpus': `needs ${fitted.gpusNeeded} GPUs`,
      'does-not-fit': 'does not fit',
    };
    out.push(`Fit on ${on}: ${verdicts[fitted.verdict]}`);
    out.push(`  per GPU: ${formatBytes(fitted.requiredBytesPerGpu, 'GB')} needed of ${formatBytes(fitted.usableBytesPerGpu, 'GB')} usable (${formatBytes(fitted.usableBytesPerGpu, 'GiB')})`);
    // Why "per GPU" can be below the total: llama.cpp keeps token embeddings in host RAM (sizing fit.ts).
    if (memory.engine !== 'vllm' && !hardware.spec.unifiedMemory && memory.weights.tokenEmbeddingBytes > 0) {
      out.push(`  (token embeddings, ${formatBytes(memory.weights.tokenEmbeddingBytes, 'GB')}, stay in host RAM with ${memory.engine})`);
    }
    for (const r of fitted.reasons) out.push(`  ${r}`);
    if (fitted.hostMemoryNeededBytes > 0 && fitted.hostMemoryUsableBytes === null) {
      out.push(`  (give --host-memory-gb N, the machine's RAM in GiB, to check the ${formatBytes(fitted.hostMemoryNeededBytes, 'GiB', 1)} against it)`);
    }
    if (fitted.maxContextTokens !== null) out.push(`  largest context that fits: ${int(fitted.maxContextTokens)} tokens per sequence × ${memory.concurrency}`);
    if (fitted.vllm) out.push(`  vLLM KV pool: ${formatBytes(fitted.vllm.kvPoolBytesPerGpu, 'GB')} per GPU = ${int(fitted.vllm.maxCachedTokens)} tokens, ${fitted.vllm.maxConcurrency} sequences of this length`);
    out.push('');
    if (speed) {
      if (fitted.verdict === 'needs-more-gpus') out.push(`On ${fitted.gpusNeeded}× ${hardware.label}:`);
      out.push(`Speed (estimate; typical error ±${speed.typicalErrorPct.toFixed(0)}% decode, ±${speed.prefillTypicalErrorPct.toFixed(0)}% prefill):`);
      out.push(`  decode per user:   ${speedRange(speed.decodeTokensPerSecond, 'tokens/s', 1)} with ${int(memory.cachedTokensPerSequence)} tokens in context`);
      if (memory.concurrency > 1) out.push(`  decode, all users: ${speedRange(speed.aggregateDecodeTokensPerSecond, 'tokens/s', 0)}`);
      if (speed.prefillTokensPerSecond) out.push(`  prefill:           ${speedRange(speed.prefillTokensPerSecond, 'tokens/s', 0)}`);
      if (speed.timeToFirstTokenSeconds) out.push(`  first token after a ${int(memory.cachedTokensPerSequence)}-token prompt: ${speedRange(speed.timeToFirstTokenSeconds, 's', 2)}`);
      for (const a of speed.assumptions) out.push(`  · ${a}`);
      out.push('');
    }
  } else {
    out.push('No hardware given: add --gpu ID (or --memory-gb/--bandwidth-gbps) for the fit and speed.');
    out.push('');
  }
  out.push(fitted?.verdict === 'does-not-fit' ? 'Run it (on hardware where it fits; not on this one):' : 'Run it:');
  if (commands.llamaCpp) out.push(`  llama.cpp: ${commands.llamaCpp}`);
  if (commands.ollama) out.push(`  Ollama:    ${commands.ollama.split('\n').join('\n             ')}`);
  if (commands.vllm) out.push(`  vLLM:      ${commands.vllm}`);
  for (const n of commands.notes) out.push(`  note: ${sanitizeForTerminal(n)}`);
  out.push('');
  out.push('Formulas: docs/methodology.md, "Sizing".');
  return `${out.join('\n')}\n`;
}
