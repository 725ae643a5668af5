// Anki's "Notes in Plain Text" export (Anki 2.1.55 and later) as an ImportSet.
// The file opens with `#key:value` header lines: `#separator:` (a name such
// as Tab or Comma, or the character itself), `#html:`, `#tags:`, `#columns:`,
// `#notetype:` and `#deck:` for every note, and `#notetype column:`,
// `#deck column:`, `#tags column:`, `#guid column:` naming 1-based columns.
// Rows follow, read with papaparse (quotes doubled, fields over several
// lines); later `#` lines are comments, as Anki treats them. Note types map
// to the project's cards: Basic (and any two-field type) to a basic card or,
// when the front is a term, a concept; the reversed types to a basic card
// asked both ways; Cloze to one cloze card per c-number.

import { ankiClozeCards, hasAnkiCloze } from './ankiCloze';
import { delimiterName, DelimitedRow, normaliseInput, readRows, tidyField } from './delimitedRows';
import { htmlToMarkdown } from './htmlToMarkdown';
import type { ImportDecision, ImportEntry, ImportProblem, ImportSet } from './importModel';
import { promptKind } from './promptKind';

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

interface Header {
  separator?: string;
  html?: boolean;
  tags: string[];
  columns?: string;
  notetype?: string;
  deck?: string;
  notetypeColumn?: number;
  deckColumn?: number;
  tagsColumn?: number;
  guidColumn?: number;
  /** Lines the header takes; rows start after them. */
  lines: number;
  deckColumnLine?: number;
  tagsLine?: number;
}

type NoteKind = 'basic' | 'reversed' | 'optionalReversed' | 'cloze' | 'unknown';

/** What a note type's name says; Anki's own names, and a custom type naming itself cloze or reversed. */
function noteKind(name: string): NoteKind {
  const n = name.trim().toLowerCase();
  if (n.includes('cloze')) return 'cloze';
  if (n.includes('optional revers')) return 'optionalReversed';
  if (n.includes('revers')) return 'reversed';
  if (n.startsWith('basic')) return 'basic';
  return 'unknown';
}

function readHeader(lines: string[], problems: ImportProblem[]): Header {
  const header: Header = { tags: [], lines: 0 };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Older exports open with a bare "tags:" line; Anki still reads it.
    if (i === 0 && line.startsWith('tags:')) {
      header.tags = line.slice(5).split(/\s+/).filter(Boolean);
      header.lines = 1;
      header.tagsLine = 1;
      continue;
    }
    if (!line.startsWith('#')) break;
    header.lines = i + 1;
    const colon = line.indexOf(':');
    if (colon < 0) continue; // a comment
    const key = line.slice(1, colon).trim().toLowerCase();
    const raw = line.slice(colon + 1);
    const value = raw.trim();
    const column = () => {
      const n = /^\d+$/.test(value) ? parseInt(value, 10) : NaN;
      if (n >= 1) return n;
      problems.push({
        line: i + 1,
        severity: 'warning',
        message: `"#${key}:" needs a column number (1 for the first column), not "${value}": the header is ignored`,
      });
      return undefined;
    };
    switch (key) {
      case 'separator': {
        const named = SEPARATORS[value.toLowerCase()];
        if (named) header.separator = named;
        else if (raw.length === 1 && raw !== '"') header.separator = raw;
        else if (value.length === 1 && value !== '"') header.separator = value;
        else
          problems.push({
            line: i + 1,
            severity: 'warning',
            message: `unknown separator "${value}" (Anki knows Tab, Comma, Semicolon, Pipe, Space and Colon): the separator is guessed instead`,
          });
        break;
      }
      case 'html':
        if (/^(true|false)$/i.test(value)) header.html = value.toLowerCase() === 'true';
        break;
      case 'tags':
        header.tags = value.split(/\s+/).filter(Boolean);
        header.tagsLine = i + 1;
        break;
      case 'columns':
        header.columns = value;
        break;
      case 'notetype':
        header.notetype = value;
        break;
      case 'deck':
        header.deck = value;
        break;
      case 'notetype column':
        header.notetypeColumn = column();
        break;
      case 'deck column':
        header.deckColumn = column();
        header.deckColumnLine = i + 1;
        break;
      case 'tags column':
        header.tagsColumn = column();
        header.tagsLine ??= i + 1;
        break;
      case 'guid column':
        header.guidColumn = column();
        break;
      default:
        // Anki ignores headers it does not know; so do we.
        break;
    }
  }
  return header;
}

