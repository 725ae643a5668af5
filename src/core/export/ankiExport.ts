// Cards as Anki's "Notes in Plain Text" import file (helper B).
import type { Card, Concept, Topic } from '../content/model';

export interface AnkiExportSource {
  cards: readonly Card[];
  concept(id: string): Concept | undefined;
  topic(id: string): Topic | undefined;
}

export interface AnkiExport {
  text: string;
  /** Anki notes written (a cloze with several gaps is one note). */
  notes: number;
  decks: string[];
}

export function exportForAnki(source: AnkiExportSource): AnkiExport {
  throw new Error('exportForAnki: not built yet');
}
