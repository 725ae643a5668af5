// Finds the course's terms, and the student's own, in a line of a note: which
// concept sits at a position, and every term in a line. Built from the pack's
// concepts and the notes' (term, aliases, acronyms), then kept current one
// note at a time: add() and remove() touch only the keys of the concepts they
// are given, so a saved note costs the same in a vault of ten notes or ten
// thousand. Each look-up scans only the line it is given, so its cost depends
// on the line, never on the file or on how many concepts there are.
//
// Who wins a phrase two concepts share: the pack's concept over the student's
// (also where only the singular or plural differs), a written phrase over a
// derived singular, a term over an alias. The student's concepts for the
// phrase come along with the winner (`also`), so the hover can show their
// definition beside the pack's.
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
import { fnv1a, FNV_START } from '../util/hash';

export interface TermMatch {
  /** Character offsets in the line: [start, end). */
  start: number;
  end: number;
  /** The text as written in the line. */
  text: string;
  /** The concept the phrase names: the pack's when the pack has the phrase. */
  concept: Concept;
  /**
   * The student's own concepts that name the same phrase too (note concepts,
   * see Concept.uri), beside `concept`; empty for most terms. Two pack
   * concepts never come together here: that is a conflict the build reports.
   */
  also: readonly Concept[];
}

export interface LineMatchOptions {
  /** Treat backtick-delimited code spans as code (default true). Off for text that was already parsed as Markdown. */
  codeSpans?: boolean;
}

/** Two phrases of different pack concepts that mean the same key; the first one kept wins. */
export interface TermConflict {
  phrase: string;
  kept: string;
  dropped: string;
}

/** One concept's claim on one key. */
interface Entry {
  concept: Concept;
  /**
   * Lower wins a key: the pack before the student's notes (4), a phrase
   * someone wrote before a singular derived from it (2), a term before an
   * alias (1); then the order concepts were added (`seq`).
   */
  rank: number;
  seq: number;
  derived: boolean;
}

/** Everyone who claims one key, the winner first. */
interface Slot {
  entries: Entry[];
  also: readonly Concept[];
}

/** Where one concept put its keys, so remove() takes exactly those out. */
interface Owned {
  exact: string[];
  folded: string[];
  phrases: number;
}

const NONE: readonly Concept[] = Object.freeze([]);

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

const isNote = (concept: Concept): boolean => concept.uri !== undefined;

export class TermMatcher {
  /** Keys as written (capital words kept in capitals). */
  private readonly exact = new Map<string, Slot>();
  /** Lower-case keys of phrases that are not pure acronyms, for lines typed in capitals. */
  private readonly folded = new Map<string, Slot>();
  /**
   * Hashes of every prefix of every key: a scan goes on while its words so far
   * are a prefix of some key. Only a shortcut (find() decides what matches), so
   * a hash collision merely reads one word more, and a removed key's prefixes
   * may linger until enough of them pile up to rebuild the sets. Numbers, not
   * strings: a vault's thousands of keys add no string per prefix.
   */
  private exactPrefixes = new Set<number>();
  private foldedPrefixes = new Set<number>();
  private stalePrefixes = 0;
  private readonly owned = new Map<Concept, Owned>();
  private seq = 0;
  private phrases = 0;
  private changes = 0;
  readonly conflicts: TermConflict[] = [];

  private constructor(concepts: readonly Concept[]) {
    this.add(concepts);
    // Conflicts are the pack's business (the build reports them); count from here on only real changes.
    this.changes = 0;
  }

  static build(concepts: readonly Concept[]): TermMatcher {
    return new TermMatcher(concepts);
  }

  /** How many phrases (terms, aliases, acronyms) are indexed. */
  get phraseCount(): number {
    return this.phrases;
  }

  /** Grows with every add() or remove() that changed something: what a cache of matches compares. */
  get version(): number {
    return this.changes;
  }

  /** Adds concepts (a note's, as it is saved); a concept already here is left as it is. */
  add(concepts: readonly Concept[]): void {
    let changed = false;
    for (const concept of concepts) changed = this.addConcept(concept) || changed;
    if (changed) this.changes++;
  }

