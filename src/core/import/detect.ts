// Which format a pasted or picked set is in, and why, in a sentence the
// preview shows beside the choice (which the student may change). Checked in
// order of how sure the evidence is: Anki's own headers, a header row naming
// its columns (CSV/TSV), a separator splitting most rows into a term and a
// definition (Quizlet's export), and otherwise a set copied off a web page.
// Also owns the search for Quizlet's separators, which its reader reuses when
// the student gave none.

import Papa from 'papaparse';
import { HEADER_NAMES, type FormatGuess, type ImportSettings } from './importModel';

/** Anki's "Notes in Plain Text" file headers (`#key:value` lines at the top). */
const ANKI_HEADERS = new Set(['separator', 'html', 'tags column', 'deck column', 'notetype column', 'guid column', 'columns', 'notetype', 'deck', 'tags']);

const CSV_DELIMITERS: Record<string, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

const ANKI_SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** Between term and definition, in order of preference (a tab above all: Quizlet's default). */
const FIELD_SEPARATORS = ['\t', ' | ', '|', ' :: ', '::', ' = ', ' - ', ' – ', ' — ', ',', ';'];
/** Between rows: Quizlet's newline and semicolon, and custom ones students pick. */
const ROW_SEPARATORS = ['\n', '\n\n', ';;', ';', '|||', '||', '##', '$$'];

/** Share of rows a separator must split for the text to count as Quizlet's export. */
const MOST = 0.8;
/** Separators are chosen on the start of the text; a 5 MB paste is not split 80 times. */
const SAMPLE_CHARS = 64 * 1024;
/** A "term" longer than this is prose that happens to hold the separator. */
const MAX_TERM_WORDS = 25;

export function detectFormat(text: string): FormatGuess {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!body.trim()) return { format: 'copyPaste', reason: 'the text is empty', settings: {} };
  return ankiGuess(body) ?? csvGuess(body) ?? quizletGuess(body) ?? copyPasteGuess(body);
}

function ankiGuess(body: string): FormatGuess | undefined {
  const found: string[] = [];
  const settings: ImportSettings = {};
  for (const line of body.split('\n', 50)) {
    if (!line.startsWith('#')) break;
    const header = /^#([a-z ]+):(.*)$/i.exec(line.trim());
    if (!header || !ANKI_HEADERS.has(header[1].toLowerCase())) continue;
    const key = header[1].toLowerCase();
    const value = header[2].trim();
    found.push(`#${key}:${value}`);
    if (key === 'separator') settings.fieldSeparator = ANKI_SEPARATORS[value.toLowerCase()] ?? value;
    if (key === 'html') settings.html = value.toLowerCase() === 'true';
  }
  if (!found.length) return undefined;
  const shown = found.slice(0, 3).join(', ') + (found.length > 3 ? ', …' : '');
  return { format: 'anki', reason: `Anki's "Notes in Plain Text" headers at the top (${shown})`, settings };
}

function csvGuess(body: string): FormatGuess | undefined {
  const first = body.split('\n', 20).find((line) => line.trim());
  if (!first) return undefined;
  let best: { delimiter: string; cells: string[]; named: number } | undefined;
  for (const delimiter of [',', ';', '\t']) {
    if (!first.includes(delimiter)) continue;
    const row = Papa.parse<string[]>(first, { delimiter, preview: 1 }).data[0] ?? [];
    const cells = row.map((cell) => cell.trim());
    if (cells.length < 2) continue;
    const names = cells.map((cell) => cell.toLowerCase());
    const isFront = names.some((name) => (HEADER_NAMES.front as readonly string[]).includes(name));
    const isBack = names.some((name) => (HEADER_NAMES.back as readonly string[]).includes(name));
    if (!isFront || !isBack) continue;
    const known = Object.values(HEADER_NAMES).flat() as string[];
    const named = names.filter((name) => known.includes(name)).length;
    if (!best || named > best.named) best = { delimiter, cells, named };
  }
  if (!best) return undefined;
  const shown = best.cells.slice(0, 4).join(', ') + (best.cells.length > 4 ? ', …' : '');
  return { format: 'csv', reason: `a header row naming its columns (${shown}), separated by ${CSV_DELIMITERS[best.delimiter]}`, settings: { fieldSeparator: best.delimiter } };
}

function quizletGuess(body: string): FormatGuess | undefined {
  const found = quizletSeparators(body);
  if (!found || found.matched < MOST * found.rows) return undefined;
  return { format: 'quizlet', reason: quizletReason(found), settings: { fieldSeparator: found.fieldSeparator, rowSeparator: found.rowSeparator } };
}

