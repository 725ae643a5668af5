// What an import will give the student, read back from the note it will write:
// the note is written (noteWriter.ts) and parsed with the notes parser, so the
// counts, the cards' first lines and the problems are those of the note the
// notes index will read, not a guess made beside it. Each card and each
// problem of the note carries the input line of the entry it came from.

import type { CardKind } from '../content/model';
import { plainText } from '../markdown/plainText';
import { parseNote } from '../notes/noteParser';
import type { ImportDecision, ImportSet, ImportSeverity } from './importModel';
import { DEFAULT_IMPORT_TITLE, NoteWriterOptions, writeImportNote } from './noteWriter';

export interface PreviewCard {
  kind: CardKind;
  /** The card's first line as plain text (prompt, or cloze with gaps shown as [...]). */
  firstLine: string;
  inputLine: number;
  noteLine: number;
}

export interface PreviewProblem {
  /** Where in the input, when the problem is the input's. */
  inputLine?: number;
  /** Where in the note it will show in the Problems panel, when it will. */
  noteLine?: number;
  severity: ImportSeverity;
  message: string;
}

export interface ImportPreview {
  title: string;
  /** The note's text, exactly what will be written. */
  noteText: string;
  concepts: number;
  cards: PreviewCard[];
  byKind: Partial<Record<CardKind, number>>;
  problems: PreviewProblem[];
  decisions: ImportDecision[];
}

/** `file` is the workspace-relative path the note will have (diagnostics name it). */
export function previewImport(set: ImportSet, options: NoteWriterOptions & { file: string; uri: string }): ImportPreview {
  const written = writeImportNote(set, options);
  const parsed = parseNote(written.text, { uri: options.uri, file: options.file });
  const inputLineAt = entryFinder(written.entryLines, set.entries.map((e) => e.line));

  const byKind: Partial<Record<CardKind, number>> = {};
  const cards = parsed.cards.map((card): PreviewCard => {
    byKind[card.kind] = (byKind[card.kind] ?? 0) + 1;
    return { kind: card.kind, firstLine: firstLine(card.prompt, card.kind), inputLine: inputLineAt(card.line) ?? 0, noteLine: card.line };
  });
  // The reader and the notes parser often see the same fault (an empty answer,
  // a question with no option marked right): the student is told once, in the
  // reader's words (they say what to do), at the note line the parser gives.
  const problems: PreviewProblem[] = set.problems.map((p): PreviewProblem => ({ inputLine: p.line, severity: p.severity, message: p.message }));
  const readerProblemAt = new Map(problems.map((p) => [p.inputLine, p]));
  for (const d of parsed.diagnostics) {
    const inputLine = inputLineAt(d.line);
    const same = inputLine === undefined ? undefined : readerProblemAt.get(inputLine);
    if (same && same.noteLine === undefined) {
      same.noteLine = d.line;
      if (rank(d.severity) > rank(same.severity)) same.severity = d.severity;
      continue;
    }
    const problem: PreviewProblem = { noteLine: d.line, severity: d.severity, message: d.message };
    if (inputLine !== undefined) problem.inputLine = inputLine;
    problems.push(problem);
  }
  return {
    title: set.title.trim() || DEFAULT_IMPORT_TITLE,
    noteText: written.text,
    concepts: parsed.concepts.length,
    cards,
    byKind,
    problems,
    decisions: [...set.decisions, ...written.decisions],
  };
}

const rank = (severity: ImportSeverity): number => (severity === 'error' ? 2 : severity === 'warning' ? 1 : 0);

/**
 * The input line of the entry a note line falls in: each entry runs from its
 * first line to the next entry's (entries are written one after another,
 * loose cards first, so their first lines sorted give the ranges).
 */
function entryFinder(entryLines: readonly number[], inputLines: readonly number[]): (noteLine: number) => number | undefined {
  const starts = entryLines.map((line, i) => ({ line, input: inputLines[i] })).filter((s) => s.line > 0).sort((a, b) => a.line - b.line);
  return (noteLine) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid].line <= noteLine) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : starts[lo - 1].input;
  };
}

/** The front's first line as the student reads it: plain text, escapes dropped, a cloze's gaps as the flashcard shows them. */
function firstLine(prompt: string, kind: CardKind): string {
  const line = prompt.split('\n').find((l) => l.trim()) ?? '';
  const gapped = kind === 'cloze' ? line.replace(/\{\{([^}]*?)(?:::([^}]*))?\}\}/g, (_, _answer: string, hint?: string) => `\uE000${hint?.trim() || '…'}\uE001`) : line;
  return plainText(gapped)
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\uE000/g, '[')
    .replace(/\uE001/g, ']');
}
