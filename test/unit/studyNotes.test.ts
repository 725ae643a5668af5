// Studying the student's notes beside the pack: "My notes" and each deck or
// note as a filter, their cards in the due counts, loose cards (outside any
// concept) in the panel, and a session that follows a note being edited or
// deleted while it is open.

import * as assert from 'assert';
import { Card, MY_NOTES } from '../../src/core/content/model';
import { toCardView } from '../../src/core/study/flashcardView';
import { countDueCards, DueProgress, DueSnapshot, followContentChange } from '../../src/core/study/dueCounts';
import { ProgressStore } from '../../src/core/study/progressStore';
import { buildQueue, matchesFilter } from '../../src/core/study/reviewQueue';
import { ReviewSession } from '../../src/core/study/reviewSession';
import { ReviewRecord, Scheduler } from '../../src/core/study/scheduler';
import { yourNoteLabel } from '../../src/core/notes/noteLabels';
import { freshFixtureIndex } from '../support/fixturePack';
import { MemoryStore } from '../support/memoryStore';
import { beekeepingNotes, fixtureWithNotes } from '../support/noteContent';

const NOW = new Date(2025, 2, 10, 15, 0).getTime();
const HOUR = 3_600_000;
const scheduler = new Scheduler();

const withNotes = fixtureWithNotes;

function progress(records: Record<string, ReviewRecord>): DueProgress {
  const map = new Map(Object.entries(records));
  return { lookup: (id) => map.get(id), records: () => map.values() };
}

const dueAt = (due: number): ReviewRecord => ({ ...scheduler.grade(undefined, 'easy', NOW - 10 * 24 * HOUR), due });
const ids = (cards: readonly { id: string }[]) => cards.map((c) => c.id);

suite('Study: the student\'s notes as filters', () => {
  test('"My notes" takes every note\'s cards and none of the pack\'s; a deck, only its own', () => {
    const { index, notes } = withNotes();
    const all = index.cards;
    const mine = all.filter((c) => matchesFilter(c, { topicId: MY_NOTES }));
    assert.deepStrictEqual(ids(mine).sort(), ids([notes.waggleCard, notes.deckLoose, ...notes.journalCards]).sort());
    const deck = all.filter((c) => matchesFilter(c, { topicId: notes.deck.id }));
    assert.deepStrictEqual(ids(deck), ids([notes.waggleCard, notes.deckLoose]));
    assert.ok(all.filter((c) => matchesFilter(c, { topicId: 'colony' })).every((c) => !c.uri), 'a pack topic holds no note cards');
  });

  test('a due session over My notes shows due note cards first, then new ones, loose cards included', () => {
    const { index, notes } = withNotes();
    const records = new Map([[notes.deckLoose.id, dueAt(NOW - HOUR)]]);
    const queue = buildQueue(index.cards, (id) => records.get(id), { topicId: MY_NOTES, now: NOW, mode: 'due', newPerDay: 20, newToday: 0 });
    assert.strictEqual(queue.cards[0].id, notes.deckLoose.id);
    assert.strictEqual(queue.due, 1);
    assert.strictEqual(queue.fresh, 3);
    assert.ok(queue.cards.every((c) => c.uri));
  });

  test('a concept filter never takes the loose cards (their concept id is empty)', () => {
    const { index, notes } = withNotes();
    assert.deepStrictEqual(ids(index.cards.filter((c) => matchesFilter(c, { conceptId: notes.waggle.id }))), [notes.waggleCard.id]);
    assert.deepStrictEqual(index.cards.filter((c) => matchesFilter(c, { conceptId: '' })).length, index.cards.length, 'an empty concept id is no filter');
  });
});

suite('Due counts with the student\'s notes', () => {
  test('each group of notes and My notes have their own count; the total adds the notes to the pack once', () => {
    const { index, notes } = withNotes();
    const [colony] = index.cardsIn('colony');
    const counts = countDueCards(index, progress({
      [colony.id]: dueAt(NOW - HOUR),
      [notes.deckLoose.id]: dueAt(NOW - HOUR),
      [notes.journalCards[0].id]: dueAt(NOW - 2 * HOUR),
      [notes.journalCards[1].id]: dueAt(NOW + HOUR),
    }), NOW, 20);
    assert.strictEqual(counts.byTopic.get(notes.deck.id), 1);
    assert.strictEqual(counts.byTopic.get(notes.own.id), 1);
    assert.strictEqual(counts.byTopic.get(MY_NOTES), 2);
    assert.strictEqual(counts.byTopic.get('colony'), 1);
    assert.strictEqual(counts.due, 3);
  });

  test('new note cards count among the new cards of the day', () => {
    const { index } = withNotes();
    const packOnly = freshFixtureIndex();
    const unlimited = 10_000;
    assert.strictEqual(countDueCards(index, progress({}), NOW, unlimited).fresh, countDueCards(packOnly, progress({}), NOW, unlimited).fresh + 4);
  });

  test('without notes there is no My notes count (nothing to badge)', () => {
    assert.strictEqual(countDueCards(freshFixtureIndex(), progress({}), NOW, 20).byTopic.has(MY_NOTES), false);
  });
});

