import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function size(...args: string[]) {
  const r = spawnSync('node', [cli, 'size', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (...args: string[]) => {
  const r = size('--json', ...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown> & {
    decodeTokensPerSecond: number | null;
    prefillTokensPerSecond: number | null;
    decodeTokensPerSecondRange: { low: number; typical: number; high: number } | null;
    prefillTokensPerSecondRange: { low: number; typical: number; high: number } | null;
  };
};

describe('llm-adopt size --help', () => {
  it('prints the usage with every flag the issue names', () => {
    const r = size('--help');
    expect(r.code, r.stderr).toBe(0);
    for (const flag of ['--quant', '--context', '--concurrency', '--kv-cache', '--engine', '--gpu', '--gpus', '--memory-gb', '--bandwidth-gbps', '--tflops', '--host-memory-gb', '--hf-config', '--gguf', '--json']) {
      expect(r.stdout, flag).toContain(flag);
    }
  });
});

describe('llm-adopt size: memory', () => {
  it('--json: Llama-3.1-8B Q4_K_M at 8k with the documented bytes (methodology §Weights, §KV cache, §Overhead)', () => {
    const r = json('llama-3.1-8b');
    // Weights: 4,912,898,048 tensor bytes (per-tensor recipe) + 44 B × 128,256 tokenizer metadata.
    expect(r.weightsBytes).toBe(4_918_541_312);
    // KV: 131,072 B/token × 8192 tokens.
    expect(r.kvCacheBytes).toBe(1_073_741_824);
    // Overhead: flash-attention compute buffer 4 · 512 · (4096 + 128,256) + 457 MiB CUDA context.
    expect(r.overheadBytes).toBe(271_056_896 + 457 * 2 ** 20);
    expect(r.totalBytes).toBe(4_918_541_312 + 1_073_741_824 + 271_056_896 + 457 * 2 ** 20);
    expect(r).not.toHaveProperty('fits');
  });

  it('prints a breakdown in GB and GiB, both labelled', () => {
    const r = size('llama-3.1-8b');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Memory\s+GB\s+GiB/);
    expect(r.stdout).toMatch(/weights \(Q4_K_M, 4\.89 bits\/weight\)\s+4\.92\s+4\.58/);
    expect(r.stdout).toMatch(/total\s+6\.74\s+6\.28/);
    expect(r.stdout).toContain('llama-server -m llama-3.1-8b-Q4_K_M.gguf -c 8192 -ngl 33');
    expect(r.stdout).toContain('ollama run llama3.1:8b');
  });

  it('KV cache quantization and concurrency: q8_0 × 4 sequences of 16K', () => {
    const r = json('llama-3.1-8b', '--kv-cache', 'q8_0', '--context', '16K', '--concurrency', '4');
    // 2 × 32 × 8 × 128 = 65,536 values × 34/32 B = 69,632 B/token × 16,384 tokens × 4 = 4,563,402,752 B.
    expect(r.kvCacheBytes).toBe(4_563_402_752);
    expect(r.contextTokens).toBe(16_384);
  });
});

describe('llm-adopt size: fit and speed', () => {
  it('on an RTX 4090: fits, with speed as ranges', () => {
    const r = json('llama-3.1-8b', '--gpu', 'rtx-4090');
    expect(r.fits).toBe(true);
    expect(r.verdict).toBe('fits');
    // 24 GB of GDDR6X is 24 × 2^30 = 25,769,803,776 B (catalog memory is binary); 25,769,803,776 − 6,447,037,440 = 19,322,766,336.
    expect(r.spareBytesPerGpu).toBe(24 * 2 ** 30 - 6_447_037_440);
    expect(r.maxContextTokens).toBe(131_072); // capped at the model's 131,072-token context
    const d = r.decodeTokensPerSecondRange!;
    expect(r.decodeTokensPerSecond).toBe(d.typical);
    expect(d.low).toBeLessThan(d.typical);
    expect(d.typical).toBeLessThan(d.high);
    // 8192 tokens of KV read per token on top of the 127.2 tokens/s empty-context figure (methodology §Speed).
    expect(d.typical).toBeGreaterThan(100);
    expect(d.typical).toBeLessThan(127.2);
    expect(r.prefillTokensPerSecond).toBe(r.prefillTokensPerSecondRange!.typical);
    expect(r.prefillTokensPerSecond).toBeGreaterThan(0);
  });

  it('human output says why the per-GPU need is below the total: token embeddings stay in host RAM', () => {
    // Qwen3-32B token_embd: 151,936 × 5,120 = 777,912,320 weights at Q4_K (144 bytes per 256) = 437,575,680 B ≈ 0.44 GB.
    const r = size('qwen3-32b', '--gpu', 'rtx-4090');
    expect(r.stdout).toContain('(token embeddings, 0.44 GB, stay in host RAM with llama.cpp)');
    const j = json('qwen3-32b', '--gpu', 'rtx-4090');
    expect((j.totalBytes as number) - (j.requiredBytesPerGpu as number)).toBe(437_575_680);
  });

  it('human output gives the verdict, the speed range with its typical error and the recipe', () => {
    const r = size('llama-3.1-8b', '--gpu', 'rtx-4090');
    expect(r.stdout).toContain('Fit on 1× NVIDIA GeForce RTX 4090: fits');
    expect(r.stdout).toMatch(/typical error ±5% decode/);
    expect(r.stdout).toMatch(/decode per user: +\d+\.\d–\d+\.\d tokens\/s \(typical \d+\.\d\)/);
  });

  it('offload on a 12 GB card: 23 of 32 layers on the GPU, and the -ngl that goes with it', () => {
    // methodology §Partial offload. token_embd = output = 128,256 × 4,096 × 2 B = 1,050,673,152 B;
    // per layer = (16,066,698,240 − 2 × 1,050,673,152 + KV 1,073,741,824) / 32 = 469,971,680 B;
    // budget = 12 × 2^30 (12,884,901,888) − overhead 750,256,128 − output 1,050,673,152 = 11,083,972,608 B;
    // ⌊11,083,972,608 / 469,971,680⌋ = ⌊23.58⌋ = 23 GPU layers, 9 offloaded.
    const r = json('llama-3.1-8b', '--quant', 'F16', '--gpu', 'rtx-4070-ti');
    expect(r.fits).toBe(false);
    expect(r.verdict).toBe('needs-offload');
    expect(r.gpuLayers).toBe(23);
    expect(r.offloadLayers).toBe(9);
    expect((r.recipe as { llamaCpp: string }).llamaCpp).toBe('llama-server -m llama-3.1-8b-F16.gguf -c 8192 -ngl 23');
  });

  it('offload needs host RAM: 9 layers + token_embd = 4.9 GiB; a 4 GiB host is too small, an 8 GiB one is not', () => {
    // methodology §Host memory for offload. Per layer with the exact output tensor (1,050,689,536 B, 16,384 B more
    // than token_embd): (16,066,698,240 − 1,050,673,152 − 1,050,689,536 + 1,073,741,824) / 32 = 469,971,168 B;
    // ⌈9 × 469,971,168⌉ + 1,050,673,152 = 5,280,413,664 B = 4.92 GiB.
    const unchecked = json('llama-3.1-8b', '--quant', 'F16', '--gpu', 'rtx-4070-ti');
    expect(unchecked.hostMemoryNeededBytes).toBe(5_280_413_664);
    expect(unchecked.hostMemoryBytes).toBeNull();
    expect(unchecked.hostMemoryUsableBytes).toBeNull();
    // 0.8 × 4 GiB = 3.2 GiB < 4.92 GiB → does not fit; 0.8 × 8 GiB = 6.4 GiB is enough.
    const small = json('llama-3.1-8b', '--quant', 'F16', '--gpu', 'rtx-4070-ti', '--host-memory-gb', '4');
    expect(small.verdict).toBe('does-not-fit');
    expect(small.hostMemoryBytes).toBe(4 * 2 ** 30);
    expect(small.hostMemoryNeededBytes).toBe(5_280_413_664);
    expect(small.decodeTokensPerSecond).toBeNull();
    const enough = json('llama-3.1-8b', '--quant', 'F16', '--gpu', 'rtx-4070-ti', '--host-memory-gb', '8');
    expect(enough.verdict).toBe('needs-offload');
    expect(enough.hostMemoryUsableBytes).toBeCloseTo(0.8 * 8 * 2 ** 30, 1);
  });

  it('DeepSeek-R1 on one RTX 4090 in a 64 GiB host: does not fit, stating 358.0 GiB needed against 51.2 GiB usable', () => {
    // sizing fit.test.ts: 58 of 61 layers offloaded need 384,390,728,218 B of host RAM.
    const r = size('deepseek-r1', '--gpu', 'rtx-4090', '--host-memory-gb', '64');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Fit on 1× NVIDIA GeForce RTX 4090: does not fit');
    expect(r.stdout).toContain('  host RAM too small: offloading 58 of 61 layers needs 358.0 GiB of host RAM; 51.2 GiB usable (80% of 64.0 GiB)');
    expect(r.stdout).not.toContain('Speed (estimate');
    // Without the host RAM the verdict stays needs-offload, with the need and how to check it.
    const open = size('deepseek-r1', '--gpu', 'rtx-4090');
    expect(open.stdout).toContain('needs offload of 58 of 61 layers to host memory');
    expect(open.stdout).toContain('the host must have 358.0 GiB of RAM for the offloaded layers, their KV cache and the token embeddings');
    expect(open.stdout).toContain("(give --host-memory-gb N, the machine's RAM in GiB, to check the 358.0 GiB against it)");
  });

  it('vLLM: Qwen3-32B BF16 at 32K fits one H100 only tightly; two sequences need 2 H100s, and the command uses them', () => {
    // usable = 80 × 2^30 × 0.9 = 77,309,411,328 B. One sequence: weights 65,524,246,528 + KV 8,589,934,592
    // (262,144 B/token × 32,768) + overhead 2,536,715,059 = 76,650,896,179 B: 658,515,149 B spare, under 10 % → fits-tight.
    const one = json('qwen3-32b', '--engine', 'vllm', '--gpu', 'h100-sxm', '--context', '32768');
    expect(one.verdict).toBe('fits-tight');
    expect(one.spareBytesPerGpu).toBe(77_309_411_328 - 76_650_896_179);
    // Two sequences: KV 2 × 8,589,934,592 → 85,240,830,771 B > 77,309,411,328 B, so 2 GPUs.
    const r = json('qwen3-32b', '--engine', 'vllm', '--gpu', 'h100-sxm', '--context', '32768', '--concurrency', '2');
    expect(r.verdict).toBe('needs-more-gpus');
    expect(r.requiredBytesPerGpu).toBe(85_240_830_771);
    expect(r.gpusNeeded).toBe(2);
    expect((r.recipe as { vllm: string }).vllm).toBe(
      'vllm serve Qwen/Qwen3-32B --tensor-parallel-size 2 --max-model-len 32768 --gpu-memory-utilization 0.9 --max-num-seqs 2',
    );
  });

  it('custom hardware from --memory-gb/--bandwidth-gbps; without --tflops there is no prefill', () => {
    const r = json('qwen3-8b', '--memory-gb', '16', '--bandwidth-gbps', '448');
    expect(r.fits).toBe(true);
    expect(r.decodeTokensPerSecond).not.toBeNull();
    expect(r.prefillTokensPerSecond).toBeNull();
  });
});

describe('llm-adopt size: bad input exits 2 with one line', () => {
  const bad = (args: string[], message: RegExp) => {
    const r = size(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  };
  it('unknown model, with suggestions', () => bad(['llama-3.2-8b'], /unknown model "llama-3\.2-8b"; did you mean llama-3\.1-8b/));
  it('unknown quantization, listing the valid ones', () => bad(['qwen3-8b', '--quant', 'Q4_K_X'], /unknown quantization "Q4_K_X"; valid: Q2_K, .*Q4_K_M.*GPTQ-INT4/));
  it('context beyond the documented extension', () => bad(['qwen3-8b', '--context', '200000'], /exceed Qwen3-8B's maximum of 131072 \(YaRN over a native 32768\)/));
  it('context beyond a model with no extension', () => bad(['qwen3-0.6b', '--context', '64K'], /no extension is documented/));
  it('a GGUF type on vLLM', () => bad(['qwen3-8b', '--engine', 'vllm', '--quant', 'Q4_K_M'], /GGUF .* vLLM serves/));
  it('unknown GPU, with suggestions', () => bad(['qwen3-8b', '--gpu', 'rtx-9090'], /unknown hardware "rtx-9090"; did you mean rtx-3090/));
  it('host RAM without hardware', () => bad(['qwen3-8b', '--host-memory-gb', '64'], /--host-memory-gb needs --gpu ID or --memory-gb\/--bandwidth-gbps/));
  it('host RAM that is not a positive number', () => bad(['qwen3-8b', '--gpu', 'rtx-4090', '--host-memory-gb', '0'], /--host-memory-gb: expected a positive number, found "0"/));
});

describe('llm-adopt size: context extension', () => {
  it('warns, naming YaRN, when the context needs the documented extension', () => {
    const r = size('qwen3-8b', '--context', '65536');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: 65536 tokens exceed Qwen3-8B's native 32768-token context; it needs YaRN (factor 4)");
  });
});

describe('llm-adopt size: models outside the catalog', () => {
  it('--hf-config sizes a config.json', () => {
    const path = join(dir, 'config.json');
    writeFileSync(
      path,
      JSON.stringify({
        model_type: 'llama',
        hidden_size: 4096,
        num_hidden_layers: 32,
        num_attention_heads: 32,
        num_key_value_heads: 8,
        head_dim: 128,
        intermediate_size: 14336,
        vocab_size: 128256,
        tie_word_embeddings: false,
        max_position_embeddings: 131072,
        torch_dtype: 'bfloat16',
      }),
    );
    const r = json('--hf-config', path);
    // Same architecture as Llama-3.1-8B, so the same weights.
    expect(r.weightsBytes).toBe(4_918_541_312);
  });

  it('--gguf uses the exact bytes of a local GGUF file', () => {
    const path = join(dir, 'tiny.gguf');
    const file = tinyGguf();
    writeFileSync(path, file);
    const r = json('--gguf', path);
    expect(r.weightsSource).toBe('gguf-file');
    expect(r.weightsBytes).toBe(file.length);
    expect((r.model as { name: string }).name).toBe('tiny');
  });

  it('--gguf with a catalog model keeps its architecture and warns when the file does not match it', () => {
    const path = join(dir, 'tiny2.gguf');
    writeFileSync(path, tinyGguf());
    const r = size('llama-3.1-8b', '--gguf', path, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { warnings: string[]; kvCacheBytesPerToken: number };
    expect(out.kvCacheBytesPerToken).toBe(131_072);
    expect(out.warnings[0]).toContain('has 1 layers of width 256, llama-3.1-8b has 32 of 4096: is it the same model?');
  });
});

/** A GGUF v3 file (ggml docs/gguf.md) of a one-layer llama: hidden 256, 2 heads of 128, 1 KV head, FFN 512, vocabulary 64. */
function tinyGguf(): Buffer {
  const parts: Buffer[] = [];
  const u32 = (v: number) => parts.push(Buffer.from(new Uint32Array([v]).buffer));
  const u64 = (v: number) => parts.push(Buffer.from(new BigUint64Array([BigInt(v)]).buffer));
  const str = (s: string) => {
    u64(Buffer.byteLength(s));
    parts.push(Buffer.from(s, 'utf8'));
  };
  const meta: [string, number | string][] = [
    ['general.architecture', 'llama'],
    ['general.name', 'tiny'],
    ['llama.block_count', 1],
    ['llama.embedding_length', 256],
    ['llama.attention.head_count', 2],
    ['llama.attention.head_count_kv', 1],
    ['llama.feed_forward_length', 512],
  ];
  // name, dims, ggml type (0 F32, 8 Q8_0, 12 Q4_K, 14 Q6_K), bytes
  const tensors: [string, number[], number, number][] = [
    ['token_embd.weight', [256, 64], 12, 9216],
    ['blk.0.attn_norm.weight', [256], 0, 1024],
    ['blk.0.attn_q.weight', [256, 256], 8, 69_632],
    ['blk.0.attn_k.weight', [256, 128], 8, 34_816],
    ['blk.0.attn_v.weight', [256, 128], 14, 26_880],
    ['blk.0.attn_output.weight', [256, 256], 8, 69_632],
    ['blk.0.ffn_norm.weight', [256], 0, 1024],
    ['blk.0.ffn_gate.weight', [256, 512], 12, 73_728],
    ['blk.0.ffn_up.weight', [256, 512], 12, 73_728],
    ['blk.0.ffn_down.weight', [512, 256], 14, 107_520],
    ['output_norm.weight', [256], 0, 1024],
    ['output.weight', [256, 64], 14, 13_440],
  ];
  parts.push(Buffer.from('GGUF', 'ascii'));
  u32(3);
  u64(tensors.length);
  u64(meta.length);
  for (const [key, value] of meta) {
    str(key);
    if (typeof value === 'number') {
      u32(4);
      u32(value);
    } else {
      u32(8);
      str(value);
    }
  }
  let offset = 0;
  for (const [name, dims, type, bytes] of tensors) {
    str(name);
    u32(dims.length);
    for (const d of dims) u64(d);
    u32(type);
    u64(offset);
    offset += Math.ceil(bytes / 32) * 32;
  }
  const header = Buffer.concat(parts);
  return Buffer.concat([header, Buffer.alloc((32 - (header.length % 32)) % 32), Buffer.alloc(offset)]);
}

describe('llm-adopt size --catalog FILE', () => {
  it('sizes on a GPU from a user catalog file, and a broken file exits 2 naming the file and path', () => {
    // A 48 GB card of the team's own, with the RTX 4090's bandwidth and FLOP/s: Qwen3-32B Q4_K_M
    // (~19.8 GB of weights) fits where one 24 GB card is tight.
    const card = {
      id: 'acme-48g',
      name: 'Acme 48G',
      vendor: 'Acme',
      class: 'workstation',
      aliases: [],
      memoryBytes: 48 * 2 ** 30,
      bandwidthBytesPerSecond: 1008e9,
      denseFp16Flops: 165.2e12,
      tdpWatts: 300,
      unifiedMemory: false,
      price: null,
      source: { source: 'https://example.com/acme-48g', kind: 'primary', asOf: '2026-11-01' },
    };
    const file = join(dir, 'acme.catalog.json');
    writeFileSync(file, JSON.stringify({ hardware: [card] }));
    const r = size('qwen3-32b', '--gpu', 'acme-48g', '--catalog', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Fit on 1× Acme 48G: fits');
    expect(size('qwen3-32b', '--gpu', 'acme-48g').code).toBe(2);
    const bad = join(dir, 'bad.catalog.json');
    writeFileSync(bad, JSON.stringify({ hardware: [{ ...card, memoryBytes: 'lots' }] }));
    const b = size('qwen3-32b', '--gpu', 'acme-48g', '--catalog', bad);
    expect(b.code).toBe(2);
    expect(b.stderr).toBe(`llm-adopt: ${bad}: $.hardware[0].memoryBytes: expected integer, found string "lots"\n`);
  });
});
