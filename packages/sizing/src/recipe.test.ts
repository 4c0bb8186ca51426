import { describe, expect, it } from 'vitest';
import { recipe } from './recipe.js';

describe('recipes', () => {
  it('llama.cpp with every layer on the GPU and a q8_0 cache (flash attention required)', () => {
    const r = recipe({ modelId: 'llama-3.1-8b', quant: 'Q4_K_M', contextTokens: 32_768, kvCacheType: 'q8_0', layers: 32 });
    expect(r.llamaCpp).toBe('llama-server -m llama-3.1-8b-Q4_K_M.gguf -c 32768 -ngl 33 -fa on --cache-type-k q8_0 --cache-type-v q8_0');
    expect(r.vllm).toBeNull();
    expect(r.notes).toContain('a quantized V cache requires flash attention (-fa on)');
  });

  it('llama.cpp slots share -c, so it is context × slots; partial offload sets -ngl', () => {
    const r = recipe({ modelId: 'llama-3.1-8b', quant: 'F16', contextTokens: 8192, concurrency: 4, layers: 32, gpuLayers: 21 });
    expect(r.llamaCpp).toBe('llama-server -m llama-3.1-8b-F16.gguf -c 32768 -np 4 -ngl 21');
    expect(r.notes[0]).toBe('llama.cpp: -ngl 21 keeps 11 of 32 layers in host memory (slower)');
  });

  it('Ollama: context through OLLAMA_CONTEXT_LENGTH, KV type only with flash attention', () => {
    const r = recipe({ modelId: 'qwen3-8b', quant: 'Q4_K_M', contextTokens: 16_384, kvCacheType: 'q8_0', layers: 36, ollamaTag: 'qwen3:8b', ollamaTagQuant: 'Q4_K_M' });
    expect(r.ollama).toBe('OLLAMA_CONTEXT_LENGTH=16384 OLLAMA_FLASH_ATTENTION=1 OLLAMA_KV_CACHE_TYPE=q8_0 ollama serve\nollama run qwen3:8b');
    expect(r.notes).toContain('Ollama: or set it per model with a Modelfile line "PARAMETER num_ctx 16384" or "/set parameter num_ctx 16384" in a session');
  });

  it('warns when the Ollama tag pulls a different quantization', () => {
    const r = recipe({ modelId: 'qwen3-8b', quant: 'Q8_0', contextTokens: 4096, layers: 36, ollamaTag: 'qwen3:8b', ollamaTagQuant: 'Q4_K_M' });
    expect(r.notes).toContain('Ollama tag qwen3:8b pulls Q4_K_M, not Q8_0: pick the matching tag on ollama.com');
  });

  it('vLLM with tensor parallel, FP8 weights and an fp8 KV cache', () => {
    const r = recipe({ modelId: 'qwen3-32b', quant: 'FP8', contextTokens: 32_768, concurrency: 16, kvCacheType: 'fp8', gpuCount: 2, layers: 64, huggingFaceRepo: 'Qwen/Qwen3-32B' });
    expect(r.vllm).toBe(
      'vllm serve Qwen/Qwen3-32B --tensor-parallel-size 2 --max-model-len 32768 --gpu-memory-utilization 0.9 --max-num-seqs 16 --quantization fp8 --kv-cache-dtype fp8',
    );
    expect(r.llamaCpp).toBeNull();
  });

  it('BF16 runs on every engine', () => {
    const r = recipe({ modelId: 'llama-3.1-8b', quant: 'BF16', contextTokens: 8192, layers: 32, huggingFaceRepo: 'meta-llama/Llama-3.1-8B-Instruct', ollamaTag: 'llama3.1:8b' });
    expect(r.vllm).toBe('vllm serve meta-llama/Llama-3.1-8B-Instruct --max-model-len 8192 --gpu-memory-utilization 0.9');
    expect(r.llamaCpp).toBe('llama-server -m llama-3.1-8b-BF16.gguf -c 8192 -ngl 33');
  });
});
