// Reduces a Markdown document to its top-level blocks (headings, paragraphs,
// lists, definition lists and everything else) with exact source line ranges,
// using markdown-it's block parser with the definition-list plugin. The deck
// and note parsers read structure from here and keep the author's own Markdown
// by slicing source lines, never by re-rendering. Inline parsing is switched
// off: nothing here needs it, and it is three quarters of markdown-it's time.

import type MarkdownIt from 'markdown-it';
import { createMarkdownIt, loadDeflist } from './libs';

export interface ListItem {
  /** 0-based first line of the item. */
  start: number;
  /** The item's Markdown without its marker, continuation lines dedented. */
  text: string;
}

/** One `Term` of a definition list and the `: definition`s under it. */
export interface DefinitionEntry {
  /** 0-based line of the term. */
  line: number;
  /** The term line's text, trimmed (Markdown). */
  term: string;
  /** Each definition's Markdown without its marker, continuation lines dedented; with its 0-based first line. */
  definitions: ListItem[];
}

export type Block =
  | { type: 'heading'; level: number; start: number; end: number; text: string }
  | { type: 'paragraph'; start: number; end: number; text: string }
  | { type: 'list'; ordered: boolean; start: number; end: number; items: ListItem[] }
  | { type: 'deflist'; start: number; end: number; entries: DefinitionEntry[] }
  | { type: 'other'; start: number; end: number };

export interface Blocks {
  blocks: Block[];
  lines: string[];
  /** For each line, whether it is inside a fenced or indented code block, at any depth (in a list item too). */
  code: boolean[];
}

let blockParser: MarkdownIt | undefined;

function parser(): MarkdownIt {
  if (!blockParser) {
    blockParser = createMarkdownIt({ html: false }).use(loadDeflist());
    // Callers hand over LF text (normaliseSource, prepareNote), so markdown-it's own pass over it
    // for CR and NUL is skipped too; a NUL stays a NUL, as in the lines the parsers slice.
    blockParser.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join'], true);
  }
  return blockParser;
}

/** Strips a UTF-8 byte order mark and turns CRLF / CR line ends into LF. */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function toBlocks(source: string): Blocks {
  const lines = source.split('\n');
  const tokens = parser().parse(source, {});
  const code = new Array<boolean>(lines.length).fill(false);
  for (const token of tokens) {
    if ((token.type === 'fence' || token.type === 'code_block') && token.map) {
      for (let line = token.map[0]; line < token.map[1] && line < lines.length; line++) code[line] = true;
    }
  }
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.level !== 0 || token.nesting === -1 || !token.map) continue;
    const [start, end] = token.map;
    switch (token.type) {
      case 'heading_open':
        blocks.push({ type: 'heading', level: Number(token.tag.slice(1)), start, end, text: tokens[i + 1].content.trim() });
        break;
      case 'paragraph_open':
        blocks.push({ type: 'paragraph', start, end, text: tokens[i + 1].content });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ranges: Array<[number, number]> = [];
        const closeType = token.type.replace('_open', '_close');
        for (i++; i < tokens.length && !(tokens[i].type === closeType && tokens[i].level === 0); i++) {
          const t = tokens[i];
          if (t.type === 'list_item_open' && t.level === 1 && t.map) ranges.push([t.map[0], t.map[1]]);
        }
        // Most lists in notes are never read item by item: their texts are made on first use.
        let items: ListItem[] | undefined;
        blocks.push({
          type: 'list', ordered: token.type === 'ordered_list_open', start, end,
          get items() {
            return (items ??= ranges.map(([from, to]) => ({ start: from, text: itemText(lines, from, to, LIST_MARKER) })));
          },
        });
        break;
      }
      case 'dl_open': {
        const entries: DefinitionEntry[] = [];
        for (i++; i < tokens.length && !(tokens[i].type === 'dl_close' && tokens[i].level === 0); i++) {
          const t = tokens[i];
          if (t.level !== 1 || !t.map) continue;
          if (t.type === 'dt_open') entries.push({ line: t.map[0], term: tokens[i + 1].content.trim(), definitions: [] });
          else if (t.type === 'dd_open' && entries.length > 0) {
            const entry = entries[entries.length - 1];
            // The plugin starts a later entry's first definition at its term line; it starts after it, past a blank line.
            let first = Math.max(t.map[0], entry.line + 1);
            while (first < t.map[1] - 1 && !lines[first].trim()) first++;
            entry.definitions.push({ start: first, text: itemText(lines, first, t.map[1], DEFINITION_MARKER) });
          }
        }
        blocks.push({ type: 'deflist', start, end, entries });
        break;
      }
      default:
        blocks.push({ type: 'other', start, end });
    }
  }
  return { blocks, lines, code };
}

/** The Markdown source of lines [start, end), without trailing blank lines. */
export function sliceSource(lines: string[], start: number, end: number): string {
  return lines.slice(start, end).join('\n').replace(/\s+$/, '');
}

const LIST_MARKER = /^(\s*)(?:[-*+]|\d{1,9}[.)])(\s+|$)/;
const DEFINITION_MARKER = /^(\s*)[:~](\s+|$)/;

function itemText(lines: string[], start: number, end: number, markerPattern: RegExp): string {
  const first = lines[start];
  const marker = markerPattern.exec(first);
  const width = marker ? marker[0].length : 0;
  const rest = lines.slice(start + 1, end).map((line) => {
    const indent = /^\s*/.exec(line)![0].length;
    return line.slice(Math.min(indent, width));
  });
  return [first.slice(width), ...rest].join('\n').replace(/\s+$/, '');
}
