// Markdown building blocks. Every function returns a block (no trailing blank line); the
// document joins blocks with one blank line. Text arguments are untrusted and get escaped;
// arguments named `markdown` are already-built markdown (from these helpers).
//
// Inside `renderingHtml`, the same functions write HTML instead (html/html-blocks.ts): the sections
// stay written once, and an HTML report needs no markdown parser at run time. The HTML is exactly
// what markdown-it makes of the markdown (checked byte for byte by html/direct-html.test.ts).
import { escapeHtml, fenceHtml, headingHtml, type HtmlPage, linkHtml, listHtml, newPage, paragraphHtml, quoteHtml, tableHtml } from '../html/html-blocks.js';
import { escapeText, fenceFor, guardLineStart, singleLine } from './text.js';

/** The HTML page being written, or null while writing markdown. */
let page: HtmlPage | null = null;

/** Runs `render` with these blocks writing HTML; returns its result and the page's headings and title. */
export function renderingHtml<T>(render: () => T): { result: T; page: HtmlPage } {
  const previous = page;
  const current = newPage();
  page = current;
  try {
    return { result: render(), page: current };
  } finally {
    page = previous;
  }
}

/** Inline content built by these helpers (already escaped), markdown — or HTML inside `renderingHtml`. */
export type Inline = { readonly markdown: string };

/**
 * Trusted plain text used as is in markdown (no escaping: the caller guarantees it holds no markdown
 * syntax, e.g. `1. Summary` in a heading, which would otherwise be escaped as a list marker).
 */
export function raw(markdown: string): Inline {
  return { markdown: page ? escapeHtml(markdown) : markdown };
}

/** Untrusted text or already-built inline content. */
export type Cell = string | number | Inline;

export function inline(cell: Cell): string {
  if (typeof cell === 'number') return page ? escapeHtml(singleLine(String(cell))) : escapeText(String(cell));
  if (typeof cell === 'string') return page ? escapeHtml(singleLine(cell)) : escapeText(cell);
  return cell.markdown;
}

/** Joins inline parts with a trusted separator such as '; ' or ' · '. */
export function joinInline(parts: readonly Cell[], separator: '; ' | ', ' | ' · ' | ' ' = '; '): Inline {
  return { markdown: parts.map(inline).join(separator) };
}

export function heading(level: 1 | 2 | 3 | 4, text: Cell): string {
  if (page) return headingHtml(page, level, inline(text));
  return `${'#'.repeat(level)} ${inline(text)}`;
}

export function paragraph(...parts: Cell[]): string {
  if (page) return paragraphHtml(parts.map(inline).join(' '));
  return guardLineStart(parts.map(inline).join(' '));
}

export function strong(text: Cell): Inline {
  return { markdown: page ? `<strong>${inline(text)}</strong>` : `**${inline(text)}**` };
}

export function emphasis(text: Cell): Inline {
  return { markdown: page ? `<em>${inline(text)}</em>` : `*${inline(text)}*` };
}

/** Inline code of trusted-but-literal text (ids, commands). Pipes are escaped for tables. */
export function code(text: string): Inline {
  const line = singleLine(text);
  if (page) return { markdown: `<code>${escapeHtml(line)}</code>` };
  const longest = (line.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const ticks = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return { markdown: `${ticks}${pad}${line.replace(/\|/g, '\\|')}${pad}${ticks}` };
}

/** The URL when it is an absolute http(s) URL, normalised and safe as a link destination; else null. */
export function safeHttpUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(singleLine(url));
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) return null;
  // Parentheses and pipes would end the destination or split a table cell; spaces and
  // angle brackets are already percent-encoded by URL.
  return parsed.href.replace(/[()|\\*_[\]`<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A link when `url` is http(s); otherwise the text followed by the URL as plain text. */
export function link(text: string, url: string): Inline {
  const href = safeHttpUrl(url);
  const label = inline(text) || inline(url);
  if (href === null) return { markdown: url.trim() === '' ? label : `${label} (${inline(url)})` };
  return { markdown: page ? linkHtml(href, label) : `[${label}](${href})` };
}

export type Align = 'left' | 'right' | 'center';
export interface Column {
  readonly title: string;
  readonly align?: Align;
}

/** A GFM table. Cells are escaped, so `|` and newlines in them cannot break the table. */
export function table(columns: readonly (string | Column)[], rows: readonly (readonly Cell[])[]): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { title: c } : c));
  if (page) {
    return tableHtml(
      cols.map((c) => ({ ...c, title: singleLine(c.title) })),
      rows.map((row) => cols.map((_, i) => (row[i] === undefined ? '' : inline(row[i] as Cell)))),
    );
  }
  const header = `| ${cols.map((c) => escapeText(c.title)).join(' | ')} |`;
  const rule = `|${cols.map((c) => (c.align === 'right' ? ' ---: ' : c.align === 'center' ? ' :---: ' : ' --- ')).join('|')}|`;
  const body = rows.map((row) => {
    const cells = cols.map((_, i) => {
      const cell = row[i];
      const text = cell === undefined ? '' : inline(cell);
      return text === '' ? ' ' : text;
    });
    return `| ${cells.join(' | ')} |`;
  });
  return [header, rule, ...body].join('\n');
}

/** A bulleted list; each item is one line of inline markdown. */
export function bulletList(items: readonly Cell[]): string {
  if (page) return listHtml('ul', items.map(inline));
  return items.map((item) => `- ${guardLineStart(inline(item)) || ' '}`).join('\n');
}

/** A numbered list. */
export function orderedList(items: readonly Cell[]): string {
  if (page) return listHtml('ol', items.map(inline));
  return items.map((item, i) => `${i + 1}. ${guardLineStart(inline(item)) || ' '}`).join('\n');
}

/** A block quote of untrusted text (e.g. a license clause), one paragraph. */
export function quote(text: Cell): string {
  if (page) return quoteHtml(inline(text));
  return `> ${guardLineStart(inline(text))}`;
}

/** A fenced code block; the fence is longer than any backtick run in the content. */
export function fence(info: string, content: string): string {
  const body = content.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  if (page) return fenceHtml(page, singleLine(info).replace(/`/g, ''), body);
  const marker = fenceFor(body);
  return `${marker}${singleLine(info).replace(/`/g, '')}\n${body}\n${marker}`;
}

/** Joins blocks with blank lines and ends the document with exactly one newline. */
export function document(blocks: readonly (string | null | undefined | false)[]): string {
  // HTML blocks end with their own newline.
  if (page) return blocks.filter((b): b is string => typeof b === 'string' && b !== '').join('');
  return `${blocks.filter((b): b is string => typeof b === 'string' && b !== '').join('\n\n')}\n`;
}
