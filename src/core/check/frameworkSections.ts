// Finding the sections of a note that list a framework's parts (helper H1).
//
// A section is a line naming a pack concept that has parts, then its list.
// The naming line is one of:
// - a heading, any level ("## SCOPE", "### Dwyer's phases");
// - a lead-in ending with ":" ("The IDIC model:", "Buttle's SCOPE stands
//   for:"), also as a list item leading the list nested under it;
// - a lead-in with its list on the same line, after a colon or a linking verb
//   ("SCOPE: suppliers, customers, owners", "Li and Bernoff's strategies are
//   listening, talking, ...");
// - a title line: a paragraph's first line that is nothing but the name
//   ("STARTS", "**The IDIC model**") with the list right under it.
// The name must be most of the line: in one of the line's segments (split at
// " – " or ":"; parentheses are commentary), the term the TermMatcher finds
// covers at least as many words as the rest, once filler ("the", "model",
// "five", "phases", "my notes", "stands for", the concept's authors, numbers)
// is left aside; a title line must be the name alone. A name typed in
// ordinary case still names an acronym in a heading or lead-in ("Scope
// framework"), as the matcher reads a line typed in capitals. So "## Why
// Tesco cares about its suppliers" names nothing and "## SCOPE at Tesco" SCOPE.
// The list follows, blank lines allowed between (under a heading, one intro
// line ending with ":" too): a bulleted or numbered list, a table (the column
// whose cells name the parts best; the header row is no item) or one line of
// items: comma-separated ("A, B, C and D"), "A and B", a run of "-"-led
// items ("Suppliers -Customers -Owners") or of single words ("Awareness
// Exploration Expansion"); a line that reads as a sentence (long pieces, few
// parts) is not a list. At least one item must name a part: a list under a
// heading that merely shares a word with a concept is not that framework's.
// The section ends at its list's end. Nothing in fenced or indented code
// counts; a blockquote ("> ") is read inside its markers.

import { CodeFences, LineSource } from '../markdown/codeFences';
import { splitWords } from '../search/words';
import type { Concept } from '../content/model';
import type { TermMatcher } from '../notes/termMatcher';
import type { FrameworkSection, ListItem, ListStyle } from './checkModel';
import { matchParts, matchStrength } from './partMatcher';

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^([ \t]*)([-*+])([ \t]+)(.*?)\s*$/;
const NUMBERED = /^([ \t]*)(\d{1,9})([.)])([ \t]+)(.*?)\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const TASK = /^\[[ xX]\][ \t]+/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLANK = /^\s*$/;
const QUOTE = /^(?: {0,3}>[ \t]?)+/;
/** Where a naming text runs into its list on the same line. */
const LINKING = /\s(?:are|is|include|includes|comprise|comprises|consist of|consists of|stand for|stands for)\s/i;

/** Words a naming line may hold besides the name. */
const FILLER = new Set([
  'the', 'a', 'an', 'of', 'and', 'on', 'in', 'to', 'for', 'with', 'by', 'my', 'our', 'its', 'is', 'are', 'what', 'about', 'these', 'they', 'there',
  'model', 'framework', 'theory', 'phases', 'phase', 'steps', 'stages', 'parts', 'elements', 'components', 'key', 'main', 'list', 'following',
  'notes', 'note', 'summary', 'recap', 'revision', 'overview', 'intro', 'introduction', 'week', 'lecture', 'chapter', 'topic',
  'stands', 'stand', 'consists', 'consist', 'comprises', 'includes', 'include', 'made', 'up', 'letters', 'acronym', 'mnemonic',
  'break', 'breaks', 'down', 'into', 'split', 'divided', 'can', 'be', 'has', 'have',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'et', 'al',
]);

function indentWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    if (ch === '\t') w += 4 - (w % 4);
    else if (ch === ' ') w++;
    else break;
  }
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

