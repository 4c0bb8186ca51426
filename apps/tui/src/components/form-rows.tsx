import { Box, Text } from 'ink';
import { fit } from '../format-numbers.js';
import type { FieldSpec } from '../state/fields.js';
import { sanitizeForTerminal } from '../terminal-text.js';
import { ScrollList } from './scroll-list.js';
import { theme } from './theme.js';

export interface FormRowsProps<T> {
  readonly fields: readonly FieldSpec<T>[];
  readonly target: T;
  readonly cursor: number;
  readonly height: number;
  readonly labelWidth?: number;
}

/** A form as a list: "› Label ......... value", with the focused field's help line underneath. */
export function FormRows<T>({ fields, target, cursor, height, labelWidth = 26 }: FormRowsProps<T>) {
  const focused = fields[cursor];
  return (
    <Box flexDirection="column">
      <ScrollList
        items={fields}
        cursor={cursor}
        height={Math.max(1, height - 2)}
        renderRow={(field, _i, isFocused) => (
          <Text wrap="truncate-end" color={isFocused ? theme.accent : undefined}>
            {isFocused ? '› ' : '  '}
            {fit(field.label, labelWidth)}
            <Text bold={isFocused}>{sanitizeForTerminal(field.display(target)) || ' '}</Text>
          </Text>
        )}
      />
      <Text dimColor wrap="truncate-end">
        {focused ? (focused.help ?? hintFor(focused.kind)) : ' '}
      </Text>
    </Box>
  );
}

function hintFor(kind: string): string {
  switch (kind) {
    case 'bool':
      return 'Space or Enter switches yes/no.';
    case 'choice':
      return 'Enter opens the choices.';
    case 'multi':
      return 'Enter opens the list; Space ticks items.';
    default:
      return 'Enter to edit.';
  }
}
