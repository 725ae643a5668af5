// The ContentIndex as notes come and go: each note's part replaced on its own,
// every look-up (by id, by topic, by concept, MY_NOTES) following it, groups of
// notes appearing and disappearing, one change event per batch, and an order
// that does not depend on the order the notes were indexed in.

import * as assert from 'assert';
import { ContentChange, ContentIndex } from '../../src/core/content/contentIndex';
import { MY_NOTES } from '../../src/core/content/model';
import { deckTopic, fileTopic, noteCard, noteConcept, noteUri, noteWithCards, tinyPack } from '../support/noteFixtures';

function index(): { content: ContentIndex; changes: ContentChange[] } {
  const content = new ContentIndex(tinyPack());
  const changes: ContentChange[] = [];
  content.onDidChange((change) => changes.push(change));
  return { content, changes };
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

suite('ContentIndex with notes', () => {
  test("a note's cards and concepts are found by id, by topic, by concept and under My notes, after the pack's", () => {
    const { content } = index();
    const topic = fileTopic('week3.md', 'Week 3');
    const concept = noteConcept('Churn', topic, 'week3.md');
    const card = noteCard('churn-what', topic, 'week3.md', { conceptId: concept.id });
    const loose = noteCard('rfm', topic, 'week3.md');
    content.setNote(noteUri('week3.md'), { topic, concepts: [concept], cards: [card, loose] });

    assert.strictEqual(content.card('notes:churn-what'), card);
    assert.strictEqual(content.concept(concept.id), concept);
    assert.strictEqual(content.topic(topic.id), topic);
    assert.deepStrictEqual(ids(content.cardsIn(topic.id)), ['notes:churn-what', 'notes:rfm']);
    assert.deepStrictEqual(ids(content.cardsOf(concept.id)), ['notes:churn-what']);
    assert.deepStrictEqual(ids(content.conceptsIn(topic.id)), [concept.id]);
    assert.deepStrictEqual(ids(content.cardsIn(MY_NOTES)), ['notes:churn-what', 'notes:rfm']);
    assert.deepStrictEqual(ids(content.conceptsIn(MY_NOTES)), [concept.id]);
    assert.deepStrictEqual(ids(content.cards), ['kam-what', 'notes:churn-what', 'notes:rfm']);
    assert.deepStrictEqual(ids(content.concepts), ['kam', concept.id]);
    assert.deepStrictEqual(ids(content.topics), ['basics', topic.id]);
    assert.deepStrictEqual(ids(content.cardsIn('basics')), ['kam-what'], 'the pack topic keeps its own cards only');
  });

  test("replacing a note drops its old cards from every look-up and reports both sides in one event", () => {
    const { content, changes } = index();
    const uri = noteUri('week3.md');
    content.setNote(uri, noteWithCards('week3.md', ['a', 'b']));
    changes.length = 0;
    content.setNote(uri, noteWithCards('week3.md', ['b', 'c']));

    assert.strictEqual(content.card('notes:a'), undefined);
    assert.deepStrictEqual(ids(content.cardsIn(MY_NOTES)), ['notes:b', 'notes:c']);
    assert.deepStrictEqual(ids(content.cardsIn(fileTopic('week3.md').id)), ['notes:b', 'notes:c']);
    assert.strictEqual(changes.length, 1);
    assert.deepStrictEqual(ids(changes[0].removedCards), ['notes:a', 'notes:b']);
    assert.deepStrictEqual(ids(changes[0].addedCards), ['notes:b', 'notes:c']);
    assert.strictEqual(changes[0].topicsChanged, false, 'the same group before and after');
  });

  test('removing the last note of a group removes the group; a deck stays while one of its notes remains', () => {
    const { content, changes } = index();
    const deckA = deckTopic('crm/week3', 'a.md');
    const deckB = deckTopic('crm/week3', 'b.md');
    content.setNote(noteUri('a.md'), noteWithCards('a.md', ['a1'], deckA));
    content.setNote(noteUri('b.md'), noteWithCards('b.md', ['b1'], deckB));
    assert.deepStrictEqual(ids(content.noteTopics), [deckA.id]);
    assert.deepStrictEqual(ids(content.cardsIn(deckA.id)), ['notes:a1', 'notes:b1']);
    changes.length = 0;

    content.setNote(noteUri('a.md'), undefined);
    assert.deepStrictEqual(ids(content.noteTopics), [deckA.id], 'b.md is still in the deck');
    assert.strictEqual(content.topic(deckA.id), deckB, "the deck is shown with a remaining note's group, not the removed one's");
    assert.deepStrictEqual(ids(content.cardsIn(deckA.id)), ['notes:b1']);
    assert.strictEqual(changes[0].topicsChanged, false);

    content.setNote(noteUri('b.md'), undefined);
    assert.deepStrictEqual(content.noteTopics, []);
    assert.strictEqual(content.topic(deckA.id), undefined);
    assert.deepStrictEqual(ids(content.topics), ['basics']);
    assert.deepStrictEqual(content.cardsIn(deckA.id), []);
    assert.deepStrictEqual(content.cardsIn(MY_NOTES), []);
    assert.strictEqual(changes[1].topicsChanged, true);
    assert.deepStrictEqual(ids(content.cards), ['kam-what']);
  });

  test('a note that moves to another deck leaves the old group and joins the new one', () => {
    const { content, changes } = index();
    const uri = noteUri('a.md');
    content.setNote(uri, noteWithCards('a.md', ['x'], deckTopic('week3', 'a.md')));
    changes.length = 0;
    content.setNote(uri, noteWithCards('a.md', ['x'], deckTopic('week4', 'a.md')));
    assert.deepStrictEqual(ids(content.noteTopics), ['notes:deck/week4']);
    assert.deepStrictEqual(content.cardsIn('notes:deck/week3'), []);
    assert.deepStrictEqual(ids(content.cardsIn('notes:deck/week4')), ['notes:x']);
    assert.strictEqual(changes[0].topicsChanged, true);
  });

  test('groups of notes are listed by title after the pack, and a retitled group moves to its new place', () => {
    const { content, changes } = index();
    content.setNote(noteUri('z.md'), noteWithCards('z.md', ['z'], fileTopic('z.md', 'Almost first')));
    content.setNote(noteUri('m.md'), noteWithCards('m.md', ['m'], fileTopic('m.md', 'Middle')));
    content.setNote(noteUri('a.md'), noteWithCards('a.md', ['a'], fileTopic('a.md', 'Zebra')));
    assert.deepStrictEqual(content.topics.map((t) => t.title), ['Basics', 'Almost first', 'Middle', 'Zebra']);
    changes.length = 0;

    content.setNote(noteUri('a.md'), noteWithCards('a.md', ['a'], fileTopic('a.md', 'Aardvark')));
    assert.deepStrictEqual(content.noteTopics.map((t) => t.title), ['Aardvark', 'Almost first', 'Middle']);
    assert.strictEqual(content.topic(fileTopic('a.md').id)!.title, 'Aardvark');
    assert.strictEqual(changes[0].topicsChanged, true, 'the sidebar must hear that the group was retitled');
  });

  test('notes are listed in the order of their keys, whatever order they were indexed or re-indexed in', () => {
    const forward = new ContentIndex(tinyPack());
    const backward = new ContentIndex(tinyPack());
    const files = ['a.md', 'b.md', 'c.md'];
    for (const file of files) forward.setNote(noteUri(file), noteWithCards(file, [file[0]]));
    for (const file of [...files].reverse()) backward.setNote(noteUri(file), noteWithCards(file, [file[0]]));
    assert.deepStrictEqual(ids(forward.noteCards), ['notes:a', 'notes:b', 'notes:c']);
    assert.deepStrictEqual(ids(backward.noteCards), ids(forward.noteCards));

    forward.setNote(noteUri('a.md'), noteWithCards('a.md', ['a2']));
    assert.deepStrictEqual(ids(forward.noteCards), ['notes:a2', 'notes:b', 'notes:c'], 'a saved note keeps its place');
    const deck = deckTopic('d', 'a.md');
    for (const file of ['c.md', 'a.md']) forward.setNote(noteUri(file), noteWithCards(file, [`${file[0]}d`], { ...deck, file }));
    assert.deepStrictEqual(ids(forward.cardsIn(deck.id)), ['notes:ad', 'notes:cd']);
  });

  test('one batch of many notes is one event; a change that changes nothing is none', () => {
    const { content, changes } = index();
    content.batch(() => {
      for (let i = 0; i < 20; i++) content.setNote(noteUri(`n${i}.md`), noteWithCards(`n${i}.md`, [`c${i}`]));
    });
    assert.strictEqual(changes.length, 1);
    assert.strictEqual(changes[0].addedCards.length, 20);
    assert.strictEqual(content.version, 1);

    content.setNote(noteUri('never-seen.md'), undefined);
    content.setNote(noteUri('empty.md'), { topic: fileTopic('empty.md'), concepts: [], cards: [] });
    assert.strictEqual(changes.length, 1, 'removing an unknown note or adding an empty one tells nobody');
    assert.strictEqual(content.version, 1);
    assert.strictEqual(content.note(noteUri('empty.md')), undefined);
  });

  test('a list read before a change is a snapshot: the change does not alter it', () => {
    const { content } = index();
    content.setNote(noteUri('a.md'), noteWithCards('a.md', ['a']));
    const cards = content.cards;
    const mine = content.cardsIn(MY_NOTES);
    const topics = content.topics;
    content.setNote(noteUri('b.md'), noteWithCards('b.md', ['b']));
    assert.deepStrictEqual(ids(cards), ['kam-what', 'notes:a']);
    assert.deepStrictEqual(ids(mine), ['notes:a']);
    assert.strictEqual(topics.length, 2);
    assert.deepStrictEqual(ids(content.cardsIn(MY_NOTES)), ['notes:a', 'notes:b']);
  });

  test("a note's concept cards follow their concept; removing the note empties cardsOf", () => {
    const { content } = index();
    const topic = fileTopic('a.md');
    const concept = noteConcept('Churn', topic, 'a.md');
    const uri = noteUri('a.md');
    content.setNote(uri, { topic, concepts: [concept], cards: [noteCard('c1', topic, 'a.md', { conceptId: concept.id }), noteCard('c2', topic, 'a.md', { conceptId: concept.id })] });
    assert.deepStrictEqual(ids(content.cardsOf(concept.id)), ['notes:c1', 'notes:c2']);
    content.setNote(uri, undefined);
    assert.deepStrictEqual(content.cardsOf(concept.id), []);
    assert.strictEqual(content.concept(concept.id), undefined);
    assert.deepStrictEqual(ids(content.cardsOf('kam')), ['kam-what'], "the pack's concept keeps its card");
  });
});
