// One entry point: detect (unless the student chose), then read (helper A1).
import type { FormatGuess, ImportOptions, ImportSet } from './importModel';

export interface ReadImport {
  set: ImportSet;
  /** What detection said (always computed, so the preview can show "detected: …" beside a choice the student made). */
  guess: FormatGuess;
}

/** options.title, when given, replaces the set's title. Never throws on any text. */
export function readImport(text: string, options: ImportOptions = {}): ReadImport {
  throw new Error('readImport: not built yet');
}