/** The concept with parts that one segment names, with how many words the name covers and how many other words there are. */
function segmentConcept(segment: string, matcher: TermMatcher): { concept: Concept; covered: number; other: number } | undefined {
  let matches = matcher.matchesInLine(segment).filter((m) => m.concept.parts.length > 0);
  // "Scope framework": the acronym typed in ordinary case (the matcher reads a line in capitals as any case).
  if (!matches.length) {
    const upper = segment.toUpperCase();
    if (upper.length === segment.length) matches = matcher.matchesInLine(upper).filter((m) => m.concept.parts.length > 0);
  }
  if (!matches.length) return undefined;
  // Words in parentheses are commentary: "(how P&F picked theirs)".
  const commentary: Array<[number, number]> = [];
  for (const m of segment.matchAll(/\([^)]*\)?/g)) commentary.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const words = splitWords(segment).filter((w) => !commentary.some(([s, e]) => w.start >= s && w.end <= e));
  let best: { concept: Concept; covered: number; other: number } | undefined;
  for (const concept of new Set(matches.map((m) => m.concept))) {
    const own = matches.filter((m) => m.concept === concept);
    const authors = new Set(splitWords(concept.source).map((w) => w.norm));
    let covered = 0;
    let other = 0;
    for (const w of words) {
      if (own.some((m) => w.start >= m.start && w.end <= m.end)) covered++;
      else if (!FILLER.has(w.norm) && !authors.has(w.norm) && !/^\d+$/.test(w.norm) && w.norm.length > 1) other++;
    }
    if (covered && other <= covered && (!best || covered > best.covered)) best = { concept, covered, other };
  }
  return best;
}

/** The concept with parts a naming text names, if the name is most of it (`strict`: all of it, filler aside). */
function namedConcept(text: string, matcher: TermMatcher, strict = false): Concept | undefined {
  const whole = segmentConcept(text, matcher);
  if (whole && (!strict || whole.other === 0)) return whole.concept;
  if (strict) return undefined;
  // "Scope framework – my version for the exam", "Week 3: SCOPE".
  for (const segment of text.split(/\s[-–—]\s|[–—:]/)) {
    if (segment.trim() === text.trim()) continue;
    const found = segmentConcept(segment, matcher);
    if (found) return found.concept;
  }
  return undefined;
}

interface Lines {
  source: LineSource;
  fences: CodeFences;
  count: number;
}

/** A line read inside its blockquote markers: the text, and the markers before it. */
interface Line {
  quote: string;
  body: string;
  raw: string;
}

function lineAt(l: Lines, i: number): Line {
  const raw = l.source.lineAt(i);
  const q = raw.includes('>') ? QUOTE.exec(raw) : null;
  return q ? { quote: q[0], body: raw.slice(q[0].length), raw } : { quote: '', body: raw, raw };
}

const isBlank = (l: Lines, i: number): boolean => BLANK.test(lineAt(l, i).body);

interface Marker {
  indent: string;
  kind: 'bullet' | 'numbered';
  marker: string;
  /** '-', '*', '+' or '.', ')' */
  char: string;
  /** Column (in the body) where the item's text starts. */
  content: number;
  body: string;
}

function listMarker(body: string): Marker | undefined {
  if (THEMATIC_BREAK.test(body)) return undefined;
  const b = BULLET.exec(body);
  if (b) return { indent: b[1], kind: 'bullet', marker: b[2], char: b[2], content: b[1].length + 1 + b[3].length, body: b[4] };
  const n = NUMBERED.exec(body);
  if (n) return { indent: n[1], kind: 'numbered', marker: n[2] + n[3], char: n[3], content: n[1].length + n[2].length + 1 + n[4].length, body: n[5] };
  return undefined;
}

function itemAt(line: number, quote: string, m: Marker): ListItem | undefined {
  let start = quote.length + m.content;
  let body = m.body;
  const task = TASK.exec(body);
  if (task) {
    start += task[0].length;
    body = body.slice(task[0].length);
  }
  const name = body && itemName(body);
  if (!name) return undefined;
  return { line, start, end: start + body.length, text: name, marker: m.marker };
}

interface Found {
  style: ListStyle;
  items: ListItem[];
  /** Last line of the list (inclusive). */
  last: number;
}

