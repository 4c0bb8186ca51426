// Sums vitest's JSON reports over every workspace package and prints "N passed, N failed".
// A package with a test script but no report counts as one failure: its run crashed before reporting.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
for (const group of ['packages', 'apps']) {
  for (const name of readdirSync(group)) {
    const dir = join(group, name);
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test) continue;
    const report = join(dir, '.test-results', 'vitest.json');
    if (!existsSync(report)) {
      console.log(`${dir}: no test report (the test run did not finish)`);
      failed += 1;
      continue;
    }
    const result = JSON.parse(readFileSync(report, 'utf8'));
    // Suites that fail to load report no tests; count each such file as a failure.
    const brokenFiles = (result.testResults ?? []).filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    console.log(`${dir}: ${result.numPassedTests} passed, ${result.numFailedTests + brokenFiles} failed`);
    passed += result.numPassedTests;
    failed += result.numFailedTests + brokenFiles;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
