// The bundled course pack as a student gets it: complete, consistent, and in our own words.

import * as assert from 'assert';
import * as path from 'path';
import { CARD_KINDS, formatDiagnostic } from '../../src/core/content/model';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { compiledContent } from '../support/bundledPack';
import { contentFiles, findCopiedRuns, fixtureFiles, seedTexts, SEEDS_DIR } from '../support/wording';

const { pack, diagnostics } = compiledContent();
const index = new ContentIndex(pack);

suite('the bundled course pack', () => {
  test('compiles without a single diagnostic', () => {
    assert.deepStrictEqual(diagnostics.map(formatDiagnostic), []);
  });

  test('has at least 60 concepts and 200 cards', () => {
    assert.ok(pack.concepts.length >= 60, `${pack.concepts.length} concepts`);
    assert.ok(pack.cards.length >= 200, `${pack.cards.length} cards`);
  });

  test('uses every card kind', () => {
    const kinds = new Set(pack.cards.map((c) => c.kind));
    assert.deepStrictEqual(CARD_KINDS.filter((k) => !kinds.has(k)), []);
  });

  test('gives every concept at least one card', () => {
    assert.deepStrictEqual(pack.concepts.filter((c) => index.cardsOf(c.id).length === 0).map((c) => c.id), []);
  });

  test('has unique ids and related links that all resolve', () => {
    const ids = pack.concepts.map((c) => c.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    const cardIds = pack.cards.map((c) => c.id);
    assert.strictEqual(new Set(cardIds).size, cardIds.length);
    for (const concept of pack.concepts) for (const r of concept.related) assert.ok(index.concept(r), `${concept.id} -> ${r}`);
  });

  test('cites an author and a year for every concept', () => {
    const uncited = pack.concepts.filter((c) => !/\b(1[89]|20)\d\d[a-z]?\b/.test(c.source)).map((c) => `${c.id}: "${c.source}"`);
    assert.deepStrictEqual(uncited, []);
  });

  test('puts every concept in a topic, and topics in the order a student browses', () => {
    const topicIds = new Set(pack.topics.map((t) => t.id));
    assert.deepStrictEqual(pack.concepts.filter((c) => !topicIds.has(c.topic)).map((c) => c.id), []);
    assert.deepStrictEqual(pack.topics.slice(0, 2).map((t) => t.title), ['Foundations', "Payne & Frow's framework"]);
  });

  test('holds the frameworks of the course with their parts in order', () => {
    const parts = (id: string) => index.concept(id)?.parts.map((p) => p.name.toLowerCase());
    assert.deepStrictEqual(parts('scope')?.map((p) => p.split(/[\s(]/)[0]), ['suppliers', 'customers', 'owners', 'partners', 'employees']);
    assert.deepStrictEqual(parts('idic'), ['identify', 'differentiate', 'interact', 'customize']);
    assert.deepStrictEqual(parts('dwyer-phases'), ['awareness', 'exploration', 'expansion', 'commitment', 'dissolution']);
    assert.deepStrictEqual(parts('starts'), ['shareable', 'transportable', 'accurate', 'relevant', 'timely', 'secure']);
    assert.strictEqual(parts('five-crm-processes')?.length, 5);
    assert.strictEqual(parts('gartner-competency-model')?.length, 8);
    assert.strictEqual(parts('channel-categories')?.length, 6);
    assert.deepStrictEqual(parts('rfm')?.map((p) => p.split(' ')[0]), ['recency', 'frequency', 'monetary']);
  });

  test('makes KAM, SCOPE, RFM, CLV, IDIC and STARTS acronyms of their concepts', () => {
    for (const [acronym, id] of [['KAM', 'kam'], ['SCOPE', 'scope'], ['RFM', 'rfm'], ['CLV', 'clv'], ['IDIC', 'idic'], ['STARTS', 'starts']]) {
      assert.ok(index.concept(id)?.acronyms.includes(acronym), `${id} lacks ${acronym}`);
    }
  });

  test('has exactly one right answer on every multiple choice card', () => {
    for (const card of pack.cards.filter((c) => c.kind === 'multipleChoice')) {
      assert.strictEqual(card.choices?.filter((c) => c.correct).length, 1, card.id);
    }
  });

  test('repeats no run of 12 words from the course sources', function () {
    const seeds = seedTexts();
    if (!seeds) this.skip(); // Only where ../shared/seeds is checked out beside the repo (always in CI).
    const hits = findCopiedRuns(contentFiles(), seeds!);
    assert.deepStrictEqual(hits.map((h) => `${path.basename(h.file)}:${h.line}: ${h.words}`), [], `compared against ${SEEDS_DIR}`);
  });

  test('the test fixtures (notes, copied sets, exports) repeat no run of 12 words from the course sources either', function () {
    const seeds = seedTexts();
    if (!seeds) this.skip();
    const hits = findCopiedRuns(fixtureFiles(), seeds!);
    assert.deepStrictEqual(hits.map((h) => `${path.relative(path.join(__dirname, '..'), h.file)}:${h.line}: ${h.words}`), [], `compared against ${SEEDS_DIR}`);
  });
});

suite('the wording check itself', () => {
  test('finds a copied run of 12 words and names its line', () => {
    const seed = 'Customer relationship management is the core business strategy that integrates internal processes and functions today';
    const hits = findCopiedRuns([{ file: 'x.md', text: 'intro\nWe say: customer relationship management is the core business strategy that integrates internal processes and more' }], [seed]);
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].line, 2);
  });

  test('accepts the same idea in other words', () => {
    const seed = 'Customer relationship management is the core business strategy that integrates internal processes and functions today';
    assert.deepStrictEqual(findCopiedRuns([{ file: 'x.md', text: 'CRM is a central strategy of the firm that joins up its internal processes and functions.' }], [seed]), []);
  });
});
