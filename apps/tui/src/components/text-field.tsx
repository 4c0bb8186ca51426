import { Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { theme } from './theme.js';

export interface TextFieldProps {
  readonly defaultValue: string;
  readonly onSubmit: (value: string) => void;
}

/**
 * A one-line text entry. @inkjs/ui's TextInput submits the value of its last render, so an Enter
 * that arrives in the same burst as the text (fast typing, paste, tmux send-keys) submits a stale
 * value or inserts a literal "\r". This field keeps the value in a ref and reads bursts key by key.
 */
export function TextField({ defaultValue, onSubmit }: TextFieldProps) {
  const [value, setValue] = useState(defaultValue);
  const current = useRef(defaultValue);
  useInput((input, key) => {
    if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.tab || key.escape || key.ctrl || key.meta) return;
    let next = current.current;
    if (key.return) {
      onSubmit(next);
      return;
    }
    if (key.backspace || key.delete) {
      next = [...next].slice(0, -1).join('');
    } else {
      for (const ch of input) {
        if (ch === '\r' || ch === '\n') {
          current.current = next;
          setValue(next);
          onSubmit(next);
          return;
        }
        if (ch === '\u007F' || ch === '\b') next = [...next].slice(0, -1).join('');
        else if (ch >= ' ') next += ch;
      }
    }
    current.current = next;
    setValue(next);
  });
  return (
    <Text>
      {value}
      <Text inverse color={theme.accent}>
        {' '}
      </Text>
    </Text>
  );
}
