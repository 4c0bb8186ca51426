import { Text, useStdin } from 'ink';
import { useLayoutEffect, useRef, useState } from 'react';
import { parseTextInput, TextCommand, textCommandFor } from '../keymap.js';
import { applyTextEdit, cursorParts, type TextEdit, type TextEditAction, textEdit } from '../state/text-edit.js';
import { sanitizeForTerminal } from '../terminal-text.js';
import { coloursOff, theme } from './theme.js';

export interface TextFieldProps {
  readonly defaultValue: string;
  readonly onSubmit: (value: string) => void;
}

const ACTIONS: Readonly<Record<TextCommand, TextEditAction>> = {
  [TextCommand.CursorLeft]: { type: 'left' },
  [TextCommand.CursorRight]: { type: 'right' },
  [TextCommand.CursorStart]: { type: 'home' },
  [TextCommand.CursorEnd]: { type: 'end' },
  [TextCommand.DeleteBack]: { type: 'delete-back' },
  [TextCommand.DeleteForward]: { type: 'delete-forward' },
};

/** Marks the cursor without colour or inverse video (NO_COLOR turns every SGR attribute off in Ink). */
export const PLAIN_CURSOR = '▏';

/**
 * A one-line text entry with a cursor (keys in keymap.ts `textKeymap`; editing in state/text-edit.ts).
 * It reads Ink's raw stdin events rather than `useInput`: Ink reports Backspace and Del both as `delete`,
 * and an Enter that arrives in the same burst as the text (fast typing, paste, tmux send-keys) must submit
 * the text typed before it, so the value lives in a ref and each burst is read key by key.
 */
export function TextField({ defaultValue, onSubmit }: TextFieldProps) {
  const [edit, setEdit] = useState<TextEdit>(() => textEdit(defaultValue));
  const current = useRef(edit);
  const submit = useRef(onSubmit);
  submit.current = onSubmit;
  const { internal_eventEmitter: input } = useStdin();
  // A layout effect subscribes in the same commit that draws the field, so no key typed after the
  // field appears can arrive before it listens.
  useLayoutEffect(() => {
    const onInput = (raw: string) => {
      let next = current.current;
      for (const [text, key] of parseTextInput(raw)) {
        if (key.return) {
          current.current = next;
          setEdit(next);
          submit.current(next.value);
          return;
        }
        const command = textCommandFor(text, key);
        if (command) next = applyTextEdit(next, ACTIONS[command]);
        else if (!key.ctrl && !key.meta && !key.escape && !key.tab && !key.upArrow && !key.downArrow && !key.pageUp && !key.pageDown && text !== '') {
          next = applyTextEdit(next, { type: 'insert', text });
        }
      }
      current.current = next;
      setEdit(next);
    };
    input.on('input', onInput);
    return () => {
      input.off('input', onInput);
    };
  }, [input]);

  const { before, at, after } = cursorParts(edit);
  if (coloursOff()) {
    return (
      <Text>
        {sanitizeForTerminal(before)}
        {PLAIN_CURSOR}
        {sanitizeForTerminal(at + after)}
      </Text>
    );
  }
  return (
    <Text>
      {sanitizeForTerminal(before)}
      <Text inverse color={theme.accent}>
        {at === '' ? ' ' : sanitizeForTerminal(at)}
      </Text>
      {sanitizeForTerminal(after)}
    </Text>
  );
}
