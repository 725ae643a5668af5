// What an import reads out of a flashcard set, whatever its format: entries
// (terms and cards) with the line of the input they came from, the problems
// found while reading, and what an ambiguous input was taken to mean. The
// readers (quizlet.ts, copyPaste.ts, ankiText.ts, csv.ts) produce it; the note
// writer (noteWriter.ts) turns it into an ordinary Markdown note in the
// project's convention; the preview (importPreview.ts) reads that note back
// with the notes parser, so what the student is shown is what they will get.
//
// Entry text is Markdown source as the student would have written it: plain
// text passes through unchanged (apart from list lines normalised to `- item`),
// HTML is converted to Markdown. The writer, not the readers, keeps the note's
// structure safe (a line starting with `#` or `Q:`, a stray `{{`, `::`, `==`).

export type ImportFormat = 'quizlet' | 'copyPaste' | 'anki' | 'csv';

/** What the student may set in the preview; anything left out is detected. */
export interface ImportOptions {
  format?: ImportFormat;
  /** quizlet and csv: between a term and its definition ('\t', ',', ';' or any string). */
  fieldSeparator?: string;
  /** quizlet: between rows ('\n', ';' or any string). */
  rowSeparator?: string;
  /** The note's title; by default the set's own (its title line, Anki deck, file name). */
  title?: string;
}

/** The separators (and Anki's html flag) the reader used, shown in the preview and offered for change. */
export interface ImportSettings {
  fieldSeparator?: string;
  rowSeparator?: string;
  html?: boolean;
}

interface EntryBase {
  /** 1-based line in the input where the entry starts. */
  line: number;
}

/** A term and its definition: becomes a concept (hover, sidebar row) with a card asking for the definition. */
export interface TermEntry extends EntryBase {
  kind: 'term';
  term: string;
  /** Markdown; may span several lines or hold a list. '' when the input had none (flagged). */
  definition: string;
}

/** A question and its answer: becomes a basic card. */
export interface BasicEntry extends EntryBase {
  kind: 'basic';
  prompt: string;
  /** Markdown; may span several lines or hold a list. '' when the input had none (flagged, never invented). */
  answer: string;
  /** Anki's "Basic (and reversed card)": a second card asks the other way. */
  reverse?: boolean;
}

/** A cloze in the project's syntax: `{{hidden}}` or `{{hidden::hint}}`, one card hiding every gap. */
export interface ClozeEntry extends EntryBase {
  kind: 'cloze';
  text: string;
  /** Anki's "Back Extra": shown after answering. */
  extra?: string;
  /** Anki's c-number when its note had several: each number is its own card, entries of one note one after another. */
  number?: number;
}

/** A multiple choice question; no option marked right is kept as written and flagged, never guessed. */
export interface MultipleChoiceEntry extends EntryBase {
  kind: 'multipleChoice';
  prompt: string;
  choices: Array<{ text: string; correct: boolean }>;
  explanation?: string;
}

export type ImportEntry = TermEntry | BasicEntry | ClozeEntry | MultipleChoiceEntry;

export type ImportSeverity = 'error' | 'warning' | 'info';

/** Something wrong in the input, at its line. The entry is still imported where it can be, and flagged. */
export interface ImportProblem {
  line: number;
  severity: ImportSeverity;
  message: string;
}

/** How an ambiguous part of the input was read, and on what evidence, e.g. `read "KAM" as a term: a short line before a long one`. */
export interface ImportDecision {
  line: number;
  message: string;
}

export interface ImportSet {
  format: ImportFormat;
  /** The set's own title ('' when it has none; the caller then names it after the file or the date). */
  title: string;
  entries: ImportEntry[];
  problems: ImportProblem[];
  decisions: ImportDecision[];
  settings: ImportSettings;
}

/** What detection concluded, and why, in words the preview shows ("tab between term and definition on 40 of 40 lines"). */
export interface FormatGuess {
  format: ImportFormat;
  reason: string;
  settings: ImportSettings;
}

/** Input larger than this is refused with a message and nothing is written. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Column names a CSV/TSV header row may use (lower case, compared after trimming). Detection and the CSV reader share them. */
export const HEADER_NAMES = {
  front: ['front', 'term', 'question', 'prompt', 'word', 'q', 'card front', 'side 1', 'text'],
  back: ['back', 'definition', 'answer', 'meaning', 'a', 'card back', 'side 2', 'back extra'],
  type: ['type', 'kind', 'card type', 'note type', 'notetype'],
  choices: ['choices', 'options', 'distractors'],
  correct: ['correct', 'correct answer', 'right answer', 'key'],
  explanation: ['explanation', 'notes', 'extra', 'comment'],
  tags: ['tags', 'tag'],
  deck: ['deck', 'set', 'topic'],
} as const;
