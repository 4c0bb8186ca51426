// The only place keys are defined (command → keys → description). Input handling, the footer hints and
// the `?` help screen are all derived from this table, so they cannot disagree.
import type { Key } from 'ink';

export const Command = {
  Up: 'nav.up',
  Down: 'nav.down',
  PageUp: 'nav.page-up',
  PageDown: 'nav.page-down',
  NextStep: 'step.next',
  PrevStep: 'step.prev',
  NextTab: 'tab.next',
  PrevTab: 'tab.prev',
  Select: 'item.select',
  Toggle: 'item.toggle',
  Remove: 'item.remove',
  Back: 'back',
  Help: 'help',
  Quit: 'quit',
} as const;
export type Command = (typeof Command)[keyof typeof Command];

/** A special key by its Ink flag name, or a printable character; `ctrl`/`shift` must match exactly when given. */
export type KeyBinding =
  | { readonly special: SpecialKey; readonly ctrl?: boolean; readonly shift?: boolean }
  | { readonly char: string; readonly ctrl?: boolean };

export type SpecialKey =
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'return'
  | 'escape'
  | 'tab'
  | 'backspace'
  | 'delete';

export interface CommandSpec {
  readonly keys: readonly KeyBinding[];
  /** How the keys are written in hints and help. */
  readonly label: string;
  /** Short verb for the footer. */
  readonly hint: string;
  /** One line for the help screen. */
  readonly description: string;
}

export const keymap: Readonly<Record<Command, CommandSpec>> = {
  [Command.Up]: {
    keys: [{ special: 'upArrow' }, { char: 'k' }],
    label: '↑/k',
    hint: 'move',
    description: 'Move the cursor up',
  },
  [Command.Down]: {
    keys: [{ special: 'downArrow' }, { char: 'j' }],
    label: '↓/j',
    hint: 'move',
    description: 'Move the cursor down',
  },
  [Command.PageUp]: {
    keys: [{ special: 'pageUp' }],
    label: 'PgUp',
    hint: 'page',
    description: 'Scroll a long list up by a page',
  },
  [Command.PageDown]: {
    keys: [{ special: 'pageDown' }],
    label: 'PgDn',
    hint: 'page',
    description: 'Scroll a long list down by a page',
  },
  [Command.NextStep]: {
    keys: [{ special: 'tab', shift: false }, { special: 'rightArrow' }],
    label: 'Tab/→',
    hint: 'next step',
    description: 'Next step (in a text field → is cursor)',
  },
  [Command.PrevStep]: {
    keys: [{ special: 'tab', shift: true }, { special: 'leftArrow' }],
    label: 'S-Tab/←',
    hint: 'prev step',
    description: 'Prev step (in a text field ← is cursor)',
  },
  [Command.NextTab]: {
    keys: [{ char: ']' }],
    label: ']',
    hint: 'next tab',
    description: 'Next tab (phase, candidate)',
  },
  [Command.PrevTab]: {
    keys: [{ char: '[' }],
    label: '[',
    hint: 'prev tab',
    description: 'Previous tab (phase, candidate)',
  },
  [Command.Select]: {
    keys: [{ special: 'return' }],
    label: 'Enter',
    hint: 'open/edit',
    description: 'Edit the field, open or confirm',
  },
  [Command.Toggle]: {
    keys: [{ char: ' ' }],
    label: 'Space',
    hint: 'toggle',
    description: 'Tick, pick, or cycle a status',
  },
  [Command.Remove]: {
    keys: [{ char: 'x' }, { special: 'delete' }],
    label: 'x/Del',
    hint: 'remove',
    description: 'Remove the device or candidate',
  },
  [Command.Back]: {
    keys: [{ special: 'escape' }],
    label: 'Esc',
    hint: 'back',
    description: 'Close editor/list/help; step back',
  },
  [Command.Help]: {
    keys: [{ char: '?' }],
    label: '?',
    hint: 'help',
    description: 'Show or hide this help',
  },
  [Command.Quit]: {
    keys: [{ char: 'q' }, { char: 'c', ctrl: true }],
    label: 'q/Ctrl+C',
    hint: 'save & quit',
    description: 'Save, quit, print how to resume',
  },
};

/**
 * Keys of an open text field. The field owns them while it is open (the app's own handler is off then), so
 * ← → move its cursor instead of changing step, and Del deletes instead of removing a device. Backspace and
 * Del are told apart from the raw input (`parseTextInput`): Ink reports both as `delete`.
 */
