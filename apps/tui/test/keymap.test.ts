import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { Command, commandFor, footerHints, helpRows, keymap, matches, NO_KEY, splitKeyBurst } from '../src/keymap.js';

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

  it('lists every command with its keys on the help screen', () => {
    const rows = helpRows();
    expect(rows).toHaveLength(Object.keys(keymap).length);
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
