import { parseArgs } from 'node:util';
import { allModelNames, type Catalog, findModel, suggest, toSafeJson } from '@llm-adopt/catalog';
import {
  annexIIIAreas,
  atLeast,
  comparisonMatrix,
  complianceFindings,
  DEFAULT_USAGE,
  evaluate,
  type Finding,
  findLicense,
  licenses,
  type Matrix,
  SEVERITY_ORDER,
  type Severity,
  sortFindings,
  type UsageProfile,
} from '@llm-adopt/licenses';
import { sanitizeForTerminal } from '../terminal-text.js';
import { catalogWithFiles, reportCatalogIssues } from './catalog-files.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './command.js';

const HELP = `Usage:
  llm-adopt license <model> [options]     license findings for how you plan to use a model
  llm-adopt license --compare [models…]   comparison matrix of the models' licenses (all licenses when none given)

Usage profile (defaults: commercial use, 0 MAU, not EU, made available to others):
  --commercial | --non-commercial   whether use is connected to a business
  --mau N                           monthly active users of you and your affiliates, today
  --mau-at YYYY-MM=N                MAU in a past month (Llama tests the month before each release); repeatable
  --eu                              you are domiciled / have your principal place of business in the EU
  --serves-eu                       your system is used in the EU (end users there)
  --host-as-service                 you host the model or a product on it for third parties
  --distribute-weights              you redistribute the weights or a derivative
  --internal-only                   only your own staff use it; nothing is made available to others
  --fine-tune                       you fine-tune the model
  --train-on-outputs                you use its outputs to train or improve another model
  --multimodal                      you feed it images
  --derivative-name NAME            name of the derivative model you distribute
  --need-patent-grant               you require an express patent licence
  --public-chatbot                  people outside the team chat with it (EU AI Act Art. 50)
  --high-risk AREA                  Annex III area of the use case (e.g. employment, education)

Catalog:
  --catalog FILE                    merge a user catalog file (JSON; repeatable), e.g. to check your own
                                    fine-tune with its baseModels; bad files exit 2

Output:
  --json                            one JSON document: { model, licenses, findings }; each finding has
                                    message (what applies) and action (what to do)
  --fail-on SEVERITY                exit 1 when a finding at or above blocker|warning|obligation|info exists

EU AI Act findings are added with --eu or --serves-eu; they are not legal advice.
`;

const OPTIONS = {
  commercial: { type: 'boolean' },
  'non-commercial': { type: 'boolean' },
  mau: { type: 'string' },
  'mau-at': { type: 'string', multiple: true },
  eu: { type: 'boolean' },
  'serves-eu': { type: 'boolean' },
  'host-as-service': { type: 'boolean' },
  'distribute-weights': { type: 'boolean' },
  'internal-only': { type: 'boolean' },
  'fine-tune': { type: 'boolean' },
  'train-on-outputs': { type: 'boolean' },
  multimodal: { type: 'boolean' },
  'derivative-name': { type: 'string' },
  'need-patent-grant': { type: 'boolean' },
  'public-chatbot': { type: 'boolean' },
  'high-risk': { type: 'string' },
  json: { type: 'boolean' },
  'fail-on': { type: 'string' },
  compare: { type: 'boolean' },
  catalog: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `800000000`, `800_000_000` or `800,000,000` → 800000000. */
function parseCount(flag: string, text: string): number {
  const digits = text.replace(/[_,]/g, '');
  if (!/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits))) {
    throw new UsageError(`--${flag} expects a whole number of users, got "${sanitizeForTerminal(text)}"`);
  }
  return Number(digits);
}

function parseMauAt(entries: readonly string[]): Record<string, number> {
  const history: Record<string, number> = {};
  for (const entry of entries) {
    const match = /^(\d{4}-(0[1-9]|1[0-2]))=(.+)$/.exec(entry);
    if (!match?.[1] || !match[3]) {
      throw new UsageError(`--mau-at expects YYYY-MM=N (e.g. 2024-06=500000000), got "${sanitizeForTerminal(entry)}"`);
    }
    history[match[1]] = parseCount('mau-at', match[3]);
  }
  return history;
}

function parseSeverity(text: string): Severity {
  const found = SEVERITY_ORDER.find((s) => s === text);
  if (!found) throw new UsageError(`--fail-on expects one of ${SEVERITY_ORDER.join(', ')}, got "${sanitizeForTerminal(text)}"`);
  return found;
}

