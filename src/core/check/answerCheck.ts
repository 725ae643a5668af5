// Check My Answer: an exam answer against an essay card's key points, read the
// way a marker reads it. A key point is covered when one window of the answer
// (a sentence and the next) says enough of it: its content words (filler and
// the course's generic words dropped) in any order, any word form, small
// typos, safe synonyms, and any name of a concept it names ("KAM" for "key
// account management"). Words weigh by how rare they are across all the
// pack's key points, so "segments" proves more than "value"; and one shared
// word never covers a key point. A key point that starts with its subject
// ("Information management: ...") is covered only when the window names that
// subject and says something about it, so an answer about value creation does
// not cover information management for mentioning "value creation" in passing.
// Also: which essay question an answer most likely answers.

import type { Card, Concept } from '../content/model';
import type { TermMatcher } from '../notes/termMatcher';
import { keyedWords, typoMatch, wordKey, type KeyedWord } from './answerWords';
import type { AnswerCheck, KeyPointResult } from './checkModel';

export interface AnswerContext {
  matcher: TermMatcher;
  concept(id: string): Concept | undefined;
  /**
   * The pack's essay cards (the content index's cards of kind "essay"): words
   * weigh by how rare they are across all their key points. Without it they
   * weigh across the checked card's own key points, which tells rare from
   * common less well.
   */
  essays?: readonly Card[];
}

/**
 * Coverage needed, as a share of the key point's word weight. Long key points
 * count as at most `WEIGHT_CAP` (about three specific words), since a marker
 * credits the gist of "Strategy development: assess ..., then ..." without
 * every example in it.
 */
const THRESHOLD = 0.5;
const WEIGHT_CAP = 12;
/** A subject ("Information management:") is named when this share of its weight is in the window. */
const SUBJECT_SHARE = 0.5;
/** A concept whose name carries this share of the key point's weight is its whole subject: naming it covers the point. */
const WHOLE_SUBJECT_SHARE = 0.6;
/** How much a word counts in a key point when other key points of the same card have it too. */
const SHARED_IN_CARD = 0.5;
/** A label this long is a sentence, not a subject. */
const MAX_LABEL_WORDS = 5;

// ---------------------------------------------------------------------------
// Key points, prepared once per card

interface PointWord {
  key: string;
  norm: string;
  weight: number;
  /** In the label before the key point's colon ("Information management: ..."). */
  label: boolean;
  /**
   * Words that count as one towards "two distinct words": those of one
   * hyphenated compound ("cross-functional") or of one concept's name ("value
   * creation"), the same index for each.
   */
  unit: number;
}

/** A concept the key point names, and which of its words that name stands for. */
interface PointPhrase {
  concept: string;
  words: number[];
}

interface PreparedPoint {
  text: string;
  words: PointWord[];
  total: number;
  /** Whether the key point starts with a label ("Advantage: ..."): the answer must then say something of what follows it. */
  labelled: boolean;
  /** Whether the label names the point's subject (a part of the card's framework or a concept): the answer must name it too. */
  subject: boolean;
  /** The weight of the label's words when it names the subject, else 0. */
  subjectWeight: number;
  phrases: PointPhrase[];
  /** Indexes into words, the heaviest first. */
  byWeight: number[];
  concepts: string[];
  /** The concepts the subject names. */
  subjectConcepts: string[];
  /** The concepts the card's other key points have as their subjects. */
  siblingSubjects: Set<string>;
}

interface PreparedCard {
  weights: Weights;
  matcherVersion: number;
  points: PreparedPoint[];
}

type Weights = (key: string) => number;

const preparedCards = new WeakMap<Card, PreparedCard>();
const weightsByEssays = new WeakMap<readonly Card[], Weights>();

