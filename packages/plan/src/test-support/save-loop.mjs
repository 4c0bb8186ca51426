// Child process of crash-during-save.test.ts: saves version after version of a plan at argv[2]
// through the same crash-safe core savePlan uses (saveTextVersioned), until it is killed.
// argv[3] is the plan text of version "__N__" (serialised by the parent with serializePlan);
// version n replaces __N__ with `iteration n`. Each completed save prints n.
// It imports only the light core so that 200 spawns stay fast.
import { readFileSync } from 'node:fs';
import { saveTextVersioned } from '../../dist/io/atomic-save.js';
import { versionToken } from '../../dist/io/version-token.js';

const [file, template] = process.argv.slice(2);
const current = readFileSync(file, 'utf8');
let token = versionToken(new TextEncoder().encode(current));
let n = Number(/description: iteration (\d+)/.exec(current)?.[1] ?? 0);
process.stdout.write('ready\n');
for (;;) {
  n++;
  const result = saveTextVersioned(file, template.replace('__N__', `iteration ${n}`), { expectedVersionToken: token });
  if (!result.ok) {
    process.stderr.write(`${result.error.message}\n`);
    process.exit(4);
  }
  token = result.versionToken;
  process.stdout.write(`${n}\n`);
}
