// Parses a report back with markdown-it so tests assert structure (headings, tables, columns),
// not bytes.
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false });

export interface ParsedTable {
  headers: string[];
  rows: string[][];
}

export interface Structure {
  tokens: Token[];
  headings: { level: number; text: string }[];
  tables: ParsedTable[];
  fences: { info: string; content: string }[];
}

function inlineText(token: Token | undefined): string {
  return (token?.children ?? []).map((c) => (c.type === 'code_inline' || c.type === 'text' ? c.content : '')).join('');
}

export function structure(markdown: string): Structure {
  const tokens = md.parse(markdown, {});
  const headings: Structure['headings'] = [];
  const tables: ParsedTable[] = [];
  const fences: Structure['fences'] = [];
  let current: ParsedTable | null = null;
  let row: string[] | null = null;
  tokens.forEach((t, i) => {
    if (t.type === 'heading_open') headings.push({ level: Number(t.tag.slice(1)), text: inlineText(tokens[i + 1]) });
    if (t.type === 'fence') fences.push({ info: t.info, content: t.content });
    if (t.type === 'table_open') current = { headers: [], rows: [] };
    if (t.type === 'table_close' && current !== null) {
      tables.push(current);
      current = null;
    }
    if (t.type === 'tr_open') row = [];
    if ((t.type === 'th_open' || t.type === 'td_open') && row !== null) row.push(inlineText(tokens[i + 1]));
    if (t.type === 'tr_close' && current !== null && row !== null) {
      const table: ParsedTable = current;
      if (table.headers.length === 0) table.headers = row;
      else table.rows.push(row);
      row = null;
    }
  });
  return { tokens, headings, tables, fences };
}

/** The first table whose header row starts with these columns. */
export function tableWithHeaders(s: Structure, first: string): ParsedTable | undefined {
  return s.tables.find((t) => t.headers[0] === first);
}
