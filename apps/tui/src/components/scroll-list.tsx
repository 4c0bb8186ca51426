import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { scrollWindow } from './scroll-window.js';

export interface ScrollListProps<T> {
  readonly items: readonly T[];
  readonly cursor: number;
  /** Rows available for the items (the position line is extra when the list scrolls). */
  readonly height: number;
  readonly renderRow: (item: T, index: number, focused: boolean) => ReactNode;
  /** Shown when there are no items. */
  readonly empty?: string;
}

/** A list that scrolls with the cursor and shows ↑/↓ markers and its position ("12/43") when it is longer than `height`. */
export function ScrollList<T>({ items, cursor, height, renderRow, empty }: ScrollListProps<T>) {
  if (items.length === 0) return <Text dimColor>{empty ?? '(empty)'}</Text>;
  const scrolls = items.length > height;
  const { start, end, position } = scrollWindow(items.length, cursor, scrolls ? height - 1 : height);
  return (
    <Box flexDirection="column">
      {items.slice(start, end).map((item, i) => (
        <Box key={start + i}>{renderRow(item, start + i, start + i === cursor)}</Box>
      ))}
      {scrolls ? (
        <Text dimColor>
          {start > 0 ? '↑ ' : '  '}
          {position}
          {end < items.length ? ' ↓' : ''}
        </Text>
      ) : null}
    </Box>
  );
}
