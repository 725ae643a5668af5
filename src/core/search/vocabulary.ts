// The index's vocabulary: every distinct word of the indexed documents, plus
// each pair of adjacent words of a name written as one ("crossselling" for
// Cross-selling, "cocreation" for Co-creation), and which documents hold it in
// which kind of field. It answers one question: which words may a query word
// mean, and how well does each match?
//
// fuse.js does the fuzzy part, over the vocabulary rather than the documents:
// a few thousand short, distinct words instead of long definitions and card
// text. Its bitap search costs about a microsecond per entry per query word
// here, too slow for a whole 2,000-word vocabulary (2-4 ms a word, against a
// 0.5 ms budget for a whole query), so the vocabulary is split by first letter,
// one prebuilt fuse index per letter, and a query word is looked up in its own
// letter's. The price: a typo in the very first letter ("kustomer") is not
// forgiven. Exact words and plurals are map look-ups, not fuse's job.
//
// A word no document holds any more stays in its fuse shard, marked gone
// (fuse's remove() walks the whole shard and shifts every entry after it,
// ~0.2 ms for a saved note in a big vault); look-ups skip it, and a shard is
// rebuilt once a quarter of it is gone.

import type Fuse from 'fuse.js';
import type { IFuseOptions } from 'fuse.js';
import { loadFuse } from '../markdown/libs';
import { stem } from './words';

/** Where one word occurs; `D` is whatever the index keeps per document. */
export interface VocabWord<D> {
  /** Documents holding the word in a long field (definition, card text), with that field's weight. */
  text: Map<D, number>;
  /** Documents holding the word in a name (term, alias, part). */
  names: Set<D>;
}

/** Shorter query words match as a prefix only: "cu" means "customer", not "cut" or "cue" misspelt. */
const MIN_FUZZY_LENGTH = 4;

const FUSE_OPTIONS: IFuseOptions<string> = {
  // Vocabulary words are already lower case and accent-folded (words.ts).
  isCaseSensitive: true,
  // Only for '^cu': a short query word as a prefix. A longer one is a plain fuzzy pattern.
  useExtendedSearch: true,
  includeScore: true,
  // Fuse's order is not the students': the ranker orders documents, not words.
  shouldSort: false,
  // Errors per letter of the query word: one typo in 4-6 letters, two in 7-9, three in 10 or more.
  threshold: 0.3,
  // A student types a word from its start, so a match must start there too:
  // each letter further in costs a quarter of a typo. Fuse's default for long
  // text (ignoreLocation: true, a match anywhere) would let "count" mean
  // "discount" and, scanning each whole word, takes twice as long.
  ignoreLocation: false,
  location: 0,
  distance: 4,
};

export class Vocabulary<D> {
  private readonly words = new Map<string, VocabWord<D>>();
  /** Words by plural stem, so "phases" finds "phase" and "strategies" finds "strategy". */
  private readonly byStem = new Map<string, Set<string>>();
  /** One fuse index per first letter; built on the first look-up, then kept up to date. */
  private shards: Map<string, Fuse<string>> | undefined;
  /** Words still in a shard that no document holds, by first letter. */
  private readonly gone = new Map<string, Set<string>>();
  /** How many words each shard holds, the gone ones included. */
  private readonly shardSizes = new Map<string, number>();

  get(word: string): VocabWord<D> | undefined {
    return this.words.get(word);
  }

  /** Records that document `doc` holds `word`: in a name (`textWeight` undefined) or in a long field of that weight. */
  put(word: string, doc: D, textWeight: number | undefined): void {
    let v = this.words.get(word);
    if (!v) {
      v = { text: new Map(), names: new Set() };
      this.words.set(word, v);
      const s = stem(word);
      let same = this.byStem.get(s);
      if (!same) this.byStem.set(s, (same = new Set()));
      same.add(word);
      if (this.shards) {
        const shard = this.shards.get(word[0]);
        const gone = this.gone.get(word[0]);
        if (gone?.delete(word)) {
          // Back before its shard was rebuilt: it is still in there.
        } else if (shard) {
          shard.add(word);
          this.shardSizes.set(word[0], (this.shardSizes.get(word[0]) ?? 0) + 1);
        } else {
          this.shards.set(word[0], this.newShard([word]));
          this.shardSizes.set(word[0], 1);
        }
      }
    }
    if (textWeight === undefined) v.names.add(doc);
    else if (textWeight > (v.text.get(doc) ?? 0)) v.text.set(doc, textWeight);
  }

