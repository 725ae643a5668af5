// The "N due" badges of the Concepts view and the status bar's due and new
// counts, on the synthetic fixture pack with progress held in a map.
import * as assert from 'assert';
import { countDueCards, DueProgress, readinessOf, sameDueCounts } from '../../src/core/study/dueCounts';
import { ReviewRecord, Scheduler } from '../../src/core/study/scheduler';
import { fixtureIndex } from '../support/fixturePack';

const pack = fixtureIndex();
const NOW = new Date(2025, 2, 10, 15, 0).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const scheduler = new Scheduler();

function reviewed(due: number, firstReview = NOW - 10 * DAY): ReviewRecord {
  return { ...scheduler.grade(undefined, 'easy', firstReview), due, firstReview };
}

function progress(records: Record<string, ReviewRecord>): DueProgress {
  const map = new Map(Object.entries(records));
  return { lookup: (id) => map.get(id), records: () => map.values() };
}

const cardsIn = (topic: string) => pack.cardsIn(topic).map((c) => c.id);

suite('due counts', () => {
  test('a card due now counts in its own topic and in the total; one due later does not', () => {
    const [colony1, colony2] = cardsIn('colony');
    const [health1] = cardsIn('health');
    const counts = countDueCards(pack, progress({ [colony1]: reviewed(NOW - HOUR), [colony2]: reviewed(NOW - DAY), [health1]: reviewed(NOW + HOUR) }), NOW, 20);
    assert.deepStrictEqual([...counts.byTopic], [['colony', 2], ['health', 0], ['harvest', 0]]);
    assert.strictEqual(counts.due, 2);
  });

  test('every topic has a count, in the pack\'s topic order, even with nothing studied', () => {
    const counts = countDueCards(pack, progress({}), NOW, 20);
    assert.deepStrictEqual([...counts.byTopic.keys()], pack.topics.map((t) => t.id));
    assert.strictEqual(counts.due, 0);
  });

  test('cards never studied are not due; they are offered as new up to the day\'s limit', () => {
    assert.strictEqual(pack.cards.length, 18);
    assert.strictEqual(countDueCards(pack, progress({}), NOW, 20).fresh, 18, 'fewer new cards than the limit: all of them');
    assert.strictEqual(countDueCards(pack, progress({}), NOW, 5).fresh, 5);
    assert.strictEqual(countDueCards(pack, progress({}), NOW, 0).fresh, 0);
  });

  test('new cards first studied today use up the day\'s limit; those studied on earlier days do not', () => {
    const [a, b, c] = cardsIn('colony');
    const today = progress({ [a]: reviewed(NOW + DAY, NOW - HOUR), [b]: reviewed(NOW + DAY, NOW - 2 * HOUR) });
    assert.strictEqual(countDueCards(pack, today, NOW, 5).fresh, 3);
    const yesterday = progress({ [a]: reviewed(NOW + DAY, NOW - DAY), [b]: reviewed(NOW + DAY, NOW - DAY), [c]: reviewed(NOW + DAY, NOW - DAY) });
    assert.strictEqual(countDueCards(pack, yesterday, NOW, 5).fresh, 5);
  });

  test('a card comes due as time passes', () => {
    const [card] = cardsIn('harvest');
    const stored = progress({ [card]: reviewed(NOW + HOUR) });
    assert.strictEqual(countDueCards(pack, stored, NOW, 20).byTopic.get('harvest'), 0);
    assert.strictEqual(countDueCards(pack, stored, NOW + HOUR, 20).byTopic.get('harvest'), 1);
  });

  test('two counts are the same only when every badge and the status bar would read the same', () => {
    const [colony1] = cardsIn('colony');
    const [health1] = cardsIn('health');
    const none = countDueCards(pack, progress({}), NOW, 20);
    const colonyDue = countDueCards(pack, progress({ [colony1]: reviewed(NOW - HOUR) }), NOW, 20);
    const healthDue = countDueCards(pack, progress({ [health1]: reviewed(NOW - HOUR) }), NOW, 20);
    assert.ok(sameDueCounts(none, countDueCards(pack, progress({}), NOW + HOUR, 20)));
    assert.ok(!sameDueCounts(none, colonyDue), 'a card came due');
    assert.strictEqual(colonyDue.due, healthDue.due);
    assert.ok(!sameDueCounts(colonyDue, healthDue), 'same total, another topic');
    assert.ok(!sameDueCounts(none, countDueCards(pack, progress({}), NOW, 5)), 'fewer new cards');
  });

  test('readiness per topic: the mean predicted recall of its cards, new cards as 0; a grade changes the counts', () => {
    const colony = cardsIn('colony');
    const none = countDueCards(pack, progress({}), NOW, 20);
    assert.strictEqual(readinessOf(none, 'colony'), 0);
    assert.strictEqual(readinessOf(none, 'no-such-topic'), undefined);
    // Graded Easy an hour ago: recall 1 today, the topic's other cards still new.
    const one = countDueCards(pack, progress({ [colony[0]]: reviewed(NOW + DAY, NOW - HOUR) }), NOW, 20);
    assert.ok(Math.abs((readinessOf(one, 'colony') as number) - 1 / colony.length) < 1e-9);
    assert.strictEqual(readinessOf(one, 'health'), 0);
    assert.ok(!sameDueCounts(none, one), 'the Concepts view must redraw after the grade');
  });
});
