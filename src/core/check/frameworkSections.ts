// Finding the sections of a note that list a framework's parts (helper H1).
//
// A section is a line naming a pack concept that has parts, then its list:
// - the naming line is a heading (any level) or a lead-in: a line ending with
//   ":" ("The IDIC model:"), or a lead-in with its comma list after the colon
//   ("SCOPE: suppliers, customers, owners"); a list item may be a lead-in for
//   the list nested under it;
// - the name must be most of the line: the term the TermMatcher finds there
//   covers at least as many words as the rest says, once filler ("the",
//   "model", "five", "phases", "my notes", "stands for", the concept's
//   authors, numbers) is left aside. "## Why Tesco cares about its suppliers"
//   names nothing; "## SCOPE at Tesco" still names SCOPE;
// - the list follows, blank lines allowed between (under a heading, one intro
//   line ending with ":" too): a bulleted or numbered list, a table (the column
//   whose cells name most parts; the header row is no item) or one
//   comma-separated line ("A, B, C and D", at least two of them parts);
// - at least one item must name a part: a list under a heading that happens to
//   share a word with a concept is not that framework's list.
// The section ends at its list's end. Nothing inside fenced code (CodeFences)
// or indented code counts.

import { CodeFences, LineSource } from '../markdown/codeFences';
import { splitWords } from '../search/words';
import type { Concept } from '../content/model';
import type { TermMatcher } from '../notes/termMatcher';
import type { FrameworkSection, ListItem, ListStyle } from './checkModel';
import { matchParts } from './partMatcher';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^([ \t]*)([-*+])([ \t]+)(.*?)\s*$/;
const NUMBERED = /^([ \t]*)(\d{1,9})([.)])([ \t]+)(.*?)\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TASK = /^\[[ xX]\][ \t]+/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLANK = /^\s*$/;

/** Words a naming line may hold besides the name. */
const FILLER = new Set([
  'the', 'a', 'an', 'of', 'and', 'on', 'in', 'to', 'for', 'with', 'by', 'my', 'our', 'its', 'is', 'are', 'what', 'about',
  'model', 'framework', 'theory', 'phases', 'phase', 'steps', 'stages', 'parts', 'elements', 'components', 'key', 'main', 'list',
  'notes', 'note', 'summary', 'recap', 'revision', 'overview', 'intro', 'introduction', 'week', 'lecture', 'chapter', 'topic',
  'stands', 'stand', 'consists', 'consist', 'comprises', 'includes', 'include', 'made', 'up', 'letters', 'acronym', 'mnemonic',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'et', 'al',
]);

function indentWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch === '\t' ? 4 - (w % 4) : 1;
  return w;
}

