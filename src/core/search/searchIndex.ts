// The fuzzy search behind "Search Concepts": one index over concepts and cards
// (and later a student's own notes), built once, grown with add() and shrunk
// with remove() without a rebuild.
//
// Two stages. fuse.js (token search, typo-tolerant bitap per query word) finds
// the candidates and gives a base score over the weighted fields. A small
// word-level re-ranker then decides the order students expect: an exact
// acronym, term or alias first; every query word found in the name (in any
// order, with typos, plurals, British/American spelling) next; then parts,
// definitions and card text. Fuse alone ranks multi-word queries in any order
// ("phases dwyer") and short acronyms poorly; the re-ranker is what makes the
// first result the one the student meant.

import type Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import { fillCloze } from '../content/cloze';
import { editDistance } from '../util/editDistance';
import { plainText } from '../markdown/plainText';
import { loadFuse } from '../markdown/libs';
import { Card, Concept } from '../content/model';
import { foldAccents } from '../util/text';

export type SearchKind = 'concept' | 'card' | 'note';

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
  /** A card's prompt and answer, a note's body. */
  text?: string;
  topic?: string;
}

/** A [start, end) range of characters in a document's title. */
export type Highlight = [number, number];

export interface SearchHit {
  doc: SearchDocument;
  /** Higher is better; only meaningful relative to the other hits of one query. */
  score: number;
  /** Where the query's words were found in `doc.title`, for highlighting the label. */
  titleHighlights: Highlight[];
  /** The alias that matched when the title itself did not (e.g. "KAM" for Key account management). */
  matchedAlias?: string;
  /** fuse.js's own match ranges per field, for callers that highlight other fields. */
  matches: Array<{ field: string; value: string; indices: Highlight[] }>;
}

export interface SearchOptions {
  /** At most this many hits (default 50). */
  limit?: number;
}

// Field weights: term > alias > parts > definition > card text.
const WEIGHT = { term: 1, alias: 0.9, initials: 0.85, wholePart: 0.85, part: 0.6, definition: 0.35, text: 0.25 } as const;
/** Cards rank just under a concept that matches equally well. */
const CARD_FACTOR = 0.9;
/** A card gains this share of its own concept's score in the same search, so equal cards of the concept searched for come first. */
const CONCEPT_AFFINITY = 0.01;
/** How much fuse's own score adds to the word-level score. */
const FUSE_SHARE = 0.2;

// fuse.js searches the name fields (short strings) with extended search: every
// query word, fuzzily, inside one name. Long text (definitions, card prompts and
// answers, note bodies) goes through the word index below instead: bitap over
// long text measured 6-37 ms a query on the bundled pack, far over budget.
const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: [
    { name: 'term', weight: 1, getFn: (d) => d.title },
    { name: 'aliases', weight: 0.8, getFn: (d) => d.aliases ?? [] },
    { name: 'parts', weight: 0.5, getFn: (d) => d.parts ?? [] },
  ],
  useExtendedSearch: true,
  ignoreLocation: true,
  includeScore: true,
  includeMatches: true,
  threshold: 0.3,
  minMatchCharLength: 2,
};

const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'with', 'by', 'is', 'are', 's']);

/** A word of some text, normalised for comparison, with where it sits in the original. */
interface Word {
  norm: string;
  start: number;
  end: number;
}

/** One name-like field of a document, pre-split into words when the document is added. */
interface Unit {
  weight: number;
  group: 'term' | 'alias' | 'part';
  words: Word[];
  /** The whole field normalised (words joined by one space), for exact-phrase hits. */
  whole: string;
  /** For aliases: the alias as written. */
  raw?: string;
}

interface Entry {
  doc: SearchDocument;
  units: Unit[];
  /** Initials of the term's words, e.g. "kam" for Key account management. */
  initials: string;
  /** Every distinct word this document put into the vocabulary, so remove() can take it out. */
  vocabWords: string[];
}

/** What the index knows about one distinct word. */
interface VocabWord {
  /** Letters present, as a 26-bit mask: a cheap filter before edit distance. */
  mask: number;
  stem: string;
  /** Documents holding the word in a long field, with that field's weight. */
  text: Map<string, number>;
  /** Documents holding the word in a name (term, alias, part). */
  names: Set<string>;
}

