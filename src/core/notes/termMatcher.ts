// Finds the course's terms in a line of a student's notes: which concept sits at
// a position, and every term in a line. Built once from the pack's concepts
// (term, aliases, acronyms); each look-up scans only the line it is given, so
// its cost depends on the line, never on the file or the size of the pack.
//
// How a phrase matches:
// - Words are runs of letters and digits (an apostrophe inside a word, straight
//   or curly, belongs to it and is ignored: "Dwyer’s" = "Dwyer's" = "Dwyers").
// - Words are compared with their separators removed, so hyphen, space and
//   extra whitespace variants all meet ("multi-channel integration" =
//   "multichannel  integration" = "multi channel integration"). Only
//   whitespace, dashes and "&" may separate the words of one match (and ":" or
//   "/" between numbers, as in "1:1 marketing"); any other punctuation
//   (".", ",", "(", "`", ...) ends it.
// - A word written in capitals in the pack (KAM, SCOPE, CRM in "Types of CRM")
//   matches only in capitals, optionally with a plural or possessive "s"
//   ("KAMs", "KAM's"); every other word matches in any case. A line written all
//   in capitals ("KEY ACCOUNT MANAGEMENT") still finds the ordinary terms.
// - A plural in the note finds a singular in the pack and the other way round.
// - A match starts and ends at word boundaries ("MICROSCOPE", "Kamala" and
//   "SCOPED" hold no term); at one start the longest phrase wins, and the line
//   is read left to right.
// - Nothing inside an inline code span (`like this`) matches.

import { Concept } from '../content/model';

export interface TermMatch {
  /** Character offsets in the line: [start, end). */
  start: number;
  end: number;
  /** The text as written in the line. */
  text: string;
  concept: Concept;
}

export interface LineMatchOptions {
  /** Treat backtick-delimited code spans as code (default true). Off for text that was already parsed as Markdown. */
  codeSpans?: boolean;
}

/** Two phrases of different concepts that mean the same key; the first one kept wins. */
export interface TermConflict {
  phrase: string;
  kept: string;
  dropped: string;
}

interface Entry {
  concept: Concept;
  /** True when the key was derived (singular/plural) rather than written. */
  derived: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['\u2019\u02bc]/g;
/** What may stand between two words of one match. */
const JOINER = /^[\s\-\u2010\u2011\u2012\u2013\u2014&]+$/;
/** ...and between two numbers ("1:1 marketing", "24/7"), but not between words ("CRM: vision"). */
const NUMBER_JOINER = /^[:/]$/;
const DIGIT = /\p{N}/u;
/** A word in capitals (at least two capital letters, no small ones, maybe digits), maybe with a plural "s" ("KAMs"; "KAM's" once apostrophes are gone). */
const CAPS_OR_PLURAL = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}]+s?$/u;
const HAS_UPPER = /\p{Lu}/u;
/** Lines longer than this are searched only near the position asked about. */
const LONG_LINE = 4000;
const WINDOW = 600;

/** The comparable form of one word: capitals kept for words in capitals, everything else in lower case. */
export function wordKey(word: string): string {
  const bare = word.replace(APOSTROPHES, '');
  return CAPS_OR_PLURAL.test(bare) ? bare : bare.toLowerCase();
}

/** Keys of the same phrase in its other number: "keyaccounts" -> "keyaccount", "repositories" -> "repository". */
function singulars(key: string): string[] {
  const out: string[] = [];
  if (key.length < 3 || !key.endsWith('s') || key.endsWith('ss')) return out;
  out.push(key.slice(0, -1));
  if (key.endsWith('ies') && key.length > 4) out.push(key.slice(0, -3) + 'y');
  else if (key.endsWith('es') && key.length > 4) out.push(key.slice(0, -2));
  return out;
}

