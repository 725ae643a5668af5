// Search over the student's notes: their concepts and cards are found beside
// the pack's, say where they are written, and follow the notes as they change
// (documents out and in, no rebuild).

import * as assert from 'assert';
import { ContentChange } from '../../src/core/content/contentIndex';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { freshFixtureIndex } from '../support/fixturePack';
import { beekeepingNotes } from '../support/noteContent';

suite('Search: the student\'s notes', () => {
  test('an index built with notes present finds a note concept and a loose card, each with its note and line', () => {
    const index = freshFixtureIndex();
    const notes = beekeepingNotes();
    index.setNote(notes.deckNote.uri, notes.deckNote.content);
    const search = SearchIndex.fromPack(index);
    const [waggle] = search.search('waggle dance');
    assert.strictEqual(waggle.doc.id, notes.waggle.id);
    assert.deepStrictEqual(waggle.doc.note, { uri: notes.deckNote.uri, file: 'bees/week3.md', line: 3 });
    const glue = search.search('bee glue')[0];
    assert.strictEqual(glue.doc.id, notes.deckLoose.id);
    assert.strictEqual(glue.doc.kind, 'card');
    assert.strictEqual(glue.doc.conceptId, undefined, 'a loose card opens its note, not a concept');
    assert.deepStrictEqual(glue.doc.note, { uri: notes.deckNote.uri, file: 'bees/week3.md', line: 14 });
    assert.strictEqual(search.search('varroa')[0].doc.note, undefined, 'the pack\'s documents carry no note');
  });

  test('following the content\'s changes: a note added later is found, edited is found as it is now, deleted is gone', () => {
    const index = freshFixtureIndex();
    const notes = beekeepingNotes();
    const search = SearchIndex.fromPack(index);
    const size = search.size;
    const changes: ContentChange[] = [];
    index.onDidChange((change) => {
      changes.push(change);
      search.apply(change);
    });
    assert.deepStrictEqual(search.search('smoker').filter((h) => h.doc.note), []);
    index.setNote(notes.ownNote.uri, notes.ownNote.content);
    assert.strictEqual(search.search('smoker')[0].doc.id, notes.smoker.id);
    assert.strictEqual(search.search('nectar flow')[0].doc.id, notes.journalCards[1].id);
    assert.strictEqual(search.size, size + 3);

    const renamed = { ...notes.smoker, term: 'Bee smoker can', definition: 'Puffs cool smoke.' };
    index.setNote(notes.ownNote.uri, { ...notes.ownNote.content, concepts: [renamed] });
    assert.strictEqual(search.search('smoker can')[0].doc.title, 'Bee smoker can');
    assert.strictEqual(search.size, size + 3, 'replaced, not added twice');

    index.setNote(notes.ownNote.uri, undefined);
    assert.deepStrictEqual(search.search('smoker').filter((h) => h.doc.note), []);
    assert.deepStrictEqual(search.search('nectar flow').filter((h) => h.doc.note), []);
    assert.strictEqual(search.size, size);
    assert.strictEqual(changes.length, 3);
  });

  test('a card moved from one note to another in one batch is found once, in its new note', () => {
    const index = freshFixtureIndex();
    const notes = beekeepingNotes();
    index.setNote(notes.deckNote.uri, notes.deckNote.content);
    const search = SearchIndex.fromPack(index);
    index.onDidChange((change) => search.apply(change));
    const moved = { ...notes.deckLoose, uri: notes.ownNote.uri, file: 'journal.md', topic: notes.own.id, line: 30 };
    index.batch(() => {
      index.setNote(notes.deckNote.uri, { ...notes.deckNote.content, cards: [notes.waggleCard] });
      index.setNote(notes.ownNote.uri, { ...notes.ownNote.content, cards: [moved] });
    });
    const hits = search.search('bee glue').filter((h) => h.doc.id === moved.id);
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].doc.note?.file, 'journal.md');
  });
});

suite('Search: words that come and go as notes are edited', () => {
  test('a word no note holds any more is not offered for a typo; back again, it is found once; many edits later, still right', () => {
    // Enough words of one first letter that one gone word is marked in its shard rather than rebuilding it.
    const search = new SearchIndex([{ id: 'anchor', kind: 'concept', title: 'Zymurgy basics', definition: 'zeal zenith zinc zodiac zone zoom zebra zest zip zircon zucchini zoology' }]);
    const doc = (id: string, word: string) => ({ id, kind: 'card' as const, title: `Notes on ${word}`, text: 'kept short' });
    search.add([doc('c1', 'zephyrine')]);
    assert.strictEqual(search.search('zephyrin')[0]?.doc.id, 'c1', 'a typo finds it (fuse has its shard now)');
    search.remove(['c1']);
    assert.deepStrictEqual(search.search('zephyrin'), [], 'gone: not even by a typo');
    search.add([doc('c2', 'zephyrine')]);
    assert.deepStrictEqual(search.search('zephyrin').map((h) => h.doc.id), ['c2']);
    // Enough words gone for the shard to be rebuilt several times over.
    for (let i = 0; i < 40; i++) {
      search.add([doc(`t${i}`, `zorbit${String.fromCharCode(97 + (i % 26))}${i}`)]);
      search.remove([`t${i}`]);
    }
    assert.deepStrictEqual(search.search('zorbita0'), []);
    assert.deepStrictEqual(search.search('zephyrin').map((h) => h.doc.id), ['c2']);
    assert.strictEqual(search.search('zymurgi')[0]?.doc.id, 'anchor');
  });
});