export class SearchIndex {
  private readonly fuse: Fuse<SearchDocument>;
  private readonly entries = new Map<string, Entry>();
  private readonly vocab = new Map<string, VocabWord>();

  constructor(documents: readonly SearchDocument[] = []) {
    const unique = dedupe(documents);
    const FuseSearch = loadFuse();
    this.fuse = new FuseSearch(unique.filter(hasName), FUSE_OPTIONS);
    for (const doc of unique) this.index(doc);
  }

  /** The index of a compiled course pack: one document per concept and per card. */
  static fromPack(pack: { concepts: readonly Concept[]; cards: readonly Card[] }): SearchIndex {
    return new SearchIndex([...pack.concepts.map(conceptDocument), ...pack.cards.map(cardDocument)]);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds documents; one whose id is already indexed replaces the old one. */
  add(documents: readonly SearchDocument[]): void {
    const fresh = dedupe(documents);
    const replaced = fresh.filter((d) => this.entries.has(d.id)).map((d) => d.id);
    if (replaced.length) this.remove(replaced);
    for (const doc of fresh) {
      if (hasName(doc)) this.fuse.add(doc);
      this.index(doc);
    }
  }

  /** Removes the documents with these ids; unknown ids are ignored. */
  remove(ids: readonly string[]): void {
    const gone = new Set(ids.filter((id) => this.entries.has(id)));
    if (!gone.size) return;
    if ([...gone].some((id) => hasName(this.entries.get(id)!.doc))) this.fuse.remove((doc) => gone.has(doc.id));
    for (const id of gone) {
      for (const word of this.entries.get(id)!.vocabWords) {
        const v = this.vocab.get(word);
        if (!v) continue;
        v.text.delete(id);
        v.names.delete(id);
        if (!v.text.size && !v.names.size) this.vocab.delete(word);
      }
      this.entries.delete(id);
    }
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, options.limit ?? 50);
    const tokens = queryTokens(query);
    if (!tokens.length) return [];
    const phrase = tokens.join(' ');

    // Every query word against the vocabulary: exact, plural, prefix and typo matches.
    const expansions = tokens.map((t) => this.expand(t));
    const textScores: Array<Map<string, number>> = [];
    const candidates = new Set<string>();
    for (const expansion of expansions) {
      const scores = new Map<string, number>();
      for (const [word, quality] of expansion) {
        const v = this.vocab.get(word)!;
        for (const id of v.names) candidates.add(id);
        for (const [id, weight] of v.text) {
          candidates.add(id);
          const value = weight * quality;
          if (value > (scores.get(id) ?? 0)) scores.set(id, value);
        }
      }
      textScores.push(scores);
    }

    const fuseHits = new Map<string, { score: number; matches: SearchHit['matches'] }>();
    for (const result of this.fuse.search(fuseQuery(tokens))) {
      candidates.add(result.item.id);
      fuseHits.set(result.item.id, {
        score: result.score ?? 1,
        matches: (result.matches ?? []).map((m) => ({ field: m.key ?? '', value: m.value ?? '', indices: m.indices.map(([s, e]) => [s, e + 1] as Highlight) })),
      });
    }

    const scored: Array<{ entry: Entry; score: number; ranked?: Ranked; fuse?: { score: number; matches: SearchHit['matches'] } }> = [];
    for (const id of candidates) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      const fuse = fuseHits.get(id);
      const ranked = rank(entry, tokens, phrase, expansions, textScores);
      if (!ranked && !fuse) continue;
      let score = (ranked?.score ?? 0) + FUSE_SHARE * (fuse ? 1 - fuse.score : 0);
      if (entry.doc.kind === 'card') score *= CARD_FACTOR;
      scored.push({ entry, score, ranked, fuse });
    }
    const conceptScores = new Map<string, number>();
    for (const s of scored) if (s.entry.doc.kind === 'concept' && s.entry.doc.conceptId) conceptScores.set(s.entry.doc.conceptId, s.score);
    if (conceptScores.size) {
      for (const s of scored) {
        if (s.entry.doc.kind === 'card' && s.entry.doc.conceptId) s.score += CONCEPT_AFFINITY * (conceptScores.get(s.entry.doc.conceptId) ?? 0);
      }
    }
    // Thousands of candidates (a common word over a big deck): sort only those that can make the cut.
    let kept = scored;
    if (scored.length > limit * 4) {
      const scores = Float64Array.from(scored, (s) => s.score).sort();
      const cut = scores[Math.max(0, scores.length - limit)];
      kept = scored.filter((s) => s.score >= cut);
    }
    const hits: SearchHit[] = [];
    for (const { entry, score, ranked, fuse } of kept) {
      hits.push({
        doc: entry.doc,
        score,
        titleHighlights: ranked?.titleHighlights.length ? ranked.titleHighlights : titleRangesFrom(fuse?.matches),
        matchedAlias: ranked?.matchedAlias,
        matches: fuse?.matches ?? [],
      });
    }
    hits.sort((a, b) => b.score - a.score || kindOrder(a.doc.kind) - kindOrder(b.doc.kind) || (a.doc.title < b.doc.title ? -1 : a.doc.title > b.doc.title ? 1 : 0));
    return hits.slice(0, limit);
  }

  private index(doc: SearchDocument): void {
    const entry = prepare(doc);
    const words = new Set<string>();
    const put = (word: string, id: string, textWeight: number | undefined) => {
      let v = this.vocab.get(word);
      if (!v) {
        v = { mask: letterMask(word), stem: stem(word), text: new Map(), names: new Set() };
        this.vocab.set(word, v);
      }
      if (textWeight === undefined) v.names.add(id);
      else if (textWeight > (v.text.get(id) ?? 0)) v.text.set(id, textWeight);
      words.add(word);
    };
    for (const u of entry.units) for (const w of u.words) put(w.norm, doc.id, undefined);
    const long = (text: string | undefined, weight: number) => {
      if (text) for (const w of splitWords(text)) put(w.norm, doc.id, weight);
    };
    long(doc.definition, WEIGHT.definition);
    long(doc.kind === 'card' ? `${doc.title} ${doc.text ?? ''}` : doc.text, WEIGHT.text);
    entry.vocabWords = [...words];
    this.entries.set(doc.id, entry);
  }

  /** The vocabulary words a query word may mean, with how well each matches (1 = exactly). */
  private expand(token: string): Map<string, number> {
    const out = new Map<string, number>();
    const tokenStem = stem(token);
    const mask = letterMask(token);
    for (const [word, v] of this.vocab) {
      const q = wordQuality(token, tokenStem, word, v.stem, mask, v.mask);
      if (q > 0) out.set(word, q);
    }
    return out;
  }
}

