// Loads a CommonJS bundle with a V8 code cache made at build time. Node 20 keeps no compile cache for
// ES modules, and compiling the report's ~1 MB of code (then each function on its first call) was
// most of its start-up. The cache holds the bytecode of every function a warm-up report ran, so a
// start deserialises instead of compiling. V8 rejects a cache from another Node version or other
// flags (or a missing one); then the bundle simply compiles as usual. Nothing is written at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type Wrapper = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** The V8 code cache of `bundle` lives beside it. */
export function codeCacheFile(bundle: string): string {
  return `${bundle}.code-cache`;
}

/** Compiles `bundle` (a file path) with its code cache when V8 accepts it. */
export function compileCommonJs(bundle: string): { script: Script; cacheRejected: boolean } {
  const source = readFileSync(bundle, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(codeCacheFile(bundle));
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  return { script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}

/** Runs a compiled bundle as a CommonJS module and returns its exports. */
export function evaluateCommonJs(script: Script, bundle: string): unknown {
  const module = { exports: {} };
  const wrapper = script.runInThisContext() as Wrapper;
  wrapper(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports;
}

export function loadCommonJs(bundle: URL): unknown {
  const file = fileURLToPath(bundle);
  return evaluateCommonJs(compileCommonJs(file).script, file);
}