/** A tag in HTML (not `a < b`): what tells Anki that a file without `#html:` holds HTML. */
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>|&(?:nbsp|amp|lt|gt|quot|#\d+);/;

/** A term becomes a concept heading: emphasis around the whole of it is formatting, not part of the name. */
function bareTerm(front: string): string {
  return front.replace(/^(\*\*|\*)(.+)\1$/, '$2').trim();
}

function isTerm(front: string): boolean {
  return !front.includes('\n') && promptKind(front) === 'term';
}

export function parseAnkiText(text: string): ImportSet {
  const input = normaliseInput(text);
  const lines = input.split('\n');
  const problems: ImportProblem[] = [];
  const decisions: ImportDecision[] = [];
  const entries: ImportEntry[] = [];
  const header = readHeader(lines, problems);
  const bodyStart = lines.slice(0, header.lines).reduce((n, l) => n + l.length + 1, 0);
  const body = input.slice(Math.min(bodyStart, input.length));
  const firstLine = header.lines + 1;

  const read = readRows(body, {
    delimiter: header.separator,
    guesses: ['\t', ';', ',', '|'],
    comments: true,
    firstLine,
  });
  const delimiter = read.delimiter;
  for (const p of read.problems) problems.push({ line: p.line, severity: 'warning', message: p.message });
  if (header.separator === undefined && read.rows.length) {
    decisions.push({ line: read.rows[0].line, message: `no "#separator:" header: fields read as split by ${delimiterName(delimiter)}, the separator the rows use` });
  }

  const meta = new Set([header.notetypeColumn, header.deckColumn, header.tagsColumn, header.guidColumn].filter((n): n is number => n !== undefined));
  const fieldsOf = (row: DelimitedRow) => row.fields.filter((_, i) => !meta.has(i + 1));
  const cell = (row: DelimitedRow, column: number | undefined) => (column ? (row.fields[column - 1] ?? '').trim() : '');

  // HTML: as the header says; without one, as Anki decides: HTML if any field holds a tag.
  let html = header.html ?? false;
  if (header.html === undefined) {
    const first = read.rows.find((row) => fieldsOf(row).some((f) => HTML_TAG.test(f)));
    if (first) {
      html = true;
      decisions.push({ line: first.line, message: `no "#html:" header, but the fields hold HTML (first on line ${first.line}): read as HTML and turned into Markdown` });
    }
  }
  const convert = (field: string) => tidyField(html ? htmlToMarkdown(field) : field);

  let expected: number | undefined;
  if (header.columns !== undefined) {
    const labels = readRows(normaliseInput(header.columns), { delimiter }).rows[0]?.fields;
    if (labels && labels.length > 1) expected = labels.length;
  }

  const decks = new Map<string, number>();
  const unknownTypes = new Set<string>();
  let tagged = header.tags.length > 0;
  for (const row of read.rows) {
    const line = row.line;
    if (expected === undefined) expected = row.fields.length;
    else if (row.fields.length !== expected) {
      problems.push({
        line,
        severity: 'warning',
        message: `this note has ${row.fields.length} fields where the ${header.columns !== undefined ? '"#columns:" header names' : 'first note has'} ${expected}: a ${delimiterName(delimiter)} or a quote in it may be out of place`,
      });
    }
    const deck = header.deckColumn ? cell(row, header.deckColumn) : (header.deck ?? '');
    if (deck) decks.set(deck, decks.get(deck) ?? line);
    if (cell(row, header.tagsColumn)) tagged = true;

    const typeName = header.notetypeColumn ? cell(row, header.notetypeColumn) : (header.notetype ?? '');
    const fields = fieldsOf(row);
    const front = convert(fields[0] ?? '');
    const back = convert(fields[1] ?? '');
    let kind: NoteKind = typeName ? noteKind(typeName) : hasAnkiCloze(fields[0] ?? '') ? 'cloze' : 'basic';
    if (kind === 'unknown') {
      kind = hasAnkiCloze(fields[0] ?? '') ? 'cloze' : 'basic';
      if (!unknownTypes.has(typeName)) {
        unknownTypes.add(typeName);
        decisions.push({
          line,
          message: kind === 'cloze'
            ? `note type "${typeName}" read as Cloze: its first field holds {{c1::…}} deletions, its second is the extra`
            : `note type "${typeName}" read as Basic: its first field is the front, the second the back${fields.length > 2 ? `; its other ${fields.length - 2} field(s) are left out` : ''}`,
        });
      }
    }
    if (!front) {
      problems.push({ line, severity: 'error', message: `the note's first field (the front) is empty: nothing is imported from this note` });
      continue;
    }
    if (kind === 'cloze') {
      const { cards, unclosed } = ankiClozeCards(front);
      if (unclosed) {
        problems.push({ line, severity: 'warning', message: `a cloze "{{c…::" has no closing "}}": it is kept as written` });
      }
      if (cards.length) {
        for (const card of cards) entries.push({ kind: 'cloze', line, text: card.text, ...(back ? { extra: back } : {}), ...(cards.length > 1 ? { number: card.number } : {}) });
        continue;
      }
      problems.push({ line, severity: 'warning', message: `this cloze note hides nothing (no {{c1::…}}): imported as a basic card` });
    }
    if (!back) {
      problems.push({ line, severity: 'warning', message: `"${firstLineOf(front)}" has no back: it goes into the note with an empty answer and becomes a card once you write one` });
    }
    // "Basic (optional reversed card)" makes the reverse only when its third field is filled in.
    const reverse = kind === 'reversed' || (kind === 'optionalReversed' && convert(fields[2] ?? '') !== '');
    if (kind === 'cloze') entries.push({ kind: 'basic', line, prompt: front, answer: back });
    else if (reverse) entries.push({ kind: 'basic', line, prompt: front, answer: back, reverse: true });
    else if (back && isTerm(bareTerm(front))) entries.push({ kind: 'term', line, term: bareTerm(front), definition: back });
    else entries.push({ kind: 'basic', line, prompt: front, answer: back });
  }

  if (!read.rows.length) {
    const at = Math.min(firstLine, lines.length);
    problems.push({
      line: at,
      severity: 'error',
      message: header.lines
        ? `no notes below the "#" header lines: the file holds nothing to import`
        : 'the file holds no notes to import',
    });
  }
  let title = '';
  if (decks.size === 1) title = lastSegment([...decks.keys()][0]);
  else if (decks.size > 1) {
    decisions.push({ line: header.deckColumnLine ?? read.rows[0]?.line ?? 1, message: `${decks.size} decks in the file: all go into one note` });
  }
  if (tagged) {
    decisions.push({ line: header.tagsLine ?? 1, message: "the notes' Anki tags are left out: a note keeps the cards, not their tags" });
  }
  return { format: 'anki', title, entries, problems, decisions, settings: { fieldSeparator: delimiter, html } };
}

/** "CRM::Week 3" → "Week 3": Anki writes subdecks with `::`. */
function lastSegment(deck: string): string {
  const parts = deck.split('::').map((p) => p.trim()).filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

function firstLineOf(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
