// FSRS scheduling as the grade buttons present it.
import * as assert from 'assert';
import { createEmptyCard, FSRS, Rating, State } from 'ts-fsrs';
import { clampRetention, isLearning, isNewRecord, newRecord, ReviewRecord, Scheduler } from '../../src/core/study/scheduler';
import { formatInterval } from '../../src/core/study/time';
import { GRADE_ORDER as GRADES } from '../../src/core/study/types';

const T0 = new Date(2025, 2, 10, 9, 0).getTime();
const MIN = 60_000;
const DAY = 86_400_000;

suite('scheduler (FSRS)', () => {
  test('stored states and the grades mean what ts-fsrs means by them (the scheduler spells its numbers out to load it lazily)', () => {
    const at = (state: number): ReviewRecord => ({ ...newRecord(0), state: state as ReviewRecord['state'] });
    assert.deepStrictEqual([isNewRecord(at(State.New)), isLearning(at(State.Learning)), isLearning(at(State.Relearning)), isLearning(at(State.Review))], [true, true, true, false]);
    const scheduler = new Scheduler();
    const expected = new FSRS({ request_retention: 0.9, enable_fuzz: false, enable_short_term: true });
    const now = Date.UTC(2026, 0, 5);
    const card = createEmptyCard(new Date(now));
    for (const [grade, rating] of [['again', Rating.Again], ['hard', Rating.Hard], ['good', Rating.Good], ['easy', Rating.Easy]] as const) {
      assert.strictEqual(scheduler.grade(undefined, grade, now).due, expected.next(card, new Date(now), rating).card.due.getTime(), grade);
    }
  });

  const scheduler = new Scheduler({ retention: 0.9 });

  test('a new card previews Again < Hard < Good < Easy, with Anki-style labels', () => {
    const p = scheduler.preview(undefined, T0);
    assert.ok(p.again.ms < p.hard.ms && p.hard.ms < p.good.ms && p.good.ms < p.easy.ms, JSON.stringify(p));
    assert.strictEqual(p.again.label, '<1m');
    assert.strictEqual(p.good.label, '<10m');
    assert.match(p.easy.label, /^\d+d$/);
  });

  test('a card in review previews strictly increasing intervals too', () => {
    let record = scheduler.grade(undefined, 'good', T0);
    record = scheduler.grade(record, 'good', record.due);
    record = scheduler.grade(record, 'good', record.due);
    assert.strictEqual(record.state, 2, 'reached review state');
    const p = scheduler.preview(record, record.due);
    const ms = GRADES.map((g) => p[g].ms);
    assert.deepStrictEqual([...ms].sort((a, b) => a - b), ms);
    assert.ok(new Set(ms).size === 4, `all different: ${JSON.stringify(p)}`);
    assert.ok(p.good.ms >= DAY, 'a reviewed card goes days ahead');
  });

  test('the preview is exactly the interval the grade gives', () => {
    const p = scheduler.preview(undefined, T0);
    for (const g of GRADES) assert.strictEqual(scheduler.grade(undefined, g, T0).due - T0, p[g].ms, g);
  });

  test('grading leaves the previous record untouched (what undo relies on)', () => {
    const first = scheduler.grade(undefined, 'good', T0);
    const copy = JSON.parse(JSON.stringify(first));
    scheduler.grade(first, 'again', T0 + 10 * MIN);
    assert.deepStrictEqual(first, copy);
  });

  test('the first grade stamps firstReview; later grades keep it', () => {
    const first = scheduler.grade(undefined, 'good', T0);
    assert.strictEqual(first.firstReview, T0);
    assert.strictEqual(scheduler.grade(first, 'good', T0 + DAY).firstReview, T0);
  });

  test('a queued (never graded) card counts as new when first graded', () => {
    const queued = newRecord(T0);
    assert.strictEqual(queued.state, 0);
    assert.strictEqual(scheduler.grade(queued, 'good', T0 + MIN).firstReview, T0 + MIN);
  });

  test('a higher desired retention gives shorter intervals', () => {
    const strict = new Scheduler({ retention: 0.97 });
    const relaxed = new Scheduler({ retention: 0.8 });
    const learn = (s: Scheduler) => {
      let r = s.grade(undefined, 'good', T0);
      r = s.grade(r, 'good', r.due);
      return s.preview(r, r.due).good.ms;
    };
    assert.ok(learn(strict) < learn(relaxed));
  });

  test('retention outside 0.7..0.99 is clamped, junk falls back to 0.9', () => {
    assert.strictEqual(clampRetention(2), 0.99);
    assert.strictEqual(clampRetention(0.1), 0.7);
    assert.strictEqual(clampRetention('x'), 0.9);
  });

  test('intervals read like Anki', () => {
    assert.strictEqual(formatInterval(30_000), '<1m');
    assert.strictEqual(formatInterval(10 * MIN), '<10m');
    assert.strictEqual(formatInterval(3 * 3600_000), '3h');
    assert.strictEqual(formatInterval(DAY), '1d');
    assert.strictEqual(formatInterval(4 * DAY), '4d');
    assert.strictEqual(formatInterval(45 * DAY), '1.5mo');
    assert.strictEqual(formatInterval(730 * DAY), '2y');
  });
});
