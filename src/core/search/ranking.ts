// The order students expect, decided here rather than by fuse.js: an exact
// acronym, term or alias first; every query word found in one name (in any
// order, with typos, plurals, British/American spelling) next; then parts,
// definitions and card text. A concept ranks above a card that matches as
// well, and the cards of the concept searched for come before other cards.
// The vocabulary (vocabulary.ts) says which words a query word may mean; this
// module scores documents from that.

import { SearchDocument, SearchKind } from './documents';
import { STOPWORDS, Word, splitWords, stem } from './words';

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
}

// Field weights: term > alias > parts > definition > card text.
export const WEIGHT = { term: 1, alias: 0.9, initials: 0.85, wholePart: 0.85, part: 0.6, definition: 0.35, text: 0.25 } as const;
/** Cards rank just under a concept that matches equally well. */
const CARD_FACTOR = 0.9;
/** A card gains this share of its own concept's score in the same search, so equal cards of the concept searched for come first. */
const CONCEPT_AFFINITY = 0.01;

/** One name-like field of a document, pre-split into words when the document is added. */
export interface Unit {
  weight: number;
  group: 'term' | 'alias' | 'part';
  words: Word[];
  /** The whole field normalised (words joined by one space), for exact-phrase hits. */
  whole: string;
  /** {@link stem} of `whole`: "Dwyer's phases" is named exactly by "dwyer phase" too. */
  wholeStem: string;
  /** For aliases: the alias as written. */
  raw?: string;
}

/** A document as the ranker reads it. */
export interface Entry {
  doc: SearchDocument;
  units: Unit[];
  /** Initials of the term's words, e.g. "kam" for Key account management. */
  initials: string;
}

/** What one search knows before ranking: the query words, and per word the vocabulary words it may mean. */
export interface Query {
  tokens: string[];
  /** The tokens joined by one space. */
  phrase: string;
  phraseStem: string;
  /** Per token: vocabulary word → match quality (1 = exactly). */
  expansions: Array<Map<string, number>>;
  /** Per token: document → its best score from a long field (definition, card text). */
  textScores: Array<Map<Entry, number>>;
}

function unit(text: string, weight: number, group: Unit['group'], raw?: string): Unit {
  const words = splitWords(text);
  const whole = words.map((w) => w.norm).join(' ');
  return { weight, group, words, whole, wholeStem: stem(whole), raw };
}

export function prepare(doc: SearchDocument): Entry {
  const units: Unit[] = [];
  let initials = '';
  if (doc.kind !== 'card') {
    const term = unit(doc.title, WEIGHT.term, 'term');
    units.push(term);
    initials = term.words.map((w) => w.norm).filter((w) => !STOPWORDS.has(w)).map((w) => w[0]).join('');
  }
  for (const alias of doc.aliases ?? []) units.push(unit(alias, WEIGHT.alias, 'alias', alias));
  for (const part of doc.parts ?? []) units.push(unit(part, WEIGHT.part, 'part'));
  return { doc, units, initials };
}

/** Two adjacent words of a name written as one: what a student types for "cross-selling" or "co-creation". */
export function joinedPairs(u: Unit): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < u.words.length; i++) out.push(u.words[i].norm + u.words[i + 1].norm);
  return out;
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
      // A joined pair, found exactly or as far as typed, ranks just under the words themselves.
      const joined = qualities.get(w.norm + words[i + 1].norm) ?? 0;
      const q2 = joined >= 0.9 ? 0.92 : joined;
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
 * The score of one document: for each query word its best place (term 1,
 * alias 0.9, a whole part 0.85, a word of a part 0.6, definition 0.35, card
 * text 0.25, times how well the word matched), averaged and scaled by the
 * share of query words found, plus bonuses for naming the thing: all words in
 * one name, the exact term/alias/acronym, the name as far as typed.
 */
