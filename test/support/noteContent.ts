// A student's note's part of the content, written by hand for tests of the
// views that show notes beside the pack: what the note parser would give for a
// note (its group, concepts and cards, with the note's URI and lines), without
// depending on the grammar the parser accepts.

import { freshFixtureIndex } from './fixturePack';
import { NoteContent } from '../../src/core/content/contentIndex';
import { Card, Concept, deckTopicId, fileTopicId, Part, Topic } from '../../src/core/content/model';

export const noteUri = (file: string): string => `file:///workspace/${file}`;

/** The group of a note without a deck: the note itself. */
export function fileTopic(file: string): Topic {
  return { id: fileTopicId(file), title: file.replace(/^.*\//, '').replace(/\.md$/i, ''), order: Number.MAX_SAFE_INTEGER, summary: '', file, line: 1, uri: noteUri(file) };
}

/** The group of every note tagged #flashcards/<deck>. */
export function deckTopic(deck: string, file: string): Topic {
  return { id: deckTopicId(deck), title: deck, order: Number.MAX_SAFE_INTEGER, summary: '', file, line: 1 };
}

export interface NoteConceptFields {
  aliases?: string[];
  acronyms?: string[];
  parts?: Part[];
  line?: number;
  definition?: string;
}

export function noteConcept(id: string, term: string, topic: Topic, file: string, fields: NoteConceptFields = {}): Concept {
  return {
    id,
    uri: noteUri(file),
    term,
    topic: topic.id,
    aliases: [...(fields.aliases ?? []), ...(fields.acronyms ?? [])],
    acronyms: fields.acronyms ?? [],
    definition: fields.definition ?? `${term}, as I wrote it in ${file}.`,
    details: '',
    parts: fields.parts ?? [],
    source: '',
    related: [],
    file,
    line: fields.line ?? 1,
  };
}

/** A `front::back` card; outside any concept unless `conceptId` is given. */
export function noteCard(id: string, prompt: string, answer: string, topic: Topic, file: string, line: number, conceptId = ''): Card {
  return { id, uri: noteUri(file), conceptId, topic: topic.id, source: '', kind: 'basic', prompt, answer, file, line };
}

export function noteContent(topic: Topic, concepts: Concept[], cards: Card[] = []): NoteContent {
  return { topic, concepts, cards };
}

/**
 * Two notes a beekeeping student wrote beside the fixture pack: a deck
 * ("bees/week3") with a framework concept, its card and a loose card, and a
 * note of their own (no deck) with a glossary concept and two loose cards.
 */
export function beekeepingNotes() {
  const deck = deckTopic('bees/week3', 'bees/week3.md');
  const own = fileTopic('journal.md');
  const waggle = noteConcept('notes:waggle', 'Waggle dance', deck, 'bees/week3.md', {
    line: 3,
    definition: 'How a forager tells the hive the direction and distance of food.',
    parts: [{ name: 'Angle to the sun', description: '' }, { name: 'Length of the run', description: '' }, { name: 'Vigour', description: '' }],
  });
  const waggleCard = noteCard('notes:waggle-q', 'What does the waggle run\'s angle tell?', 'Direction', deck, 'bees/week3.md', 9, waggle.id);
  const deckLoose = noteCard('notes:propolis', 'Bee glue', 'Propolis', deck, 'bees/week3.md', 14);
  const smoker = noteConcept('notes:smoker', 'Smoker', own, 'journal.md', { line: 5, definition: 'A can that puffs cool smoke to calm the bees before an inspection.' });
  const journalCards = [
    noteCard('notes:drone', 'Male bee', 'Drone', own, 'journal.md', 20),
    noteCard('notes:nectar-flow', 'A period when many plants yield nectar', 'Nectar flow', own, 'journal.md', 21),
  ];
  return {
    deck, own, waggle, waggleCard, deckLoose, smoker, journalCards,
    deckNote: { uri: noteUri('bees/week3.md'), content: noteContent(deck, [waggle], [waggleCard, deckLoose]) },
    ownNote: { uri: noteUri('journal.md'), content: noteContent(own, [smoker], journalCards) },
  };
}

/** The beekeeping fixture pack with the two notes of beekeepingNotes() in it. */
export function fixtureWithNotes() {
  const index = freshFixtureIndex();
  const notes = beekeepingNotes();
  index.setNote(notes.deckNote.uri, notes.deckNote.content);
  index.setNote(notes.ownNote.uri, notes.ownNote.content);
  return { index, notes };
}
