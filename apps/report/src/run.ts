// The report command: load and validate inputs, assess, render, write, gate. Everything that
// touches files or the terminal lives here; the packages it calls are pure.
import { builtinCatalog, type Catalog } from '@llm-adopt/catalog';
import { assess, loadPlan, writeTextFileAtomic } from '@llm-adopt/plan';
import { allFindings, failsGate, renderHtml, renderJson, renderMarkdown } from '@llm-adopt/report';
import { parseReportArgs } from './args.js';
import { issuesError } from './input-errors.js';
import { unknownReferences } from './plan-references.js';
import { toTerminal } from './terminal-text.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, UsageError } from './usage.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * Code loaded on demand: most runs do not need the catalog-file validator (a large precompiled ajv
 * module), and loading code is most of a report's start-up (docs/performance.md). The built CLI
 * passes a loader for the separate bundle dist/catalog-files.cjs.
 */
export interface LazyParts {
  catalogFiles(): Promise<typeof import('./catalog-files.js')> | typeof import('./catalog-files.js');
}

const importedParts: LazyParts = { catalogFiles: () => import('./catalog-files.js') };

async function loadCatalog(files: readonly string[], parts: LazyParts): Promise<Catalog> {
  if (files.length === 0) return builtinCatalog();
  const { loadCatalogFiles } = await parts.catalogFiles();
  const loaded = loadCatalogFiles(builtinCatalog(), files);
  if (!loaded.ok) throw issuesError(loaded.what, loaded.issues);
  return loaded.catalog;
}

export async function run(argv: readonly string[], io: Io, parts: LazyParts = importedParts): Promise<number> {
  try {
    return await report(argv, io, parts);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`llm-adopt-report: ${toTerminal(error.message)}\n`);
      for (const line of error.lines) io.stderr(`${toTerminal(line)}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

async function report(argv: readonly string[], io: Io, parts: LazyParts): Promise<number> {
  const args = parseReportArgs(argv);
  const loaded = loadPlan(args.plan);
  if (!loaded.ok) throw issuesError(`invalid plan ${args.plan}`, loaded.issues);
  const plan = loaded.value.plan;
  const catalog = await loadCatalog(args.catalogs, parts);
  const references = unknownReferences(plan, catalog, args.plan);
  if (references.length > 0) throw issuesError(`invalid plan ${args.plan}`, references);
  const assessment = assess(plan, catalog);

  const output =
    args.format === 'json' ? renderJson(assessment) : args.format === 'html' ? renderHtml(assessment, { plan }) : renderMarkdown(assessment, { plan });
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
