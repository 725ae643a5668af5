// The fuzzy search behind "Search Concepts": one index over concepts and cards,
// built once, grown with add() and shrunk with remove() without a rebuild, and
// kept current with the student's notes by apply() (a note's documents out and
// in as it changes). Concept ids and card ids share one id space here.
//
// A search runs in two steps. Each query word is looked up in the vocabulary
// (vocabulary.ts: exact words, plurals, and fuse.js for prefixes and typos);
// the documents holding any of the words found are the candidates, and the
// ranker (ranking.ts) orders them. Documents come from documents.ts, words are
// normalised by words.ts.

import { Card, Concept } from '../content/model';
import { SearchDocument, cardDocument, conceptDocument } from './documents';
import { Entry, Query, SearchHit, WEIGHT, joinedPairs, prepare, rankHits } from './ranking';
import { Vocabulary } from './vocabulary';
import { queryTokens, splitWords, stem } from './words';

export type { SearchDocument, SearchKind } from './documents';
export type { Highlight, SearchHit } from './ranking';
export { cardDocument, conceptDocument } from './documents';
export { queryTokens } from './words';

export interface SearchOptions {
  /** At most this many hits (default 50). */
  limit?: number;
}

interface Indexed extends Entry {
  /** Every distinct word this document put into the vocabulary, so remove() can take it out. */
  words: string[];
}

export class SearchIndex {
  private readonly docs = new Map<string, Indexed>();
  private readonly vocab = new Vocabulary<Indexed>();

  constructor(documents: readonly SearchDocument[] = []) {
    for (const doc of dedupe(documents)) this.index(doc);
  }

  /** The index of a compiled course pack: one document per concept and per card. */
  static fromPack(pack: { concepts: readonly Concept[]; cards: readonly Card[] }): SearchIndex {
    return new SearchIndex([...pack.concepts.map(conceptDocument), ...pack.cards.map(cardDocument)]);
  }

  get size(): number {
    return this.docs.size;
  }

  /** Adds documents; one whose id is already indexed replaces the old one. */
  add(documents: readonly SearchDocument[]): void {
    const fresh = dedupe(documents);
    this.remove(fresh.filter((d) => this.docs.has(d.id)).map((d) => d.id));
    for (const doc of fresh) this.index(doc);
  }

  /** Follows a change of the content: what went is taken out, then what came is added (a replaced item is in both). */
  apply(change: { removedConcepts: readonly Concept[]; removedCards: readonly Card[]; addedConcepts: readonly Concept[]; addedCards: readonly Card[] }): void {
    this.remove([...change.removedConcepts.map((c) => c.id), ...change.removedCards.map((c) => c.id)]);
    this.add([...change.addedConcepts.map(conceptDocument), ...change.addedCards.map(cardDocument)]);
  }

  /** Removes the documents with these ids; unknown ids are ignored. */
  remove(ids: readonly string[]): void {
    for (const id of ids) {
      const indexed = this.docs.get(id);
      if (!indexed) continue;
      this.vocab.release(indexed, indexed.words);
      this.docs.delete(id);
    }
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, options.limit ?? 50);
    const tokens = queryTokens(query);
    if (!tokens.length) return [];

    const expansions = tokens.map((t) => this.vocab.expand(t));
    const textScores: Array<Map<Indexed, number>> = [];
    const candidates = new Set<Indexed>();
    for (const expansion of expansions) {
      const scores = new Map<Indexed, number>();
      for (const [word, quality] of expansion) {
        const v = this.vocab.get(word)!;
        for (const doc of v.names) candidates.add(doc);
        for (const [doc, weight] of v.text) {
          candidates.add(doc);
          const value = weight * quality;
          if (value > (scores.get(doc) ?? 0)) scores.set(doc, value);
        }
      }
      textScores.push(scores);
    }
    const phrase = tokens.join(' ');
    const q: Query = { tokens, phrase, phraseStem: stem(phrase), expansions, textScores };
    return rankHits(candidates, q, limit);
  }

  private index(doc: SearchDocument): void {
    const indexed: Indexed = { ...prepare(doc), words: [] };
    const words = new Set<string>();
    const put = (word: string, textWeight: number | undefined) => {
      this.vocab.put(word, indexed, textWeight);
      words.add(word);
    };
    for (const u of indexed.units) {
      for (const w of u.words) put(w.norm, undefined);
      for (const joined of joinedPairs(u)) put(joined, undefined);
    }
    // So "ipm" finds Integrated pest management even without an alias saying so.
    if (indexed.initials.length >= 2) put(indexed.initials, undefined);
    const long = (text: string | undefined, weight: number) => {
      if (text) for (const w of splitWords(text)) put(w.norm, weight);
    };
    long(doc.definition, WEIGHT.definition);
    long(doc.kind === 'card' ? `${doc.title} ${doc.text ?? ''}` : doc.text, WEIGHT.text);
    indexed.words = [...words];
    this.docs.set(doc.id, indexed);
  }
}

function dedupe(documents: readonly SearchDocument[]): SearchDocument[] {
  const byId = new Map<string, SearchDocument>();
  for (const doc of documents) if (doc && typeof doc.id === 'string' && typeof doc.title === 'string') byId.set(doc.id, doc);
  return [...byId.values()];
}
