// Search latency: median per query over the bundled pack (budget 0.5 ms) and over
// a synthetic 10,000-card deck (budget 5 ms), plus the index build time of each.

import { Card, Pack } from '../../src/core/content/model';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { Figure, median, medianMs } from './harness';
import { bundledPack } from '../support/bundledPack';

const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'ha', 'je', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu', 'va', 'we', 'xi', 'yo', 'zu', 'bra', 'cle', 'dri', 'flo', 'gra', 'pla', 'tre'];

const QUERIES = [
  'dwyr phases', 'payne frow processes', 'lifetime', 'kam', 'scope', 'rfm', 'churn', 'li bernoff',
  'idic', 'starts data', 'gartner eight', 'ecrm disadvantages', 'trust commitment', 'phases dwyer',
  'key acount managment', 'customer', 'c', 'cu', 'cust', 'single customer view', 'multichanel integration',
];


/**
 * 10,000 cards whose prompts and answers reuse the pack's words, plus made-up
 * ones: one word in ten is one of 19,683 three-syllable pseudo-words starting
 * with any letter, as a big real deck's vocabulary would (about 20,000 words).
 */
function syntheticDeck(pack: Pack, count = 10000): Pack {
  const words = pack.cards.flatMap((c) => `${c.prompt} ${c.answer}`.split(/\s+/)).filter(Boolean);
  // An exact 32-bit LCG: with a plain `seed * 1103515245` the products pass 2^53
  // and lose bits, and the sequence repeated after about 10,000 draws.
  let seed = 42;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const madeUp = (n: number) => SYLLABLES[n % 27] + SYLLABLES[Math.floor(n / 27) % 27] + SYLLABLES[Math.floor(n / 729) % 27];
  const pick = () => (random() < 0.1 ? madeUp(Math.floor(random() * 27 ** 3)) : words[Math.floor(random() * words.length)]);
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  const cards: Card[] = [];
  for (let i = 0; i < count; i++) {
    const concept = pack.concepts[i % pack.concepts.length];
    cards.push({ id: `${concept.id}/synthetic-${i}`, conceptId: concept.id, topic: concept.topic, source: concept.source, kind: 'basic', prompt: `${sentence(10)}?`, answer: sentence(25), file: 'synthetic.md', line: i + 1 });
  }
  return { version: 1, topics: pack.topics, concepts: pack.concepts, cards };
}

/** Median over the queries of each query's median latency. */
function queryLatency(index: SearchIndex, runs: number): number {
  return median(QUERIES.map((q) => medianMs(() => index.search(q), runs, 3)));
}

export async function bench(): Promise<Figure[]> {
  const pack = bundledPack();
  // With the first query: parts of the index (fuse's) may be built on first use.
  const firstSearch = (p: Pack) => SearchIndex.fromPack(p).search('dwyr phases');
  const buildPack = medianMs(() => firstSearch(pack), 15, 2);
  const packIndex = SearchIndex.fromPack(pack);
  const packQuery = queryLatency(packIndex, 30);
  const worstPack = Math.max(...QUERIES.map((q) => medianMs(() => packIndex.search(q), 15, 2)));

  const deck = syntheticDeck(pack);
  const buildDeck = medianMs(() => firstSearch(deck), 3, 1);
  const deckIndex = SearchIndex.fromPack(deck);
  const deckQuery = queryLatency(deckIndex, 7);
  const worstDeck = Math.max(...QUERIES.map((q) => medianMs(() => deckIndex.search(q), 5, 1)));

  const docs = pack.concepts.length + pack.cards.length;
  return [
    { name: `search: query over the bundled pack (${docs} documents)`, value: packQuery, unit: 'ms', budget: 0.5, note: `median of ${QUERIES.length} queries; slowest query ${worstPack.toFixed(2)} ms` },
    { name: 'search: index build + first query, bundled pack', value: buildPack, unit: 'ms', note: 'built on first use of Search Concepts, not at activation' },
    { name: 'search: query over 10,000 synthetic cards', value: deckQuery, unit: 'ms', budget: 5, note: `slowest query ${worstDeck.toFixed(2)} ms` },
    { name: 'search: index build + first query, 10,000 cards', value: buildDeck, unit: 'ms', note: `${(buildDeck / buildPack).toFixed(1)}x the pack's build for ${(deck.cards.length / docs).toFixed(0)}x the documents` },
  ];
}
