// The search engine on a small made-up pack written here (farming, not CRM),
// so editing the course content cannot break these: ranking by field, typos,
// word order, acronyms and initials, joined words, spelling variants, concepts
// before cards, and an index that grows and shrinks after its first search.
// searchIndex.test.ts keeps the real-pack queries as the content's smoke test.

import * as assert from 'assert';
import { Card, Concept } from '../../src/core/content/model';
import { SearchIndex } from '../../src/core/search/searchIndex';

function concept(id: string, term: string, extra: Partial<Concept> = {}): Concept {
  return { id, term, topic: 'farming', aliases: [], acronyms: [], definition: '', details: '', parts: [], source: 'test', related: [], file: 'farming.md', line: 1, ...extra };
}

function card(id: string, conceptId: string, prompt: string, answer: string): Card {
  return { id, conceptId, topic: 'farming', source: 'test', kind: 'basic', prompt, answer, file: 'farming.md', line: 1 };
}

const part = (name: string) => ({ name, description: '' });

const PACK = {
  concepts: [
    concept('harvest-cycle', 'Harvest cycle phases', { aliases: ['HCP'], parts: [part('Sowing'), part('Growing'), part('Reaping')], definition: 'The stages a crop passes through from seed to store.' }),
    concept('cross-pollination', 'Cross-pollination', { definition: 'Pollen carried between plants of one species.' }),
    concept('crop-rotation', 'Crop rotation', { aliases: ['field rotation'], definition: 'Growing different crops on one field in turn.' }),
    concept('soil-health', 'Soil health', { definition: 'How well soil sustains plant and animal life.' }),
    concept('sail-repair', 'Sail repair', { definition: 'Mending the canvas of a windmill.' }),
    concept('ipm', 'Integrated pest management', { definition: 'Keeping pests below harmful levels with the least poison.' }),
    concept('cooperative', 'Organisational cooperative', { definition: 'Farmers who share machines and sell together.' }),
    // One made-up word, "quinoa", in every kind of field of a different document.
    concept('in-term', 'Quinoa yields'),
    concept('in-alias', 'Andean grain plan', { aliases: ['quinoa plan'] }),
    concept('in-part', 'Grain types', { parts: [part('Barley'), part('Quinoa')] }),
    concept('in-definition', 'Pseudocereals', { definition: 'Seeds such as quinoa eaten like grain.' }),
    concept('elsewhere', 'Terraces'),
  ],
  cards: [
    card('crop-rotation/why', 'crop-rotation', 'Why move crops between fields each year?', 'Rotation breaks pest cycles.'),
    card('soil-health/restore', 'soil-health', 'What restores tired fields?', 'Rotation and compost.'),
    card('elsewhere/quinoa', 'elsewhere', 'What grows on Andean terraces?', 'Potatoes and quinoa.'),
  ],
};

const index = SearchIndex.fromPack(PACK);
const ids = (query: string, limit?: number) => index.search(query, { limit }).map((h) => h.doc.id);
const top = (query: string) => index.search(query)[0]?.doc.id;

