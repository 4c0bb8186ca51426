// A one-line text editor as a pure value: the text and a cursor that moves by grapheme cluster (what a
// reader sees as one character: 한, é written as e + U+0301, 👩‍💻), so ← → Backspace and Del never split
// one. The text field (components/text-field.tsx) maps keys to these actions and draws `cursorParts`.

// Made on first use: the app starts without a text field open, and start-up time is measured.
let graphemes: Intl.Segmenter | undefined;

/** `cursor` is a UTF-16 offset into `value`, always on a grapheme boundary (0 = before the first). */
export interface TextEdit {
  readonly value: string;
  readonly cursor: number;
}

export type TextEditAction =
  | { readonly type: 'insert'; readonly text: string }
  | { readonly type: 'left' | 'right' | 'home' | 'end' | 'delete-back' | 'delete-forward' };

/** A field holding `value` with the cursor after its last character (where typing continues). */
export function textEdit(value: string): TextEdit {
  const clean = printable(value);
  return { value: clean, cursor: clean.length };
}

/** Offsets where grapheme clusters start, plus the end: `"a한"` → `[0, 1, 2]`, `"👩‍💻"` → `[0, 5]`. */
export function graphemeBoundaries(value: string): number[] {
  const bounds = [0];
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { index, segment } of graphemes.segment(value)) bounds.push(index + segment.length);
  return bounds;
}

function previousBoundary(value: string, cursor: number): number {
  const bounds = graphemeBoundaries(value);
  for (let i = bounds.length - 1; i >= 0; i--) if ((bounds[i] ?? 0) < cursor) return bounds[i] ?? 0;
  return 0;
}

function nextBoundary(value: string, cursor: number): number {
  return graphemeBoundaries(value).find((b) => b > cursor) ?? value.length;
}

/** Typed or pasted text without control characters (C0, DEL, C1): a one-line field holds printable text only. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

export function applyTextEdit(state: TextEdit, action: TextEditAction): TextEdit {
  const { value, cursor } = state;
  switch (action.type) {
    case 'left':
      return { value, cursor: previousBoundary(value, cursor) };
    case 'right':
      return { value, cursor: nextBoundary(value, cursor) };
    case 'home':
      return { value, cursor: 0 };
    case 'end':
      return { value, cursor: value.length };
    case 'delete-back': {
      const from = previousBoundary(value, cursor);
      return { value: value.slice(0, from) + value.slice(cursor), cursor: from };
    }
    case 'delete-forward': {
      const to = nextBoundary(value, cursor);
      return { value: value.slice(0, cursor) + value.slice(to), cursor };
    }
    case 'insert': {
      const text = printable(action.text);
      if (text === '') return state;
      const next = value.slice(0, cursor) + text + value.slice(cursor);
      const at = cursor + text.length;
      // A combining mark typed after a base letter joins its cluster; keep the cursor on a boundary.
      const bounds = graphemeBoundaries(next);
      return { value: next, cursor: bounds.includes(at) ? at : (bounds.find((b) => b > at) ?? next.length) };
    }
  }
}

/** The text before the cursor, the grapheme under it ('' at the end) and the rest, for drawing. */
export function cursorParts(state: TextEdit): { before: string; at: string; after: string } {
  const end = nextBoundary(state.value, state.cursor);
  return { before: state.value.slice(0, state.cursor), at: state.value.slice(state.cursor, end), after: state.value.slice(end) };
}
