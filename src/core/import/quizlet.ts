// Quizlet's export text: term, separator, definition; rows split by a row separator (helper A1).
import type { ImportSet, ImportSettings } from './importModel';

export function parseQuizlet(text: string, settings: ImportSettings): ImportSet {
  throw new Error('parseQuizlet: not built yet');
}