  /** Forgets that document `doc` holds these words; words no document holds any more leave the vocabulary. */
  release(doc: D, words: readonly string[]): void {
    const gone = new Set<string>();
    for (const word of words) {
      const v = this.words.get(word);
      if (!v) continue;
      v.text.delete(doc);
      v.names.delete(doc);
      if (v.text.size || v.names.size) continue;
      this.words.delete(word);
      const same = this.byStem.get(stem(word));
      same?.delete(word);
      if (same && !same.size) this.byStem.delete(stem(word));
      gone.add(word);
    }
    if (!this.shards || !gone.size) return;
    for (const word of gone) {
      const letter = word[0];
      let marked = this.gone.get(letter);
      if (!marked) this.gone.set(letter, (marked = new Set()));
      marked.add(word);
      if (marked.size * 4 > (this.shardSizes.get(letter) ?? 0)) this.rebuildShard(letter);
    }
  }

  /** The vocabulary words a query word may mean, with how well each matches (1 = exactly). */
  expand(token: string): Map<string, number> {
    const out = new Map<string, number>();
    const offer = (word: string, quality: number) => {
      if (quality > (out.get(word) ?? 0)) out.set(word, quality);
    };
    const known = this.words.has(token);
    if (known) out.set(token, 1);
    for (const word of this.byStem.get(stem(token)) ?? []) offer(word, 0.97);
    if (token.length < 2) return out;
    const shard = this.fuseShards().get(token[0]);
    if (!shard) return out;
    // A word the vocabulary holds is taken as spelt right (as a spell checker
    // would): "data" is not a typo for "date". It, and a short word, still
    // match longer words as far as typed. Only an unknown word is fuzzy.
    const pattern = known || token.length < MIN_FUZZY_LENGTH ? `^${token}` : token;
    const gone = this.gone.get(token[0]);
    for (const result of shard.search(pattern)) {
      if (gone?.has(result.item)) continue;
      offer(result.item, fuzzyQuality(token, result.item, result.score ?? 0));
    }
    return out;
  }

  private fuseShards(): Map<string, Fuse<string>> {
    if (this.shards) return this.shards;
    const byLetter = new Map<string, string[]>();
    for (const word of this.words.keys()) {
      const list = byLetter.get(word[0]);
      if (list) list.push(word);
      else byLetter.set(word[0], [word]);
    }
    this.shards = new Map([...byLetter].map(([letter, list]) => [letter, this.newShard(list)]));
    for (const [letter, list] of byLetter) this.shardSizes.set(letter, list.length);
    this.gone.clear();
    return this.shards;
  }

  /** A shard of the words of `letter` that documents hold now, without the gone ones. */
  private rebuildShard(letter: string): void {
    const words = [...this.words.keys()].filter((w) => w[0] === letter);
    this.gone.delete(letter);
    this.shardSizes.set(letter, words.length);
    if (words.length) this.shards!.set(letter, this.newShard(words));
    else this.shards!.delete(letter);
  }

  private newShard(words: string[]): Fuse<string> {
    const FuseSearch = loadFuse();
    return new FuseSearch(words, FUSE_OPTIONS, FuseSearch.createIndex([], words));
  }
}

/**
 * How well a word fuse found matches the query word: the word as far as typed
 * (0.9; 0.6 for two letters), or a typo, by fuse's score (errors per letter of
 * the query word): 0.8 for one slip in a long word down to 0.65 at the threshold.
 */
function fuzzyQuality(token: string, word: string, score: number): number {
  if (word.startsWith(token)) return token.length >= 3 ? 0.9 : 0.6;
  return 0.8 - score / 2;
}