export class TermMatcher {
  /** Keys as written (capital words kept in capitals). */
  private readonly exact = new Map<string, Entry>();
  /** Lower-case keys of phrases that are not pure acronyms, for lines typed in capitals. */
  private readonly folded = new Map<string, Entry>();
  private readonly exactPrefixes = new Set<string>();
  private readonly foldedPrefixes = new Set<string>();
  readonly conflicts: TermConflict[] = [];
  /** How many phrases (terms, aliases, acronyms) were indexed. */
  readonly phraseCount: number;

  private constructor(concepts: readonly Concept[]) {
    const phrases: Array<{ text: string; concept: Concept }> = [];
    // Terms first, then aliases, so a concept's own term wins a tie with someone else's alias.
    for (const concept of concepts) if (typeof concept.term === 'string') phrases.push({ text: concept.term, concept });
    for (const concept of concepts) {
      for (const alias of [...(concept.aliases ?? []), ...(concept.acronyms ?? [])]) {
        if (typeof alias === 'string') phrases.push({ text: alias, concept });
      }
    }
    const seen = new Set<string>();
    let count = 0;
    const derived: Array<{ key: string; concept: Concept; pureAcronym: boolean }> = [];
    for (const { text, concept } of phrases) {
      const words = text.match(WORD);
      if (!words) continue;
      const keys = words.map(wordKey);
      const key = keys.join('');
      // Only words in capitals: it must be typed that way, even in a line written in capitals.
      const pureAcronym = keys.every((k) => HAS_UPPER.test(k));
      const dedupe = `${concept.id}\u0000${key}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      count++;
      this.add(this.exact, this.exactPrefixes, key, concept, false, text);
      if (!pureAcronym) this.add(this.folded, this.foldedPrefixes, key.toLowerCase(), concept, false, text);
      for (const variant of singulars(key)) derived.push({ key: variant, concept, pureAcronym });
    }
    // Derived forms only fill gaps: a phrase someone actually wrote always wins.
    for (const { key, concept, pureAcronym } of derived) {
      this.add(this.exact, this.exactPrefixes, key, concept, true);
      if (!pureAcronym) this.add(this.folded, this.foldedPrefixes, key.toLowerCase(), concept, true);
    }
    this.phraseCount = count;
  }

  static build(concepts: readonly Concept[]): TermMatcher {
    return new TermMatcher(concepts);
  }

  private add(map: Map<string, Entry>, prefixes: Set<string>, key: string, concept: Concept, derived: boolean, phrase?: string): void {
    const existing = map.get(key);
    if (existing) {
      if (!derived && map === this.exact && existing.concept.id !== concept.id && !existing.derived) {
        this.conflicts.push({ phrase: phrase ?? key, kept: existing.concept.id, dropped: concept.id });
      }
      if (!existing.derived || derived) return;
    }
    map.set(key, { concept, derived });
    // Longest first: once a prefix is known, every shorter one is too.
    for (let i = key.length; i > 0; i--) {
      const prefix = key.slice(0, i);
      if (prefixes.has(prefix)) break;
      prefixes.add(prefix);
    }
  }

  /** Every term in the line, left to right, longest first at each start. */
  matchesInLine(line: string, options: LineMatchOptions = {}): TermMatch[] {
    return this.scan(line, 0, line.length, options.codeSpans !== false);
  }

  /**
   * The term under `character` (a 0-based offset; the offset just past a term
   * counts too, as for a cursor at the end of a word), or undefined.
   */
  matchAt(line: string, character: number, options: LineMatchOptions = {}): TermMatch | undefined {
    let from = 0;
    let to = line.length;
    if (line.length > LONG_LINE) {
      // Start at a space so a window never begins inside a word.
      from = Math.max(0, character - WINDOW);
      if (from > 0) {
        const space = line.lastIndexOf(' ', from);
        from = space < 0 ? 0 : space;
      }
      to = Math.min(line.length, character + WINDOW);
    }
    let touching: TermMatch | undefined;
    for (const match of this.scan(line, from, to, options.codeSpans !== false)) {
      if (match.start > character) break;
      if (character < match.end) return match;
      if (character === match.end) touching = match;
    }
    return touching;
  }

  private scan(line: string, from: number, to: number, codeSpans: boolean): TermMatch[] {
    const code = codeSpans && line.includes('`') ? codeSpanRanges(line) : undefined;
    const starts: number[] = [];
    const ends: number[] = [];
    const keys: string[] = [];
    const lowers: string[] = [];
    const upper: boolean[] = [];
    WORD.lastIndex = from;
    let codeIndex = 0;
    for (let m = WORD.exec(line); m && m.index < to; m = WORD.exec(line)) {
      const start = m.index;
      const end = start + m[0].length;
      if (code) {
        while (codeIndex < code.length && code[codeIndex][1] <= start) codeIndex++;
        if (codeIndex < code.length && code[codeIndex][0] < end) {
          // A word in code: mark it so no match starts at it or runs through it.
          starts.push(start);
          ends.push(end);
          keys.push('');
          lowers.push('');
          upper.push(false);
          continue;
        }
      }
      const key = wordKey(m[0]);
      starts.push(start);
      ends.push(end);
      keys.push(key);
      lowers.push(key.toLowerCase());
      upper.push(key !== key.toLowerCase());
    }

    const out: TermMatch[] = [];
    const n = keys.length;
    for (let i = 0; i < n; ) {
      if (keys[i] === '') {
        i++;
        continue;
      }
      let key = '';
      let lower = '';
      let hasUpper = false;
      let best: Entry | undefined;
      let bestEnd = -1;
      for (let j = i; j < n; j++) {
        if (keys[j] === '') break;
        if (j > i && !joins(line, ends[j - 1], starts[j])) break;
        key += keys[j];
        lower += lowers[j];
        hasUpper ||= upper[j];
        const hit = this.find(key, lower, hasUpper);
        if (hit) {
          best = hit;
          bestEnd = j;
        }
        if (!this.exactPrefixes.has(key) && !(hasUpper && this.foldedPrefixes.has(lower))) break;
      }
      if (best) {
        const start = starts[i];
        const end = ends[bestEnd];
        out.push({ start, end, text: line.slice(start, end), concept: best.concept });
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private find(key: string, lower: string, hasUpper: boolean): Entry | undefined {
    const hit = this.exact.get(key);
    if (hit) return hit;
    for (const variant of singulars(key)) {
      const v = this.exact.get(variant);
      if (v) return v;
    }
    if (!hasUpper) return undefined;
    const folded = this.folded.get(lower);
    if (folded) return folded;
    for (const variant of singulars(lower)) {
      const v = this.folded.get(variant);
      if (v) return v;
    }
    return undefined;
  }
}

function joins(line: string, from: number, to: number): boolean {
  const between = line.slice(from, to);
  if (JOINER.test(between)) return true;
  return NUMBER_JOINER.test(between) && DIGIT.test(line[from - 1]) && DIGIT.test(line[to]);
}

/**
 * The inline code spans of one line as [start, end) offsets, backticks
 * included. As in CommonMark, a run of n backticks opens a span that the next
 * run of exactly n backticks closes; a run that is never closed is plain text.
 */
export function codeSpanRanges(line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let i = line.indexOf('`');
  while (i >= 0) {
    let runEnd = i;
    while (line.charCodeAt(runEnd) === 96) runEnd++;
    const size = runEnd - i;
    let search = runEnd;
    let close = -1;
    for (;;) {
      const next = line.indexOf('`', search);
      if (next < 0) break;
      let nextEnd = next;
      while (line.charCodeAt(nextEnd) === 96) nextEnd++;
      if (nextEnd - next === size) {
        close = nextEnd;
        break;
      }
      search = nextEnd;
    }
    if (close < 0) {
      i = line.indexOf('`', runEnd);
      continue;
    }
    ranges.push([i, close]);
    i = line.indexOf('`', close);
  }
  return ranges;
}
