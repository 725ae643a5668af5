// Words as Check My Answer compares an answer with a key point: split and
// normalised as search does (src/core/search/words.ts), then reduced to one
// key per word family ("integrates", "integration", "integrated" -> "integr"),
// a few safe synonyms folded together ("staff" = "employees", "keep" =
// "retain"), and the words a marker ignores flagged: filler words and the
// course's generic ones (customer, firm, process, management...), which appear
// in nearly every key point and so prove nothing about any one of them.

import { wordKey as termWordKey } from '../notes/termMatcher';
import { splitWords, stem as pluralStem, STOPWORDS } from '../search/words';
import { editDistance } from '../util/editDistance';

/** One word of a text with where it sits, and its family key ('' for a word that carries no meaning here). */
export interface KeyedWord {
  start: number;
  end: number;
  /** Lower case, accents folded, one spelling (the search normalisation). */
  norm: string;
  /**
   * The word family after synonyms; '' for filler and generic words. A word in
   * capitals ("STARTS", "KAMs") keys as the acronym it is ("STARTS" is not
   * "starts"), as the term matcher reads it.
   */
  key: string;
  /** For a word in capitals: its key as an ordinary word too, for an answer typed in capitals. */
  plain?: string;
}

/** Filler a marker reads past, beyond search's stop words: pronouns, auxiliaries, light verbs, quantifiers. */
const FILLER = new Set([
  ...STOPWORDS,
  ...'it its they them their this that these those which who whom whose what when where why how as at from into onto over under up out about rather than instead within without between across through towards toward also only just even so such like other others own same each every all both any some not no nor then there here very more most less least much many few well too often usually typically i e g eg ie etc vs be been being was were has have had having do does did done can could may might must should would will shall we our you your he she his her make makes made get gets give gives take takes help helps set sets put puts go goes let lets need needs needed use uses used using show shows mean means way ways thing things part parts kind kinds whole'.split(
    ' ',
  ),
]);

/**
 * The course's generic words, as family keys: in almost every key point, so a
 * shared "customer" or "process" says nothing. (Their weight would be low
 * anyway; dropping them also keeps them out of the "two distinct words" rule.)
 */
const GENERIC = ['process', 'customer', 'firm', 'management', 'crm'];

/** Safe synonyms, as words: each folds into the first word's family. */
const SYNONYM_GROUPS: string[][] = [
  ['firm', 'company', 'organisation', 'business', 'enterprise'],
  ['customer', 'client', 'consumer'],
  ['staff', 'employee', 'personnel', 'workforce'],
  ['buy', 'purchase', 'bought'],
  ['retain', 'retention', 'keep', 'kept'],
  ['goal', 'aim', 'objective'],
  ['depend', 'rely'],
  ['lose', 'loss', 'lost'],
  ['cost', 'expense', 'expensive'],
  ['customise', 'tailor'],
  ['1', 'one', 'first'],
  ['2', 'two', 'second'],
  ['3', 'three', 'third'],
  ['4', 'four', 'fourth'],
  ['5', 'five', 'fifth'],
];

/** Words the suffix rules would put in the wrong family ("integrity" is not "integration"). */
const OWN_FAMILY = new Map(
  Object.entries({ integrity: 'integrity', goods: 'goods', competence: 'competen', competences: 'competen', competency: 'competen', competencies: 'competen', timely: 'timely' }),
);

/** Word families whose members no suffix rule joins ("analysis", "analyse", "analytical"): the key is the shared beginning. */
const FAMILY_PREFIXES = ['analy', 'satisf', 'compet', 'econom', 'automat'];

/**
 * Derivational endings, longest first at each step. Each may strip only while
 * at least `MIN_STEM` letters remain, which is what keeps "creation" at
 * "creat" (not "cre") beside "created" and "creating".
 */
