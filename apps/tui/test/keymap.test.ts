import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { Command, commandFor, footerHints, helpRows, keymap, matches, NO_KEY, parseTextInput, splitKeyBurst, TextCommand, textCommandFor, textKeymap } from '../src/keymap.js';

const key = (flags: Partial<Key> = {}): Key => ({ ...NO_KEY, ...flags });
type Event = [input: string, key: Key, name: string];

// Each command with key events that must trigger it and look-alikes that must not (gemini-cli keyMatchers style).
const table: [Command, Event[], Event[]][] = [
  [Command.Up, [['', key({ upArrow: true }), '↑'], ['k', key(), 'k']], [['K', key(), 'K'], ['k', key({ ctrl: true }), 'Ctrl+K']]],
  [Command.Down, [['', key({ downArrow: true }), '↓'], ['j', key(), 'j']], [['J', key(), 'J'], ['', key({ upArrow: true }), '↑']]],
  [Command.PageDown, [['', key({ pageDown: true }), 'PgDn']], [[' ', key(), 'Space']]],
  [Command.NextStep, [['\t', key({ tab: true }), 'Tab'], ['', key({ rightArrow: true }), '→']], [['\t', key({ tab: true, shift: true }), 'Shift+Tab']]],
  [Command.PrevStep, [['\t', key({ tab: true, shift: true }), 'Shift+Tab'], ['', key({ leftArrow: true }), '←']], [['\t', key({ tab: true }), 'Tab']]],
  [Command.NextTab, [[']', key(), ']']], [['[', key(), '[']]],
  [Command.PrevTab, [['[', key(), '[']], [[']', key(), ']']]],
  [Command.Select, [['\r', key({ return: true }), 'Enter']], [[' ', key(), 'Space']]],
  [Command.Toggle, [[' ', key(), 'Space']], [['\r', key({ return: true }), 'Enter']]],
  [Command.Remove, [['x', key(), 'x'], ['', key({ delete: true }), 'Del']], [['X', key(), 'X']]],
  [Command.Back, [['', key({ escape: true }), 'Esc']], [['q', key(), 'q']]],
  [Command.Help, [['?', key(), '?']], [['/', key(), '/']]],
  [Command.Quit, [['q', key(), 'q'], ['c', key({ ctrl: true }), 'Ctrl+C']], [['c', key(), 'c'], ['Q', key(), 'Q'], ['q', key({ ctrl: true }), 'Ctrl+Q']]],
];

describe('keymap', () => {
  it('covers every command in the table', () => {
    expect(table.map(([command]) => command).sort()).toEqual(
      Object.values(Command)
        .filter((c) => c !== Command.PageUp)
        .sort(),
    );
  });

  for (const [command, positive, negative] of table) {
    it.each(positive)(`${command} fires on %#: %s`, (input, k) => {
      expect(matches(command, input, k)).toBe(true);
    });
    it.each(negative)(`${command} ignores %#: %s`, (input, k) => {
      expect(matches(command, input, k)).toBe(false);
    });
  }

  it('never binds one key event to two commands', () => {
    const all = Object.values(Command);
    for (const [, positive] of table) {
      for (const [input, k, name] of positive) {
        const hits = all.filter((c) => matches(c, input, k));
        expect(hits, name).toHaveLength(1);
      }
    }
  });

  it('picks the first allowed command and ignores commands not allowed in the context', () => {
    expect(commandFor('q', key(), [Command.Up, Command.Quit])).toBe(Command.Quit);
    expect(commandFor('q', key(), [Command.Up, Command.Down])).toBeUndefined();
  });

  it('builds footer hints from the keymap, merging commands that share a hint', () => {
    expect(footerHints([Command.Up, Command.Down, Command.Select, Command.Help])).toBe('↑/k ↓/j move · Enter open/edit · ? help');
  });

  it('lists every command with its keys on the help screen, then the text field’s keys under a heading', () => {
    const rows = helpRows();
    expect(rows).toHaveLength(Object.keys(keymap).length + 1 + Object.keys(textKeymap).length);
    // The help says that ← → belong to an open text field.
    expect(rows).toContainEqual({ label: 'Tab/→', description: 'Next step (in a text field → is cursor)' });
    expect(rows).toContainEqual({ label: '', description: 'Text field: Enter saves, Esc cancels' });
    expect(rows).toContainEqual({ label: 'Home/Ctrl+A', description: 'Jump to the start of the text' });
    expect(rows).toContainEqual({ label: 'q/Ctrl+C', description: 'Save, quit, print how to resume' });
    // Descriptions fit the help pane at 80 columns (53 wide, 12 for the keys).
    for (const row of rows) expect(row.description.length, row.description).toBeLessThanOrEqual(40);
  });
});