export const TextCommand = {
  CursorLeft: 'text.left',
  CursorRight: 'text.right',
  CursorStart: 'text.start',
  CursorEnd: 'text.end',
  DeleteBack: 'text.delete-back',
  DeleteForward: 'text.delete-forward',
} as const;
export type TextCommand = (typeof TextCommand)[keyof typeof TextCommand];

export const textKeymap: Readonly<Record<TextCommand, CommandSpec>> = {
  [TextCommand.CursorLeft]: { keys: [{ special: 'leftArrow' }], label: '←', hint: 'cursor', description: 'Move the cursor one character left' },
  [TextCommand.CursorRight]: { keys: [{ special: 'rightArrow' }], label: '→', hint: 'cursor', description: 'Move the cursor one character right' },
  [TextCommand.CursorStart]: {
    keys: [{ special: 'home' }, { char: 'a', ctrl: true }],
    label: 'Home/Ctrl+A',
    hint: 'jump',
    description: 'Jump to the start of the text',
  },
  [TextCommand.CursorEnd]: {
    keys: [{ special: 'end' }, { char: 'e', ctrl: true }],
    label: 'End/Ctrl+E',
    hint: 'jump',
    description: 'Jump to the end of the text',
  },
  [TextCommand.DeleteBack]: { keys: [{ special: 'backspace' }], label: 'Backspace', hint: 'delete', description: 'Delete the character before the cursor' },
  [TextCommand.DeleteForward]: { keys: [{ special: 'delete' }], label: 'Del', hint: 'delete', description: 'Delete the character under the cursor' },
};

/** Any command of the app or of a text field, for hints and help. */
export type AnyCommand = Command | TextCommand;

function specOf(command: AnyCommand): CommandSpec {
  return command in textKeymap ? textKeymap[command as TextCommand] : keymap[command as Command];
}

const SPECIAL_KEYS: readonly SpecialKey[] = [
  'upArrow',
  'downArrow',
  'leftArrow',
  'rightArrow',
  'pageUp',
  'pageDown',
  'home',
  'end',
  'return',
  'escape',
  'tab',
  'backspace',
  'delete',
];

function bindingMatches(binding: KeyBinding, input: string, key: Key): boolean {
  if ('special' in binding) {
    if (!key[binding.special]) return false;
    if (binding.shift !== undefined && binding.shift !== key.shift) return false;
    return binding.ctrl === undefined || binding.ctrl === key.ctrl;
  }
  // A printable binding never fires together with a special key (Ink reports e.g. Tab with input '\t').
  if (SPECIAL_KEYS.some((name) => key[name])) return false;
  if ((binding.ctrl ?? false) !== key.ctrl) return false;
  return input === binding.char;
}

/** True when the key event (as Ink's `useInput` reports it) is bound to `command`. */
export function matches(command: Command, input: string, key: Key): boolean {
  return keymap[command].keys.some((binding) => bindingMatches(binding, input, key));
}

/** The text-field command bound to this key event (from `parseTextInput`), if any. */
export function textCommandFor(input: string, key: Key): TextCommand | undefined {
  return (Object.keys(textKeymap) as TextCommand[]).find((command) => textKeymap[command].keys.some((binding) => bindingMatches(binding, input, key)));
}

/** The first command among `allowed` bound to this key event, in the order given. */
export function commandFor(input: string, key: Key, allowed: readonly Command[]): Command | undefined {
  return allowed.find((command) => matches(command, input, key));
}

/** Footer text for the commands available right now: "↑/k ↓/j move · Enter open/edit · ? help". */
export function footerHints(available: readonly AnyCommand[]): string {
  const parts: string[] = [];
  const seen = new Map<string, number>();
  for (const command of available) {
    const { label, hint } = specOf(command);
    // Commands sharing a hint (up/down) are shown once with both labels.
    const at = seen.get(hint);
    if (at !== undefined) {
      parts[at] = `${parts[at]?.replace(` ${hint}`, '')} ${label} ${hint}`;
      continue;
    }
    seen.set(hint, parts.length);
    parts.push(`${label} ${hint}`);
  }
  return parts.join(' · ');
}

/** Rows of the help screen: every command with its keys and description, in keymap order, then the text field's keys under a heading row. */
export function helpRows(): { label: string; description: string }[] {
  const row = (spec: CommandSpec) => ({ label: spec.label, description: spec.description });
  return [
    ...(Object.keys(keymap) as Command[]).map((command) => row(keymap[command])),
    { label: '', description: 'Text field: Enter saves, Esc cancels' },
    ...(Object.keys(textKeymap) as TextCommand[]).map((command) => row(textKeymap[command])),
  ];
}

