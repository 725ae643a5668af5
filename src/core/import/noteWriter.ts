// An ImportSet as an ordinary Markdown note in the project's convention (helper B).
import type { ImportSet } from './importModel';

export interface NoteWriterOptions {
  /** Where the set came from, for the note's opening line ("week3.txt", "the clipboard"). */
  origin: string;
  /** YYYY-MM-DD of the import. */
  date: string;
}

export interface WrittenNote {
  text: string;
  /** For each entry (same order as set.entries): the 1-based line of the note where its card or concept starts. */
  entryLines: number[];
}

export function writeImportNote(set: ImportSet, options: NoteWriterOptions): WrittenNote {
  throw new Error('writeImportNote: not built yet');
}
