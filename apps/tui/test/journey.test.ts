// A real-terminal journey: the BUILT `llm-adopt` runs inside tmux (a real pty and terminal emulator),
// driven with send-keys and read back with capture-pane, as a person would use it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPlan } from '@llm-adopt/plan';
import { afterAll, describe, expect, it } from 'vitest';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('journey.test: tmux is not installed, skipping the real-terminal journey (CI installs it with apt)');

const socket = `llm-adopt-journey-${process.pid}`;
const session = 'journey';
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session);
const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);
const type = (text: string) => tmux('send-keys', '-t', session, '-l', text);

/** Polls the screen until `predicate` holds (never a fixed sleep); fails with the last screen. */
async function waitForScreen(predicate: (s: string) => boolean, what: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      last = screen();
    } catch {
      last = '(no session)';
    }
    if (predicate(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${last}`);
}
const waitFor = (text: string, timeoutMs?: number) => waitForScreen((s) => s.includes(text), JSON.stringify(text), timeoutMs);

/** The line with the cursor (›) on it. */
const focusedLine = (s: string) => s.split('\n').find((l) => l.includes('›')) ?? '';

function start(dir: string, size: { x: number; y: number }, env = '') {
  // `; sleep` keeps the pane open after exit so the final output can be read.
  tmux('new-session', '-d', '-s', session, '-x', String(size.x), '-y', String(size.y), '-c', dir, `${env}node ${cli}; echo "EXIT=$?"; sleep 600`);
}

describe.skipIf(!hasTmux)('llm-adopt in a real terminal (tmux)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'llm-adopt-journey-'));
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('walks a new plan from profile to checklist, saves on quit, and resumes where it left off', { timeout: 180_000 }, async () => {
    expect(existsSync(cli), 'build the app first: pnpm turbo run build --filter=@llm-adopt/tui').toBe(true);
    start(dir, { x: 100, y: 30 });
    await waitFor('Start a new plan');
    keys('Enter');
    await waitFor('Profile — what the model is for');

    // Profile: tick "Coding", type two languages and a context size.
    keys('j');
    await waitFor('› Use cases');
    keys('Enter');
    await waitFor('[ ] Coding');
    keys('Space');
    await waitFor('[x] Coding');
    keys('Enter');
    await waitFor('Use cases                 Coding');
    keys('j');
    await waitFor('› Languages');
    keys('Enter');
    await waitFor('Enter saves · Esc cancels');
    keys('BSpace', 'BSpace');
    // FORCE_COLOR=0 reaches the app through tmux (see the NO_COLOR test), so the cursor is the ▏ glyph here.
    await waitForScreen((s) => focusedLine(s).trimEnd().endsWith('│ › ▏'), 'the emptied language field');
    type('en, ko');
    await waitFor('› en, ko▏');
    // The cursor moves inside the text: ← ← then typing inserts before "ko"; ← → never leave the field.
    keys('Left', 'Left');
    await waitFor('› en, ▏ko');
    type('fr, ');
    await waitFor('› en, fr, ▏ko');
    keys('End');
    await waitFor('› en, fr, ko▏');
    keys('Enter');
    await waitFor('Languages                 en, fr, ko');
    keys('j');
    await waitFor('› Context needed');
    keys('Enter');
    await waitFor('› 8192');
    keys('BSpace', 'BSpace', 'BSpace', 'BSpace');
    type('32k');
    await waitFor('› 32k');
    keys('Enter');
    await waitFor('Context needed            32,000 tokens');

    // Hardware: one RTX 4090 from the catalog.
    keys('Tab');
    await waitFor('+ Add a GPU from the catalog');
    keys('Enter');
    await waitFor('Add a GPU');
    for (let i = 0; i < 40 && !focusedLine(screen()).includes('RTX 4090'); i++) {
      const before = focusedLine(screen());
      keys('j');
      await waitForScreen((s) => focusedLine(s) !== before, 'the cursor to move');
    }
    expect(focusedLine(screen())).toContain('NVIDIA GeForce RTX 4090');
    keys('Enter');
    await waitFor('1 × NVIDIA GeForce RTX 4090 (24.0 GiB, 1008 GB/s)');

    // Shortlist: pick the top-ranked model.
    keys('Tab');
    const shortlist = await waitFor('— score', 30_000);
    const picked = /› \[ \]\s+1 (.+?)\s{2,}/.exec(shortlist)?.[1]?.replace(/…$/, '');
    expect(picked, shortlist).toBeTruthy();
    keys('Space');
    await waitFor('› [x]  1');
    await waitFor('(1 picked)');

    // Sizing: the candidate's quantizations, memory, fit and run command.
    keys('Tab');
    const sizing = await waitFor('Run:', 30_000);
    expect(sizing).toMatch(/Fit: (fits|fits-tight|needs-more-gpus|needs-offload|does-not-fit) · /);
    expect(sizing).toContain('◉');

    // Checklist: mark the first PoC item done (Space cycles to do → in progress → done).
    keys('Tab', 'Tab', 'Tab');
    await waitFor('[ ] POC-01', 30_000);
    keys('Space');
    await waitFor('[~] POC-01');
    keys('Space');
    await waitFor('[x] POC-01');
    await waitFor('✓ saved');

    keys('q');
    const quit = await waitFor('EXIT=');
    expect(quit).toContain('Plan saved to ./adoption-plan.yaml. Resume with: llm-adopt');
    expect(quit).toContain('EXIT=0');

    // The saved plan holds every answer and where the team stopped.
    const loaded = loadPlan(join(dir, 'adoption-plan.yaml'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const plan = loaded.value.plan;
    expect(plan.profile.useCases).toEqual(['coding']);
    expect(plan.profile.languages).toEqual(['en', 'fr', 'ko']);
    expect(plan.profile.contextTokens).toBe(32_000);
    expect(plan.profile.hardwareOnHand).toEqual([{ gpu: 'rtx-4090', count: 1 }]);
    expect(plan.candidates).toHaveLength(1);
    expect(plan.candidates[0]?.hardware).toEqual({ gpu: 'rtx-4090', count: 1 });
    expect(plan.checklist['POC-01']).toEqual({ status: 'done' });
    expect(plan.ui).toMatchObject({ step: 'checklist', tab: { checklist: 0 }, cursor: { checklist: 0 } });
    expect(existsSync(join(dir, 'adoption-plan.yaml.lock'))).toBe(false);

    // Reopen: the start screen shows the progress; Enter returns to the same step with the same state.
    tmux('kill-session', '-t', session);
    start(dir, { x: 100, y: 30 });
    const resume = await waitFor('Resume');
    expect(resume).toContain('at Checklist · 1 use case(s) · 1 candidate(s) · 1 checklist item(s) closed');
    keys('Enter');
    const back = await waitFor('[x] POC-01', 30_000);
    expect(back).toContain('▸ 7 Checklist');
    expect(focusedLine(back)).toContain('POC-01');
    expect(readFileSync(join(dir, 'adoption-plan.yaml'), 'utf8')).toContain('status: done');
    keys('q');
    await waitFor('EXIT=0');
  });

  it('fits an 80×24 terminal, and warns a second llm-adopt on the same plan without losing either update', { timeout: 120_000 }, async () => {
    spawnSync('tmux', ['-L', socket, 'kill-session', '-t', session]);
    start(dir, { x: 80, y: 24 }, 'echo OUTPUT-BEFORE-LLM-ADOPT; ');
    await waitFor('Resume');
    keys('Enter');
    const frame = await waitFor('[x] POC-01', 30_000);
    const lines = frame.split('\n');
    // The header is still on the first row: nothing scrolled off, the live area is shorter than 24 rows.
    expect(lines[0]).toContain('llm-adopt · ');
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    // Moving around redraws in place: no full-screen clear wipes what was printed before the app.
    const moves: [string, string][] = [['Tab', '▸ 8 Review'], ['BTab', '▸ 7 Checklist'], ['j', '› [ ] POC-02'], ['k', '› [x] POC-01'], [']', '[Pilot'], ['[', '[PoC']];
    for (const [k, shows] of moves) {
      keys(k);
      await waitFor(shows);
    }
    expect(tmux('capture-pane', '-p', '-S', '-200', '-t', session)).toContain('OUTPUT-BEFORE-LLM-ADOPT');

    // A second llm-adopt on the same plan, in another window.
    tmux('new-window', '-t', session, '-c', dir, `node ${cli}; echo "EXIT2=$?"; sleep 600`);
    const second = `${session}:1`;
    const screen2 = () => tmux('capture-pane', '-p', '-t', second);
    const waitFor2 = async (text: string) => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const s = screen2();
        if (s.includes(text)) return s;
        if (Date.now() > deadline) throw new Error(`second window: timed out waiting for ${text}:\n${s}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await waitFor2('Resume');
    tmux('send-keys', '-t', second, 'Enter');
    const warned = await waitFor2('[x] POC-01');
    expect(warned).toMatch(/⚠ Plan open in another llm-adopt \(pid \d+\): saves won't overwrite it\n/);
    // The second editor changes POC-01 (done → n/a) and saves: the file had not changed since it loaded it.
    tmux('send-keys', '-t', second, 'Space');
    await waitFor2('[-] POC-01');
    await waitFor2('✓ saved');

    // The first editor changes it too: its save is refused, nothing of the second editor's work is lost.
    tmux('select-window', '-t', `${session}:0`);
    keys('Space');
    await waitFor('✖ not saved: changed elsewhere');
    const onDisk = loadPlan(join(dir, 'adoption-plan.yaml'));
    expect(onDisk.ok && onDisk.value.plan.checklist['POC-01']).toEqual({ status: 'not-applicable' });

    // Quitting the first: it says it could not save; a second q quits without saving (exit 1).
    keys('q');
    await waitFor('Not saved.');
    keys('q');
    const quit = await waitFor('EXIT=');
    expect(quit).toContain('llm-adopt: quit without saving the last changes');
    expect(quit).toContain('EXIT=1');
    tmux('send-keys', '-t', second, 'q');
    await waitFor2('EXIT2=0');
  });

  /** Resumes the plan, goes to the Profile step and opens the Project name field. */
  async function openProjectName() {
    keys('Enter');
    await waitFor('steps done', 30_000);
    for (let i = 0; i < 8 && !screen().includes('▸ 1 Profile'); i++) {
      keys('BTab');
      await new Promise((r) => setTimeout(r, 150));
    }
    await waitFor('▸ 1 Profile');
    for (let i = 0; i < 12 && !screen().includes('› Project name'); i++) keys('k');
    await waitFor('› Project name');
    keys('Enter');
    return waitFor('Enter saves · Esc cancels');
  }

  it('draws without colour under NO_COLOR', { timeout: 90_000 }, async () => {
    spawnSync('tmux', ['-L', socket, 'kill-session', '-t', session]);
    // The test process pins FORCE_COLOR=0 (test/setup.ts) and tmux passes it on: unset it so only NO_COLOR decides.
    start(dir, { x: 100, y: 30 }, 'env -u FORCE_COLOR NO_COLOR=1 ');
    await waitFor('From “we want an open model”');
    // -e keeps the escape sequences that set colours and styles: there must be none.
    const styled = tmux('capture-pane', '-p', '-e', '-t', session);
    expect(styled).not.toMatch(/\u001B\[[0-9;]*m/);
    // The text cursor stays visible without colour or inverse video: a ▏ glyph after the text.
    const field = await openProjectName();
    expect(focusedLine(field)).toMatch(/› .*▏/);
    expect(tmux('capture-pane', '-p', '-e', '-t', session)).not.toMatch(/\u001B\[[0-9;]*m/);
    keys('Escape');
    await waitFor('› Project name');
    keys('q');
    await waitFor('EXIT=');
    // The same screen with colour: the accent colour is there (so the check above can fail).
    spawnSync('tmux', ['-L', socket, 'kill-session', '-t', session]);
    start(dir, { x: 100, y: 30 }, 'env -u FORCE_COLOR -u NO_COLOR ');
    await waitFor('From “we want an open model”');
    expect(tmux('capture-pane', '-p', '-e', '-t', session)).toMatch(/\u001B\[[0-9;]*36[;m]/);
    // With colour the cursor is an inverse-video cell (SGR 7) and no glyph is added.
    const colourField = await openProjectName();
    expect(focusedLine(colourField)).not.toContain('▏');
    expect(tmux('capture-pane', '-p', '-e', '-t', session)).toMatch(/\u001B\[(?:\d+;)*7(?:;\d+)*m/);
    keys('Escape');
    await waitFor('› Project name');
    keys('q');
    await waitFor('EXIT=');
  });
});