function hasName(doc: SearchDocument): boolean {
  return doc.kind !== 'card';
}

/** Extended-search query: each word fuzzy, all in one name field. */
function fuseQuery(tokens: string[]): string {
  return tokens.map((t) => t.replace(/[|!^=$']/g, '')).filter(Boolean).join(' ');
}

function titleRangesFrom(matches: SearchHit['matches'] | undefined): Highlight[] {
  return matches?.find((m) => m.field === 'term')?.indices.filter(([s, e]) => e - s >= 2) ?? [];
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26 + (word.charCodeAt(i) % 5));
  }
  return mask;
}

function popcount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

// ---------------------------------------------------------------------------
// Documents from the content model

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

// ---------------------------------------------------------------------------
// Normalisation

/** The words of a query as the index compares them: lower case, no apostrophes, "&" or filler words. */
export function queryTokens(query: string): string[] {
  const words = splitWords(query.slice(0, 200)).map((w) => w.norm);
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  return meaningful.length ? meaningful : words.filter((w) => w !== 's');
}

const WORD = /[\p{L}\p{N}]+/gu;

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const prev = text[start - 1];
    // The "s" of a possessive ("Dwyer's") is not a word of its own.
    if (m[0].toLowerCase() === 's' && (prev === "'" || prev === '\u2019')) continue;
    words.push({ norm: normWord(m[0]), start, end: start + m[0].length });
  }
  return words;
}

