// CSV and TSV with a header row as an ImportSet, read with papaparse. The
// header names the columns (HEADER_NAMES: front, back, type, choices,
// correct, explanation, tags, deck) and, for multiple choice, the options:
// "a", "b", "c"… or "option 1"… or "choice a"…, with a "correct" or "answer"
// column holding the right option's letter, number or text. Without a header
// naming anything, the first column is the front and the second the back.
// A row's kind: its type column, else options → multiple choice, `{{` in the
// front → cloze, else a term (a concept) or a question by promptKind().

import { ankiClozeCards, hasAnkiCloze } from './ankiCloze';
import { delimiterName, DelimitedRow, normaliseInput, readRows, tidyField } from './delimitedRows';
import { HEADER_NAMES } from './importModel';
import type { ImportDecision, ImportEntry, ImportProblem, ImportSet, ImportSettings, MultipleChoiceEntry } from './importModel';
import { promptKind } from './promptKind';

type Role = keyof typeof HEADER_NAMES;

interface Columns {
  /** 0-based column of each role found. */
  roles: Partial<Record<Role, number>>;
  /** Option columns in the order their letter or number gives. */
  options: number[];
  /** What a letter or number in the correct column means: the option's index. */
  optionKeys: string[];
}

const GUESSES = [',', ';', '\t', '|'];

