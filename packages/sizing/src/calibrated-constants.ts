/**
 * Constants fitted on the calibration sets in ../data (never per model or per device). The tests in
 * calibration.test.ts refit them and fail if these drift from the data. Methodology §Calibration.
 */

/**
 * GGUF metadata (mostly the tokenizer: token strings, types, merges) in bytes per vocabulary entry.
 * Least-squares fit of (published file size − tensor bytes) over gguf-calibration.json.
 */
export const GGUF_METADATA_BYTES_PER_VOCAB_ENTRY = 44;

/**
 * Single-stream decode: seconds per token = fixed + bytes read / min(efficiency × bandwidth, cap)
 * + FLOP-equivalents per weight × active weights / FLOP/s. Fixed, efficiency and FLOPs per weight are
 * least squares (relative error) over the llama.cpp rows of throughput-calibration.json.
 */
export const DECODE_FIXED_SECONDS_PER_TOKEN = 0.00261;
export const DECODE_EFFICIENCY = 1;
export const DECODE_FLOPS_PER_WEIGHT = 14.79;
/**
 * Not fitted here: the marginal bandwidth of single-stream llama.cpp on an H100 PCIe (two-point fit on
 * XiongjieDai's Llama-3 8B/70B Q4_K_M runs, sizing-anchors §1.6), a device outside the calibration set.
 */
export const DECODE_BANDWIDTH_CAP_BYTES_PER_SECOND = 1.13e12;
/** Median and 90th-percentile absolute error of the decode estimate, leave-one-hardware-out. */
export const DECODE_TYPICAL_ERROR = 0.051;
export const DECODE_P90_ERROR = 0.246;

/** Prefill: tokens/s = efficiency × dense FP16 FLOP/s ÷ FLOPs per token (llama.cpp rows with known FLOP/s). */
export const PREFILL_EFFICIENCY = 0.583;
export const PREFILL_TYPICAL_ERROR = 0.173;
