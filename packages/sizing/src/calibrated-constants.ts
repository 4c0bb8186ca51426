/**
 * Constants fitted on the calibration sets in ../data (never per model or per device). The tests in
 * calibration.test.ts refit them and fail if these drift from the data. Methodology §Calibration.
 */

/**
 * GGUF metadata (mostly the tokenizer: token strings, types, merges) in bytes per vocabulary entry.
 * Least-squares fit of (published file size − tensor bytes) over gguf-calibration.json.
 */
export const GGUF_METADATA_BYTES_PER_VOCAB_ENTRY = 47;

/**
 * Single-stream decode: seconds per token = fixed + Σ bytes read / (efficiency × bandwidth), with one
 * efficiency for float tensors (F16/BF16/F32) and one for block-quantized tensors. Least squares in
 * log space over the llama.cpp rows of throughput-calibration.json.
 */
export const DECODE_FIXED_SECONDS_PER_TOKEN = 0.0016;
export const DECODE_FLOAT_EFFICIENCY = 0.82;
export const DECODE_QUANT_EFFICIENCY = 0.58;
/** Median and 90th-percentile absolute error of the decode estimate, leave-one-hardware-out. */
export const DECODE_TYPICAL_ERROR = 0.137;
export const DECODE_P90_ERROR = 0.6;

/** Prefill: tokens/s = efficiency × dense FP16 FLOP/s ÷ FLOPs per token (llama.cpp rows with known FLOP/s). */
export const PREFILL_EFFICIENCY = 0.4;
export const PREFILL_TYPICAL_ERROR = 0.25;