function headerName(cell: string): string {
  return cell.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** "option 2", "choice b", "answer c", "distractor 1"… → its key ("2", "b"); a bare letter is decided by the caller. */
function optionKey(name: string): string | undefined {
  const m = /^(?:option|choice|answer|opt)\s*([a-f]|[1-6])$/.exec(name);
  return m?.[1];
}

function mapColumns(header: string[]): Columns | undefined {
  const names = header.map(headerName);
  const roles: Partial<Record<Role, number>> = {};
  const options: Array<{ col: number; key: string }> = [];
  // A bare "a" is the back (HEADER_NAMES) unless "b" is there too: then a, b, c… are options.
  const letters = names.filter((n) => /^[a-f]$/.test(n));
  const lettersAreOptions = letters.includes('a') && letters.includes('b');
  names.forEach((name, col) => {
    const key = optionKey(name) ?? (lettersAreOptions && /^[a-f]$/.test(name) ? name : undefined);
    if (key) options.push({ col, key });
  });
  const optionCols = new Set(options.map((o) => o.col));
  const hasOptions = options.length > 0;
  names.forEach((name, col) => {
    if (optionCols.has(col)) return;
    // With options present, an "answer" column says which one is right.
    if (hasOptions && (name === 'answer' || name === 'correct answer') && roles.correct === undefined) {
      roles.correct = col;
      return;
    }
    for (const role of Object.keys(HEADER_NAMES) as Role[]) {
      if (roles[role] === undefined && (HEADER_NAMES[role] as readonly string[]).includes(name)) {
        roles[role] = col;
        return;
      }
    }
  });
  if (!Object.keys(roles).length && !hasOptions) return undefined;
  options.sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  return { roles, options: options.map((o) => o.col), optionKeys: options.map((o) => o.key) };
}

/** The first line read with each candidate: the one whose cells name the most known columns, when any does. */
function headerDelimiter(input: string): string | undefined {
  const firstLine = input.slice(0, input.indexOf('\n') === -1 ? input.length : input.indexOf('\n'));
  let best: { delimiter: string; named: number } | undefined;
  for (const delimiter of GUESSES) {
    const cells = readRows(firstLine, { delimiter }).rows[0]?.fields ?? [];
    if (cells.length < 2) continue;
    const columns = mapColumns(cells);
    const named = columns ? Object.keys(columns.roles).length + columns.options.length : 0;
    if (named >= 2 && (!best || named > best.named)) best = { delimiter, named };
  }
  return best?.delimiter;
}

type RowKind = 'basic' | 'term' | 'cloze' | 'multipleChoice' | 'reversed';

function typeValue(value: string): RowKind | undefined {
  const v = value.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
  if (!v) return undefined;
  if (v === 'mc' || v === 'mcq' || v.startsWith('multiple choice') || v === 'multiplechoice' || v === 'choice') return 'multipleChoice';
  if (v.includes('cloze')) return 'cloze';
  if (v === 'term' || v === 'definition' || v === 'concept' || v === 'vocab' || v === 'vocabulary') return 'term';
  if (v.includes('revers')) return 'reversed';
  if (v === 'basic' || v === 'qa' || v === 'q&a' || v === 'q/a' || v === 'question' || v === 'card' || v.startsWith('basic')) return 'basic';
  return undefined;
}

/** A choices cell: one option per line, or split by `|` or `;` (by `,` only when nothing else splits it); `[x]` marks the right one. */
function splitChoices(cell: string): Array<{ text: string; correct: boolean }> {
  const by = ['\n', '|', ';', ','].find((s) => cell.includes(s));
  const parts = by ? cell.split(by) : [cell];
  return parts
    .map((part) => {
      const m = /^\s*(?:[-*•]\s+)?\[([ xX])\]\s*/.exec(part);
      return { text: tidyField(m ? part.slice(m[0].length) : part.replace(/^\s*[-*•]\s+/, '')), correct: m ? m[1] !== ' ' : false };
    })
    .filter((c) => c.text);
}

/** Which option a correct cell names: its text, its letter ("b", "(b)", "B)"), or its number ("2"). -1 when none. */
function rightOption(value: string, choices: Array<{ text: string }>, keys: string[]): number {
  const v = value.trim();
  const lower = v.toLowerCase();
  const byText = choices.findIndex((c) => c.text.toLowerCase() === lower);
  if (byText >= 0) return byText;
  const key = /^\(?([a-z]|\d{1,2})[).:]?$/i.exec(v)?.[1]?.toLowerCase();
  if (!key) return -1;
  const byKey = keys.indexOf(key);
  if (byKey >= 0) return byKey;
  if (/^[a-z]$/.test(key)) {
    const i = key.charCodeAt(0) - 97;
    return i < choices.length ? i : -1;
  }
  const n = parseInt(key, 10);
  return n >= 1 && n <= choices.length ? n - 1 : -1;
}

function firstLineOf(text: string): string {
  const line = text.split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

export function parseCsv(text: string, settings: ImportSettings): ImportSet {
  const input = normaliseInput(text);
  const problems: ImportProblem[] = [];
  const decisions: ImportDecision[] = [];
  const entries: ImportEntry[] = [];
  const asked = settings.fieldSeparator || undefined;
  const read = readRows(input, { delimiter: asked ?? headerDelimiter(input), guesses: GUESSES });
  const delimiter = read.delimiter;
  const done = (): ImportSet => ({ format: 'csv', title: '', entries, problems, decisions, settings: { fieldSeparator: delimiter } });
  for (const p of read.problems) problems.push({ line: p.line, severity: 'warning', message: p.message });
  if (!read.rows.length) {
    problems.push({ line: 1, severity: 'error', message: 'the file holds no rows to import' });
    return done();
  }
  const widest = Math.max(...read.rows.map((r) => r.fields.length));
  if (widest < 2) {
    problems.push({
      line: read.rows[0].line,
      severity: 'error',
      message: `only one column found (read with ${delimiterName(delimiter)} between fields): a CSV needs a front and a back column; choose the separator the file uses`,
    });
    return done();
  }

  const header = read.rows[0];
  let columns = mapColumns(header.fields);
  const hasHeader = columns !== undefined;
  let rows: DelimitedRow[];
  if (columns) {
    rows = read.rows.slice(1);
  } else {
    columns = { roles: { front: 0, back: 1 }, options: [], optionKeys: [] };
    rows = read.rows;
    decisions.push({ line: header.line, message: 'no header row naming the columns: the first column is read as the front, the second as the back' });
  }
  const { roles, options, optionKeys } = columns;
  const used = new Set<number>([...Object.values(roles), ...options]);
  const free = () => header.fields.findIndex((_, i) => !used.has(i));
  if (roles.front === undefined) {
    const col = free();
    if (col >= 0) {
      roles.front = col;
      used.add(col);
      decisions.push({ line: header.line, message: `column "${header.fields[col].trim()}" read as the front: no column is named front, term or question` });
    }
  }
  if (roles.back === undefined && !options.length && roles.choices === undefined) {
    const col = free();
    if (col >= 0) {
      roles.back = col;
      used.add(col);
      decisions.push({ line: header.line, message: `column "${header.fields[col].trim()}" read as the back: no column is named back, definition or answer` });
    }
  }
  if (roles.tags !== undefined) {
    decisions.push({ line: header.line, message: `column "${header.fields[roles.tags].trim()}" left out: a note keeps the cards, not their tags` });
  }
  if (roles.deck !== undefined) {
    decisions.push({ line: header.line, message: `column "${header.fields[roles.deck].trim()}" left out: every row goes into the one note` });
  }

  const width = header.fields.length;
  const get = (row: DelimitedRow, col: number | undefined) => (col === undefined ? '' : tidyField(row.fields[col] ?? ''));
  for (const row of rows) {
    const line = row.line;
    if (row.fields.length !== width) {
      problems.push({
        line,
        severity: 'warning',
        message: `${row.fields.length} fields where the ${hasHeader ? 'header' : 'first row'} has ${width}: a ${delimiterName(delimiter)} or a quote in this row may be out of place`,
      });
    }
    const front = get(row, roles.front);
    const back = get(row, roles.back);
    const explanation = get(row, roles.explanation);
    const correctCell = get(row, roles.correct);
    const optionCells = options.map((col, i) => ({ text: get(row, col), key: optionKeys[i] })).filter((o) => o.text);
    const choicesCell = get(row, roles.choices);
    if (!front) {
      problems.push({ line, severity: 'error', message: `the front (question or term) is empty: nothing is imported from this row` });
      continue;
    }
    const typeCell = get(row, roles.type);
    let kind = typeValue(typeCell);
    if (typeCell && !kind) {
      problems.push({ line, severity: 'warning', message: `unknown card type "${typeCell}" (basic, term, cloze or multiple choice): the kind is decided from the row` });
    }
    kind ??= optionCells.length || choicesCell ? 'multipleChoice' : front.includes('{{') ? 'cloze' : undefined;

    if (kind === 'multipleChoice') {
      entries.push(multipleChoice(row, front, optionCells, choicesCell, roles.choices !== undefined && headerName(header.fields[roles.choices]) === 'distractors', correctCell || back, explanation, problems));
      continue;
    }
    const answer = [back, explanation].filter(Boolean).join('\n\n');
    if (kind === 'cloze') {
      const extra = answer ? { extra: answer } : {};
      if (hasAnkiCloze(front)) {
        const { cards } = ankiClozeCards(front);
        if (cards.length) {
          for (const card of cards) entries.push({ kind: 'cloze', line, text: card.text, ...extra, ...(cards.length > 1 ? { number: card.number } : {}) });
          continue;
        }
      }
      if (front.includes('{{')) {
        entries.push({ kind: 'cloze', line, text: front, ...extra });
        continue;
      }
      problems.push({ line, severity: 'warning', message: `a cloze card needs {{…}} around the hidden part: imported as a basic card` });
    }
    if (!back) {
      problems.push({ line, severity: 'warning', message: `"${firstLineOf(front)}" has no back: it goes into the note with an empty answer and becomes a card once you write one` });
    }
    const term = kind === 'term' || (kind === undefined && back !== '' && !front.includes('\n') && promptKind(front) === 'term');
    if (term && !front.includes('\n')) entries.push({ kind: 'term', line, term: front, definition: answer });
    else entries.push({ kind: 'basic', line, prompt: front, answer, ...(kind === 'reversed' ? { reverse: true } : {}) });
  }
  if (!entries.length && !problems.some((p) => p.severity === 'error')) {
    problems.push({ line: header.line, severity: 'error', message: `the file has a header row but no cards below it` });
  }
  return done();
}

function multipleChoice(
  row: DelimitedRow,
  prompt: string,
  optionCells: Array<{ text: string; key: string }>,
  choicesCell: string,
  distractors: boolean,
  correctCell: string,
  explanation: string,
  problems: ImportProblem[],
): MultipleChoiceEntry {
  const line = row.line;
  let choices = optionCells.map((o) => ({ text: o.text, correct: false }));
  let keys = optionCells.map((o) => o.key);
  if (choicesCell) {
    const listed = splitChoices(choicesCell);
    // A distractors column lists the wrong options only: the right one is the correct (or back) cell.
    if (distractors && correctCell && !listed.some((c) => c.text.toLowerCase() === correctCell.toLowerCase())) {
      listed.unshift({ text: correctCell, correct: true });
    }
    choices = [...choices, ...listed];
    keys = [...keys, ...listed.map(() => '')];
  }
  const marked = choices.some((c) => c.correct);
  if (!marked) {
    const right = correctCell ? rightOption(correctCell, choices, keys) : -1;
    if (right >= 0) choices[right].correct = true;
    else if (correctCell) {
      problems.push({ line, severity: 'warning', message: `the right answer "${correctCell}" matches none of the options: mark one with [x] in the note` });
    } else {
      problems.push({ line, severity: 'warning', message: `no right answer given for this multiple choice question: mark one with [x] in the note` });
    }
  }
  if (choices.length < 2) {
    problems.push({ line, severity: 'warning', message: `a multiple choice question needs at least two options; this one has ${choices.length}` });
  }
  return { kind: 'multipleChoice', line, prompt, choices, ...(explanation ? { explanation } : {}) };
}
