// Search as a student uses it: half-remembered names, typos, acronyms, any
// word order, over the REAL course pack (compiled from content/ here, so the
// test does not depend on a build having run).

import * as assert from 'assert';
import { bundledPack as realPack } from '../support/bundledPack';
import { plainText } from '../../src/core/markdown/plainText';
import { SearchDocument, SearchIndex, queryTokens } from '../../src/core/search/searchIndex';


/** [what a student types, the concept they mean] */
const QUERIES: Array<[string, string]> = [
  // The examples.
  ['dwyr phases', 'dwyer-phases'],
  ['payne frow processes', 'five-crm-processes'],
  ['lifetime', 'clv'],
  ['kam', 'kam'],
  ['scope', 'scope'],
  ['rfm', 'rfm'],
  ['churn', 'churn'],
  ['li bernoff', 'li-bernoff'],
  ['idic', 'idic'],
  ['starts data', 'starts'],
  ['gartner eight', 'gartner-competency-model'],
  ['ecrm disadvantages', 'ecrm-disadvantages'],
  ['trust commitment', 'relationship-attributes'],
  // Word order, possessives, "&" and "and".
  ['phases dwyer', 'dwyer-phases'],
  ["Dwyer's five phases", 'dwyer-phases'],
  ['payne & frow', 'five-crm-processes'],
  ['payne and frow framework', 'five-crm-processes'],
  ['processes payne frow', 'five-crm-processes'],
  // Typos.
  ['lifetime vaule', 'clv'],
  ['key acount managment', 'kam'],
  ['multichanel integration', 'multichannel-integration-process'],
  ['information managment process', 'information-management-process'],
  ['paine frow', 'five-crm-processes'],
  ['mcclellan needs', 'mcclelland-needs'],
  ['crosselling', 'cross-selling-up-selling'],
  // Acronyms and capitals.
  ['CLV', 'clv'],
  ['csf', 'critical-success-factors'],
  ['ihip', 'service-attributes'],
  ['KPIs', 'crm-metrics'],
  ['e-crm', 'ecrm'],
  // Partial words, plurals, spelling variants.
  ['dwyer', 'dwyer-phases'],
  ['relationship phases', 'dwyer-phases'],
  ['key accounts', 'key-account'],
  ['organizational culture', 'organisational-culture'],
  ['behavioral loyalty', 'behavioural-loyalty'],
  ['cocreation', 'co-creation'],
  ['data warehousing', 'data-warehouse'],
  ['six channels', 'channel-categories'],
  ['intangibility', 'service-attributes'],
  // By what the thing contains or means.
  ['attrition', 'churn'],
  ['groundswell', 'li-bernoff'],
  ['suppliers customers owners partners employees', 'scope'],
  ['shareable transportable', 'starts'],
  ['need for achievement', 'mcclelland-needs'],
  ['building blocks', 'gartner-competency-model'],
];

suite('Search index over the course pack', () => {
  const pack = realPack();
  const index = SearchIndex.fromPack(pack);
  const conceptIds = new Set(pack.concepts.map((c) => c.id));

  test('every expected concept in the query table exists in content/', () => {
    const missing = QUERIES.map(([, id]) => id).filter((id) => !conceptIds.has(id));
    assert.deepStrictEqual(missing, []);
  });

  for (const [query, expected] of QUERIES) {
    test(`"${query}" finds ${expected} first`, () => {
      const hits = index.search(query);
      const top = hits.slice(0, 3).map((h) => `${h.doc.kind}:${h.doc.id}`);
      assert.ok(hits.length > 0, `no result for "${query}"`);
      assert.strictEqual(hits[0].doc.kind, 'concept', `top hits: ${top.join(', ')}`);
      assert.strictEqual(hits[0].doc.id, expected, `top hits: ${top.join(', ')}`);
    });
  }

  test('the index holds one document per concept and card', () => {
    assert.strictEqual(index.size, pack.concepts.length + pack.cards.length);
  });

  test('nonsense finds nothing, and an empty query returns nothing', () => {
    assert.deepStrictEqual(index.search('xyzzy qwv'), []);
    assert.deepStrictEqual(index.search(''), []);
    assert.deepStrictEqual(index.search('  & !! '), []);
  });

  test('"dwyr phases" highlights "Dwyer" and "phases" in the term', () => {
    const hit = index.search('dwyr phases')[0];
    const marked = hit.titleHighlights.map(([s, e]) => hit.doc.title.slice(s, e));
    assert.deepStrictEqual(marked, ['Dwyer', 'phases']);
  });

  test('a concept found through its acronym names the alias that matched', () => {
    const hit = index.search('kam')[0];
    assert.strictEqual(hit.doc.title, 'Key account management');
    assert.strictEqual(hit.matchedAlias, 'KAM');
  });

  test('cards are found by what they ask, and point at their concept', () => {
    const cards = index.search('payne frow processes', { limit: 200 }).filter((h) => h.doc.kind === 'card');
    assert.ok(cards.length > 0, 'no card found');
    assert.ok(cards.every((h) => h.doc.conceptId && conceptIds.has(h.doc.conceptId)));
  });

  test('the cards of the concept searched for come before other concepts\' cards that mention it', () => {
    for (const query of ['kam', 'rfm']) {
      const cards = index.search(query, { limit: 30 }).filter((h) => h.doc.kind === 'card');
      const top = index.search(query, { limit: 1 })[0].doc.conceptId;
      const firstOther = cards.findIndex((h) => h.doc.conceptId !== top);
      const lastOwn = cards.map((h) => h.doc.conceptId).lastIndexOf(top);
      assert.ok(firstOther === -1 || lastOwn < firstOther, `${query}: ${cards.map((h) => h.doc.conceptId).join(', ')}`);
    }
  });

  test('limit caps the number of hits', () => {
    assert.strictEqual(index.search('customer', { limit: 5 }).length, 5);
  });
});

