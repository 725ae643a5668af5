// Words as the note checks compare them: the search's word split and spelling
// folding (words.ts), hyphenated compounds joined ("multi-channel" =
// "multichannel"), filler dropped, and a light suffix stem on top of the
// plural one, so "developing" meets "development", "managers" meets
// "management" and "creation" meets "create". Similarity between two words
// also forgives a small typo, an abbreviation ("info", "mgmt") and a shared
// long prefix ("identification" ~ "identify"); numbers must be equal.

import { editDistance } from '../util/editDistance';
import { splitWords, stem, STOPWORDS } from '../search/words';
import { wordFamily } from './answerWords';

export interface CheckWord {
  /** The word as folded (lower case, one spelling), for typos and abbreviations. */
  norm: string;
  /** Its stem, for the exact comparison. */
  stem: string;
  /** Offsets in the text it came from. */
  start: number;
  end: number;
  /** For a compound on a single letter ("M-commerce"): the letter and the rest, so "mobile commerce" can name it. */
  initial?: [string, string];
}

/** Filler the checks drop besides the search's stopwords. */
const FILLER = new Set([...STOPWORDS, 'its', 'their', 'from', 'into', 'through', 'or', 'as', 'eg', 'ie', 'etc']);

/** Abbreviations students write that are not a prefix of the word. */
const ABBREVIATIONS = new Map([
  ['mgmt', 'management'],
  ['mgt', 'management'],
  ['mktg', 'marketing'],
  ['svc', 'service'],
  ['dept', 'department'],
  ['govt', 'government'],
  ['cust', 'customer'],
  ['db', 'database'],
  ['dbs', 'database'],
]);

const DIGIT = /\d/;

/** The stem two spellings of one word share: Check My Answer's word families ("developing"/"development", "creation"/"create"). */
export function wordStem(norm: string): string {
  return DIGIT.test(norm) ? stem(norm) : wordFamily(norm);
}

/** The meaningful words of a text, hyphenated compounds joined, filler dropped. */
export function checkWords(text: string): CheckWord[] {
  const raw = splitWords(text);
  const out: CheckWord[] = [];
  for (let i = 0; i < raw.length; i++) {
    let { norm, end } = raw[i];
    const start = raw[i].start;
    let initial: [string, string] | undefined;
    // "multi-channel", "e-commerce", "co-operative": one word, as the course writes some of them.
    while (i + 1 < raw.length && raw[i + 1].start === end + 1 && text[end] === '-') {
      i++;
      if (norm.length === 1 && !initial) initial = [norm, raw[i].norm];
      norm += raw[i].norm;
      end = raw[i].end;
    }
    if (FILLER.has(norm)) continue;
    out.push(initial ? { norm, stem: wordStem(norm), start, end, initial } : { norm, stem: wordStem(norm), start, end });
  }
  return out;
}

/**
 * How alike two words are, 0..1: 1 for the same stem; 0.85 for one small typo
 * (two in a long word, never in the first letter), an abbreviation or a long
 * shared prefix; 0 otherwise. Numbers only ever match themselves.
 */
export function wordSimilarity(a: CheckWord, b: CheckWord): number {
  if (a.stem === b.stem) return 1;
  if (DIGIT.test(a.norm) || DIGIT.test(b.norm)) return 0;
  if (ABBREVIATIONS.get(a.norm) === b.norm || ABBREVIATIONS.get(b.norm) === a.norm) return 0.85;
  const [short, long] = a.norm.length <= b.norm.length ? [a.norm, b.norm] : [b.norm, a.norm];
  if (short[0] !== long[0]) return 0;
  // "info" for information, "dev" for development, "reps" for representatives.
  const shortStem = a.norm.length <= b.norm.length ? a.stem : b.stem;
  for (const s of [short, shortStem]) if (s.length >= 3 && long.length >= s.length + 2 && long.startsWith(s)) return 0.8;
  // "heterogeneity" and "heterogeneous", "identification" and "identify".
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  if (common >= 6 && common >= 0.75 * short.length) return 0.8;
  if (short.length >= 5) {
    // Two slips only in a long word, counted on what is compared: stems are shorter than words, so
    // "customiz" and "customer" (2 apart) are no typo of each other, while "heterogeneous" and "hetrogenous" are.
    const allowedFor = (length: number) => (length >= 9 ? 2 : 1);
    const allowed = allowedFor(short.length);
    const allowedStem = allowedFor(Math.min(a.stem.length, b.stem.length));
    if (editDistance(a.norm, b.norm, allowed) <= allowed || editDistance(a.stem, b.stem, allowedStem) <= allowedStem) return 0.85;
  }
  return 0;
}
