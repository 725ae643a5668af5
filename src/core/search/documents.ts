// What search indexes: one document per concept and per card of the course
// pack, as plain text (Markdown and cloze syntax removed), built from the
// content model.

import { fillCloze } from '../content/cloze';
import { plainText } from '../markdown/plainText';
import { Card, Concept } from '../content/model';

export type SearchKind = 'concept' | 'card';

/** One searchable thing. Text fields are plain text (see {@link plainText}). */
export interface SearchDocument {
  /** Unique across the index; adding a document with an existing id replaces it. */
  id: string;
  kind: SearchKind;
  /** The concept this document opens (a card's concept, a concept itself). */
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
  };
}

export function cardDocument(card: Card): SearchDocument {
  return {
    id: card.id,
    kind: 'card',
    conceptId: card.conceptId,
    title: plainText(card.kind === 'cloze' ? fillCloze(card.prompt, (_answer, hint) => `[${hint ?? '…'}]`) : card.prompt),
    text: plainText(card.answer),
    topic: card.topic,
  };
}
