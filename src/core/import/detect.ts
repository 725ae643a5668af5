// Which format a pasted or picked set is in, and why (helper A1 builds this).
import type { FormatGuess } from './importModel';

/** Anki's headers → anki; a header row naming HEADER_NAMES columns → csv; a separator on most lines → quizlet; else copyPaste. */
export function detectFormat(text: string): FormatGuess {
  throw new Error('detectFormat: not built yet');
}