  /** Takes out concepts added before (the same objects); others are ignored. */
  remove(concepts: readonly Concept[]): void {
    let changed = false;
    for (const concept of concepts) changed = this.removeConcept(concept) || changed;
    if (changed) this.changes++;
  }

  /** Follows a change of the content: what went out first, then what came in (a replaced concept is in both). */
  apply(change: { removedConcepts: readonly Concept[]; addedConcepts: readonly Concept[] }): void {
    const before = this.changes;
    this.remove(change.removedConcepts);
    this.add(change.addedConcepts);
    if (this.changes > before + 1) this.changes = before + 1;
  }

  private addConcept(concept: Concept): boolean {
    if (this.owned.has(concept) || typeof concept?.term !== 'string') return false;
    const note = isNote(concept);
    const own: Owned = { exact: [], folded: [], phrases: 0 };
    const texts: Array<{ text: string; alias: boolean }> = [{ text: concept.term, alias: false }];
    for (const alias of [...(concept.aliases ?? []), ...(concept.acronyms ?? [])]) {
      if (typeof alias === 'string') texts.push({ text: alias, alias: true });
    }
    const exactKeys = new Set<string>();
    const foldedKeys = new Set<string>();
    const derived: Array<{ key: string; alias: boolean; pureAcronym: boolean }> = [];
    for (const { text, alias } of texts) {
      const words = text.match(WORD);
      if (!words) continue;
      const keys = words.map(wordKey);
      const key = keys.join('');
      if (exactKeys.has(key)) continue;
      // Only words in capitals: it must be typed that way, even in a line written in capitals.
      const pureAcronym = keys.every((k) => HAS_UPPER.test(k));
      own.phrases++;
      const rank = (note ? 4 : 0) + (alias ? 1 : 0);
      exactKeys.add(key);
      this.put(this.exact, this.exactPrefixes, key, { concept, rank, seq: this.seq++, derived: false }, text);
      own.exact.push(key);
      if (!pureAcronym && !foldedKeys.has(key.toLowerCase())) {
        foldedKeys.add(key.toLowerCase());
        this.put(this.folded, this.foldedPrefixes, key.toLowerCase(), { concept, rank, seq: this.seq++, derived: false });
        own.folded.push(key.toLowerCase());
      }
      for (const variant of singulars(key)) derived.push({ key: variant, alias, pureAcronym });
    }
    // Derived forms only fill gaps: a phrase someone actually wrote always wins.
    for (const { key, alias, pureAcronym } of derived) {
      const rank = (note ? 4 : 0) + 2 + (alias ? 1 : 0);
      if (!exactKeys.has(key)) {
        exactKeys.add(key);
        this.put(this.exact, this.exactPrefixes, key, { concept, rank, seq: this.seq++, derived: true });
        own.exact.push(key);
      }
      if (!pureAcronym && !foldedKeys.has(key.toLowerCase())) {
        foldedKeys.add(key.toLowerCase());
        this.put(this.folded, this.foldedPrefixes, key.toLowerCase(), { concept, rank, seq: this.seq++, derived: true });
        own.folded.push(key.toLowerCase());
      }
    }
    this.owned.set(concept, own);
    this.phrases += own.phrases;
    return own.exact.length > 0;
  }

  private removeConcept(concept: Concept): boolean {
    const own = this.owned.get(concept);
    if (!own) return false;
    this.owned.delete(concept);
    this.phrases -= own.phrases;
    for (const key of own.exact) this.pull(this.exact, key, concept);
    for (const key of own.folded) this.pull(this.folded, key, concept);
    return own.exact.length > 0;
  }