/** Markdown a name or an item may be wrapped in, gone: emphasis, links, code ticks. */
function plain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_, a: string, b?: string) => b ?? a)
    .replace(/[*_`~]+/g, '')
    .trim();
}

/** What an item says for matching: its bold name if it starts with one ("**Customers**: the buyers" -> "Customers"), else its text without Markdown. */
export function itemName(text: string): string {
  const bold = /^(\*\*|__)(.+?)\1/.exec(text);
  const name = bold ? bold[2] : text;
  return plain(name).replace(/[\s:;,.–—-]+$/, '').trim();
}

/** The concept with parts a naming text names, if the name is most of it. */
function namedConcept(text: string, matcher: TermMatcher): Concept | undefined {
  const matches = matcher.matchesInLine(text).filter((m) => m.concept.parts.length > 0);
  if (!matches.length) return undefined;
  const words = splitWords(text);
  let best: { concept: Concept; covered: number } | undefined;
  for (const m of matches) {
    const authors = new Set(splitWords(m.concept.source).map((w) => w.norm));
    let covered = 0;
    let other = 0;
    for (const w of words) {
      if (w.start >= m.start && w.end <= m.end) covered++;
      else if (!FILLER.has(w.norm) && !authors.has(w.norm) && !/^\d+$/.test(w.norm)) other++;
    }
    if (other <= covered && (!best || covered > best.covered)) best = { concept: m.concept, covered };
  }
  return best?.concept;
}

interface Lines {
  source: LineSource;
  fences: CodeFences;
  count: number;
}

const text = (l: Lines, i: number): string => l.source.lineAt(i);
const isBlank = (l: Lines, i: number): boolean => BLANK.test(text(l, i));

interface Marker {
  indent: string;
  kind: 'bullet' | 'numbered';
  marker: string;
  /** '-', '*', '+' or '.', ')' */
  char: string;
  /** Column where the item's text starts. */
  content: number;
  body: string;
}

function listMarker(line: string): Marker | undefined {
  if (THEMATIC_BREAK.test(line)) return undefined;
  const b = BULLET.exec(line);
  if (b) return { indent: b[1], kind: 'bullet', marker: b[2], char: b[2], content: b[1].length + 1 + b[3].length, body: b[4] };
  const n = NUMBERED.exec(line);
  if (n) return { indent: n[1], kind: 'numbered', marker: n[2] + n[3], char: n[3], content: n[1].length + n[2].length + 1 + n[4].length, body: n[5] };
  return undefined;
}

function itemAt(line: number, m: Marker): ListItem | undefined {
  let start = m.content;
  let body = m.body;
  const task = TASK.exec(body);
  if (task) {
    start += task[0].length;
    body = body.slice(task[0].length);
  }
  if (!body) return undefined;
  const name = itemName(body);
  if (!name) return undefined;
  return { line, start, end: start + body.length, text: name, marker: m.marker };
}

interface Found {
  style: ListStyle;
  items: ListItem[];
  /** Last line of the list (inclusive). */
  last: number;
}

/** A bulleted or numbered list starting at `at`, whose items sit at its first item's indent. */
function readList(l: Lines, at: number, base: number): Found | undefined {
  const first = listMarker(text(l, at));
  if (!first || indentWidth(first.indent) >= base + 4) return undefined;
  const width = indentWidth(first.indent);
  const items: ListItem[] = [];
  let bold = 0;
  let last = at;
  for (let i = at; i < l.count; i++) {
    const line = text(l, i);
    if (BLANK.test(line)) continue;
    const m = listMarker(line);
    const w = indentWidth(line.slice(0, line.length - line.trimStart().length));
    if (m && indentWidth(m.indent) === width && m.kind === first.kind && m.char === first.char && !l.fences.isFenced(i)) {
      const item = itemAt(i, m);
      if (item) {
        items.push(item);
        if (/^(\*\*|__)/.test(TASK.exec(m.body) ? m.body.replace(TASK, '') : m.body)) bold++;
      }
      last = i;
      continue;
    }
    // Deeper lines (a nested list, a continuation, a fence inside an item) belong to the item above.
    if (w > width && (i === last + 1 || w >= first.content)) {
      last = i;
      continue;
    }
    break;
  }
  if (!items.length) return undefined;
  const isBold = bold * 2 >= items.length && bold > 0;
  const style: ListStyle = first.kind === 'bullet'
    ? { kind: 'bullet', indent: first.indent, marker: first.char as '-' | '*' | '+', bold: isBold }
    : { kind: 'numbered', indent: first.indent, delimiter: first.char as '.' | ')', bold: isBold };
  return { style, items, last };
}

/** The cells of a table row with their offsets (trimmed), pipes at either end optional, "\|" kept in a cell. */
function cells(line: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const bounds: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === '|' && line[i - 1] !== '\\') bounds.push(i);
  const trimmed = line.trim();
  const lead = trimmed.startsWith('|');
  const trail = trimmed.endsWith('|') && trimmed.length > 1;
  const edges = [lead ? bounds[0] : -1, ...bounds.slice(lead ? 1 : 0, trail ? bounds.length - 1 : bounds.length), trail ? bounds[bounds.length - 1] : line.length];
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = edges[k] + 1;
    const to = edges[k + 1];
    const raw = line.slice(from, to);
    const start = from + (raw.length - raw.trimStart().length);
    const end = from + raw.trimEnd().length;
    out.push({ start, end: Math.max(start, end), text: line.slice(start, Math.max(start, end)) });
  }
  return out;
}

function readTable(l: Lines, at: number, concept: Concept): Found | undefined {
  if (at + 1 >= l.count) return undefined;
  const header = text(l, at);
  if (!header.includes('|') || indentWidth(header) - indentWidth(header.trimStart()) >= 4) return undefined;
  const delimiter = text(l, at + 1);
  if (!delimiter.includes('|') || !DELIMITER_ROW.test(delimiter)) return undefined;
  const columns = cells(header).length;
  const rows: Array<{ line: number; cells: Array<{ start: number; end: number; text: string }> }> = [];
  let last = at + 1;
  for (let i = at + 2; i < l.count; i++) {
    const line = text(l, i);
    if (BLANK.test(line) || !line.includes('|') || l.fences.isFenced(i)) break;
    rows.push({ line: i, cells: cells(line) });
    last = i;
  }
  let best: { column: number; items: ListItem[]; named: number } | undefined;
  for (let c = 0; c < columns; c++) {
    const items: ListItem[] = [];
    for (const row of rows) {
      const cell = row.cells[c];
      const name = cell && itemName(cell.text);
      if (cell && name) items.push({ line: row.line, start: cell.start, end: cell.end, text: name });
    }
    const named = matchParts(concept, items.map((i) => i.text)).filter((p) => p !== undefined).length;
    if (!best || named > best.named) best = { column: c, items, named };
  }
  if (!best || !best.items.length) return undefined;
  return { style: { kind: 'table', column: best.column, columns }, items: best.items, last };
}

/** "A, B, C and D" from `from` in the line: the pieces with offsets, when it reads as a list of parts rather than a sentence. */
function readComma(line: number, lineText: string, from: number, concept: Concept): Found | undefined {
  const body = lineText.slice(from);
  if (!/[,;]/.test(body)) return undefined;
  const pieces: Array<{ start: number; end: number }> = [];
  let conjunction: 'and' | 'or' | '' = '';
  const re = /[^,;]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    let start = from + m.index;
    let end = start + m[0].length;
    const piece = lineText.slice(start, end);
    const lead = /^\s*(?:(and|or|&)\s+)?/i.exec(piece)!;
    if (lead[1]) conjunction = lead[1] === '&' ? 'and' : (lead[1].toLowerCase() as 'and' | 'or');
    start += lead[0].length;
    const tail = /[\s.!]*$/.exec(lineText.slice(start, end))!;
    end -= tail[0].length;
    if (end <= start) continue;
    // The last piece may hold the conjunction: "owners and employees".
    const inner = / (and|or|&) /i.exec(lineText.slice(start, end));
    if (m.index + m[0].length >= body.length && inner && pieces.length) {
      conjunction = inner[1] === '&' ? 'and' : (inner[1].toLowerCase() as 'and' | 'or');
      pieces.push({ start, end: start + inner.index });
      pieces.push({ start: start + inner.index + inner[0].length, end });
    } else {
      pieces.push({ start, end });
    }
  }
  if (pieces.length < 2) return undefined;
  const items: ListItem[] = [];
  for (const p of pieces) {
    const raw = lineText.slice(p.start, p.end);
    // A sentence, not a list: long pieces.
    if (splitWords(raw).length > 6) return undefined;
    const name = itemName(raw);
    if (name && !/^etc\.?$/i.test(name)) items.push({ line, start: p.start, end: p.end, text: name });
  }
  const named = matchParts(concept, items.map((i) => i.text)).filter((x) => x !== undefined).length;
  if (named < Math.min(2, concept.parts.length)) return undefined;
  return { style: { kind: 'comma', conjunction }, items, last: line };
}

function nextNonBlank(l: Lines, from: number, limit: number): number {
  let i = from;
  while (i < limit && isBlank(l, i)) i++;
  return i;
}

/** The list after a naming line: list, table or comma line at the first non-blank line from `from`. */
function listAfter(l: Lines, from: number, concept: Concept, base: number, allowIntro: boolean): Found | undefined {
  let at = nextNonBlank(l, from, l.count);
  if (at >= l.count || l.fences.isFenced(at)) return undefined;
  let line = text(l, at);
  if (HEADING.test(line)) return undefined;
  const list = readList(l, at, base) ?? readTable(l, at, concept);
  if (list) return list;
  if (listMarker(line)) return undefined;
  if (indentWidth(line) - indentWidth(line.trimStart()) >= base + 4) return undefined;
  const comma = readComma(at, line, 0, concept);
  if (comma) return comma;
  // Under a heading, one intro line may come first ("The five stakeholders:").
  if (allowIntro && plain(line).endsWith(':')) {
    at = nextNonBlank(l, at + 1, l.count);
    if (at >= l.count || l.fences.isFenced(at)) return undefined;
    line = text(l, at);
    if (HEADING.test(line)) return undefined;
    return readList(l, at, base) ?? readTable(l, at, concept) ?? (listMarker(line) ? undefined : readComma(at, line, 0, concept));
  }
  return undefined;
}

function section(concept: Concept, nameLine: number, via: 'heading' | 'leadIn', found: Found, l: Lines): FrameworkSection | undefined {
  if (!matchParts(concept, found.items.map((i) => i.text)).some((p) => p !== undefined)) return undefined;
  return {
    concept,
    nameLine,
    via,
    startLine: nameLine,
    endLine: found.last + 1,
    endCharacter: text(l, found.last).length,
    style: found.style,
    items: found.items,
  };
}

/** The section whose naming line is `i`, if it is one. */
function sectionAt(l: Lines, matcher: TermMatcher, i: number): FrameworkSection | undefined {
  const line = text(l, i);
  if (BLANK.test(line) || l.fences.isFenced(i)) return undefined;
  const heading = HEADING.exec(line);
  if (heading) {
    const concept = heading[2] ? namedConcept(plain(heading[2]), matcher) : undefined;
    if (!concept) return undefined;
    const found = listAfter(l, i + 1, concept, 0, true);
    return found && section(concept, i, 'heading', found, l);
  }
  // A lead-in, maybe a list item leading the list nested under it.
  const m = listMarker(line);
  const body = m ? m.body : line;
  const bodyStart = m ? m.content : line.length - line.trimStart().length;
  if (!m && bodyStart >= 4) return undefined; // indented code
  if (!body.includes(':')) return undefined;
  const flat = plain(body);
  if (flat.endsWith(':')) {
    const concept = namedConcept(flat.slice(0, -1), matcher);
    if (!concept) return undefined;
    const found = listAfter(l, i + 1, concept, m ? m.content : 0, false);
    return found && section(concept, i, 'leadIn', found, l);
  }
  // "SCOPE: suppliers, customers, owners": the list after the colon.
  const colon = body.indexOf(':');
  const concept = namedConcept(plain(body.slice(0, colon)), matcher);
  if (!concept) return undefined;
  const found = readComma(i, line, bodyStart + colon + 1, concept);
  return found && section(concept, i, 'leadIn', found, l);
}

/**
 * Every section in [fromLine, toLine) (default: the whole note) naming a concept with parts and followed by its list; never inside code blocks.
 * A section belongs to the range when its naming line is in it (its list may run past `toLine`).
 * `fences`: the note's fenced blocks when the caller keeps them (NoteCheck does), else they are computed.
 */
export function findFrameworkSections(lines: LineSource, matcher: TermMatcher, fromLine = 0, toLine = lines.lineCount, fences?: CodeFences): FrameworkSection[] {
  const l: Lines = { source: lines, fences: fences ?? CodeFences.compute(lines), count: lines.lineCount };
  const out: FrameworkSection[] = [];
  const end = Math.min(toLine, l.count);
  for (let i = Math.max(0, fromLine); i < end; i++) {
    const found = sectionAt(l, matcher, i);
    if (found) {
      out.push(found);
      // A section's own lines name nothing else (an item like "Commitment" is not a new heading).
      i = found.endLine - 1;
    }
  }
  return out;
}
