// What search indexes: one document per concept and per card of the course
// pack and of the student's notes, as plain text (Markdown and cloze syntax
// removed), built from the content model. A document from a note carries where
// it is written, so a result can open the note at that line.

import { fillCloze } from '../content/cloze';
import { plainText } from '../markdown/plainText';
import { Card, Concept } from '../content/model';

export type SearchKind = 'concept' | 'card';

/** One searchable thing. Text fields are plain text (see {@link plainText}). */
export interface SearchDocument {
  /** Unique across the index; adding a document with an existing id replaces it. */
  id: string;
  kind: SearchKind;
  /** The concept this document opens (a card's concept, a concept itself); absent for a note's card outside any concept. */
  conceptId?: string;
  /** What a student sees as the result's label: a concept's term, a card's prompt. */
  title: string;
  aliases?: string[];
  /** Names of the parts of a framework or list. */
  parts?: string[];
  /** A concept's definition. */
  definition?: string;
  /** A card's answer. */
  text?: string;
  topic?: string;
  /** From a student's note: the note's URI, its path as the student sees it, and the 1-based line. */
  note?: { uri: string; file: string; line: number };
}

function noteOf(item: Concept | Card): SearchDocument['note'] {
  return item.uri ? { uri: item.uri, file: item.file, line: item.line } : undefined;
}

export function conceptDocument(concept: Concept): SearchDocument {
  return {
    id: concept.id,
    kind: 'concept',
    conceptId: concept.id,
    title: concept.term,
    aliases: concept.aliases,
    parts: concept.parts.map((p) => plainText(p.name)),
    definition: plainText(concept.definition),
    topic: concept.topic,
    ...(concept.uri ? { note: noteOf(concept) } : {}),
  };
}

export function cardDocument(card: Card): SearchDocument {
  return {
    id: card.id,
    kind: 'card',
    ...(card.conceptId ? { conceptId: card.conceptId } : {}),
    title: plainText(card.kind === 'cloze' ? fillCloze(card.prompt, (_answer, hint) => `[${hint ?? '…'}]`) : card.prompt),
    text: plainText(card.answer),
    topic: card.topic,
    ...(card.uri ? { note: noteOf(card) } : {}),
  };
}
