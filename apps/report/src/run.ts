// The report command: load and validate inputs, assess, render, write, gate. Everything that
// touches files or the terminal lives here; the packages it calls are pure.
import { builtinCatalog, type Catalog, type DataIssue, formatIssue, mergeCatalogChecked, readCatalogFile } from '@llm-adopt/catalog';
import { assess, loadPlan, writeTextFileAtomic } from '@llm-adopt/plan';
import { allFindings, failsGate, markdownToHtml, renderJson, renderMarkdown } from '@llm-adopt/report';
import { parseReportArgs } from './args.js';
import { unknownReferences } from './plan-references.js';
import { toTerminal } from './terminal-text.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, UsageError } from './usage.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

function issuesError(what: string, issues: readonly DataIssue[]): UsageError {
  return new UsageError(`${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues.map(formatIssue));
}

function loadCatalog(files: readonly string[]): Catalog {
  let catalog = builtinCatalog();
  for (const file of files) {
    const read = readCatalogFile(file);
    if (!read.ok) throw issuesError(`invalid catalog file ${file}`, read.issues);
    const merged = mergeCatalogChecked(catalog, read.value, file);
    if (!merged.ok) throw issuesError(`catalog file ${file} conflicts with the catalog`, merged.issues);
    catalog = merged.value;
  }
  return catalog;
}

export function run(argv: readonly string[], io: Io): number {
  try {
    return report(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`llm-adopt-report: ${toTerminal(error.message)}\n`);
      for (const line of error.lines) io.stderr(`${toTerminal(line)}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

function report(argv: readonly string[], io: Io): number {
  const args = parseReportArgs(argv);
  const loaded = loadPlan(args.plan);
  if (!loaded.ok) throw issuesError(`invalid plan ${args.plan}`, loaded.issues);
  const plan = loaded.value.plan;
  const catalog = loadCatalog(args.catalogs);
  const references = unknownReferences(plan, catalog, args.plan);
  if (references.length > 0) throw issuesError(`invalid plan ${args.plan}`, references);
  const assessment = assess(plan, catalog);

  const markdown = args.format === 'json' ? '' : renderMarkdown(assessment, { plan });
  const output = args.format === 'json' ? renderJson(assessment) : args.format === 'html' ? markdownToHtml(markdown) : markdown;
  if (args.out === null) io.stdout(output);
  else {
    const written = writeTextFileAtomic(args.out, output);
    if (!written.ok) throw new UsageError(written.message);
    io.stderr(`llm-adopt-report: wrote ${toTerminal(args.out)} (${args.format}, ${Buffer.byteLength(output)} bytes)\n`);
  }

  for (const problem of assessment.problems) io.stderr(`llm-adopt-report: warning: ${toTerminal(problem)}\n`);
  const gating = allFindings(assessment).filter((f) => failsGate(f.severity, args.failOn));
  if (gating.length === 0) return EXIT_OK;
  const list = gating
    .slice(0, 5)
    .map((f) => `${f.id}${f.model === null ? '' : ` (${f.model})`}`)
    .join(', ');
  io.stderr(
    `llm-adopt-report: ${gating.length} finding${gating.length === 1 ? '' : 's'} at or above ${args.failOn}: ${toTerminal(list)}${gating.length > 5 ? ', …' : ''}\n`,
  );
  return EXIT_FINDINGS;
}