/** Inverse document frequency of each word family over the key points: a word in one key point weighs about 5.6, in every tenth about 3.3. */
function keyPointWeights(essays: readonly Card[]): Weights {
  let weights = weightsByEssays.get(essays);
  if (weights) return weights;
  const df = new Map<string, number>();
  let documents = 0;
  for (const card of essays) {
    for (const point of card.keyPoints ?? []) {
      documents++;
      for (const key of new Set(keyedWords(point).map((w) => w.key))) if (key) df.set(key, (df.get(key) ?? 0) + 1);
    }
  }
  const n = Math.max(documents, 1);
  weights = (key) => Math.log(1 + n / (df.get(key) ?? 1));
  weightsByEssays.set(essays, weights);
  return weights;
}

function prepareCard(card: Card, context: AnswerContext): PreparedCard {
  const weights = keyPointWeights(context.essays ?? [card]);
  const cached = preparedCards.get(card);
  if (cached && cached.weights === weights && cached.matcherVersion === context.matcher.version) return cached;
  const frame = frameOf(card, context);
  const points = (card.keyPoints ?? []).map((text) => preparePoint(text, weights, frame, context.matcher));
  // A word several key points of the card share ("attitude", "behaviour") tells them apart less than one only this point has ("latent").
  const pointsWith = new Map<string, number>();
  for (const point of points) for (const w of point.words) pointsWith.set(w.key, (pointsWith.get(w.key) ?? 0) + 1);
  for (const point of points) {
    for (const w of point.words) if ((pointsWith.get(w.key) ?? 0) > 1) w.weight *= SHARED_IN_CARD;
    point.total = point.words.reduce((sum, w) => sum + w.weight, 0);
    point.subjectWeight = point.subject ? point.words.reduce((sum, w) => sum + (w.label ? w.weight : 0), 0) : 0;
    point.byWeight = point.words.map((_, i) => i).sort((a, b) => point.words[b].weight - point.words[a].weight);
    for (const other of points) if (other !== point) for (const id of other.subjectConcepts) if (!point.subjectConcepts.includes(id)) point.siblingSubjects.add(id);
  }
  const prepared = { weights, matcherVersion: context.matcher.version, points };
  preparedCards.set(card, prepared);
  return prepared;
}

/** What a key point of this card may name as its subject: the parts of the card's concept (family keys of each name, and the concepts each name names). */
interface Frame {
  parts: Map<string, string[]>;
}

function frameOf(card: Card, context: AnswerContext): Frame {
  const parts = new Map<string, string[]>();
  for (const part of context.concept(card.conceptId)?.parts ?? []) {
    parts.set(keysOf(part.name).join(' '), context.matcher.matchesInLine(part.name, { codeSpans: false }).map((m) => m.concept.id));
  }
  return { parts };
}

const keysOf = (text: string): string[] => keyedWords(text).map((w) => w.key).filter((k) => k);

function preparePoint(text: string, weights: Weights, frame: Frame, matcher: TermMatcher): PreparedPoint {
  const all = keyedWords(text);
  const matches = matcher.matchesInLine(text, { codeSpans: false });
  const colon = text.indexOf(': ');
  const labelWords = colon > 0 ? all.filter((w) => w.end <= colon) : [];
  const labelKeys = labelWords.map((w) => w.key).filter((k) => k);
  const hasLabel = labelWords.length > 0 && labelWords.length <= MAX_LABEL_WORDS && labelKeys.length > 0;
  // A label is a subject when it names a part of the card's framework ("Awareness:", "Analytical:" of "Analytical CRM") or a concept ("KAM:"); "Advantage:" is not.
  const label = labelKeys.join(' ');
  const part = hasLabel ? [...frame.parts].find(([name]) => name === label || name.startsWith(`${label} `)) : undefined;
  const labelTerms = hasLabel ? matches.filter((m) => m.start <= labelWords[0].start && m.end >= labelWords[labelWords.length - 1].end) : [];
  const subjectConcepts = [...new Set([...(part?.[1] ?? []), ...labelTerms.map((m) => m.concept.id)])];
  const labelIsSubject = part !== undefined || labelTerms.length > 0;

  const words: PointWord[] = [];
  const index = new Map<string, number>();
  const wordAt: number[] = [];
  for (const w of all) {
    if (!w.key) {
      wordAt.push(-1);
      continue;
    }
    let at = index.get(w.key);
    if (at === undefined) {
      at = words.length;
      index.set(w.key, at);
      words.push({ key: w.key, norm: w.norm, weight: weights(w.key), label: false, unit: at });
    }
    if (hasLabel && w.end <= colon) words[at].label = true;
    wordAt.push(at);
  }
  const phrases: PointPhrase[] = [];
  const concepts: string[] = [];
  for (const match of matches) {
    for (const id of [match.concept.id, ...match.also.map((c) => c.id)]) if (!concepts.includes(id)) concepts.push(id);
    const covered = new Set<number>();
    all.forEach((w, i) => {
      if (wordAt[i] >= 0 && w.start >= match.start && w.end <= match.end) covered.add(wordAt[i]);
    });
    if (covered.size) phrases.push({ concept: match.concept.id, words: [...covered] });
    joinUnits(words, [...covered]);
  }
  for (let i = 1; i < all.length; i++) {
    if (wordAt[i - 1] >= 0 && wordAt[i] >= 0 && text.slice(all[i - 1].end, all[i].start) === '-') joinUnits(words, [wordAt[i - 1], wordAt[i]]);
  }
  return { text, words, total: 0, labelled: hasLabel, subject: labelIsSubject, subjectWeight: 0, phrases, byWeight: [], concepts, subjectConcepts, siblingSubjects: new Set() };
}

