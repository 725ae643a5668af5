// A study session as the student lives it: grade, see the next card, undo,
// cram without touching the schedule, end with a summary.
import * as assert from 'assert';
import { ProgressStore } from '../../src/core/study/progressStore';
import { QueueCard } from '../../src/core/study/reviewQueue';
import { describeDue, ReviewSession } from '../../src/core/study/reviewSession';
import { Scheduler } from '../../src/core/study/scheduler';
import { MemoryStore } from '../support/memoryStore';

const T0 = new Date(2025, 2, 10, 9, 0).getTime();

const pack: QueueCard[] = Array.from({ length: 5 }, (_, i) => ({ id: `c/${i}`, topic: i < 3 ? 'a' : 'b', conceptId: 'c' }));

function setup(mode: 'due' | 'cram' = 'due', now = T0) {
  const kv = new MemoryStore();
  const store = ProgressStore.open(kv, 'p');
  let clock = now;
  const session = new ReviewSession(pack, store, new Scheduler(), { mode, shuffle: false, seed: 1, newPerDay: 20 }, () => clock);
  return { kv, store, session, tick: (ms: number) => (clock += ms) };
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
    const { store, session, tick } = setup();
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
    tick(0);
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

  test('the intervals shown are those of the card on screen', () => {
    const { session } = setup();
    const p = session.intervals()!;
    assert.strictEqual(p.again.label, '<1m');
  });

  test('the outlook names the next due time and what is due tomorrow', async () => {
    const { session } = setup();
    for (let i = 0; i < 5; i++) await session.grade('easy');
    assert.strictEqual(session.current(), undefined);
    const outlook = session.outlook();
    assert.ok(outlook.nextDue && outlook.nextDue > T0);
    assert.strictEqual(describeDue(T0 + 9 * 60_000, T0), 'in 9 minutes');
    assert.strictEqual(describeDue(new Date(2025, 2, 11, 9).getTime(), T0), 'tomorrow');
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