function rank(entry: Entry, query: Query): Ranked | undefined {
  const { tokens, phrase, phraseStem, expansions, textScores } = query;
  const n = tokens.length;
  let total = 0;
  let matchedTokens = 0;
  const titleHighlights: Highlight[] = [];
  /** Per name (the term, each alias, the parts together): how many query words it holds, and its weight. */
  const groupHits = new Map<string, { count: number; weight: number; alias?: string }>();
  let bonus = 0;
  let matchedAlias: string | undefined;

  for (let t = 0; t < n; t++) {
    const token = tokens[t];
    let best = textScores[t].get(entry) ?? 0;
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
  const byInitials = n === 1 && entry.initials.length >= 2 && entry.initials === phrase;
  if (!matchedTokens && !byInitials) return undefined;

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
    if (un.whole === phrase || un.wholeStem === phraseStem) {
      if (1.2 * un.weight > bonus) bonus = 1.2 * un.weight; // exact term, alias or acronym
      if (un.group === 'alias' && un.whole !== entry.units[0].whole) matchedAlias = un.raw;
    } else if (phrase.length >= 3 && un.whole.startsWith(phrase) && 0.5 * un.weight > bonus) {
      bonus = 0.5 * un.weight; // the name as far as typed
    }
  }
  if (byInitials) bonus = Math.max(bonus, 1.2 * WEIGHT.initials);

  // Missing words cost more than weak ones: "kam process" should not rank every "process" high.
  const coverage = matchedTokens / n;
  return { score: (total / n) * coverage * coverage + bonus, titleHighlights: mergeHighlights(titleHighlights), matchedAlias };
}

/**
 * {@link rank}'s score for a document without names (a card): only its long
 * fields count. Cards are most of the candidates of a common word over a big
 * deck, so they skip the name matching and its allocations.
 */
function textScore(entry: Entry, query: Query): number {
  const n = query.tokens.length;
  let total = 0;
  let matchedTokens = 0;
  for (let t = 0; t < n; t++) {
    const best = query.textScores[t].get(entry) ?? 0;
    if (best > 0) matchedTokens++;
    total += best;
  }
  const coverage = matchedTokens / n;
  return (total / n) * coverage * coverage;
}

/** Scores the candidate documents of one query and returns the best `limit` of them, best first. */
export function rankHits(candidates: Iterable<Entry>, query: Query, limit: number): SearchHit[] {
  const entries: Entry[] = [];
  const scores: number[] = [];
  const named = new Map<Entry, Ranked>();
  for (const entry of candidates) {
    let score: number;
    if (entry.units.length) {
      const ranked = rank(entry, query);
      if (!ranked) continue;
      named.set(entry, ranked);
      score = ranked.score;
    } else {
      score = textScore(entry, query);
      if (score <= 0) continue;
    }
    entries.push(entry);
    scores.push(entry.doc.kind === 'card' ? score * CARD_FACTOR : score);
  }
  const conceptScores = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const doc = entries[i].doc;
    if (doc.kind === 'concept' && doc.conceptId) conceptScores.set(doc.conceptId, scores[i]);
  }
  if (conceptScores.size) {
    for (let i = 0; i < entries.length; i++) {
      const doc = entries[i].doc;
      if (doc.kind === 'card' && doc.conceptId) scores[i] += CONCEPT_AFFINITY * (conceptScores.get(doc.conceptId) ?? 0);
    }
  }
  // Thousands of candidates (a common word over a big deck): make hits only of those that can make the cut.
  const cut = entries.length > limit * 4 ? (Float64Array.from(scores).sort()[Math.max(0, entries.length - limit)] ?? Infinity) : -Infinity;
  const hits: SearchHit[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (scores[i] < cut) continue;
    const ranked = named.get(entries[i]);
    hits.push({ doc: entries[i].doc, score: scores[i], titleHighlights: ranked?.titleHighlights ?? [], matchedAlias: ranked?.matchedAlias });
  }
  hits.sort((a, b) => b.score - a.score || kindOrder(a.doc.kind) - kindOrder(b.doc.kind) || (a.doc.title < b.doc.title ? -1 : a.doc.title > b.doc.title ? 1 : 0));
  return hits.slice(0, limit);
}

function kindOrder(kind: SearchKind): number {
  return kind === 'concept' ? 0 : 1;
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
