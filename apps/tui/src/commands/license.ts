import { UsageError } from './command.js';

// Placeholder until the license command lands; see the issue that owns it.
export async function run(_argv: string[]): Promise<number> {
  throw new UsageError('the "license" command is not available yet');
}