suite('Search engine on a synthetic pack: what finds a concept', () => {
  test('a typo in the term, in any word order', () => {
    assert.strictEqual(top('harvst cycle'), 'harvest-cycle');
    assert.strictEqual(top('phases harvest'), 'harvest-cycle');
    assert.strictEqual(top('harvest cyle phase'), 'harvest-cycle');
  });

  test('a plural or a singular of the written word', () => {
    assert.strictEqual(top('harvest phase'), 'harvest-cycle');
    assert.strictEqual(top('crop rotations'), 'crop-rotation');
  });

  test('an acronym alias, named in the result', () => {
    const hit = index.search('hcp')[0];
    assert.strictEqual(hit.doc.id, 'harvest-cycle');
    assert.strictEqual(hit.matchedAlias, 'HCP');
  });

  test('the initials of a term that has no alias', () => {
    assert.strictEqual(top('ipm'), 'ipm');
  });

  test('a hyphenated term written as one word, with or without a typo', () => {
    assert.strictEqual(top('crosspollination'), 'cross-pollination');
    assert.strictEqual(top('crospollination'), 'cross-pollination');
  });

  test('American spelling of a British term', () => {
    assert.strictEqual(top('organizational cooperative'), 'cooperative');
  });

  test('the name as far as typed', () => {
    assert.strictEqual(top('rota'), 'crop-rotation');
    assert.strictEqual(top('integrated pe'), 'ipm');
  });

  test('a part of a framework leads to the framework', () => {
    assert.strictEqual(top('reaping'), 'harvest-cycle');
  });

  test('a word spelt right is not taken for a typo of another; a misspelt one is', () => {
    assert.deepStrictEqual(ids('soil').filter((id) => id === 'sail-repair'), []);
    assert.strictEqual(top('soil'), 'soil-health');
    assert.strictEqual(top('soyl health'), 'soil-health');
  });

  test('words found nowhere find nothing', () => {
    assert.deepStrictEqual(ids('zzyzx'), []);
    assert.deepStrictEqual(ids('qwv xyzzy'), []);
  });
});

suite('Search engine on a synthetic pack: the order of results', () => {
  test('term, then alias, then part, then definition, then card text', () => {
    assert.deepStrictEqual(ids('quinoa'), ['in-term', 'in-alias', 'in-part', 'in-definition', 'elsewhere/quinoa']);
  });

  test('a concept that names every query word comes before one that names only some', () => {
    const hits = ids('crop rotation');
    assert.strictEqual(hits[0], 'crop-rotation');
    assert.ok(hits.indexOf('harvest-cycle') === -1 || hits.indexOf('harvest-cycle') > 0);
  });

  test('the cards of the concept searched for come before cards of other concepts that match as well', () => {
    const hits = index.search('rotation');
    assert.strictEqual(hits[0].doc.id, 'crop-rotation');
    const cards = hits.filter((h) => h.doc.kind === 'card').map((h) => h.doc.id);
    assert.deepStrictEqual(cards, ['crop-rotation/why', 'soil-health/restore']);
  });

  test('the title highlights mark the words found, typos included', () => {
    const hit = index.search('harvst phases')[0];
    assert.deepStrictEqual(hit.titleHighlights.map(([s, e]) => hit.doc.title.slice(s, e)), ['Harvest', 'phases']);
  });

  test('limit keeps the best hits', () => {
    assert.deepStrictEqual(ids('quinoa', 2), ['in-term', 'in-alias']);
  });
});

suite('Search engine on a synthetic pack: growing and shrinking after the first search', () => {
  test('a document added after searching is found, typos included, and gone once removed', () => {
    const grown = SearchIndex.fromPack(PACK);
    assert.deepStrictEqual(grown.search('vermiculture').map((h) => h.doc.id), []); // the first search builds fuse's shards
    grown.add([
      { id: 'worms', kind: 'concept', conceptId: 'worms', title: 'Vermiculture', definition: 'Worms turning waste into compost.' },
      { id: 'yurt', kind: 'concept', conceptId: 'yurt', title: 'Yurt farming', definition: 'Herding from felt tents.' }, // a letter no word began with
    ]);
    assert.strictEqual(grown.search('vermicultre')[0]?.doc.id, 'worms');
    assert.strictEqual(grown.search('yurrt')[0]?.doc.id, 'yurt');
    assert.ok(grown.search('compost').some((h) => h.doc.id === 'worms'));
    grown.remove(['worms', 'yurt']);
    assert.deepStrictEqual(grown.search('vermicultre').map((h) => h.doc.id), []);
    assert.deepStrictEqual(grown.search('yurrt').map((h) => h.doc.id), []);
    assert.deepStrictEqual(grown.search('compost').map((h) => h.doc.id), ['soil-health/restore'], 'a word other documents hold stays');
    assert.strictEqual(grown.search('harvst cycle')[0].doc.id, 'harvest-cycle');
  });
});
