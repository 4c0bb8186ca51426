/**
 * Issue 9, "Crash during save": a child process saves a plan in a loop (through saveTextVersioned,
 * the crash-safe core of savePlan) and is killed with SIGKILL at random moments, 200 times. After every kill the plan parses and is exactly one of the versions
 * the child wrote (never a mix), at least as new as the last save the child reported, and the
 * backup holds the version before it (or the same one, when the kill fell between the two writes).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlanText, serializePlan } from '../plan-text.js';
import { samplePlan } from '../test-support/plans.js';
import { savePlan } from './plan-file.js';

const KILLS = 200;
const child = fileURLToPath(new URL('../test-support/save-loop.mjs', import.meta.url));
const built = fileURLToPath(new URL('../../dist/io/atomic-save.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Deterministic pseudo-random kill delays (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function runAndKill(file: string, template: string, delayMs: number): Promise<{ lastReported: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, file, template], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (timer === undefined && out.includes('ready\n')) timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    proc.on('error', reject);
    proc.on('exit', () => {
      clearTimeout(timer);
      const numbers = out.split('\n').filter((l) => /^\d+$/.test(l)).map(Number);
      resolve({ lastReported: numbers.at(-1) ?? -1, stderr });
    });
  });
}

const iteration = (text: string): number => Number(/description: iteration (\d+)/.exec(text)?.[1] ?? Number.NaN);

describe('crash during save', () => {
  // Four files killed in parallel (50 kills each): spawning Node dominates, so this keeps the wall time short.
  const WORKERS = 4;
  it.skipIf(!existsSync(built))(`${KILLS} SIGKILLs during saves leave zero corrupt plan files`, { timeout: 300_000 }, async () => {
    const base = samplePlan('iteration 0');
    const versionText = (n: number) => serializePlan({ ...base, project: { ...base.project, description: `iteration ${n}` } }, 'yaml');
    const template = versionText(Number.NaN).replace('iteration NaN', '__N__');
    expect(template).toContain('description: __N__');
    let corrupt = 0;
    let inFlight = 0;
    let kills = 0;
    const worker = async (w: number) => {
      const file = join(dir, `crash-${w}.plan.yaml`);
      expect(savePlan(file, base).ok).toBe(true);
      const next = random(9 + w);
      let previous = 0;
      for (let k = 0; k < KILLS / WORKERS; k++) {
        const { lastReported, stderr } = await runAndKill(file, template, Math.floor(next() * 25));
        kills++;
        expect(stderr).toBe('');
        const text = readFileSync(file, 'utf8');
        const n = iteration(text);
        const parsed = parsePlanText(text, file);
        if (!parsed.ok || text !== versionText(n)) corrupt++;
        // Never older than what the child reported as saved, nor than before this run.
        expect(n).toBeGreaterThanOrEqual(Math.max(lastReported, previous));
        if (existsSync(`${file}.bak`)) {
          const bak = readFileSync(`${file}.bak`, 'utf8');
          const b = iteration(bak);
          expect(bak).toBe(versionText(b));
          expect([n - 1, n]).toContain(b);
        } else {
          // No backup yet: the child was killed before its first save completed.
          expect(n).toBe(0);
        }
        if (n > lastReported) inFlight++;
        previous = n;
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    expect(kills).toBe(KILLS);
    expect(corrupt).toBe(0);
    // Some kills landed while a save was in flight (the file is newer than the child's last report).
    expect(inFlight).toBeGreaterThan(0);
  });
});
