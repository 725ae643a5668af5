// Which cards a study session shows, and in what order.
import * as assert from 'assert';
import { buildQueue, newCardsIntroducedOn, QueueCard } from '../../src/core/study/reviewQueue';
import { startOfLocalDay } from '../../src/core/study/time';
import { newRecord, ReviewRecord, Scheduler } from '../../src/core/study/scheduler';

const NOW = new Date(2025, 2, 10, 15, 0).getTime();
const HOUR = 3_600_000;
const scheduler = new Scheduler();

function cards(n: number, topic = 't1', conceptId = 'c1'): QueueCard[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${topic}/${conceptId}/${i}`, topic, conceptId }));
}

function reviewed(due: number, firstReview = NOW - 10 * 24 * HOUR): ReviewRecord {
  return { ...scheduler.grade(undefined, 'easy', firstReview), due, firstReview };
}

suite('review queue', () => {
  test('due cards come first, most overdue first, then new cards in pack order', () => {
    const pack = cards(5);
    const progress = new Map<string, ReviewRecord>([
      [pack[3].id, reviewed(NOW - HOUR)],
      [pack[1].id, reviewed(NOW - 5 * HOUR)],
      [pack[4].id, reviewed(NOW + HOUR)], // not due yet
    ]);
    const q = buildQueue(pack, (id) => progress.get(id), { now: NOW, mode: 'due', newPerDay: 20, newToday: 0 });
    assert.deepStrictEqual(q.cards.map((c) => c.id), [pack[1].id, pack[3].id, pack[0].id, pack[2].id]);
    assert.strictEqual(q.due, 2);
    assert.strictEqual(q.fresh, 2);
  });

  test('new cards stop at the per-day limit, counting those already introduced today', () => {
    const pack = cards(30);
    const q = buildQueue(pack, () => undefined, { now: NOW, mode: 'due', newPerDay: 20, newToday: 15 });
    assert.strictEqual(q.fresh, 5);
    const none = buildQueue(pack, () => undefined, { now: NOW, mode: 'due', newPerDay: 20, newToday: 25 });
    assert.strictEqual(none.cards.length, 0);
  });

  test('the new-card limit does not hold back due reviews', () => {
    const pack = cards(3);
    const progress = new Map(pack.map((c) => [c.id, reviewed(NOW - HOUR)] as const));
    const q = buildQueue(pack, (id) => progress.get(id), { now: NOW, mode: 'due', newPerDay: 0, newToday: 0 });
    assert.strictEqual(q.cards.length, 3);
  });

  test('a card queued for review (due now, never graded) is due, outside the new limit', () => {
    const pack = cards(2);
    const progress = new Map([[pack[1].id, newRecord(NOW - 1)]]);
    const q = buildQueue(pack, (id) => progress.get(id), { now: NOW, mode: 'due', newPerDay: 0, newToday: 0 });
    assert.deepStrictEqual(q.cards.map((c) => c.id), [pack[1].id]);
  });

  test('"new today" counts first reviews on the local calendar day only', () => {
    const today = startOfLocalDay(NOW);
    const records = [reviewed(NOW, today + 1000), reviewed(NOW, today + 20 * HOUR), reviewed(NOW, today - 1000)];
    assert.strictEqual(newCardsIntroducedOn(records, NOW), 2);
  });

  test('a topic or concept filter keeps only its cards; the concept wins over the topic', () => {
    const pack = [...cards(3, 'relationships', 'dwyer'), ...cards(2, 'foundations', 'crm'), ...cards(2, 'relationships', 'trust')];
    const byTopic = buildQueue(pack, () => undefined, { now: NOW, mode: 'due', newPerDay: 99, newToday: 0, topicId: 'relationships' });
    assert.strictEqual(byTopic.cards.length, 5);
    assert.ok(byTopic.cards.every((c) => c.topic === 'relationships'));
    const byConcept = buildQueue(pack, () => undefined, { now: NOW, mode: 'due', newPerDay: 99, newToday: 0, topicId: 'foundations', conceptId: 'dwyer' });
    assert.deepStrictEqual(byConcept.cards.map((c) => c.conceptId), ['dwyer', 'dwyer', 'dwyer']);
  });

  test('cram takes every card of the filter, due or not, new or not, beyond the limit', () => {
    const pack = cards(25);
    const progress = new Map([[pack[0].id, reviewed(NOW + 30 * 24 * HOUR)]]);
    const q = buildQueue(pack, (id) => progress.get(id), { now: NOW, mode: 'cram', newPerDay: 5, newToday: 5 });
    assert.strictEqual(q.cards.length, 25);
  });

  test('shuffle reorders, reproducibly for a seed, and keeps due cards ahead of new ones', () => {
    const pack = cards(40);
    const progress = new Map(pack.slice(0, 10).map((c) => [c.id, reviewed(NOW - HOUR)] as const));
    const options = { now: NOW, mode: 'due' as const, newPerDay: 30, newToday: 0, shuffle: true, seed: 7 };
    const a = buildQueue(pack, (id) => progress.get(id), options).cards.map((c) => c.id);
    const b = buildQueue(pack, (id) => progress.get(id), options).cards.map((c) => c.id);
    const c = buildQueue(pack, (id) => progress.get(id), { ...options, seed: 8 }).cards.map((x) => x.id);
    assert.deepStrictEqual(a, b);
    assert.notDeepStrictEqual(a, c);
    assert.notDeepStrictEqual(a, [...pack.slice(0, 10), ...pack.slice(10)].map((x) => x.id));
    assert.ok(a.slice(0, 10).every((id) => progress.has(id)), 'the 10 due cards come first');
    assert.strictEqual(new Set(a).size, a.length);
  });
});
