// A study session as the student lives it: grade, see the next card, undo,
// cram without touching the schedule, end with a summary.
import * as assert from 'assert';
import { ProgressStore } from '../../src/core/study/progressStore';
import { QueueCard } from '../../src/core/study/reviewQueue';
import { ReviewSession } from '../../src/core/study/reviewSession';
import { newRecord, Scheduler } from '../../src/core/study/scheduler';
import { DAY, describeDue, HOUR, MINUTE } from '../../src/core/study/time';
import { MemoryStore } from '../support/memoryStore';

const T0 = new Date(2025, 2, 10, 9, 0).getTime();

const pack: QueueCard[] = Array.from({ length: 5 }, (_, i) => ({ id: `c/${i}`, topic: i < 3 ? 'a' : 'b', conceptId: 'c' }));

function setup(mode: 'due' | 'cram' = 'due', now = T0) {
  const kv = new MemoryStore();
  const store = ProgressStore.open(kv, 'p');
  const session = new ReviewSession(pack, store, new Scheduler(), { mode, shuffle: false, seed: 1, newPerDay: 20 }, () => now);
  return { kv, store, session };
}

suite('review session', () => {
  test('Good on a new card stores a record and shows the next card', async () => {
    const { store, session } = setup();
    assert.strictEqual(session.current()?.id, 'c/0');
    await session.grade('good');
    assert.ok(store.get('c/0'));
    assert.strictEqual(session.current()?.id, 'c/1');
    assert.deepStrictEqual(session.progress(), { done: 1, remaining: 5 }, 'a learning card comes back in the session');
  });

  test('Easy on a new card graduates it: it does not come back today', async () => {
    const { session } = setup();
    await session.grade('easy');
    assert.deepStrictEqual(session.progress(), { done: 1, remaining: 4 });
  });

  test('undo restores the exact previous record, the card and the counts', async () => {
    const { store, session } = setup();
    await session.grade('easy');
    const before = JSON.parse(JSON.stringify(store.get('c/0')));
    // Come back to c/0 as a due review later and lapse it, then undo.
    const later = new ReviewSession(pack, store, new Scheduler(), { mode: 'due', shuffle: false, seed: 1, newPerDay: 20 }, () => before.due + 1);
    assert.strictEqual(later.current()?.id, 'c/0');
    await later.grade('again');
    assert.notDeepStrictEqual(store.get('c/0'), before);
    assert.strictEqual(await later.undo().then((c) => c?.id), 'c/0');
    assert.deepStrictEqual(store.get('c/0'), before);
    assert.strictEqual(later.current()?.id, 'c/0');
    assert.strictEqual(later.progress().done, 0);
    assert.strictEqual(later.canUndo, false);
  });

  test('undo of a first grade removes the record entirely (the card is new again)', async () => {
    const { store, session } = setup();
    await session.grade('good');
    await session.undo();
    assert.strictEqual(store.get('c/0'), undefined);
    assert.deepStrictEqual(store.log(), []);
  });

  test('cram changes no schedule, and a missed card comes back at the end', async () => {
    const { store, session } = setup('cram');
    await session.grade('again');
    await session.grade('good');
    assert.strictEqual(store.get('c/0'), undefined);
    assert.strictEqual(store.get('c/1'), undefined);
    assert.deepStrictEqual(session.progress(), { done: 2, remaining: 4 });
    assert.strictEqual(session.intervals(), undefined, 'no intervals to show in cram');
    assert.strictEqual(store.log().every((e) => e.cram), true);
  });

  test('the intervals shown are those of the card on screen: a reviewed card\'s, then a new card\'s', async () => {
    const { store, session } = setup();
    await session.grade('easy'); // c/0 graduates and is due again days later
    const reviewed = store.get('c/0')!;
    const now = reviewed.due;
    const later = new ReviewSession(pack, store, new Scheduler(), { mode: 'due', shuffle: false, seed: 1, newPerDay: 20 }, () => now);
    const preview = new Scheduler();

    assert.strictEqual(later.current()?.id, 'c/0');
    const onReview = later.intervals()!;
    assert.deepStrictEqual(onReview, preview.preview(reviewed, now));
    assert.ok(onReview.good.ms >= DAY, `Good on a reviewed card goes days ahead, not ${onReview.good.label}`);

    await later.grade('easy');
    assert.strictEqual(later.current()?.id, 'c/1');
    const onNew = later.intervals()!;
    assert.deepStrictEqual(onNew, preview.preview(undefined, now));
    assert.ok(onNew.good.ms < HOUR, `Good on a new card is a learning step, not ${onNew.good.label}`);
  });

  test('the outlook names the next due time and counts what is due tomorrow, in the filter only', async () => {
    const kv = new MemoryStore();
    const store = ProgressStore.open(kv, 'p');
    // T0 is Monday 10 March, 09:00 local time.
    await store.setMany([
      ['c/0', newRecord(T0 + 9 * MINUTE)],
      ['c/1', newRecord(new Date(2025, 2, 11, 0, 0).getTime())], // tomorrow, first minute
      ['c/2', newRecord(new Date(2025, 2, 11, 23, 59).getTime())], // tomorrow, last minute
      ['c/3', newRecord(new Date(2025, 2, 11, 12, 0).getTime())], // tomorrow, but topic b
      ['c/4', newRecord(new Date(2025, 2, 12, 0, 0).getTime())], // the day after
    ]);
    let clock = T0;
    const options = { mode: 'due' as const, shuffle: false, seed: 1, newPerDay: 20 };
    const all = new ReviewSession(pack, store, new Scheduler(), options, () => clock);
    const topicA = new ReviewSession(pack, store, new Scheduler(), { ...options, topicId: 'a' }, () => clock);

    assert.deepStrictEqual(all.outlook(), { nextDue: T0 + 9 * MINUTE, dueTomorrow: 3 });
    assert.deepStrictEqual(topicA.outlook(), { nextDue: T0 + 9 * MINUTE, dueTomorrow: 2 });
    assert.strictEqual(describeDue(all.outlook().nextDue!, clock), 'in 9 minutes');

    clock += 10 * MINUTE; // c/0 is due now, so the next one is tomorrow's
    assert.deepStrictEqual(topicA.outlook(), { nextDue: new Date(2025, 2, 11, 0, 0).getTime(), dueTomorrow: 2 });
    assert.strictEqual(describeDue(topicA.outlook().nextDue!, clock), 'tomorrow');
  });

  test('the next-due wording counts calendar days, not 24-hour spans', () => {
    assert.strictEqual(describeDue(T0 + 3 * HOUR, T0), 'in 3 hours');
    assert.strictEqual(describeDue(new Date(2025, 2, 11, 9).getTime(), T0), 'tomorrow');
    // Late on the 10th, 01:00 on the 14th is just over three 24-hour spans away, but four days on the calendar.
    assert.strictEqual(describeDue(new Date(2025, 2, 14, 1).getTime(), new Date(2025, 2, 10, 23).getTime()), 'in 4 days');
  });

  test('restored stats carry the progress bar over a reload', () => {
    const kv = new MemoryStore();
    const store = ProgressStore.open(kv, 'p');
    const stats = { reviewed: 3, again: 1, hard: 0, good: 2, easy: 0 };
    const session = new ReviewSession(pack, store, new Scheduler(), { mode: 'due', shuffle: false, seed: 1, newPerDay: 20, stats }, () => T0);
    assert.strictEqual(session.progress().done, 3);
  });
});
