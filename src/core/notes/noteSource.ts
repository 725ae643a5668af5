// A student's note made ready for the block parser without moving any text:
// the byte order mark and CR line ends go, YAML front matter is blanked (it
// would read as a setext heading) after its tags are taken, and HTML comments
// (Obsidian Spaced Repetition's `<!--SR:...-->` scheduling comments, and the
// comments students wrap around cards to set them aside) are overwritten with
// spaces. Every line keeps its number and every character its column, so
// whatever the parser reports points into the text as the student has it.
// Also here: code spans masked out of a line and the #flashcards tag.

import { CodeFences } from '../markdown/codeFences';

export interface PreparedNote {
  /** LF line ends, no BOM, front matter blanked and comments masked; the same lines and columns as the note. */
  source: string;
  /** Whether the note began with a byte order mark (columns of line 1 are one further on in the note's own text). */
  bom: boolean;
  /** The tags of the YAML front matter, with their 0-based lines. */
  frontMatterTags: Array<{ tag: string; line: number }>;
}

export function prepareNote(text: string): PreparedNote {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const lines = body.includes('\r') ? body.split(/\r\n?|\n/) : body.split('\n');
  const frontMatterTags: PreparedNote['frontMatterTags'] = [];
  if (/^---[ \t]*$/.test(lines[0])) {
    let close = 1;
    while (close < lines.length && !/^(?:---|\.\.\.)[ \t]*$/.test(lines[close])) close++;
    if (close < lines.length) {
      readTags(lines, close, frontMatterTags);
      for (let i = 0; i <= close; i++) lines[i] = '';
    }
  }
  if (text.includes('<!--')) maskComments(lines);
  return { source: lines.join('\n'), bom, frontMatterTags };
}

/** `tags: a, b`, `tags: [a, b]` or a `- a` list under `tags:` (also `tag:`), quotes and a leading # dropped. */
function readTags(lines: string[], close: number, out: PreparedNote['frontMatterTags']): void {
  for (let i = 1; i < close; i++) {
    const key = /^tags?[ \t]*:(.*)$/i.exec(lines[i]);
    if (!key) continue;
    const add = (value: string, line: number) => {
      for (const raw of value.replace(/^[ \t]*\[|\][ \t]*$/g, '').split(/[,\s]+/)) {
        const tag = raw.replace(/^["']|["']$/g, '').replace(/^#/, '');
        if (tag) out.push({ tag, line });
      }
    };
    if (key[1].trim()) {
      add(key[1], i);
      continue;
    }
    for (let j = i + 1; j < close; j++) {
      const item = /^[ \t]*-[ \t]+(.*)$/.exec(lines[j]);
      if (!item) break;
      add(item[1], j);
    }
  }
}

/**
 * Overwrites with spaces every `<!--SR:...-->` (anywhere on a line) and every
 * comment that opens a line, up to its `-->` (on that line or a later one);
 * an unclosed comment is left alone, and nothing inside fenced code is touched.
 */
function maskComments(lines: string[]): void {
  let fences: CodeFences | undefined;
  for (let i = 0; i < lines.length; i++) {
    let pos = 0;
    for (;;) {
      const line = lines[i];
      const open = line.indexOf('<!--', pos);
      if (open === -1) break;
      fences ??= CodeFences.compute({ lineCount: lines.length, lineAt: (n) => lines[n] });
      if (fences.isFenced(i)) break;
      const scheduling = line.startsWith('<!--SR:', open);
      const opensLine = line.slice(0, open).trim() === '';
      if (!scheduling && !opensLine) {
        pos = open + 4;
        continue;
      }
      const close = line.indexOf('-->', open + 4);
      if (close !== -1) {
        lines[i] = blank(line, open, close + 3);
        pos = close + 3;
        continue;
      }
      if (scheduling) {
        pos = open + 4;
        continue;
      }
      let last = i + 1;
      while (last < lines.length && !lines[last].includes('-->')) last++;
      if (last >= lines.length) break;
      lines[i] = blank(line, open, line.length);
      for (let j = i + 1; j < last; j++) lines[j] = blank(lines[j], 0, lines[j].length);
      const end = lines[last].indexOf('-->') + 3;
      lines[last] = blank(lines[last], 0, end);
      i = last;
      pos = end;
    }
  }
}

function blank(line: string, start: number, end: number): string {
  return line.slice(0, start) + ' '.repeat(end - start) + line.slice(end);
}

/** The text with every code span (backticks included) replaced by \x01, newlines kept: markers inside code are not seen. */
export function maskCodeSpans(text: string): string {
  if (!text.includes('`')) return text;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      i += 2;
      continue;
    }
    if (c !== 0x60 /* ` */) {
      i++;
      continue;
    }
    let run = i;
    while (text.charCodeAt(run) === 0x60) run++;
    const width = run - i;
    let close = -1;
    for (let at = text.indexOf('`', run); at !== -1; ) {
      let end = at;
      while (text.charCodeAt(end) === 0x60) end++;
      if (end - at === width) {
        close = at;
        break;
      }
      at = text.indexOf('`', end);
    }
    if (close === -1) {
      i = run;
      continue;
    }
    const end = close + width;
    out += text.slice(copied, i) + text.slice(i, end).replace(/[^\n]/g, '\x01');
    copied = end;
    i = end;
  }
  return out + text.slice(copied);
}

const FLASHCARDS_TAG = /(?:^|[\s([,;])#(flashcards(?:\/[\p{L}\p{N}_\-/]*)?)(?![\p{L}\p{N}_-])/iu;

/** The #flashcards tag in a line of Markdown (outside its code spans): its deck ("" for plain #flashcards), or undefined. */
export function flashcardsTagIn(line: string): string | undefined {
  const match = FLASHCARDS_TAG.exec(maskCodeSpans(line));
  return match ? deckOf(match[1]) : undefined;
}

/** The deck a tag names when it is a flashcards tag ("flashcards/crm/week3" -> "crm/week3", "flashcards" -> ""). */
export function deckOfTag(tag: string): string | undefined {
  return /^flashcards(?:\/|$)/i.test(tag) ? deckOf(tag) : undefined;
}

function deckOf(tag: string): string {
  return tag.slice('flashcards'.length).replace(/^\/+|\/+$/g, '');
}
