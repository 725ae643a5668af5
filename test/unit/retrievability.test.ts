// FSRS's predicted recall, written out in core so reading it never loads
// ts-fsrs: it must give ts-fsrs's own figures, to the last rounded digit.
import * as assert from 'assert';
import { default_w, forgetting_curve, fsrs } from 'ts-fsrs';
import { forgettingCurve, FSRS_DEFAULT_DECAY, retrievability } from '../../src/core/study/retrievability';
import { ReviewRecord, Scheduler, toFsrs } from '../../src/core/study/scheduler';
import { Grade } from '../../src/core/study/types';

const DAY = 86_400_000;
const T0 = new Date(2025, 0, 6, 9, 30).getTime();

suite('retrievability', () => {
  test('the decay is ts-fsrs default parameter w[20]', () => {
    assert.strictEqual(FSRS_DEFAULT_DECAY, default_w[20]);
  });

  test('the forgetting curve equals ts-fsrs forgetting_curve on a grid of stabilities and elapsed days', () => {
    for (const s of [0.01, 0.1, 0.5, 1, 2.3, 8.29, 21, 100, 365, 3650, 36500]) {
      for (const t of [0, 1, 2, 3, 7, 10, 21, 30, 90, 365, 1000, 10000]) {
        assert.strictEqual(forgettingCurve(t, s), forgetting_curve(default_w as number[], t, s), `S=${s} t=${t}`);
      }
    }
  });

  test('recall is 90% once as many days have passed as the stability', () => {
    assert.ok(Math.abs(forgettingCurve(10, 10) - 0.9) < 1e-6);
  });

  test('a card never studied is not known: 0', () => {
    assert.strictEqual(retrievability(undefined, T0), 0);
  });

  test('records produced by real grades read as ts-fsrs get_retrievability reads them, for weeks after', () => {
    const scheduler = new Scheduler();
    const engine = fsrs({ enable_fuzz: false, enable_short_term: true });
    const histories: Grade[][] = [['good'], ['again'], ['easy', 'good'], ['good', 'again', 'good'], ['hard', 'hard', 'good', 'easy'], ['again', 'again']];
    let compared = 0;
    for (const grades of histories) {
      let record: ReviewRecord | undefined;
      let at = T0;
      for (const grade of grades) {
        record = scheduler.grade(record, grade, at);
        at = Math.max(at + 60_000, record.due);
      }
      const last = record as ReviewRecord;
      for (const offset of [0, 0.4, 1, 1.5, 3, 7, 20, 60, 200]) {
        const now = (last.lastReview as number) + offset * DAY;
        const expected = engine.get_retrievability(toFsrs(last, now), new Date(now), false);
        assert.strictEqual(retrievability(last, now), expected, `${grades.join(',')} +${offset}d`);
        compared++;
      }
    }
    assert.strictEqual(compared, histories.length * 9);
  });

  test('a learning card (just failed) reads by the same formula, below a card just passed a day later', () => {
    const scheduler = new Scheduler();
    const passed = scheduler.grade(scheduler.grade(undefined, 'good', T0), 'good', T0 + 10 * 60_000);
    const failed = scheduler.grade(undefined, 'again', T0);
    assert.strictEqual(failed.state, 1);
    assert.ok(retrievability(failed, T0 + DAY) < retrievability(passed, T0 + DAY));
    assert.ok(retrievability(failed, T0 + DAY) > 0);
  });
});