suite('Search index ranking and updates', () => {
  const concept: SearchDocument = { id: 'zebra-pricing', kind: 'concept', conceptId: 'zebra-pricing', title: 'Zebra pricing', definition: 'Pricing in stripes.' };
  const card: SearchDocument = { id: 'other/zebra', kind: 'card', conceptId: 'other', title: 'Zebra pricing', text: 'Zebra pricing' };

  test('a concept ranks above a card that matches equally', () => {
    for (const order of [[card, concept], [concept, card]]) {
      const hits = new SearchIndex(order).search('zebra pricing');
      assert.deepStrictEqual(hits.map((h) => h.doc.id), ['zebra-pricing', 'other/zebra']);
    }
  });

  test('the term outranks an alias, an alias outranks a definition', () => {
    const index = new SearchIndex([
      { id: 'in-definition', kind: 'concept', title: 'Alpha', definition: 'All about quokka care.' },
      { id: 'in-alias', kind: 'concept', title: 'Beta', aliases: ['quokka care plan'] },
      { id: 'in-term', kind: 'concept', title: 'Quokka care' },
    ]);
    assert.deepStrictEqual(index.search('quokka care').map((h) => h.doc.id), ['in-term', 'in-alias', 'in-definition']);
  });

  test('add() makes a new document findable without rebuilding, remove() drops it', () => {
    const index = SearchIndex.fromPack(realPack());
    const before = index.size;
    assert.ok(!index.search('quokkanomics').some((h) => h.doc.id === 'quokkanomics'));
    index.add([{ id: 'quokkanomics', kind: 'concept', title: 'Quokkanomics lecture', definition: 'Marsupial loyalty schemes and their churn.' }]);
    assert.strictEqual(index.size, before + 1);
    assert.strictEqual(index.search('quokanomics')[0].doc.id, 'quokkanomics'); // typo, via the new word
    assert.ok(index.search('marsupial').some((h) => h.doc.id === 'quokkanomics'));
    index.remove(['quokkanomics']);
    assert.strictEqual(index.size, before);
    assert.ok(!index.search('quokkanomics').some((h) => h.doc.id === 'quokkanomics'));
    assert.deepStrictEqual(index.search('marsupial'), []);
    assert.strictEqual(index.search('kam')[0].doc.id, 'kam', 'the pack is still searchable');
  });

  test('adding a document with a known id replaces it', () => {
    const index = new SearchIndex([{ id: 'n', kind: 'concept', title: 'Old wombat title' }]);
    index.add([{ id: 'n', kind: 'concept', title: 'New numbat title' }]);
    assert.strictEqual(index.size, 1);
    assert.deepStrictEqual(index.search('wombat'), []);
    assert.strictEqual(index.search('numbat')[0].doc.title, 'New numbat title');
  });

  test('removing an unknown id changes nothing', () => {
    const index = new SearchIndex([concept]);
    index.remove(['nope']);
    assert.strictEqual(index.search('zebra')[0].doc.id, 'zebra-pricing');
  });
});

suite('Search query normalisation', () => {
  test('lower case, no possessive, no "&" or "and"', () => {
    assert.deepStrictEqual(queryTokens("Payne & Frow's  processes"), ['payne', 'frow', 'processes']);
    assert.deepStrictEqual(queryTokens('Li and Bernoff'), ['li', 'bernoff']);
  });

  test('card Markdown becomes plain text', () => {
    assert.strictEqual(plainText('**Key** [account](https://x.y) `management`'), 'Key account management');
    assert.strictEqual(plainText('Dwyer puts {{exploration::a phase}} second.'), 'Dwyer puts exploration second.');
  });
});
