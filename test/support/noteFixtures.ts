// Small builders for what a student's note adds to the ContentIndex (its group,
// concepts and cards), so engine tests state only the fields they are about.

import { NoteContent } from '../../src/core/content/contentIndex';
import { Card, Concept, deckTopicId, fileTopicId, Pack, Topic } from '../../src/core/content/model';

export const noteUri = (file: string): string => `file:///vault/${file}`;

export function fileTopic(file: string, title = file.replace(/^.*\//, '').replace(/\.md$/, '')): Topic {
  return { id: fileTopicId(file), title, order: Number.MAX_SAFE_INTEGER, summary: '', file, line: 1, uri: noteUri(file) };
}

export function deckTopic(deck: string, file: string): Topic {
  return { id: deckTopicId(deck), title: deck, order: Number.MAX_SAFE_INTEGER, summary: '', file, line: 1 };
}

export function noteCard(id: string, topic: Topic, file: string, extra: Partial<Card> = {}): Card {
  return { id: `notes:${id}`, uri: noteUri(file), conceptId: '', topic: topic.id, source: '', kind: 'basic', prompt: `${id}?`, answer: `${id}!`, file, line: 1, ...extra };
}

export function noteConcept(term: string, topic: Topic, file: string, extra: Partial<Concept> = {}): Concept {
  return {
    id: `notes:${file}#${term.toLowerCase().replace(/\W+/g, '-')}`, uri: noteUri(file), term, topic: topic.id, aliases: [], acronyms: [],
    definition: `${term} means something.`, details: '', parts: [], source: '', related: [], file, line: 1, ...extra,
  };
}

/** A note holding loose cards `ids` in its own file group. */
export function noteWithCards(file: string, ids: string[], topic = fileTopic(file)): NoteContent {
  return { topic, concepts: [], cards: ids.map((id, i) => noteCard(id, topic, file, { line: i + 1 })) };
}

/** A tiny pack: one topic, one concept with one card. */
export function tinyPack(): Pack {
  const topic: Topic = { id: 'basics', title: 'Basics', order: 1, summary: '', file: 'content/basics.md', line: 1 };
  return {
    version: 1,
    topics: [topic],
    concepts: [{ id: 'kam', term: 'Key account management', topic: 'basics', aliases: [], acronyms: ['KAM'], definition: 'Serving the biggest customers.', details: '', parts: [], source: 'X (2001)', related: [], file: topic.file, line: 3 }],
    cards: [{ id: 'kam-what', conceptId: 'kam', topic: 'basics', source: 'X (2001)', kind: 'basic', prompt: 'What is KAM?', answer: 'Serving the biggest customers.', file: topic.file, line: 9 }],
  };
}