function parseArea(text: string): string {
  const ids = annexIIIAreas().map((a) => a.id);
  if (!ids.includes(text)) throw new UsageError(`--high-risk expects an Annex III area: ${ids.join(', ')}; got "${sanitizeForTerminal(text)}"`);
  return text;
}

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${sanitizeForTerminal((error as Error).message)} (see llm-adopt license --help)`);
  }
}

function usageFrom(values: Values): UsageProfile {
  if (values.commercial && values['non-commercial']) throw new UsageError('choose one of --commercial and --non-commercial');
  if (values['internal-only'] && (values['host-as-service'] || values['distribute-weights'])) {
    throw new UsageError('--internal-only contradicts --host-as-service and --distribute-weights');
  }
  const usage: UsageProfile = {
    ...DEFAULT_USAGE,
    commercial: !values['non-commercial'],
    monthlyActiveUsers: values.mau === undefined ? 0 : parseCount('mau', values.mau),
    euDomiciled: values.eu === true,
    hostsAsServiceForThirdParties: values['host-as-service'] === true,
    redistributesWeights: values['distribute-weights'] === true,
    internalOnly: values['internal-only'] === true,
    finetunes: values['fine-tune'] === true,
    trainsOtherModelsOnOutputs: values['train-on-outputs'] === true,
    multimodalUse: values.multimodal === true,
    needsPatentGrant: values['need-patent-grant'] === true,
    servesEu: values['serves-eu'] === true || values.eu === true,
    offersChatbotToPublic: values['public-chatbot'] === true,
    highRiskUseCase: values['high-risk'] === undefined ? null : parseArea(values['high-risk']),
  };
  if (values['mau-at']) usage.mauHistory = parseMauAt(values['mau-at']);
  if (values['derivative-name'] !== undefined) usage.derivativeName = values['derivative-name'];
  return usage;
}

function unknownModel(name: string, names: readonly string[]): UsageError {
  const hints = suggest(name, names);
  const clean = sanitizeForTerminal(name);
  return new UsageError(
    hints.length > 0
      ? `unknown model "${clean}"; did you mean ${hints.map((h) => `"${sanitizeForTerminal(h)}"`).join(', ')}? (llm-adopt models lists them)`
      : `unknown model "${clean}" (llm-adopt models lists the catalog)`,
  );
}

const HEADINGS: Record<Severity, string> = { blocker: 'BLOCKERS', warning: 'WARNINGS', obligation: 'OBLIGATIONS', info: 'INFO' };

/** Findings grouped by severity, each with what to do, its quote and section. */
export function formatFindings(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[severity]} (${group.length})`);
    for (const f of group) {
      lines.push(`  ${f.id}  [${f.topic}]`);
      lines.push(`    ${sanitizeForTerminal(f.message)}`);
      lines.push(`    What to do: ${sanitizeForTerminal(f.action)}`);
      if (f.quote) lines.push(`    “${sanitizeForTerminal(f.quote)}”`);
      if (f.section) lines.push(`    — ${sanitizeForTerminal(f.section)}, ${sanitizeForTerminal(f.license)}  ${sanitizeForTerminal(f.url)}`);
    }
  }
  return lines.join('\n');
}

function counts(findings: readonly Finding[]): string {
  return SEVERITY_ORDER.map((s) => {
    const n = findings.filter((f) => f.severity === s).length;
    return `${n} ${s}${n === 1 || s === 'info' ? '' : 's'}`;
  }).join(', ');
}

/** The matrix as aligned text: one block per row, one line per licence. */
export function formatMatrix(matrix: Matrix): string {
  const width = Math.max(...matrix.licenses.map((l) => l.shortName.length));
  const lines: string[] = [];
  for (const row of matrix.rows) {
    lines.push(row.label);
    row.cells.forEach((cell, i) => {
      const name = matrix.licenses[i]?.shortName ?? cell.license;
      lines.push(`  ${name.padEnd(width)}  ${sanitizeForTerminal(cell.answer)}  (${sanitizeForTerminal(cell.section)})`);
    });
    lines.push('');
  }
  return lines.join('\n');
}

function runCompare(names: readonly string[], json: boolean, catalog: Catalog): number {
  const ids: string[] = [];
  if (names.length === 0) ids.push(...licenses().map((l) => l.id));
  for (const name of names) {
    if (findLicense(name)) {
      ids.push(name);
      continue;
    }
    const model = findModel(catalog, name);
    if (!model) throw unknownModel(name, [...allModelNames(catalog), ...licenses().map((l) => l.id)]);
    ids.push(...evaluate(model, DEFAULT_USAGE, { catalog }).licenses);
  }
  const matrix = comparisonMatrix(ids);
  process.stdout.write(json ? `${toSafeJson(matrix, 2)}\n` : formatMatrix(matrix));
  return EXIT_OK;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(HELP);
    return EXIT_OK;
  }
  const json = values.json === true;
  const loaded = catalogWithFiles({ catalog: values.catalog ?? [] });
  if (!loaded.ok) return reportCatalogIssues(loaded.issues);
  const catalog = loaded.value;
  if (values.compare) return runCompare(positionals, json, catalog);

  if (positionals.length !== 1 || !positionals[0]) {
    throw new UsageError('give exactly one model, e.g. llm-adopt license llama-3.3-70b (or --compare; see --help)');
  }
  const name = positionals[0];
  const failOn = values['fail-on'] === undefined ? undefined : parseSeverity(values['fail-on']);
  const usage = usageFrom(values);
  const model = findModel(catalog, name);
  if (!model) throw unknownModel(name, allModelNames(catalog));

  const result = evaluate(model, usage, { catalog });
  const compliance = usage.euDomiciled || usage.servesEu ? complianceFindings(usage, { licenses: result.licenses }) : [];
  const findings = sortFindings([...result.findings, ...compliance]);

  if (json) {
    const doc = {
      model: result.model,
      licenses: result.licenses,
      findings: findings.map(({ id, severity, topic, message, action, license, section, quote, url }) => ({
        id,
        severity,
        topic,
        message,
        action,
        license,
        section,
        quote,
        url,
      })),
    };
    process.stdout.write(`${toSafeJson(doc, 2)}\n`);
  } else {
    const header = [
      `${sanitizeForTerminal(model.name)} (${model.id})`,
      `Licenses: ${result.licenses.map(sanitizeForTerminal).join(' + ')}`,
      `Findings: ${counts(findings)}`,
    ];
    process.stdout.write(`${header.join('\n')}\n${formatFindings(findings)}\n`);
  }
  return failOn !== undefined && findings.some((f) => atLeast(f.severity, failOn)) ? EXIT_FINDINGS : EXIT_OK;
}
