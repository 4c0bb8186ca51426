import { parseArgs } from 'node:util';
import {
  type Catalog,
  filterModels,
  type LanguageSupport,
  languageSupport,
  maxContextTokens,
  type Model,
  type ModelFilter,
  suggest,
  toSafeJson,
  factsWithoutPrimarySource,
  type UnverifiedFact,
} from '@llm-adopt/catalog';
import { sanitizeForTerminal } from '../terminal-text.js';
import { catalogWithFiles, reportCatalogIssues } from './catalog-files.js';
import { EXIT_OK, UsageError } from './command.js';

const HELP = `Usage: llm-adopt models [--json] [filters] [--catalog FILE]...

Lists the model catalog: id, name, total/active parameters, context, license, Ollama tags.

Filters:
  --license ID        license id, e.g. MIT, Apache-2.0, LicenseRef-Llama-4-Community
  --min-params N      at least N total parameters: 8e9, 8B, 500M
  --max-params N      at most N total parameters
  --min-context N     reaches N tokens (counting documented extensions such as YaRN):
                      131072, 128K (K = 1,024 tokens), 1M (= 1,048,576)
  --modality M        input modality: text, image, audio, video
  --language L        language code the vendor lists, e.g. ko, de
  --include-unlisted  with --language: also models whose vendor states more languages
                      than the catalog names (Qwen3: 119, none named), marked "unverified"
  --moe | --dense     mixture-of-experts models only, or dense models only

Other options:
  --catalog FILE      merge a user catalog file (JSON; repeatable); bad files exit 2
  --audit             list the facts (models, GPUs, offers) that have no primary source
  --json              one JSON array on stdout instead of the table
  -h, --help          this help
`;

const MODALITIES = ['text', 'image', 'audio', 'video', 'code'];
const FLAGS = ['json', 'license', 'min-params', 'max-params', 'min-context', 'modality', 'language', 'include-unlisted', 'moe', 'dense', 'catalog', 'audit', 'help'];

/** The JSON shape of one model: plain numbers, stable keys (documented in docs/data-sources.md). */
export interface ModelRow {
  id: string;
  name: string;
  vendor: string;
  family: string;
  releaseDate: string | null;
  totalParams: number;
  activeParams: number;
  moe: boolean;
  contextTokens: number;
  maxContextTokens: number;
  contextExtension: string | null;
  license: string;
  baseModelLicenses: string[];
  inputModalities: string[];
  huggingFace: string;
  ollamaTags: string[];
  aliases: string[];
  /**
   * With --language: how the vendor covers it (catalog `languageSupport`): `listed` (named) or `unlisted`
   * (not named, but the vendor states more languages than it names; only with --include-unlisted). null without --language.
   */
  languageSupport: LanguageSupport | null;
}

export async function run(argv: string[]): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(--?[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const hint = suggest(unknown.replace(/^-+/, ''), FLAGS).map((f) => `--${f}`);
      throw new UsageError(`unknown option ${sanitizeForTerminal(unknown)}${hint.length ? `; did you mean ${hint.join(', ')}?` : ''} (see llm-adopt models --help)`);
    }
    throw new UsageError(sanitizeForTerminal(message.split('\n')[0] ?? message));
  }
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }

  const loaded = catalogWithFiles({ catalog: values.catalog ?? [] });
  if (!loaded.ok) return reportCatalogIssues(loaded.issues);
  const catalog = loaded.value;

  if (values.audit) {
    const facts = factsWithoutPrimarySource(catalog);
    if (values.json) process.stdout.write(`${toSafeJson(facts, 2)}\n`);
    else process.stdout.write(auditTable(facts));
    return EXIT_OK;
  }

  const filter = toFilter(values, catalog);
  const models = filterModels(catalog, filter);
  if (values.json) {
    // toSafeJson: C1 controls and bidi overrides in catalog names are written as \u escapes.
    process.stdout.write(`${toSafeJson(models.map((m) => toRow(m, filter.language)), 2)}\n`);
  } else {
    process.stdout.write(table(models, filter.includeUnlistedLanguages ? filter.language : undefined));
  }
  return EXIT_OK;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      json: { type: 'boolean' },
      audit: { type: 'boolean' },
      license: { type: 'string' },
      'min-params': { type: 'string' },
      'max-params': { type: 'string' },
      'min-context': { type: 'string' },
      modality: { type: 'string' },
      language: { type: 'string' },
      'include-unlisted': { type: 'boolean' },
      moe: { type: 'boolean' },
      dense: { type: 'boolean' },
      catalog: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

function toFilter(values: ReturnType<typeof parse>['values'], catalog: Catalog): ModelFilter {
  const filter: ModelFilter = {};
  if (values.moe && values.dense) throw new UsageError('--moe and --dense exclude each other; give one of them');
  if (values.moe) filter.moe = true;
  if (values.dense) filter.moe = false;
  if (values.license !== undefined) {
    const known = [...new Set(catalog.models.map((m) => m.license.id))];
    if (!known.some((id) => id.toLowerCase() === values.license!.toLowerCase())) {
      const hint = suggest(values.license, known);
      throw new UsageError(
        `--license: no model in the catalog has license "${sanitizeForTerminal(values.license)}"${hint.length ? `; did you mean ${hint.join(', ')}?` : `; licenses: ${known.join(', ')}`}`,
      );
    }
    filter.license = values.license;
  }
  if (values['min-params'] !== undefined) filter.minParams = count('min-params', values['min-params'], PARAM_UNITS);
  if (values['max-params'] !== undefined) filter.maxParams = count('max-params', values['max-params'], PARAM_UNITS);
  if (values['min-context'] !== undefined) filter.minContextTokens = count('min-context', values['min-context'], TOKEN_UNITS);
  if (values.modality !== undefined) {
    const modality = values.modality.toLowerCase();
    if (!MODALITIES.includes(modality)) throw new UsageError(`--modality: expected one of ${MODALITIES.join(', ')}, found "${sanitizeForTerminal(values.modality)}"`);
    filter.modality = modality;
  }
  if (values.language !== undefined) {
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(values.language))
      throw new UsageError(`--language: expected a language code such as ko or pt-BR, found "${sanitizeForTerminal(values.language)}"`);
    filter.language = values.language;
  }
  if (values['include-unlisted']) {
    if (values.language === undefined) throw new UsageError('--include-unlisted needs --language: it widens a language filter, e.g. --language ko --include-unlisted');
    filter.includeUnlistedLanguages = true;
  }
  return filter;
}

