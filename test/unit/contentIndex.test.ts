// Loading the compiled pack: a malformed dist/content.json is refused with a
// readable reason (the extension then reports it and shows an empty sidebar),
// never half-loaded into features that trust its shape.

import * as assert from 'assert';
import { ContentIndex } from '../../src/core/content/contentIndex';

const goodConcept = { id: 'kam', term: 'Key account management', topic: 't', aliases: [], acronyms: ['KAM'], definition: 'Serving the biggest customers.', details: '', parts: [], source: 'X (2001)', related: [], file: 'f.md', line: 1 };
const pack = (concepts: unknown[]) => JSON.stringify({ version: 1, topics: [{ id: 't', title: 'T', order: 1, summary: '', file: 'f.md', line: 1 }], concepts, cards: [] });

suite('Loading the compiled pack', () => {
  test('a well-formed pack loads with its look-ups', () => {
    const index = ContentIndex.fromJson(pack([goodConcept]));
    assert.strictEqual(index.concept('kam')?.term, 'Key account management');
    assert.deepStrictEqual(index.conceptsIn('t').map((c) => c.id), ['kam']);
  });

  test('a concept without its aliases, acronyms, parts, related or definition is refused by name', () => {
    for (const field of ['aliases', 'acronyms', 'parts', 'related', 'definition']) {
      const broken = { ...goodConcept, [field]: undefined };
      assert.throws(() => ContentIndex.fromJson(pack([broken])), /malformed concept \{"id":"kam"/, field);
    }
  });

  test('another version or a missing list is refused with the reason', () => {
    assert.throws(() => ContentIndex.fromJson(JSON.stringify({ version: 2 })), /unsupported content version 2/);
    assert.throws(() => ContentIndex.fromJson(JSON.stringify({ version: 1, topics: [], concepts: [] })), /no "cards" array/);
  });
});
