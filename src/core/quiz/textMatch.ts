// Grading of typed answers: tolerant of case, punctuation, articles, word order
// and small typos (edit distance scaled to the answer's length), strict about
// empty or one-letter answers and about answers that are another known term.

import { editDistance } from '../util/editDistance';
import { foldAccents } from '../util/text';

/** Words that carry no meaning in a short answer. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words a student may leave off a term without changing what it names ("value creation" for "the value creation process"). */
const GENERIC = new Set(['process', 'processes', 'crm', 'model', 'framework', 'analysis', 'phase', 'phases', 'step', 'steps', 'source', 'sources', 'type', 'types']);

/** Lower case, no accents, `&` as "and", punctuation as spaces, no articles, single spaces. */
export function normalizeAnswer(text: string): string {
  return foldAccents(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word && !ARTICLES.has(word))
    .join(' ');
}

/** How many typos an answer of this many letters may have. */
export function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 12) return 2;
  return Math.min(4, Math.floor(length / 6));
}

/** The ways an expected answer may be written: as is, without its parenthesis, or just the part after a label ("Perspective 1: narrow"). */
export function answerVariants(expected: string): string[] {
  const base = expected.replace(/[*_`]/g, '').trim().replace(/[.!]+$/, '');
  const variants = [base];
  const withoutParens = base.replace(/\s*\([^)]*\)/g, '').trim();
  if (withoutParens && withoutParens !== base) variants.push(withoutParens);
  const colon = base.indexOf(':');
  if (colon > 0 && colon < base.length - 1) variants.push(base.slice(colon + 1).trim());
  return variants;
}

const sortedWords = (normalized: string): string => normalized.split(' ').sort().join(' ');
const compact = (normalized: string): string => normalized.replace(/ /g, '');
const withoutGeneric = (normalized: string): string => normalized.split(' ').filter((w) => !GENERIC.has(w)).join(' ');

/**
 * How far `answer` is from `expected`, as typos per letter (0 = the same after
 * normalising), or undefined when it is not an acceptable way to write it.
 */
export function answerCost(answer: string, expected: string): number | undefined {
  const given = normalizeAnswer(answer);
  if (compact(given).length < 2) return undefined;
  let best: number | undefined;
  for (const variant of answerVariants(expected)) {
    const wanted = normalizeAnswer(variant);
    if (!wanted) continue;
    const forms: Array<[string, string]> = [[given, wanted], [sortedWords(given), sortedWords(wanted)]];
    const lessGiven = withoutGeneric(given);
    const lessWanted = withoutGeneric(wanted);
    if (lessGiven && lessWanted && (lessGiven !== given || lessWanted !== wanted)) forms.push([lessGiven, lessWanted], [sortedWords(lessGiven), sortedWords(lessWanted)]);
    for (const [g, w] of forms) {
      const gc = compact(g);
      const wc = compact(w);
      if (gc.length < 2) continue;
      const allowed = allowedTypos(wc.length);
      const distance = editDistance(gc, wc, allowed);
      if (distance <= allowed) {
        const cost = distance / Math.max(1, wc.length);
        if (best === undefined || cost < best) best = cost;
      }
    }
  }
  return best;
}

export interface TypedGrade {
  correct: boolean;
  /** The accepted form the answer matched. */
  matched?: string;
  reason?: 'empty' | 'tooShort' | 'otherTerm' | 'different';
}

/**
 * Grades a typed answer against the accepted forms. `rejects` are other terms a
 * student might confuse it with: an answer at least as close to one of them as
 * to an accepted form is wrong.
 */
export function gradeTyped(answer: string, accepted: readonly string[], rejects: readonly string[] = []): TypedGrade {
  const given = normalizeAnswer(answer);
  if (!given) return { correct: false, reason: 'empty' };
  if (compact(given).length < 2) return { correct: false, reason: 'tooShort' };
  let best: { cost: number; form: string } | undefined;
  for (const form of accepted) {
    const cost = answerCost(answer, form);
    if (cost !== undefined && (!best || cost < best.cost)) best = { cost, form };
  }
  if (!best) return { correct: false, reason: 'different' };
  const acceptedSet = new Set(accepted.map(normalizeAnswer));
  for (const other of rejects) {
    if (acceptedSet.has(normalizeAnswer(other))) continue;
    const cost = answerCost(answer, other);
    if (cost !== undefined && cost < best.cost) return { correct: false, reason: 'otherTerm' };
  }
  return { correct: true, matched: best.form };
}

export interface ListGrade {
  /** Fraction of the expected items recalled (in order, when order counts). */
  score: number;
  matched: string[];
  missed: string[];
  /** Items named but out of order (no credit when order counts). */
  outOfOrder: string[];
  /** What the student wrote that matched no item. */
  extras: string[];
}

interface Piece {
  text: string;
  /** Position in the answer, for order. */
  position: number;
  /** Keys of the answer tokens this piece uses; two pieces sharing a key cannot both count. */
  keys: string[];
}

/** Splits a typed list into its items: commas, semicolons, new lines, list markers; "a and b" may be two items or one. */
export function splitTypedList(answer: string): string[] {
  return answer
    .split(/[,;\n]+/)
    .map((piece) => piece.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter((piece) => normalizeAnswer(piece).length > 0);
}

function listPieces(tokens: string[]): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < tokens.length; i++) {
    pieces.push({ text: tokens[i], position: i, keys: [`${i}`] });
    // An item may itself hold a comma ("Arises from trust, shared values and ...").
    for (let j = i + 1; j < Math.min(tokens.length, i + 3); j++) {
      const span = tokens.slice(i, j + 1);
      pieces.push({ text: span.join(', '), position: i, keys: span.map((_, k) => `${i + k}`) });
    }
    const parts = tokens[i].split(/\s+(?:and|&|\/)\s+|\s*\/\s*/i).filter((p) => p.trim());
    if (parts.length > 1) parts.forEach((part, k) => pieces.push({ text: part, position: i + k / parts.length, keys: [`${i}.${k}`] }));
  }
  return pieces;
}

function conflicts(keys: string[], used: Set<string>): boolean {
  for (const key of keys) {
    if (used.has(key)) return true;
    const [whole, sub] = key.split('.');
    if (sub !== undefined && used.has(whole)) return true;
    if (sub === undefined) for (const u of used) if (u.startsWith(`${whole}.`)) return true;
  }
  return false;
}

/** Longest increasing subsequence of positions: the indices (into `positions`) kept. */
function longestIncreasing(positions: number[]): Set<number> {
  const n = positions.length;
  const length = new Array<number>(n).fill(1);
  const previous = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (positions[j] < positions[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end < 0 || length[i] > length[end]) end = i;
  const kept = new Set<number>();
  for (let i = end; i >= 0; i = previous[i]) kept.add(i);
  return kept;
}

/**
 * Grades a recalled list item by item: each expected item matched at most once
 * (fuzzily), partial credit for each, order checked only when `ordered`.
 */
export function gradeList(answer: string, items: readonly string[], ordered = false): ListGrade {
  const tokens = splitTypedList(answer);
  const pieces = listPieces(tokens);
  const pairs: Array<{ item: number; piece: number; cost: number }> = [];
  items.forEach((item, itemIndex) => {
    pieces.forEach((piece, pieceIndex) => {
      const cost = answerCost(piece.text, item);
      // Prefer whole tokens over joined or split ones at equal cost.
      if (cost !== undefined) pairs.push({ item: itemIndex, piece: pieceIndex, cost: cost + (piece.keys.length > 1 || piece.keys[0].includes('.') ? 0.001 : 0) });
    });
  });
  pairs.sort((a, b) => a.cost - b.cost || a.item - b.item || a.piece - b.piece);
  const used = new Set<string>();
  const assigned = new Map<number, Piece>();
  for (const pair of pairs) {
    if (assigned.has(pair.item)) continue;
    const piece = pieces[pair.piece];
    if (conflicts(piece.keys, used)) continue;
    assigned.set(pair.item, piece);
    piece.keys.forEach((key) => used.add(key));
  }
  const matchedIndices = items.map((_, i) => i).filter((i) => assigned.has(i));
  let credited = new Set(matchedIndices);
  const outOfOrder: string[] = [];
  if (ordered) {
    const kept = longestIncreasing(matchedIndices.map((i) => assigned.get(i)!.position));
    credited = new Set(matchedIndices.filter((_, k) => kept.has(k)));
    for (const i of matchedIndices) if (!credited.has(i)) outOfOrder.push(items[i]);
  }
  const extras = tokens.filter((_, t) => ![...used].some((key) => key === `${t}` || key.startsWith(`${t}.`)));
  return {
    score: items.length === 0 ? 0 : credited.size / items.length,
    matched: items.filter((_, i) => credited.has(i)),
    missed: items.filter((_, i) => !assigned.has(i)),
    outOfOrder,
    extras,
  };
}