describe('splitKeyBurst', () => {
  const commandsOf = (burst: string) => splitKeyBurst(burst, NO_KEY).map(([input, k]) => commandFor(input, k, Object.values(Command)));

  it('splits keys that arrived together into single key events', () => {
    expect(commandsOf('j\r ')).toEqual([Command.Down, Command.Select, Command.Toggle]);
  });

  it('reads arrow and Shift+Tab escape sequences inside a burst', () => {
    expect(commandsOf('\u001B[Z\u001B[Z\u001B[B\u001BOA')).toEqual([Command.PrevStep, Command.PrevStep, Command.Down, Command.Up]);
  });

  it('drops unknown escape sequences instead of typing them', () => {
    expect(splitKeyBurst('a\u001B[200~b', NO_KEY).map(([input]) => input)).toEqual(['a', 'b']);
  });

  it('leaves a single key alone', () => {
    expect(splitKeyBurst('q', NO_KEY)).toEqual([['q', NO_KEY]]);
  });
});

describe('text field keys', () => {
  // Each text command with raw terminal input that must trigger it and input that must not.
  const table: [TextCommand, string[], string[]][] = [
    [TextCommand.CursorLeft, ['\u001B[D', '\u001BOD'], ['\u001B[C', 'h']],
    [TextCommand.CursorRight, ['\u001B[C', '\u001BOC'], ['\u001B[D', 'l']],
    [TextCommand.CursorStart, ['\u001B[H', '\u001BOH', '\u001B[1~', '\u001B[7~', '\u0001'], ['a', 'A']],
    [TextCommand.CursorEnd, ['\u001B[F', '\u001BOF', '\u001B[4~', '\u001B[8~', '\u0005'], ['e', 'E']],
    [TextCommand.DeleteBack, ['\u007F', '\b'], ['\u001B[3~']],
    [TextCommand.DeleteForward, ['\u001B[3~'], ['\u007F', 'x']],
  ];
  const commandOf = (raw: string) => parseTextInput(raw).map(([input, k]) => textCommandFor(input, k));

  for (const [command, positive, negative] of table) {
    it.each(positive)(`${command} fires on %j`, (raw) => {
      expect(commandOf(raw)).toEqual([command]);
    });
    it.each(negative)(`${command} ignores %j`, (raw) => {
      expect(commandOf(raw)).not.toContain(command);
    });
  }

  it('covers every text command', () => {
    expect(table.map(([c]) => c).sort()).toEqual(Object.values(TextCommand).sort());
  });

  it('keeps a run of typed or pasted text whole, and Enter and keys inside a burst apart', () => {
    expect(parseTextInput('한국어 👩‍💻')).toEqual([['한국어 👩‍💻', NO_KEY]]);
    const events = parseTextInput('ab\u001B[Dc\u007F\r');
    expect(events.map(([input]) => input)).toEqual(['ab', '', 'c', '', '\r']);
    expect(events.map(([input, k]) => textCommandFor(input, k))).toEqual([undefined, TextCommand.CursorLeft, undefined, TextCommand.DeleteBack, undefined]);
    expect(events[4]?.[1].return).toBe(true);
  });

  it('drops bracketed-paste markers and other unknown sequences', () => {
    expect(parseTextInput('\u001B[200~pasted\u001B[201~')).toEqual([['pasted', NO_KEY]]);
  });

  it('shows the text keys in the footer while a field is open', () => {
    expect(footerHints(Object.values(TextCommand))).toBe('← → cursor · Home/Ctrl+A End/Ctrl+E jump · Backspace Del delete');
  });
});
