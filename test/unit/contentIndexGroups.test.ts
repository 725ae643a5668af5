// What the content index tells the views when a note changes: a note saved
// again in its group is no change of groups (the views then skip re-listing
// thousands of groups); a group appearing or going is one; the groups stay in
// title order either way, each as the index holds it now.

import * as assert from 'assert';
import { ContentChange } from '../../src/core/content/contentIndex';
import { freshFixtureIndex } from '../support/fixturePack';
import { beekeepingNotes, fileTopic, noteCard, noteContent, noteUri } from '../support/noteContent';

suite('Content index: changes of the groups of notes', () => {
  test('saving a note again in its own group changes its cards, not the groups', () => {
    const index = freshFixtureIndex();
    const notes = beekeepingNotes();
    index.setNote(notes.ownNote.uri, notes.ownNote.content);
    const changes: ContentChange[] = [];
    index.onDidChange((change) => changes.push(change));
    const again = { ...notes.ownNote.content, topic: fileTopic('journal.md'), cards: notes.journalCards.slice(1) };
    index.setNote(notes.ownNote.uri, again);
    assert.strictEqual(changes.length, 1);
    assert.strictEqual(changes[0].topicsChanged, false);
    assert.deepStrictEqual(changes[0].removedCards.map((c) => c.id), notes.journalCards.map((c) => c.id));
    assert.strictEqual(index.noteTopics[0], again.topic, 'the group as it is now');
  });

  test('a new group, a group gone and a note moving to another group are changes of the groups; titles stay in order', () => {
    const index = freshFixtureIndex();
    const notes = beekeepingNotes();
    const seen: boolean[] = [];
    index.onDidChange((change) => seen.push(change.topicsChanged));
    index.setNote(notes.ownNote.uri, notes.ownNote.content);
    const zebra = fileTopic('zebra.md');
    index.setNote(noteUri('zebra.md'), noteContent(zebra, [], [noteCard('notes:z', 'Z?', 'Zed', zebra, 'zebra.md', 1)]));
    index.setNote(notes.deckNote.uri, notes.deckNote.content);
    assert.deepStrictEqual(index.noteTopics.map((t) => t.title), ['bees/week3', 'journal', 'zebra']);
    const moved = { ...notes.ownNote.content, topic: notes.deck, cards: notes.journalCards.map((c) => ({ ...c, topic: notes.deck.id })), concepts: [] };
    index.setNote(notes.ownNote.uri, moved);
    assert.deepStrictEqual(index.noteTopics.map((t) => t.title), ['bees/week3', 'zebra']);
    index.setNote(noteUri('zebra.md'), undefined);
    assert.deepStrictEqual(seen, [true, true, true, true, true]);
    assert.deepStrictEqual(index.noteTopics.map((t) => t.title), ['bees/week3']);
  });
});
