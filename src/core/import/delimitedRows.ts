// The rows of a delimited text (CSV, TSV, Anki's plain-text notes), read with
// papaparse, each with the 1-based input line it starts on, so a problem
// points at the right line even after a quoted field spanning several lines.
// Also the small tidying every field gets (list lines as `- item`). The CSV
// and Anki readers share it; the quoting rules are papaparse's alone.

import Papa from 'papaparse';

export interface DelimitedRow {
  fields: string[];
  /** 1-based line of the input where the row starts. */
  line: number;
}

export interface RowProblem {
  line: number;
  message: string;
}

export interface DelimitedRows {
  rows: DelimitedRow[];
  problems: RowProblem[];
  /** The delimiter used: the one asked for, or papaparse's guess. */
  delimiter: string;
}

export interface ReadRowsOptions {
  /** Omitted: papaparse guesses among `guesses`. */
  delimiter?: string;
  guesses?: string[];
  /** Lines starting with `#` between rows are comments (Anki's rule). */
  comments?: boolean;
  /** The input line `text` starts on (after a header the caller read). */
  firstLine?: number;
}

/** BOM gone, every line end `\n`: papaparse then sees one kind of line break, and a CR never ends up in a field. */
export function normaliseInput(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A name the student reads for a delimiter: "tab", "comma", or the character in quotes. */
export function delimiterName(delimiter: string): string {
  const names: Record<string, string> = { '\t': 'tab', ',': 'comma', ';': 'semicolon', '|': 'pipe', ' ': 'space', ':': 'colon' };
  return names[delimiter] ?? `"${delimiter}"`;
}

/** `text` must come through normaliseInput. Rows that hold nothing (blank lines) are left out. */
export function readRows(text: string, options: ReadRowsOptions = {}): DelimitedRows {
  const rows: DelimitedRow[] = [];
  const problems: RowProblem[] = [];
  const firstLine = options.firstLine ?? 1;
  // Lines are counted forward as rows go by (their starts only grow), so the whole count is one pass.
  let counted = 0;
  let line = firstLine;
  const lineAt = (offset: number) => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let lineOfIndex: ((index: number) => number) | undefined;
  const errorLine = (index: number) => {
    if (!lineOfIndex) {
      const starts: number[] = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      lineOfIndex = (at) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= at) lo = mid;
          else hi = mid - 1;
        }
        return firstLine + lo;
      };
    }
    return lineOfIndex(index);
  };
  const seen = new Set<string>();
  let previousEnd = 0;
  const delimiter = options.delimiter || guessDelimiter(text, options.guesses ?? [',', ';', '\t', '|'], options.comments === true);
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    comments: options.comments ? '#' : false,
    skipEmptyLines: false,
    step: (result) => {
      let start = previousEnd;
      previousEnd = result.meta.cursor;
      // papaparse skips comment lines silently: the row starts after them.
      if (options.comments) {
        while (text.startsWith('#', start)) {
          const next = text.indexOf('\n', start);
          if (next === -1 || next >= previousEnd) break;
          start = next + 1;
        }
      }
      const rowLine = lineAt(start);
      for (const error of result.errors) {
        if (error.code === 'UndetectableDelimiter') continue;
        const at = typeof error.index === 'number' ? errorLine(error.index) : rowLine;
        const key = `${error.code}@${at}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push({ line: at, message: quoteMessage(error.code, at, error.message) });
      }
      const fields = result.data;
      if (fields.every((f) => f.trim() === '')) return;
      rows.push({ fields, line: rowLine });
    },
  });
  return { rows, problems, delimiter };
}

/**
 * papaparse's own guess, made on the first rows with blank lines left out: counted in, a trailing
 * blank line looks like a one-field row and tips the guess towards a comma inside the text.
 */
function guessDelimiter(text: string, guesses: string[], comments: boolean): string {
  const guess = Papa.parse<string[]>(text, { delimitersToGuess: guesses, skipEmptyLines: 'greedy', preview: 50, quoteChar: '"', comments: comments ? '#' : false });
  return guess.meta.delimiter || ',';
}

function quoteMessage(code: string, line: number, fallback: string): string {
  switch (code) {
    case 'MissingQuotes':
      return `a quoted field starts here and its closing quote (") is missing, so everything after it was read as one field: add the closing quote`;
    case 'InvalidQuotes':
      return `a quote (") inside a quoted field is not doubled: write "" for a quote inside quotes`;
    default:
      return `${fallback}`;
  }
}

const BULLET = /^(\s*)[•◦▪‣·*+–](?=\s)/gm;

/** A field's text as a note holds it: trimmed, bullet lines (•, *, +, –) as `- item`. */
export function tidyField(text: string): string {
  return text.trim().replace(BULLET, '$1-');
}