/** Puts words in one unit (the lowest of their units; few words, so relabelling all is cheap). */
function joinUnits(words: PointWord[], members: number[]): void {
  if (members.length < 2) return;
  const units = new Set(members.map((i) => words[i].unit));
  const target = Math.min(...units);
  for (const w of words) if (units.has(w.unit)) w.unit = target;
}

// ---------------------------------------------------------------------------
// The answer, read once per check

interface AnswerWord extends KeyedWord {
  sentence: number;
  /** The concepts of the term the word is part of, if any ("assessment" in "performance assessment"). */
  inTerm?: readonly string[];
  /** Two written words read as one ("multi channel"). */
  compound?: boolean;
}

interface AnswerTerm {
  concept: string;
  start: number;
  end: number;
  sentence: number;
}

interface ReadAnswer {
  text: string;
  /** Occurrences of each family key (two adjacent words written apart, "multi channel", also as one). */
  byKey: Map<string, AnswerWord[]>;
  /** One written form per key, by first letter: where typos are looked for. */
  formsByLetter: Map<string, Array<{ key: string; norm: string }>>;
  /** Concepts named, by concept id. */
  terms: Map<string, AnswerTerm[]>;
}

/** "e.g." and "i.e." end no sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx)$/i;
/** A line that starts a new block: a list item, a heading, a quote or a table row. */
const BLOCK_START = /^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>|\|)/;

