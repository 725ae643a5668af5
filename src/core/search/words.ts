// Words as search compares them: how a query or a document's text is split
// into words and each word normalised (lower case, no accents, one spelling for
// -ise/-ize and -our/-or, a light plural stem), so "Organizational" and
// "organisational", "phases" and "phase" meet in the vocabulary.

import { foldAccents } from '../util/text';

/** A word of some text, normalised for comparison, with where it sits in the original. */
export interface Word {
  norm: string;
  start: number;
  end: number;
}

/** Filler words a query can drop; they also do not count towards a term's initials. */
export const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'with', 'by', 'is', 'are', 's']);

/** The words of a query as the index compares them: lower case, no apostrophes, "&" or filler words. */
export function queryTokens(query: string): string[] {
  const words = splitWords(query.slice(0, 200)).map((w) => w.norm);
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  return meaningful.length ? meaningful : words.filter((w) => w !== 's');
}

const WORD = /[\p{L}\p{N}]+/gu;

export function splitWords(text: string): Word[] {
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
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}
