// Search latency: median per query over the bundled pack (budget 0.5 ms) and over
// a synthetic 10,000-card deck (budget 5 ms), plus the index build time of each.

import { Card, Pack } from '../../src/core/content/model';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { Figure, median, medianMs } from './harness';
import { bundledPack } from '../support/bundledPack';

const QUERIES = [
  'dwyr phases', 'payne frow processes', 'lifetime', 'kam', 'scope', 'rfm', 'churn', 'li bernoff',
  'idic', 'starts data', 'gartner eight', 'ecrm disadvantages', 'trust commitment', 'phases dwyer',
  'key acount managment', 'customer', 'c', 'cu', 'cust', 'single customer view', 'multichanel integration',
];


/**
 * 10,000 cards whose prompts and answers reuse the pack's words, plus some
 * made-up ones (a larger vocabulary). The made-up words start with any letter,
 * as a real deck's words do, so no part of the vocabulary is left out of a query's way.
 */
function syntheticDeck(pack: Pack, count = 10000): Pack {
  const words = pack.cards.flatMap((c) => `${c.prompt} ${c.answer}`.split(/\s+/)).filter(Boolean);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const letter = () => String.fromCharCode(97 + Math.floor(random() * 26));
  const pick = () => (random() < 0.1 ? `${letter()}${Math.floor(random() * 20000).toString(36)}` : words[Math.floor(random() * words.length)]);
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
  const buildPack = medianMs(() => SearchIndex.fromPack(pack), 15, 2);
  const packIndex = SearchIndex.fromPack(pack);
  const packQuery = queryLatency(packIndex, 30);
  const worstPack = Math.max(...QUERIES.map((q) => medianMs(() => packIndex.search(q), 15, 2)));

  const deck = syntheticDeck(pack);
  const buildDeck = medianMs(() => SearchIndex.fromPack(deck), 3, 1);
  const deckIndex = SearchIndex.fromPack(deck);
  const deckQuery = queryLatency(deckIndex, 7);
  const worstDeck = Math.max(...QUERIES.map((q) => medianMs(() => deckIndex.search(q), 5, 1)));

  const docs = pack.concepts.length + pack.cards.length;
  return [
    { name: `search: query over the bundled pack (${docs} documents)`, value: packQuery, unit: 'ms', budget: 0.5, note: `median of ${QUERIES.length} queries; slowest query ${worstPack.toFixed(2)} ms` },
    { name: 'search: index build, bundled pack', value: buildPack, unit: 'ms', note: 'built on first use of Search Concepts, not at activation' },
    { name: 'search: query over 10,000 synthetic cards', value: deckQuery, unit: 'ms', budget: 5, note: `slowest query ${worstDeck.toFixed(2)} ms` },
    { name: 'search: index build, 10,000 synthetic cards', value: buildDeck, unit: 'ms', note: `${(buildDeck / buildPack).toFixed(1)}x the pack's build for ${(deck.cards.length / docs).toFixed(0)}x the documents` },
  ];
}