/** Where each sentence starts: after . ! ? and at a blank line or a line that starts a list item, heading, quote or table row. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?]+(?=\s|$)|\n/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] === '\n') {
      const next = text.indexOf('\n', end);
      const line = text.slice(end, next < 0 ? text.length : next);
      if (line.trim() === '' || BLOCK_START.test(line)) starts.push(end);
    } else if (!ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index + 1).replace(/\.$/, ''))) {
      starts.push(end);
    }
  }
  return starts;
}

function readAnswer(text: string, matcher: TermMatcher): ReadAnswer {
  const starts = sentenceStarts(text);
  let sentence = 0;
  const sentenceOf = (offset: number): number => {
    while (sentence + 1 < starts.length && starts[sentence + 1] <= offset) sentence++;
    return sentence;
  };
  const terms = new Map<string, AnswerTerm[]>();
  const spans: Array<{ start: number; end: number; concepts: string[] }> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (const match of matcher.matchesInLine(line)) {
      const start = lineStart + match.start;
      const end = lineStart + match.end;
      const concepts = [match.concept.id, ...match.also.map((c) => c.id)];
      spans.push({ start, end, concepts });
      for (const concept of concepts) {
        const term = { concept, start, end, sentence: sentenceOf(start) };
        const list = terms.get(concept);
        if (list) list.push(term);
        else terms.set(concept, [term]);
      }
    }
    lineStart += line.length + 1;
  }
  sentence = 0;
  let span = 0;
  const words: AnswerWord[] = keyedWords(text).map((w) => {
    while (span < spans.length && spans[span].end <= w.start) span++;
    const inTerm = span < spans.length && spans[span].start <= w.start ? spans[span].concepts : undefined;
    return { ...w, sentence: sentenceOf(w.start), inTerm };
  });
  const byKey = new Map<string, AnswerWord[]>();
  const add = (w: AnswerWord): void => {
    for (const key of w.plain ? [w.key, w.plain] : [w.key]) {
      if (!key) continue;
      const list = byKey.get(key);
      if (list) list.push(w);
      else byKey.set(key, [w]);
    }
  };
  for (let i = 0; i < words.length; i++) {
    add(words[i]);
    const next = words[i + 1];
    if (next && next.sentence === words[i].sentence && /^[\s-]$/.test(text.slice(words[i].end, next.start))) {
      const norm = words[i].norm + next.norm;
      add({ start: words[i].start, end: next.end, norm, key: wordKey(norm), sentence: words[i].sentence, inTerm: words[i].inTerm ?? next.inTerm, compound: true });
    }
  }
  const formsByLetter = new Map<string, Array<{ key: string; norm: string }>>();
  for (const [key, list] of byKey) {
    // Typos are looked for among single written words of typo length; compounds ("multi channel") only meet exactly.
    const word = list.find((w) => !w.compound);
    if (isAcronym(key) || !word || word.norm.length < TYPO_MIN_LENGTH) continue;
    const letter = word.norm[0];
    const forms = formsByLetter.get(letter);
    if (forms) forms.push({ key, norm: word.norm });
    else formsByLetter.set(letter, [{ key, norm: word.norm }]);
  }
  return { text, byKey, formsByLetter, terms };
}

const isAcronym = (key: string): boolean => key !== key.toLowerCase();
/** typoMatch never forgives a typo in a shorter word: skip the look. */
const TYPO_MIN_LENGTH = 6;