  private put(map: Map<string, Slot>, prefixes: Set<number>, key: string, entry: Entry, phrase?: string): void {
    const slot = map.get(key);
    if (!slot) {
      map.set(key, { entries: [entry], also: NONE });
      addPrefixes(prefixes, key);
      return;
    }
    const rival = slot.entries.find((e) => !e.derived && !isNote(e.concept));
    if (map === this.exact && !entry.derived && !isNote(entry.concept) && rival && rival.concept.id !== entry.concept.id) {
      const entryWins = entry.rank < rival.rank;
      this.conflicts.push({ phrase: phrase ?? key, kept: (entryWins ? entry : rival).concept.id, dropped: (entryWins ? rival : entry).concept.id });
    }
    let at = slot.entries.length;
    while (at > 0 && before(entry, slot.entries[at - 1])) at--;
    slot.entries.splice(at, 0, entry);
    slot.also = alsoOf(slot.entries);
  }

  private pull(map: Map<string, Slot>, key: string, concept: Concept): void {
    const slot = map.get(key);
    if (!slot) return;
    slot.entries = slot.entries.filter((e) => e.concept !== concept);
    if (slot.entries.length) {
      slot.also = alsoOf(slot.entries);
      return;
    }
    map.delete(key);
    // Its prefixes stay for now; once the stale ones outnumber the live keys, both sets are rebuilt.
    if (++this.stalePrefixes > 256 && this.stalePrefixes > this.exact.size) {
      this.exactPrefixes = new Set();
      this.foldedPrefixes = new Set();
      for (const k of this.exact.keys()) addPrefixes(this.exactPrefixes, k);
      for (const k of this.folded.keys()) addPrefixes(this.foldedPrefixes, k);
      this.stalePrefixes = 0;
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
      let keyHash = FNV_START;
      let lowerHash = FNV_START;
      let hasUpper = false;
      let best: Slot | undefined;
      let bestEnd = -1;
      for (let j = i; j < n; j++) {
        if (keys[j] === '') break;
        if (j > i && !joins(line, ends[j - 1], starts[j])) break;
        key += keys[j];
        lower += lowers[j];
        keyHash = fnv1a(keys[j], keyHash);
        lowerHash = fnv1a(lowers[j], lowerHash);
        hasUpper ||= upper[j];
        const hit = this.find(key, lower, hasUpper);
        if (hit) {
          best = hit;
          bestEnd = j;
        }
        if (!this.exactPrefixes.has(keyHash) && !(hasUpper && this.foldedPrefixes.has(lowerHash))) break;
      }
      if (best) {
        const start = starts[i];
        const end = ends[bestEnd];
        out.push({ start, end, text: line.slice(start, end), concept: best.entries[0].concept, also: best.also });
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private find(key: string, lower: string, hasUpper: boolean): Slot | undefined {
    const hit = this.exact.get(key);
    if (hit) return isNote(hit.entries[0].concept) ? packFirst(hit, this.exact, key) : hit;
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

/**
 * A key only the student wrote ("customer lifetime values") whose singular the
 * pack writes: the pack's concept leads, the student's come with it, as for
 * the very same key. Rare, so the merged slot is made on demand.
 */
function packFirst(hit: Slot, exact: Map<string, Slot>, key: string): Slot {
  for (const variant of singulars(key)) {
    const pack = exact.get(variant);
    if (!pack || isNote(pack.entries[0].concept)) continue;
    const also = [...pack.also];
    for (const { concept } of hit.entries) if (!also.includes(concept)) also.push(concept);
    return { entries: [pack.entries[0], ...hit.entries], also };
  }
  return hit;
}

/** Every prefix's hash, shortest first (no early stop: a collision must never hide a longer prefix). */
function addPrefixes(prefixes: Set<number>, key: string): void {
  let h = FNV_START;
  for (let i = 0; i < key.length; i++) {
    h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    prefixes.add(h);
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.rank < b.rank || (a.rank === b.rank && a.seq < b.seq);
}

/** The student's concepts that share the winner's key: none when only the pack's concepts claim it. */
function alsoOf(entries: readonly Entry[]): readonly Concept[] {
  if (entries.length === 1) return NONE;
  const winner = entries[0].concept;
  const seen = new Set<Concept>([winner]);
  const out: Concept[] = [];
  for (const { concept } of entries) {
    if (seen.has(concept) || (!isNote(concept) && !isNote(winner))) continue;
    seen.add(concept);
    out.push(concept);
  }
  return out.length ? out : NONE;
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
