// Wait for what the screen shows instead of sleeping a fixed time (Shopify cli-kit's
// sendInputAndWaitForContent): React 19 schedules renders, so yield and re-check.

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

/** Resolves with the first frame that satisfies `predicate`; fails with the last frame after `timeoutMs`. */
export async function waitForFrame(lastFrame: () => string | undefined, predicate: (frame: string) => boolean, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = lastFrame() ?? '';
    if (predicate(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the frame; last frame:\n${frame}`);
    await tick();
  }
}

/** Waits until the frame contains `text`. */
export function waitForText(lastFrame: () => string | undefined, text: string, timeoutMs?: number): Promise<string> {
  return waitForFrame(lastFrame, (f) => f.includes(text), timeoutMs);
}

type TestStdin = { write: (s: string) => void; listenerCount: (event: string) => number };

/** Ink subscribes to stdin in an effect, after the first frame: keys written before that are lost. */
export async function waitForInputReady(stdin: TestStdin, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (stdin.listenerCount('readable') === 0) {
    if (Date.now() > deadline) throw new Error('the app never started reading keys');
    await tick();
  }
}

/** Writes keys once the app reads them, and waits until the frame contains `text`. */
export async function sendAndWaitFor(stdin: TestStdin, lastFrame: () => string | undefined, keys: string, text: string): Promise<string> {
  await waitForInputReady(stdin);
  stdin.write(keys);
  return waitForText(lastFrame, text);
}

export const KEYS = { up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', enter: '\r', esc: '\u001B', tab: '\t', shiftTab: '\u001B[Z', space: ' ' } as const;

/**
 * Types into a text field that has just opened. The field subscribes to keys in an effect after its
 * first frame, so the first key is repeated until it shows up; the rest follow in one write.
 */
export async function typeIntoNewField(stdin: TestStdin, lastFrame: () => string | undefined, text: string, shown: (typed: string) => string): Promise<string> {
  const first = text.slice(0, 1);
  for (let attempt = 0; ; attempt++) {
    stdin.write(first);
    try {
      await waitForText(lastFrame, shown(first), 200);
      break;
    } catch (error) {
      if (attempt >= 20) throw error;
    }
  }
  stdin.write(text.slice(1));
  return waitForText(lastFrame, shown(text));
}
