import { singleLine } from '@llm-adopt/report';

/** One line without escape sequences, control characters or bidi overrides: safe to print to a terminal. */
export function toTerminal(text: string): string {
  return singleLine(text);
}
