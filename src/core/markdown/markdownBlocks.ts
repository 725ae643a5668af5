// Reduces a Markdown document to its top-level blocks (headings, paragraphs,
// lists and everything else) with exact source line ranges, using markdown-it's
// block parser. The deck parser reads structure from here and keeps the
// author's own Markdown by slicing source lines, never by re-rendering.

import type MarkdownIt from 'markdown-it';
import { createMarkdownIt } from './libs';

export interface ListItem {
  /** 0-based first line of the item. */
  start: number;
  /** The item's Markdown without its marker, continuation lines dedented. */
  text: string;
}

export type Block =
  | { type: 'heading'; level: number; start: number; end: number; text: string }
  | { type: 'paragraph'; start: number; end: number; text: string }
  | { type: 'list'; ordered: boolean; start: number; end: number; items: ListItem[] }
  | { type: 'other'; start: number; end: number };

let blockParser: MarkdownIt | undefined;

/** Strips a UTF-8 byte order mark and turns CRLF / CR line ends into LF. */
export function normaliseSource(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function toBlocks(source: string): { blocks: Block[]; lines: string[] } {
  const lines = source.split('\n');
  const tokens = (blockParser ??= createMarkdownIt({ html: false })).parse(source, {});
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
        const items: ListItem[] = [];
        const closeType = token.type.replace('_open', '_close');
        for (i++; i < tokens.length && !(tokens[i].type === closeType && tokens[i].level === 0); i++) {
          const t = tokens[i];
          if (t.type === 'list_item_open' && t.level === 1 && t.map) {
            items.push({ start: t.map[0], text: itemText(lines, t.map[0], t.map[1]) });
          }
        }
        blocks.push({ type: 'list', ordered: token.type === 'ordered_list_open', start, end, items });
        break;
      }
      default:
        blocks.push({ type: 'other', start, end });
    }
  }
  return { blocks, lines };
}

/** The Markdown source of lines [start, end), without trailing blank lines. */
export function sliceSource(lines: string[], start: number, end: number): string {
  return lines.slice(start, end).join('\n').replace(/\s+$/, '');
}

const LIST_MARKER = /^(\s*)(?:[-*+]|\d{1,9}[.)])(\s+|$)/;

function itemText(lines: string[], start: number, end: number): string {
  const first = lines[start];
  const marker = LIST_MARKER.exec(first);
  const width = marker ? marker[0].length : 0;
  const rest = lines.slice(start + 1, end).map((line) => {
    const indent = /^\s*/.exec(line)![0].length;
    return line.slice(Math.min(indent, width));
  });
  return [first.slice(width), ...rest].join('\n').replace(/\s+$/, '');
}
