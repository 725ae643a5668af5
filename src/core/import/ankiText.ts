// Anki's "Notes in Plain Text" export (helper A2).
import type { ImportSet } from './importModel';

export function parseAnkiText(text: string): ImportSet {
  throw new Error('parseAnkiText: not built yet');
}