// Parameter counts: B = 10^9 as vendors write them. Context: K = 1,024 tokens, as in "128K" = 131,072.
const PARAM_UNITS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
const TOKEN_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 * 1024 };

function count(flag: string, text: string, units: Record<string, number>): number {
  const match = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([a-z]?)\s*$/i.exec(text);
  const unit = match ? units[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    const suffixes = Object.keys(units).filter(Boolean).map((s) => s.toUpperCase());
    throw new UsageError(`--${flag}: expected a number, optionally with ${suffixes.join('/')}, found "${sanitizeForTerminal(text)}"`);
  }
  return Math.round(Number(match[1]) * unit);
}

/** The JSON row; `language` (from --language) adds how the vendor covers it. */
export function toRow(m: Model, language?: string): ModelRow {
  const ext = m.context.extension;
  return {
    id: m.id,
    name: m.name,
    vendor: m.vendor,
    family: m.family,
    releaseDate: m.releaseDate,
    totalParams: m.parameters.total,
    activeParams: m.parameters.active,
    moe: m.architecture.moe !== undefined,
    contextTokens: m.context.nativeTokens,
    maxContextTokens: maxContextTokens(m),
    contextExtension: ext ? `${ext.method}${ext.factor ? ` ×${ext.factor}` : ''}` : null,
    license: m.license.id,
    baseModelLicenses: [...new Set(m.baseModels.map((b) => b.license))],
    inputModalities: [...m.modalities.input],
    huggingFace: m.distribution.huggingFace,
    ollamaTags: m.distribution.ollama.map((o) => o.tag),
    aliases: [...new Set([...m.aliases, m.distribution.huggingFace, ...m.distribution.ollama.map((o) => o.tag)])],
    languageSupport: language === undefined ? null : languageSupport(m, language),
  };
}

/** 671e9 → "671", 1.777e9 → "1.78", 0.596e9 → "0.596": three significant digits, in billions. */
export function billions(n: number): string {
  return String(Number((n / 1e9).toPrecision(3)));
}

/** 131072 → "128K", 10485760 → "10M"; other counts with thousands separators. */
export function tokens(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)}M`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024}K`;
  return n.toLocaleString('en-US');
}

/** `unlistedLanguage`: the --language code when --include-unlisted is on; adds a LANGUAGE column. */
function table(models: readonly Model[], unlistedLanguage?: string): string {
  if (models.length === 0) return 'No model matches these filters.\n';
  const withLanguage = unlistedLanguage !== undefined;
  const header = ['ID', 'NAME', 'PARAMS (B) TOTAL/ACTIVE', 'CONTEXT', 'LICENSE', ...(withLanguage ? ['LANGUAGE'] : []), 'OLLAMA'];
  const rows = models.map((m) => {
    const ext = m.context.extension;
    const params = m.architecture.moe ? `${billions(m.parameters.total)} / ${billions(m.parameters.active)}` : billions(m.parameters.total);
    const context = ext ? `${tokens(m.context.nativeTokens)} (${ext.method} ${tokens(ext.maxTokens)})` : tokens(m.context.nativeTokens);
    const license = m.baseModels.length ? `${m.license.id} + ${[...new Set(m.baseModels.map((b) => b.license))].join(', ')}` : m.license.id;
    const language = withLanguage ? [languageSupport(m, unlistedLanguage) === 'listed' ? 'listed' : 'unverified'] : [];
    return [m.id, m.name, params, context, license, ...language, m.distribution.ollama.map((o) => o.tag).join(', ') || '-'].map(sanitizeForTerminal);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ')}\n`;
  const languageNote = withLanguage
    ? `Language "unverified": ${sanitizeForTerminal(unlistedLanguage)} is not among the languages the catalog names for the model, but its vendor states more languages than are named: possible, not confirmed (docs/data-sources.md, Languages).\n`
    : '';
  const notes =
    '\nParams: total / active for mixture-of-experts models (all experts stay in memory; active ones drive speed).\n' +
    'License "A + B": the repo license plus the base model\'s license the weights inherit. Sources: llm-adopt models --json, docs/data-sources.md.\n';
  return line(header) + rows.map(line).join('') + notes + languageNote;
}

/** One line per fact without a primary source: where it sits, what it cites, and as of when. */
function auditTable(facts: readonly UnverifiedFact[]): string {
  const lines = facts.map((f) => `${sanitizeForTerminal(f.entry)}  ${f.path}  ${sanitizeForTerminal(f.source)}  (as of ${f.asOf})`);
  return `${facts.length} facts without a primary source (secondary: an article or an aggregator); re-check these first.\n${lines.join('\n')}\n`;
}
