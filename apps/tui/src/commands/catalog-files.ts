// The catalog a command works on: the built-in data with the user's files merged over it, in the order
// given. `--catalog FILE` is a catalog file (models, hardware, offers; the catalog schemas), `--litellm FILE`
// is LiteLLM's model_prices_and_context_window.json, imported as API offers. Every problem is one line naming
// the file and the JSON path; the caller prints them and exits 2.
import { readFileSync, statSync } from 'node:fs';
import {
  builtinCatalog,
  type Catalog,
  type DataIssue,
  describeValue,
  formatIssue,
  importLiteLLMPrices,
  MAX_CATALOG_BYTES,
  mergeCatalogChecked,
  type Parsed,
  parseJsonText,
  readCatalogFile,
} from '@llm-adopt/catalog';
import { sanitizeForTerminal } from '../terminal-text.js';
import { EXIT_BAD_INPUT } from './command.js';

export interface CatalogFiles {
  /** `--catalog FILE`, repeatable. */
  readonly catalog?: readonly string[];
  /** `--litellm FILE`, repeatable: LiteLLM price files. */
  readonly litellm?: readonly string[];
}

function problem(file: string, path: string, expected: string, found: string): Parsed<never> {
  return { ok: false, issues: [{ file, path, expected, found }] };
}

/**
 * LiteLLM's file has chat entries priced per second, not per token (Bedrock provisioned throughput, e.g.
 * `bedrock/us-east-1/1-month-commitment/anthropic.claude-v2:1`). A token-based cost cannot use them, and
 * the importer would reject them as missing token prices, so they are left out and counted. An entry with
 * one token price but not the other is still an error.
 */
export function withoutUntokenedChat(json: unknown): { json: unknown; left: string[] } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { json, left: [] };
  const kept: Record<string, unknown> = {};
  const left: string[] = [];
  for (const [key, entry] of Object.entries(json)) {
    const e = entry as Record<string, unknown> | null;
    const untokened =
      e !== null && typeof e === 'object' && e.mode === 'chat' && e.input_cost_per_token == null && e.output_cost_per_token == null;
    if (untokened) left.push(key);
    else kept[key] = entry;
  }
  return { json: kept, left };
}

/**
 * Offers from a LiteLLM price file, dated by the file's modification day: LiteLLM's file carries no date,
 * and the day it was downloaded is when its prices were read (docs/getting-started.md, "Your own prices").
 * `notes` gets a line when chat entries without token prices were left out.
 */
export function readLiteLLMFile(file: string, notes: string[] = []): Parsed<Partial<Catalog>> {
  let bytes: Uint8Array;
  let asOf: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return problem(file, '$', 'a LiteLLM price file', 'a directory');
    if (stat.size > MAX_CATALOG_BYTES) return problem(file, '$', `a file of at most ${MAX_CATALOG_BYTES} bytes`, `${stat.size} bytes`);
    bytes = readFileSync(file);
    asOf = stat.mtime.toISOString().slice(0, 10);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(file, '$', 'a readable LiteLLM price file', code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'no permission to read' : describeValue(code ?? String(error)));
  }
  const json = parseJsonText(bytes, file, { maxBytes: MAX_CATALOG_BYTES });
  if (!json.ok) return json;
  const { json: tokened, left } = withoutUntokenedChat(json.value);
  const offers = importLiteLLMPrices(tokened, file, { asOf });
  if (!offers.ok) return offers;
  if (left.length > 0) {
    notes.push(`${file}: left out ${left.length} chat ${left.length === 1 ? 'entry' : 'entries'} without per-token prices (e.g. ${JSON.stringify(left[0])})`);
  }
  if (offers.value.length === 0) return problem(file, '$', 'at least one entry with "mode": "chat" and token prices', 'none');
  return { ok: true, value: { offers: offers.value } };
}

/**
 * The built-in catalog with every `--catalog` file, then every `--litellm` file, merged over it. `notes`
 * collects what was left out on the way (printed on stderr by the caller; the run still succeeds).
 */
export function catalogWithFiles(files: CatalogFiles, notes: string[] = []): Parsed<Catalog> {
  let catalog = builtinCatalog();
  const sources: [string, (file: string) => Parsed<Partial<Catalog>>][] = [
    ...(files.catalog ?? []).map((f): [string, (file: string) => Parsed<Partial<Catalog>>] => [f, (p) => readCatalogFile(p)]),
    ...(files.litellm ?? []).map((f): [string, (file: string) => Parsed<Partial<Catalog>>] => [f, (p) => readLiteLLMFile(p, notes)]),
  ];
  for (const [file, read] of sources) {
    const parsed = read(file);
    const merged = parsed.ok ? mergeCatalogChecked(catalog, parsed.value, file) : parsed;
    if (!merged.ok) return merged;
    catalog = merged.value;
  }
  return { ok: true, value: catalog };
}

/** Prints each problem as one line on stderr and returns exit code 2. */
export function reportCatalogIssues(issues: readonly DataIssue[]): number {
  for (const issue of issues) process.stderr.write(`llm-adopt: ${sanitizeForTerminal(formatIssue(issue))}\n`);
  return EXIT_BAD_INPUT;
}