/** Lower case, no accents, one spelling for -ise/-ize and -our/-or. */
function normWord(word: string): string {
  let w = foldAccents(word);
  if (w.length > 4 && w.includes('iz')) w = w.replace(/iz(e|ed|es|ing|ation|ations|ational)$/, 'is$1');
  if (w.length > 5 && w.includes('our')) w = w.replace(/our(al|s|ed|ing)?$/, 'or$1');
  return w;
}

/** A light plural stem: phases → phase, strategies → strategy, processes → process. */
function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function dedupe(documents: readonly SearchDocument[]): SearchDocument[] {
  const byId = new Map<string, SearchDocument>();
  for (const doc of documents) if (doc && typeof doc.id === 'string' && typeof doc.title === 'string') byId.set(doc.id, doc);
  return [...byId.values()];
}

function kindOrder(kind: SearchKind): number {
  return kind === 'concept' ? 0 : kind === 'note' ? 1 : 2;
}

// ---------------------------------------------------------------------------
// Preparing a document and ranking it against a query

function unit(text: string, weight: number, group: Unit['group'], raw?: string): Unit {
  const words = splitWords(text);
  return { weight, group, words, whole: words.map((w) => w.norm).join(' '), raw };
}

function prepare(doc: SearchDocument): Entry {
  const units: Unit[] = [];
  let initials = '';
  if (doc.kind !== 'card') {
    const term = unit(doc.title, WEIGHT.term, 'term');
    units.push(term);
    initials = term.words.map((w) => w.norm).filter((w) => !STOPWORDS.has(w)).map((w) => w[0]).join('');
  }
  for (const alias of doc.aliases ?? []) units.push(unit(alias, WEIGHT.alias, 'alias', alias));
  for (const part of doc.parts ?? []) units.push(unit(part, WEIGHT.part, 'part'));
  return { doc, units, initials, vocabWords: [] };
}

/** How well one query word matches one vocabulary word: 1 exact … 0 no match. Masks filter typo checks cheaply. */
function wordQuality(token: string, tokenStem: string, word: string, wordStem: string, tokenMask: number, wordMask: number): number {
  if (token === word) return 1;
  if (tokenStem === wordStem) return 0.97;
  if (token.length >= 2 && word.startsWith(token)) return token.length >= 3 ? 0.9 : 0.6;
  if (token.length < 4) return 0;
  const max = token.length >= 7 ? 2 : 1;
  // A typo needs the token's letters (all but `max` of them) in the word.
  if (popcount(tokenMask & ~wordMask) > max) return 0;
  if (Math.abs(token.length - word.length) <= max && popcount(wordMask & ~tokenMask) <= max) {
    const d = editDistance(token, word, max);
    if (d <= max) return d === 1 ? 0.8 : 0.65;
    if (editDistance(tokenStem, wordStem, 1) <= 1) return 0.75;
  }
  // A typo in the part typed so far: "relatoin" for "relationship".
  if (token.length >= 5 && word.length > token.length && word[0] === token[0] && editDistance(token, word.slice(0, token.length), 1) <= 1) return 0.7;
  return 0;
}

interface UnitMatch {
  quality: number;
  start: number;
  end: number;
}

/** The best place for one query word in a unit: a word, or two adjacent words written as one ("cocreation"). */
function matchInUnit(token: string, qualities: Map<string, number>, u: Unit): UnitMatch | undefined {
  let best: UnitMatch | undefined;
  const words = u.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const q = qualities.get(w.norm) ?? 0;
    if (q > (best?.quality ?? 0)) {
      const prefixOnly = q < 0.97 && w.norm.startsWith(token);
      best = { quality: q, start: w.start, end: prefixOnly ? w.start + token.length : w.end };
      if (q === 1) break;
    }
    if (i + 1 < words.length && token.length >= 5 && token[0] === w.norm[0]) {
      const joined = w.norm + words[i + 1].norm;
      const q2 = joined === token || joined.startsWith(token) || stem(joined) === stem(token) ? 0.92 : editDistance(token, joined, 1) <= 1 ? 0.8 : 0;
      if (q2 > (best?.quality ?? 0)) best = { quality: q2, start: w.start, end: words[i + 1].end };
    }
  }
  return best;
}