/** A bulleted or numbered list starting at `at`, whose items sit at its first item's indent. `base`: the column its items may not be 4 or more beyond (indented code). */
function readList(l: Lines, at: number, base: number): Found | undefined {
  const head = lineAt(l, at);
  const first = listMarker(head.body);
  if (!first || indentWidth(first.indent) >= base + 4) return undefined;
  const width = indentWidth(first.indent);
  const items: ListItem[] = [];
  let bold = 0;
  let last = at;
  for (let i = at; i < l.count; i++) {
    const line = lineAt(l, i);
    if (line.quote !== head.quote && !BLANK.test(line.raw)) break;
    if (BLANK.test(line.body)) continue;
    const m = listMarker(line.body);
    const w = indentWidth(line.body);
    if (m && indentWidth(m.indent) === width && m.kind === first.kind && m.char === first.char && !l.fences.isFenced(i)) {
      const item = itemAt(i, line.quote, m);
      if (item) {
        items.push(item);
        if (/^(\*\*|__)/.test(m.body.replace(TASK, ''))) bold++;
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
  const isBold = bold > 0 && bold * 2 >= items.length;
  const indent = head.quote + first.indent;
  const style: ListStyle = first.kind === 'bullet'
    ? { kind: 'bullet', indent, marker: first.char as '-' | '*' | '+', bold: isBold }
    : { kind: 'numbered', indent, delimiter: first.char as '.' | ')', bold: isBold };
  return { style, items, last };
}

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** The cells of a table row with their offsets in `raw` (trimmed), pipes at either end optional, "\|" kept in a cell. */
function cells(line: Line): Cell[] {
  const { body } = line;
  const shift = line.quote.length;
  const bounds: number[] = [];
  for (let i = 0; i < body.length; i++) if (body[i] === '|' && body[i - 1] !== '\\') bounds.push(i);
  const trimmed = body.trim();
  const lead = trimmed.startsWith('|');
  const trail = trimmed.endsWith('|') && trimmed.length > 1;
  const edges = [lead ? bounds[0] : -1, ...bounds.slice(lead ? 1 : 0, trail ? bounds.length - 1 : bounds.length), trail ? bounds[bounds.length - 1] : body.length];
  const out: Cell[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = edges[k] + 1;
    const raw = body.slice(from, edges[k + 1]);
    const start = from + (raw.length - raw.trimStart().length);
    const end = Math.max(start, from + raw.trimEnd().length);
    out.push({ start: start + shift, end: end + shift, text: body.slice(start, end) });
  }
  return out;
}

function readTable(l: Lines, at: number, concept: Concept): Found | undefined {
  if (at + 1 >= l.count) return undefined;
  const header = lineAt(l, at);
  if (!header.body.includes('|') || indentWidth(header.body) >= 4) return undefined;
  const delimiter = lineAt(l, at + 1).body;
  if (!delimiter.includes('|') || !DELIMITER_ROW.test(delimiter)) return undefined;
  const columns = cells(header).length;
  const rows: Array<{ line: number; cells: Cell[] }> = [];
  let last = at + 1;
  for (let i = at + 2; i < l.count; i++) {
    const line = lineAt(l, i);
    if (BLANK.test(line.body) || !line.body.includes('|') || l.fences.isFenced(i)) break;
    rows.push({ line: i, cells: cells(line) });
    last = i;
  }
  let best: { column: number; items: ListItem[]; strength: number } | undefined;
  for (let c = 0; c < columns; c++) {
    const items: ListItem[] = [];
    for (const row of rows) {
      const cell = row.cells[c];
      const name = cell && itemName(cell.text);
      if (cell && name) items.push({ line: row.line, start: cell.start, end: cell.end, text: name });
    }
    // The column that names the parts best (a STARTS table's qualities beat its letters).
    const strength = matchStrength(concept, items.map((i) => i.text));
    if (!best || strength > best.strength) best = { column: c, items, strength };
  }
  if (!best || !best.items.length) return undefined;
  return { style: { kind: 'table', column: best.column, columns }, items: best.items, last };
}

const conjunctionOf = (word: string): 'and' | 'or' => (word.toLowerCase() === 'or' ? 'or' : 'and');

/**
 * One line of items from `from`: "A, B, C and D", "A and B", "A -B -C" or
 * "A B C" (single words); the pieces with their offsets in the raw line,
 * when it reads as a list of parts rather than a sentence.
 */
function readLine(l: Lines, lineNo: number, from: number, concept: Concept): Found | undefined {
  const raw = l.source.lineAt(lineNo);
  const body = raw.slice(from);
  const pieces: Array<{ start: number; end: number }> = [];
  let conjunction: 'and' | 'or' | '' = '';
  let separator: string | undefined;
  const trimPiece = (start: number, end: number): void => {
    const lead = /^[\s-]*(?:(and|or|&)\s+)?/i.exec(raw.slice(start, end))!;
    if (lead[1]) conjunction = conjunctionOf(lead[1] === '&' ? 'and' : lead[1]);
    start += lead[0].length;
    end -= /[\s.!;:]*$/.exec(raw.slice(start, end))![0].length;
    if (end > start) pieces.push({ start, end });
  };
  if (/[,;]/.test(body)) {
    const re = /[^,;]+/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const start = from + m.index;
      const end = start + m[0].length;
      // The last piece may hold the conjunction: "owners and employees".
      const inner = m.index + m[0].length >= body.length ? / (and|or|&) /i.exec(raw.slice(start, end)) : null;
      if (inner && pieces.length && !/^\s*(?:and|or|&)\s/i.test(raw.slice(start, end))) {
        conjunction = conjunctionOf(inner[1] === '&' ? 'and' : inner[1]);
        trimPiece(start, start + inner.index);
        trimPiece(start + inner.index, end);
      } else {
        trimPiece(start, end);
      }
    }
  } else if (/\S\s+-\S/.test(body)) {
    // "Suppliers -Customers -Owners": a run of dash-led items.
    separator = ' -';
    const re = /-?[^-\s][^]*?(?=\s+-\S|$)/g;
    for (let m = re.exec(body); m; m = re.exec(body)) trimPiece(from + m.index, from + m.index + m[0].length);
  } else {
    const and = /\s(and|or|&)\s/i.exec(body);
    if (and && !/\s(and|or|&)\s/i.test(body.slice(and.index + and[0].length))) {
      // "Trust and commitment".
      conjunction = conjunctionOf(and[1] === '&' ? 'and' : and[1]);
      trimPiece(from, from + and.index);
      trimPiece(from + and.index + and[0].length, raw.length);
      separator = ', ';
    } else {
      // "Awareness Exploration Expansion": single words, nearly all of them parts.
      separator = ' ';
      for (const w of body.matchAll(/\S+/g)) trimPiece(from + (w.index ?? 0), from + (w.index ?? 0) + w[0].length);
    }
  }
  if (pieces.length < 2) return undefined;
  const items: ListItem[] = [];
  for (const p of pieces) {
    const text = raw.slice(p.start, p.end);
    // A sentence, not a list: long pieces.
    if (splitWords(text).length > 6) return undefined;
    const name = itemName(text);
    if (name && !/^etc\.?$/i.test(name)) items.push({ line: lineNo, start: p.start, end: p.end, text: name });
  }
  const named = matchParts(concept, items.map((i) => i.text)).filter((x) => x !== undefined).length;
  if (named < Math.min(2, concept.parts.length)) return undefined;
  if (separator === ' ' && (items.length < 3 || named < 0.75 * items.length)) return undefined;
  const style: ListStyle = separator && separator !== ', ' ? { kind: 'comma', conjunction: '', separator } : { kind: 'comma', conjunction };
  return { style, items, last: lineNo };
}

function nextNonBlank(l: Lines, from: number): number {
  let i = from;
  while (i < l.count && isBlank(l, i)) i++;
  return i;
}

/** A list, a table or a line of items at line `at`. */
function listAt(l: Lines, at: number, concept: Concept, base: number): Found | undefined {
  if (at >= l.count || l.fences.isFenced(at)) return undefined;
  const line = lineAt(l, at);
  if (HEADING.test(line.body)) return undefined;
  const found = readList(l, at, base) ?? readTable(l, at, concept);
  if (found) return found;
  if (listMarker(line.body) || indentWidth(line.body) >= base + 4) return undefined;
  return readLine(l, at, line.quote.length, concept);
}

/** The list after a naming line, blank lines allowed between; under a heading one intro line ending with ":" may come first. */
function listAfter(l: Lines, from: number, concept: Concept, base: number, allowIntro: boolean): Found | undefined {
  const at = nextNonBlank(l, from);
  const found = listAt(l, at, concept, base);
  if (found || !allowIntro || at >= l.count) return found;
  const line = lineAt(l, at);
  if (HEADING.test(line.body) || listMarker(line.body) || l.fences.isFenced(at) || !plain(line.body).endsWith(':')) return undefined;
  return listAt(l, nextNonBlank(l, at + 1), concept, base);
}

/**
 * A list is about the framework its heading names when its items name the
 * framework's parts: two of them, or one in a list of at most three items (a
 * list just begun, or the rest in words of the student's own). One item of a longer list that happens to share a word with a part
 * ("Maintain a GDPR log" under "## Customer database") does not make a
 * list of database fields that framework.
 */
function namesTheFramework(concept: Concept, items: readonly ListItem[]): boolean {
  const named = matchParts(concept, items.map((i) => i.text)).filter((p) => p !== undefined).length;
  return named >= 2 || (named === 1 && items.length <= 3);
}

function section(concept: Concept, nameLine: number, via: 'heading' | 'leadIn', found: Found | undefined, l: Lines): FrameworkSection | undefined {
  if (!found || !namesTheFramework(concept, found.items)) return undefined;
  return {
    concept,
    nameLine,
    via,
    startLine: nameLine,
    endLine: found.last + 1,
    endCharacter: l.source.lineAt(found.last).length,
    style: found.style,
    items: found.items,
  };
}

/** The section whose naming line is `i`, if it is one. */
function sectionAt(l: Lines, matcher: TermMatcher, i: number): FrameworkSection | undefined {
  const line = lineAt(l, i);
  if (BLANK.test(line.body) || l.fences.isFenced(i)) return undefined;
  const heading = HEADING.exec(line.body);
  if (heading) {
    const concept = heading[2] ? namedConcept(plain(heading[2]), matcher) : undefined;
    return concept && section(concept, i, 'heading', listAfter(l, i + 1, concept, 0, true), l);
  }
  const m = listMarker(line.body);
  const body = m ? m.body : line.body;
  const bodyStart = line.quote.length + (m ? m.content : indentWidth(line.body));
  if (!m && indentWidth(line.body) >= 4) return undefined; // indented code
  const base = m ? m.content : 0;
  const flat = plain(body);
  if (flat.endsWith(':')) {
    const concept = namedConcept(flat.slice(0, -1), matcher);
    return concept && section(concept, i, 'leadIn', listAfter(l, i + 1, concept, base, false), l);
  }
  // The list on the same line, after a colon or a linking verb.
  const colon = body.indexOf(':');
  const linking = LINKING.exec(body);
  const split = colon > 0 && (!linking || colon < linking.index) ? { at: colon, length: 1 } : linking ? { at: linking.index, length: linking[0].length } : undefined;
  if (split) {
    const concept = namedConcept(plain(body.slice(0, split.at)), matcher);
    const found = concept && readLine(l, i, bodyStart + split.at + split.length, concept);
    if (concept && found) return section(concept, i, 'leadIn', found, l);
  }
  // A title line: a paragraph's first line, only the name, its list right under it.
  if (!m && (i === 0 || isBlank(l, i - 1))) {
    const concept = namedConcept(flat, matcher, true);
    if (concept && i + 1 < l.count && !isBlank(l, i + 1)) return section(concept, i, 'leadIn', listAt(l, i + 1, concept, 0), l);
  }
  return undefined;
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
      // A section's own lines name nothing else (an item like "Commitment" is not a new naming line).
      i = found.endLine - 1;
    }
  }
  return out;
}