/** The answer's words that are this key point word: the same family, a synonym, or the same word with a small typo (not for acronyms). */
function occurrences(word: PointWord, answer: ReadAnswer): AnswerWord[] {
  const exact = answer.byKey.get(word.key) ?? [];
  const out = [...exact];
  if (isAcronym(word.key) || word.norm.length < TYPO_MIN_LENGTH) return out;
  for (const form of answer.formsByLetter.get(word.norm[0]) ?? []) {
    if (form.key !== word.key && typoMatch(form, word)) out.push(...(answer.byKey.get(form.key) ?? []));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Scoring one key point

interface Evidence {
  start: number;
  end: number;
  sentence: number;
  /** For a word inside a term, or a term: the concepts it names. */
  inTerm?: readonly string[];
}

interface WindowResult {
  covered: boolean;
  coverage: number;
  evidence: Evidence[];
}

/** Evidence by the sentence it is in, so a window finds its own in constant time however long the answer. */
type BySentence = Map<number, Evidence[]>;

function bySentence(list: readonly Evidence[]): BySentence {
  const out: BySentence = new Map();
  for (const e of list) {
    const at = out.get(e.sentence);
    if (at) at.push(e);
    else out.set(e.sentence, [e]);
  }
  return out;
}

function checkPoint(point: PreparedPoint, answer: ReadAnswer): WindowResult {
  const none: WindowResult = { covered: false, coverage: 0, evidence: [] };
  if (!point.words.length) return none;
  const found = point.words.map((w) => bySentence(occurrences(w, answer)));
  const named = point.phrases.map((p) => bySentence((answer.terms.get(p.concept) ?? []).map((t) => ({ ...t, inTerm: [t.concept] }))));
  const candidates = new Set<number>();
  for (const map of [...found, ...named]) {
    for (const sentence of map.keys()) {
      candidates.add(sentence);
      if (sentence > 0) candidates.add(sentence - 1);
    }
  }
  let best = none;
  for (const first of [...candidates].sort((a, b) => a - b)) {
    const result = scoreWindow(point, found, named, first);
    if ((result.covered && !best.covered) || (result.covered === best.covered && result.coverage > best.coverage)) best = result;
  }
  return best;
}

/** The first evidence in sentences first and first + 1 that `ok` accepts. */
function inWindow(map: BySentence, first: number, ok: (e: Evidence) => boolean = () => true): Evidence | undefined {
  for (const sentence of [first, first + 1]) for (const e of map.get(sentence) ?? []) if (ok(e)) return e;
  return undefined;
}

function scoreWindow(point: PreparedPoint, found: BySentence[], named: BySentence[], first: number): WindowResult {
  const evidence = new Map<number, Evidence>();
  // One written word is evidence for one word of the key point (heaviest first), never two.
  const used = new Set<number>();
  for (const i of point.byWeight) {
    const e = inWindow(found[i], first, (o) => !used.has(o.start));
    if (!e) continue;
    evidence.set(i, e);
    used.add(e.start);
  }
  let wholeSubject = false;
  point.phrases.forEach((phrase, p) => {
    const e = inWindow(named[p], first);
    if (!e) return;
    // The concept's name as the student wrote it is better evidence than its words met one by one.
    for (const i of phrase.words) evidence.set(i, e);
    const weight = phrase.words.reduce((sum, i) => sum + point.words[i].weight, 0);
    if (weight >= WHOLE_SUBJECT_SHARE * point.total) wholeSubject = true;
  });
  let weight = 0;
  let label = 0;
  let body = 0;
  const units = new Set<number>();
  for (const [i, e] of evidence) {
    const word = point.words[i];
    weight += word.weight;
    if (word.label) label += word.weight;
    // A number ("one", "2") helps name "Perspective 2" but is too common to count as saying something.
    if (/^\d+$/.test(word.key)) continue;
    units.add(word.unit);
    if (word.label) continue;
    // Naming the card's other subjects ("... value creation, information management and ...") says nothing more about this one.
    if (!e.inTerm?.some((id) => point.siblingSubjects.has(id))) body++;
  }
  const coverage = Math.min(1, weight / Math.min(point.total, WEIGHT_CAP));
  const subjectNamed = !point.subject || label >= SUBJECT_SHARE * point.subjectWeight;
  // After a label, the answer must say something of what follows it: one word of it at least.
  const saysMore = !point.labelled || body >= 1;
  const covered = coverage >= THRESHOLD && subjectNamed && saysMore && (units.size >= 2 || wholeSubject);
  return { covered, coverage, evidence: [...evidence.values()] };
}

/** The evidence as spans of the answer, in order, one span for words written together ("value creation"). */
function mergeSpans(evidence: Evidence[]): Array<[number, number]> {
  const sorted = evidence.map((e): [number, number] => [e.start, e.end]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([span[0], span[1]]);
  }
  return out;
}

/** Joins spans separated only by spaces or a hyphen, so evidence reads as the phrase the student wrote. */
function joinAdjacent(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && /^[ \t-]+$/.test(text.slice(last[1], span[0]))) last[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/** A key point is covered when the answer says it in other words too (aliases, definitions' wording, stems, word order), never for one shared word. */
export function checkAnswer(answer: string, card: Card, context: AnswerContext): AnswerCheck {
  const prepared = prepareCard(card, context);
  const read = readAnswer(answer, context.matcher);
  const results: KeyPointResult[] = prepared.points.map((point) => {
    const result = checkPoint(point, read);
    const spans = result.covered ? joinAdjacent(answer, mergeSpans(result.evidence)) : [];
    // A key point naming no concept of its own ("Timely", "Listening: …") is still the card's concept to read up on.
    const concepts = point.concepts.length || !card.conceptId ? point.concepts : [card.conceptId];
    return { keyPoint: point.text, covered: result.covered, evidence: spans.map(([s, e]) => answer.slice(s, e)), spans, concepts };
  });
  const covered = results.filter((r) => r.covered).length;
  return { card, results, covered, total: results.length, score: results.length ? covered / results.length : 0 };
}

// ---------------------------------------------------------------------------
// Which question an answer answers

/** A concept named in the heading that is the question's own concept. */
const OWN_CONCEPT = 1;
/** ...or one its prompt names. */
const PROMPT_CONCEPT = 0.5;
/** The heading's words found in the prompt, as a share of the heading's weight: the strongest sign ("Dwyer", "phases"). */
const HEADING_WORDS = 2;
/** The share of the question's key point words the whole answer uses (rarely above a half): weaker evidence than the heading's. */
const BODY = 1;
/** Words of a heading or prompt that say it is an exam question, not what it is about. */
const QUESTION_WORDS = new Set(['exam', 'q', 'question', 'answer', 'essay', 'practice', 'model', 'note', 'explain', 'discuss', 'describe', 'evaluate', 'compare', 'argue', 'illustrate', 'critically', 'why', 'example'].map(wordKey));

const topicWords = (text: string): KeyedWord[] => keyedWords(text).filter((w) => w.key && !QUESTION_WORDS.has(w.key));

/** Less than this is no match: a heading sharing one common word with a prompt. */
const MIN_SCORE = 0.2;

/** The essay questions an answer most likely answers, best first (its heading or first line matching a question's wording or concept); only those with some evidence. */
export function likelyQuestions(answer: string, heading: string | undefined, essays: readonly Card[], context: AnswerContext): Card[] {
  const title = (heading ?? answer.split('\n').find((line) => line.trim()) ?? '').replace(/^\s*(?:#{1,6}|>|[-*+])\s*/, '');
  const titleWords = topicWords(title);
  const titleConcepts = new Set(context.matcher.matchesInLine(title).flatMap((m) => [m.concept.id, ...m.also.map((c) => c.id)]));
  const promptWeights = promptWeightsOf(essays);
  const titleWeight = titleWords.reduce((sum, w) => sum + promptWeights(w.key), 0);
  const keyWeights = keyPointWeights(context.essays ?? essays);
  const read = answer.trim() ? readAnswer(answer, context.matcher) : undefined;
  const scored = essays.map((card, order) => {
    let score = 0;
    if (titleConcepts.size) {
      if (titleConcepts.has(card.conceptId)) score += OWN_CONCEPT;
      else if (context.matcher.matchesInLine(card.prompt).some((m) => titleConcepts.has(m.concept.id))) score += PROMPT_CONCEPT;
    }
    if (titleWeight > 0) {
      const prompt = topicWords(card.prompt);
      const shared = titleWords.filter((t) => prompt.some((p) => typoMatch(t, p)));
      score += (HEADING_WORDS * shared.reduce((sum, w) => sum + promptWeights(w.key), 0)) / titleWeight;
    }
    if (read) score += BODY * presence(card, read, keyWeights);
    return { card, score, order };
  });
  return scored
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((s) => s.card);
}

const promptWeightsCache = new WeakMap<readonly Card[], Weights>();

function promptWeightsOf(essays: readonly Card[]): Weights {
  let weights = promptWeightsCache.get(essays);
  if (weights) return weights;
  const df = new Map<string, number>();
  for (const card of essays) for (const key of new Set(keysOf(card.prompt))) df.set(key, (df.get(key) ?? 0) + 1);
  const n = Math.max(essays.length, 1);
  weights = (key) => Math.log(1 + n / (df.get(key) ?? 1));
  promptWeightsCache.set(essays, weights);
  return weights;
}

/** The share of a card's key point weight whose words appear anywhere in the answer: cheap, for ranking only. */
function presence(card: Card, read: ReadAnswer, weights: Weights): number {
  let total = 0;
  let found = 0;
  for (const point of card.keyPoints ?? []) {
    for (const key of new Set(keysOf(point))) {
      const weight = weights(key);
      total += weight;
      if (read.byKey.has(key)) found += weight;
    }
  }
  return total ? found / total : 0;
}