function copyPasteGuess(body: string): FormatGuess {
  const lines = body.split('\n').filter((line) => line.trim()).length;
  const near = quizletSeparators(body, { rowSeparator: '\n' });
  const nearMiss = near && near.matched > 0 ? ` (${separatorName(near.fieldSeparator)} on only ${near.matched} of ${near.rows})` : '';
  return {
    format: 'copyPaste',
    reason: `no separator splits most of its ${lines} lines into term and definition${nearMiss}, so it is read as a set copied from a web page: a title, then each prompt followed by its answer lines`,
    settings: {},
  };
}

export interface QuizletSeparators {
  fieldSeparator: string;
  rowSeparator: string;
  /** Rows the field separator splits into a term and a definition, over the whole text. */
  matched: number;
  /** Non-blank rows. */
  rows: number;
}

/**
 * The separators that split most rows into a term and a definition: for each field
 * separator (in order of preference) the row separator that works best; the first
 * field separator that splits MOST of the rows wins, else the one that came closest.
 * `fixed` pins either separator (the student chose it). Undefined when none splits any row.
 */
export function quizletSeparators(text: string, fixed: ImportSettings = {}): QuizletSeparators | undefined {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const sample = body.length > SAMPLE_CHARS ? body.slice(0, SAMPLE_CHARS) : body;
  const fields = fixed.fieldSeparator ? [normalise(fixed.fieldSeparator)] : FIELD_SEPARATORS.filter((sep) => sample.includes(sep));
  const rowSeps = fixed.rowSeparator ? [normalise(fixed.rowSeparator)] : ROW_SEPARATORS.filter((sep) => sep === '\n' || sample.includes(sep));
  let closest: { field: string; row: string; share: number } | undefined;
  for (const field of fields) {
    let best: { row: string; share: number; rows: number } | undefined;
    for (const row of rowSeps) {
      if (!field || !row || field.includes(row) || row.includes(field)) continue;
      const { matched, rows } = countSplits(sample, row, field);
      const share = rows ? matched / rows : 0;
      // As good a share over more rows: that row separator splits where the other only happens to hold.
      if (!best || share > best.share || (share === best.share && rows > best.rows)) best = { row, share, rows };
    }
    if (!best || best.share === 0) continue;
    if (best.share >= MOST) {
      closest = { field, row: best.row, share: best.share };
      break;
    }
    if (!closest || best.share > closest.share) closest = { field, row: best.row, share: best.share };
  }
  if (!closest) return undefined;
  const whole = sample === body ? countSplits(sample, closest.row, closest.field) : countSplits(body, closest.row, closest.field);
  return { fieldSeparator: closest.field, rowSeparator: closest.row, ...whole };
}

function normalise(separator: string): string {
  return separator.replace(/\r\n?/g, '\n');
}

function countSplits(body: string, row: string, field: string): { matched: number; rows: number } {
  let matched = 0;
  let rows = 0;
  for (const part of body.split(row)) {
    if (!part.trim()) continue;
    rows++;
    if (splitsInTwo(part, field)) matched++;
  }
  return { matched, rows };
}

/** A term (one line, not prose) before the first separator and a definition after it. */
function splitsInTwo(row: string, field: string): boolean {
  const at = row.indexOf(field);
  if (at <= 0) return false;
  const term = row.slice(0, at).trim();
  if (!term || term.includes('\n') || term.split(/\s+/).length > MAX_TERM_WORDS) return false;
  return row.slice(at + field.length).trim() !== '';
}

function quizletReason(found: QuizletSeparators): string {
  const where = found.rowSeparator === '\n' ? `${found.matched} of ${found.rows} lines` : `${found.matched} of ${found.rows} rows, rows split by ${separatorName(found.rowSeparator)}`;
  return `${separatorName(found.fieldSeparator)} between term and definition on ${where}`;
}

/** A separator as the preview names it: "a tab", "a comma", or the characters in quotes. */
export function separatorName(separator: string): string {
  switch (separator) {
    case '\t':
      return 'a tab';
    case ',':
      return 'a comma';
    case ';':
      return 'a semicolon';
    case '\n':
      return 'a new line';
    case '\n\n':
      return 'a blank line';
    default:
      return `"${separator.replace(/\t/g, '\\t').replace(/\n/g, '\\n')}"`;
  }
}