interface Ranked {
  score: number;
  titleHighlights: Highlight[];
  matchedAlias?: string;
}

/**
 * The word-level score of one document: for each query word its best place
 * (term 1, alias 0.9, a whole part 0.85, a word of a part 0.6, definition 0.35,
 * card text 0.25, times how well the word matched), averaged and scaled by the
 * share of query words found, plus bonuses for naming the thing: all words in
 * one name, the exact term/alias/acronym, the name as far as typed.
 */
function rank(entry: Entry, tokens: string[], phrase: string, expansions: Array<Map<string, number>>, textScores: Array<Map<string, number>>): Ranked | undefined {
  const n = tokens.length;
  const id = entry.doc.id;
  let total = 0;
  let matchedTokens = 0;
  const titleHighlights: Highlight[] = [];
  /** Per name (the term, each alias, the parts together): how many query words it holds, and its weight. */
  const groupHits = new Map<string, { count: number; weight: number; alias?: string }>();
  let bonus = 0;
  let matchedAlias: string | undefined;

  for (let t = 0; t < n; t++) {
    const token = tokens[t];
    let best = textScores[t].get(id) ?? 0;
    let titleMatch: UnitMatch | undefined;
    const seenGroups = new Set<string>();
    for (let u = 0; u < entry.units.length; u++) {
      const un = entry.units[u];
      const m = matchInUnit(token, expansions[t], un);
      if (!m) continue;
      const weight = un.group === 'part' && un.words.length === 1 && m.quality >= 0.97 ? WEIGHT.wholePart : un.weight;
      if (weight * m.quality > best) best = weight * m.quality;
      if (un.group === 'term' && (!titleMatch || m.quality > titleMatch.quality)) titleMatch = m;
      const key = un.group === 'alias' ? `alias${u}` : un.group;
      if (!seenGroups.has(key)) {
        seenGroups.add(key);
        const g = groupHits.get(key) ?? { count: 0, weight, alias: un.raw };
        g.count++;
        g.weight = Math.max(g.weight, weight);
        groupHits.set(key, g);
      }
    }
    if (best > 0) matchedTokens++;
    total += best;
    if (titleMatch) titleHighlights.push([titleMatch.start, titleMatch.end]);
  }
  if (!matchedTokens) return undefined;

  // Every query word inside one name: the student named this thing.
  let bestGroup: { count: number; weight: number; alias?: string } | undefined;
  for (const g of groupHits.values()) {
    if (g.count === n && (!bestGroup || g.weight > bestGroup.weight)) bestGroup = g;
  }
  if (bestGroup) {
    bonus = 0.3 * bestGroup.weight;
    if (bestGroup.alias && !titleHighlights.length) matchedAlias = bestGroup.alias;
  }
  for (const un of entry.units) {
    if (un.group === 'part') continue;
    if (un.whole === phrase || stem(un.whole) === stem(phrase)) {
      if (1.2 * un.weight > bonus) bonus = 1.2 * un.weight; // exact term, alias or acronym
      if (un.group === 'alias' && un.whole !== entry.units[0].whole) matchedAlias = un.raw;
    } else if (phrase.length >= 3 && un.whole.startsWith(phrase) && 0.5 * un.weight > bonus) {
      bonus = 0.5 * un.weight; // the name as far as typed
    }
  }
  if (n === 1 && entry.initials.length >= 2 && entry.initials === phrase) bonus = Math.max(bonus, 1.2 * WEIGHT.initials);

  // Missing words cost more than weak ones: "kam process" should not rank every "process" high.
  const coverage = matchedTokens / n;
  return { score: (total / n) * coverage * coverage + bonus, titleHighlights: mergeHighlights(titleHighlights), matchedAlias };
}

function mergeHighlights(ranges: Highlight[]): Highlight[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Highlight[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
