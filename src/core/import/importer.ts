// The one entry point for reading a set: detect the format (always, so the
// preview can show what detection said beside a choice the student made),
// then hand the text to that format's reader with the separators the student
// chose, or else those detection found.

import { parseAnkiText } from './ankiText';
import { parseCopyPaste } from './copyPaste';
import { parseCsv } from './csv';
import { detectFormat } from './detect';
import type { FormatGuess, ImportFormat, ImportOptions, ImportSet, ImportSettings } from './importModel';
import { parseQuizlet } from './quizlet';

export interface ReadImport {
  set: ImportSet;
  /** What detection said (always computed, so the preview can show "detected: …" beside a choice the student made). */
  guess: FormatGuess;
}

/** options.title, when given, replaces the set's title. Never throws on any text. */
export function readImport(text: string, options: ImportOptions = {}): ReadImport {
  const body = text.replace(/^\uFEFF/, '');
  const guess = detectFormat(body);
  const format = options.format ?? guess.format;
  // Detection's separators belong to the format it guessed; for another format its reader looks afresh.
  const settings: ImportSettings = { ...(format === guess.format ? guess.settings : {}) };
  if (options.fieldSeparator) settings.fieldSeparator = options.fieldSeparator;
  if (options.rowSeparator) settings.rowSeparator = options.rowSeparator;
  const set = read(format, body, settings);
  if (options.title !== undefined && options.title.trim()) set.title = options.title.trim();
  return { set, guess };
}

function read(format: ImportFormat, text: string, settings: ImportSettings): ImportSet {
  switch (format) {
    case 'copyPaste':
      return parseCopyPaste(text);
    case 'quizlet':
      return parseQuizlet(text, settings);
    case 'anki':
      return parseAnkiText(text);
    case 'csv':
      return parseCsv(text, settings);
  }
}