const SUFFIXES = [
  'isations', 'isation', 'ability', 'ibility', 'ically', 'ations', 'ation', 'itions', 'ition', 'ments', 'ment', 'ities', 'ity',
  'ness', 'ating', 'ated', 'ates', 'ate', 'ings', 'ing', 'ions', 'ion', 'ised', 'ises', 'ise', 'ical', 'ally', 'ency', 'ence',
  'ancy', 'ance', 'ent', 'ant', 'ives', 'ive', 'ible', 'able', 'ably', 'ful', 'ous', 'ed', 'ly', 'ty', 'al', 'ic', 'e', 'y',
].sort((a, b) => b.length - a.length);
const MIN_STEM = 4;
/** Short endings may leave a three-letter stem ("based" -> "bas" = "base"). */
const SHORT_SUFFIXES = new Set(['ed', 'e', 'ing']);

/**
 * The family key of one normalised word: a light stemmer (no library:
 * Porter-style stemmers are too eager for a course whose terms differ by
 * their endings, "customer" and "customise"). Up to three endings come off,
 * so "operational" -> "operation" -> "oper" = "operate" -> "oper".
 */
export function wordFamily(norm: string): string {
  const own = OWN_FAMILY.get(norm);
  if (own) return own;
  let w = pluralStem(norm);
  let stripped = false;
  for (let pass = 0; pass < 3; pass++) {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= (SHORT_SUFFIXES.has(s) ? 3 : MIN_STEM));
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
    stripped = true;
  }
  // "committed" -> "committ" -> "commit"; "planned" -> "plan" (never "assess" -> "asses").
  if (stripped && w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiou]/.test(w[w.length - 1]) && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const prefix of FAMILY_PREFIXES) if (w.startsWith(prefix)) return prefix;
  return w;
}

const SYNONYM = new Map<string, string>();
for (const [head, ...others] of SYNONYM_GROUPS) for (const other of others) SYNONYM.set(wordFamily(other), wordFamily(head));
const GENERIC_KEYS = new Set([...GENERIC].map((w) => SYNONYM.get(wordFamily(w)) ?? wordFamily(w)));

/** Keys already worked out: a pure function of the word, asked for every word of every check. Bounded, as a vault's vocabulary is not. */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

/** A family key with synonyms folded; '' when the word is filler or generic. */
export function wordKey(norm: string): string {
  let key = keyCache.get(norm);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    key = computeKey(norm);
    keyCache.set(norm, key);
  }
  return key;
}

function computeKey(norm: string): string {
  if (FILLER.has(norm) || norm.length < 2) return norm.length === 1 && /\d/.test(norm) ? norm : '';
  const family = wordFamily(norm);
  const key = SYNONYM.get(family) ?? family;
  return GENERIC_KEYS.has(key) || FILLER.has(key) ? '' : key;
}

/** The words of a text with their keys and offsets (into the same text). */
export function keyedWords(text: string): KeyedWord[] {
  return splitWords(text).map((w) => {
    const plain = wordKey(w.norm);
    const written = text.slice(w.start, w.end);
    const acronym = /\p{Lu}/u.test(written) && /^\p{L}/u.test(written) ? termWordKey(written) : '';
    if (!acronym || acronym === acronym.toLowerCase()) return { start: w.start, end: w.end, norm: w.norm, key: plain };
    return { start: w.start, end: w.end, norm: w.norm, key: acronym.replace(/s$/, ''), plain };
  });
}

/**
 * Whether two different keys are one word with a typo: only for words long
 * enough that one slip cannot make another real word ("sales"/"scales"), and
 * never at the first letter.
 */
export function typoMatch(a: KeyedWord | { norm: string; key: string }, b: { norm: string; key: string }): boolean {
  if (a.key === b.key) return true;
  const shorter = Math.min(a.norm.length, b.norm.length);
  if (shorter < 6 || a.norm[0] !== b.norm[0]) return false;
  if (editDistance(a.norm, b.norm, shorter >= 9 ? 2 : 1) <= (shorter >= 9 ? 2 : 1)) return true;
  // A slip in the ending ("integraton") shows in the family keys; short keys ("commun", "commit") allow one.
  const shorterKey = Math.min(a.key.length, b.key.length);
  const allowed = shorterKey >= 9 ? 2 : 1;
  return shorterKey >= 5 && editDistance(a.key, b.key, allowed) <= allowed;
}