// The escape sequences a burst may carry, as xterm and tmux send them.
const BURST_SEQUENCES: Readonly<Record<string, Partial<Key>>> = {
  '\u001B[A': { upArrow: true },
  '\u001B[B': { downArrow: true },
  '\u001B[C': { rightArrow: true },
  '\u001B[D': { leftArrow: true },
  '\u001BOA': { upArrow: true },
  '\u001BOB': { downArrow: true },
  '\u001BOC': { rightArrow: true },
  '\u001BOD': { leftArrow: true },
  '\u001B[Z': { tab: true, shift: true },
  '\u001B[5~': { pageUp: true },
  '\u001B[6~': { pageDown: true },
  '\u001B[3~': { delete: true },
  '\u001B[H': { home: true },
  '\u001B[F': { end: true },
  '\u001BOH': { home: true },
  '\u001BOF': { end: true },
  '\u001B[1~': { home: true },
  '\u001B[4~': { end: true },
  '\u001B[7~': { home: true },
  '\u001B[8~': { end: true },
};

/**
 * Raw terminal input for a text field (Ink's stdin events, before its key parser): escape sequences become
 * key events, Backspace (DEL or ^H) and Del (ESC[3~) stay distinct, Ctrl+letter becomes the letter with
 * `ctrl`, Enter becomes `return`, and each run of printable text is one event so a pasted emoji or Korean
 * word stays whole. Unknown escape sequences (bracketed-paste markers, F-keys) are dropped.
 */
export function parseTextInput(raw: string): Array<[string, Key]> {
  const events: Array<[string, Key]> = [];
  let text = '';
  const flush = () => {
    if (text !== '') events.push([text, NO_KEY]);
    text = '';
  };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] ?? '';
    if (ch === '\u001B') {
      flush();
      const match = /^\u001B(?:\[[0-9;]*[~A-Za-z]|O[A-Za-z])?/.exec(raw.slice(i))?.[0] ?? '\u001B';
      const flags = match === '\u001B' ? { escape: true } : BURST_SEQUENCES[match];
      if (flags) events.push(['', { ...NO_KEY, ...flags }]);
      i += match.length;
      continue;
    }
    i += 1;
    if (ch >= ' ' && ch !== '\u007F') {
      text += ch;
      continue;
    }
    flush();
    if (ch === '\r' || ch === '\n') events.push(['\r', { ...NO_KEY, return: true }]);
    else if (ch === '\t') events.push(['\t', { ...NO_KEY, tab: true }]);
    else if (ch === '\u007F' || ch === '\b') events.push(['', { ...NO_KEY, backspace: true }]);
    else if (ch >= '\u0001' && ch <= '\u001A') events.push([String.fromCharCode(ch.charCodeAt(0) + 96), { ...NO_KEY, ctrl: true }]);
  }
  flush();
  return events;
}

/**
 * Ink hands over a burst of keys that arrive in one read (fast typing, a slow link, tmux send-keys)
 * as one multi-character `input` it cannot parse. Split such a burst back into single key events so
 * no key is lost. Unknown escape sequences are dropped rather than typed.
 */
export function splitKeyBurst(input: string, key: Key): Array<[string, Key]> {
  if (input.length <= 1 || key.ctrl || key.meta) return [[input, key]];
  const events: Array<[string, Key]> = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] ?? '';
    if (ch === '\u001B') {
      const match = /^\u001B(?:\[[0-9;]*[~A-Za-z]|O[A-Za-z])?/.exec(input.slice(i))?.[0] ?? '\u001B';
      const flags = match === '\u001B' ? { escape: true } : BURST_SEQUENCES[match];
      if (flags) events.push(['', { ...NO_KEY, ...flags }]);
      i += match.length;
      continue;
    }
    i += 1;
    if (ch === '\r' || ch === '\n') events.push(['\r', { ...NO_KEY, return: true }]);
    else if (ch === '\t') events.push(['\t', { ...NO_KEY, tab: true }]);
    else if (ch === '\u007F' || ch === '\b') events.push(['', { ...NO_KEY, backspace: true }]);
    else if (ch >= ' ') events.push([ch, { ...NO_KEY, shift: ch !== ch.toLowerCase() }]);
  }
  return events;
}

/** An Ink `Key` with every flag off — the base for building key events in tests and the tmux driver. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};
