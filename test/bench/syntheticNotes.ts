// A synthetic vault of a student's notes, as the content index holds it once the
// notes are indexed: `count` notes of which a third hold study content (most
// notes hold none), each of those with about one concept (a two-word term, one
// in five with an acronym, one in four a framework with parts) and two cards,
// one in three of them in one of 20 decks, the rest a group of their own. With
// 10,000 notes: about 3,000 note concepts and 6,700 note cards.

import { NoteContent } from '../../src/core/content/contentIndex';
import { Card, Concept, deckTopicId, fileTopicId, Topic } from '../../src/core/content/model';

const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'je', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu', 'va', 'we', 'xi', 'yo', 'zu', 'bra', 'cle', 'dri', 'flo', 'gra', 'pla', 'tre'];

/** A made-up word per number, distinct for every n below 27^3. */
export function madeUpWord(n: number): string {
  return SYLLABLES[n % 27] + SYLLABLES[Math.floor(n / 27) % 27] + SYLLABLES[Math.floor(n / 729) % 27];
}

export interface SyntheticNote {
  uri: string;
  content: NoteContent;
}

/** The notes that hold something (the others never reach the content index), in vault order. */
export function syntheticNotes(count: number, version = 0): SyntheticNote[] {
  const notes: SyntheticNote[] = [];
  let conceptNo = 0;
  for (let i = 0; i < count; i++) {
    if (i % 3 !== 0) continue;
    const file = `vault/folder${i % 50}/note${i}.md`;
    const uri = `file:///work/${file}`;
    const deck = (i / 3) % 3 === 0 ? `course/week${i % 20}` : undefined;
    const topic: Topic = deck
      ? { id: deckTopicId(deck), title: deck, order: Number.MAX_SAFE_INTEGER, summary: '', file, line: 1 }
      : { id: fileTopicId(file), title: `note${i}`, order: Number.MAX_SAFE_INTEGER, summary: '', file, line: 1, uri };
    const concepts: Concept[] = [];
    // Nine notes in ten with content hold a concept.
    if ((i / 3) % 10 !== 9) {
      const n = conceptNo++;
      const term = `${cap(madeUpWord(n * 7 + 1))} ${madeUpWord(n * 13 + 5)}${version ? ` v${version}` : ''}`;
      const acronyms = n % 5 === 0 ? [term.split(/\s+/).map((w) => w[0].toUpperCase()).join('') + madeUpWord(n).slice(0, 1).toUpperCase()] : [];
      concepts.push({
        id: `notes:concept/${i}`,
        uri,
        term,
        topic: topic.id,
        aliases: [...acronyms],
        acronyms,
        definition: `What ${term} means in my own words, written down after the lecture of week ${i % 12}.`,
        details: '',
        parts: n % 4 === 0 ? [{ name: 'First step', description: '' }, { name: 'Second step', description: '' }, { name: 'Third step', description: '' }] : [],
        source: '',
        related: [],
        file,
        line: 3,
      });
    }
    const cards: Card[] = [0, 1].map((k) => ({
      id: `notes:${i}-${k}`,
      uri,
      conceptId: k === 0 && concepts.length ? concepts[0].id : '',
      topic: topic.id,
      source: '',
      kind: 'basic',
      prompt: `What did week ${i % 12} say about ${madeUpWord(i + k)}${version ? ` (v${version})` : ''}?`,
      answer: `${cap(madeUpWord(i * 3 + k))} ${madeUpWord(i * 5 + k)} and ${madeUpWord(i * 11 + k)}`,
      file,
      line: 10 + k,
    }));
    notes.push({ uri, content: { topic, concepts, cards } });
  }
  return notes;
}

const cap = (w: string): string => w[0].toUpperCase() + w.slice(1);