suite('Due counts following the notes, one change at a time', () => {
  const shape = (s: DueSnapshot) => ({ byTopic: [...s.byTopic].sort((a, b) => a[0].localeCompare(b[0])), due: s.due, fresh: s.fresh });

  test('after each save, move and delete the followed counts are the counts a full recount gives', () => {
    const index = freshFixtureIndex();
    const notes = beekeepingNotes();
    const [colony] = index.cardsIn('colony');
    const records = progress({
      [colony.id]: dueAt(NOW - HOUR),
      [notes.deckLoose.id]: dueAt(NOW - HOUR),
      [notes.waggleCard.id]: dueAt(NOW + HOUR),
      [notes.journalCards[0].id]: dueAt(NOW - 2 * HOUR),
    });
    const newPerDay = 3;
    let counts = countDueCards(index, records, NOW, newPerDay);
    let followed = 0;
    index.onDidChange((change) => {
      const next = followContentChange(counts, change, index, records, NOW);
      if (next) {
        followed++;
        counts = next;
      }
      assert.deepStrictEqual(shape(counts), shape(countDueCards(index, records, NOW, newPerDay)));
    });
    index.setNote(notes.deckNote.uri, notes.deckNote.content);
    index.setNote(notes.ownNote.uri, notes.ownNote.content);
    index.setNote(notes.ownNote.uri, { ...notes.ownNote.content, cards: notes.journalCards.slice(1) });
    index.setNote(notes.ownNote.uri, { ...notes.ownNote.content, cards: notes.journalCards.map((c) => ({ ...c, topic: notes.deck.id })), topic: notes.deck });
    index.setNote(notes.deckNote.uri, undefined);
    index.setNote(notes.ownNote.uri, undefined);
    assert.strictEqual(counts.byTopic.has(MY_NOTES), false);
    assert.ok(followed >= 5, 'each change moved a count');
  });

  test('a change that moves no count leaves the counts as they are (no redraw)', () => {
    const { index, notes } = withNotes();
    const records = progress({});
    const counts = countDueCards(index, records, NOW, 20);
    let next: DueSnapshot | undefined = counts;
    index.onDidChange((change) => (next = followContentChange(counts, change, index, records, NOW)));
    index.setNote(notes.ownNote.uri, { ...notes.ownNote.content, concepts: [{ ...notes.smoker, term: 'Bee smoker' }] });
    assert.strictEqual(next, undefined);
  });
});

suite('A session while the student edits their notes', () => {
  function session(index: ReturnType<typeof withNotes>['index']) {
    const store = ProgressStore.open(new MemoryStore(), 'p');
    return new ReviewSession<Card>(index.cards, store, scheduler, { topicId: MY_NOTES, mode: 'cram', shuffle: false, seed: 1, newPerDay: 20 }, () => NOW);
  }

  test('a deleted note\'s cards leave the session; the card on screen changes', () => {
    const { index, notes } = withNotes();
    const s = session(index);
    assert.strictEqual(s.current()?.id, notes.waggleCard.id);
    index.setNote(notes.deckNote.uri, undefined);
    assert.strictEqual(s.refreshCards((id) => index.card(id)), true);
    assert.strictEqual(s.current()?.id, notes.journalCards[0].id);
    assert.strictEqual(s.progress().remaining, notes.journalCards.length);
  });

  test('an edited card is shown as it is now; another note\'s change leaves the card on screen alone', async () => {
    const { index, notes } = withNotes();
    const s = session(index);
    index.setNote(notes.ownNote.uri, { ...notes.ownNote.content, cards: notes.journalCards.slice(1) });
    assert.strictEqual(s.refreshCards((id) => index.card(id)), false);
    const reworded = { ...notes.waggleCard, answer: 'The direction of the food, against the sun' };
    index.setNote(notes.deckNote.uri, { ...notes.deckNote.content, cards: [reworded, notes.deckLoose] });
    assert.strictEqual(s.refreshCards((id) => index.card(id)), true);
    assert.strictEqual(s.current()?.answer, reworded.answer);
    await s.grade('good');
    index.setNote(notes.deckNote.uri, undefined);
    s.refreshCards((id) => index.card(id));
    assert.strictEqual(s.canUndo, false, 'an undo would bring back a card that is gone');
  });
});

suite('A note card in the panel', () => {
  test('a loose card names no concept and says where it is written', () => {
    const { notes } = withNotes();
    const view = toCardView(notes.deckLoose, { topic: notes.deck, isNew: true, noteLabel: yourNoteLabel(notes.deckLoose) });
    assert.strictEqual(view.conceptId, '');
    assert.strictEqual(view.conceptTerm, '');
    assert.strictEqual(view.noteLabel, 'Your note · bees/week3.md:14');
    assert.strictEqual(view.topicTitle, 'bees/week3');
    assert.match(view.backHtml, /Propolis/);
  });

  test('a pack card carries no note label', () => {
    const index = freshFixtureIndex();
    const card = index.cards[0];
    assert.strictEqual(toCardView(card, { concept: index.concept(card.conceptId), isNew: false }).noteLabel, undefined);
  });
});
