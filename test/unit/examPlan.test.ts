// The exam date as a student lives it: a date typed into the setting is read
// or refused with a reason; with a plan, a student who grades Good on every
// due card each day never sees a due past the exam, meets every studied card
// again in the final week, and is not handed that week as one pile; the daily
// plan says how many new cards a day meets every card twice.
import * as assert from 'assert';
import {
  capToExam, dailyPlan, describeDailyPlan, describeExamPlan, examDue, examLookup, ExamPlan, parseExamDate, STRETCH_DAYS,
} from '../../src/core/study/examPlan';
import { ProgressStore } from '../../src/core/study/progressStore';
import { newCardsIntroducedOn, QueueCard } from '../../src/core/study/reviewQueue';
import { ReviewSession } from '../../src/core/study/reviewSession';
import { ReviewRecord, Scheduler } from '../../src/core/study/scheduler';
import { DAY, startOfLocalDay } from '../../src/core/study/time';
import { MemoryStore } from '../support/memoryStore';

const T0 = new Date(2026, 9, 5, 9, 0).getTime(); // 5 October 2026, 9:00 local

function planFor(date: string, now = T0): ExamPlan {
  const { plan, error } = parseExamDate(date, now);
  assert.ok(plan, error);
  return plan;
}

function reviewed(lastReview: number, due: number): ReviewRecord {
  return { due, stability: 30, difficulty: 5, scheduledDays: Math.round((due - lastReview) / DAY), learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview, firstReview: lastReview - 10 * DAY };
}

suite('exam date: reading crmStudy.examDate', () => {
  test('an unset or empty value means no exam plan, and no complaint', () => {
    assert.deepStrictEqual(parseExamDate(undefined, T0), {});
    assert.deepStrictEqual(parseExamDate('', T0), {});
    assert.deepStrictEqual(parseExamDate('   ', T0), {});
  });

  test('a date with spaces around it is read; the exam day is local midnight and the stretch its last week', () => {
    const plan = planFor(' 2026-11-20 ');
    assert.strictEqual(plan.date, '2026-11-20');
    assert.strictEqual(plan.examDay, new Date(2026, 10, 20).getTime());
    assert.strictEqual(plan.stretchStart, new Date(2026, 10, 13).getTime());
  });

  test('malformed values are refused with the shape the date must have', () => {
    for (const bad of ['20-11-2026', '2026/11/20', '2026-1-5', 'next friday', '2026-11-20T09:00']) {
      const { plan, error } = parseExamDate(bad, T0);
      assert.strictEqual(plan, undefined, bad);
      assert.match(error ?? '', /YYYY-MM-DD/, bad);
    }
    assert.match(parseExamDate(20261120, T0).error ?? '', /YYYY-MM-DD/);
  });

  test('a day that is not on the calendar (30 February, month 13) is refused', () => {
    assert.match(parseExamDate('2027-02-30', T0).error ?? '', /not a day of the calendar/);
    assert.match(parseExamDate('2026-13-01', T0).error ?? '', /not a day of the calendar/);
    assert.ok(parseExamDate('2028-02-29', T0).plan, '29 February of a leap year is a day');
  });

  test('a past day is refused as "in the past"; today is allowed, with no day left to study', () => {
    assert.match(parseExamDate('2026-10-04', T0).error ?? '', /is in the past/);
    const today = planFor('2026-10-05');
    assert.strictEqual(dailyPlan({ plan: today, now: T0, unstudied: 5, newPerDay: 20, newToday: 0, reviewsToday: 0 }).daysLeft, 0);
    // Late in the evening of the day before, tomorrow is one day away.
    const lateEvening = new Date(2026, 9, 4, 23, 59).getTime();
    assert.strictEqual(dailyPlan({ plan: planFor('2026-10-05', lateEvening), now: lateEvening, unstudied: 0, newPerDay: 20, newToday: 0, reviewsToday: 0 }).daysLeft, 1);
  });
});

suite('exam date: the rule on one card', () => {
  const plan = planFor('2026-11-20');

  test('a due after the exam is brought into the last stretch; one before the stretch stays', () => {
    const farAfter = reviewed(T0, plan.examDay + 90 * DAY);
    const due = examDue('c/far', farAfter, plan);
    assert.ok(due >= plan.stretchStart && due < plan.examDay, 'brought into the final week');
    const early = reviewed(T0, T0 + 3 * DAY);
    assert.strictEqual(examDue('c/early', early, plan), early.due);
  });

  test('a card already seen in the stretch is not brought forward again, but never due after the exam', () => {
    const seen = reviewed(plan.stretchStart + DAY, plan.examDay + 40 * DAY);
    assert.strictEqual(examDue('c/seen', seen, plan), plan.examDay);
  });

  test('a card never studied keeps its due (capped at the exam)', () => {
    const queued = { ...reviewed(T0, T0), state: 0 as const, lastReview: undefined, reps: 0 };
    assert.strictEqual(examDue('c/new', queued, plan), T0);
  });

  test('capToExam caps a grade\'s due at the exam day, except a grade given on the exam day', () => {
    assert.strictEqual(capToExam(reviewed(T0, plan.examDay + 5 * DAY), plan).due, plan.examDay);
    const onTheDay = reviewed(plan.examDay + 3600_000, plan.examDay + 5 * DAY);
    assert.strictEqual(capToExam(onTheDay, plan), onTheDay);
  });

  test('without a plan, or on the exam day itself, the lookup answers the stored records as they are', () => {
    const record = reviewed(T0, plan.examDay + 90 * DAY);
    const lookup = (id: string) => (id === 'c/1' ? record : undefined);
    assert.strictEqual(examLookup(lookup, undefined, T0), lookup);
    assert.strictEqual(examLookup(lookup, plan, plan.examDay + 3600_000)('c/1'), record);
    assert.notStrictEqual(examLookup(lookup, plan, T0)('c/1')?.due, record.due);
  });

  test('a card keeps its stretch day as the days pass (the rule does not move)', () => {
    const record = reviewed(T0, plan.examDay + 90 * DAY);
    const fromLater = planFor('2026-11-20', plan.stretchStart - 3 * DAY);
    assert.deepStrictEqual(fromLater, plan);
    assert.strictEqual(examDue('c/x', record, fromLater), examDue('c/x', record, plan));
  });

  test('cards brought forward are spread over the seven days of the stretch, not piled on one', () => {
    const perDay = new Map<number, number>();
    const n = 700;
    for (let i = 0; i < n; i++) {
      const due = examDue(`pack/concept-${i}/card-${i % 3}`, reviewed(T0, plan.examDay + (30 + i) * DAY), plan);
      const day = startOfLocalDay(due);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    assert.strictEqual(perDay.size, STRETCH_DAYS, 'every day of the stretch has some');
    for (const [day, count] of perDay) {
      assert.ok(day >= plan.stretchStart && day < plan.examDay);
      assert.ok(count > n / STRETCH_DAYS / 2 && count < (n / STRETCH_DAYS) * 1.5, `${count} cards on one day`);
    }
  });
});

suite('exam date: a student who grades Good on every due card until the exam', () => {
  const cards: QueueCard[] = Array.from({ length: 120 }, (_, i) => ({ id: `t/c${i}/card`, topic: i % 2 ? 'a' : 'b', conceptId: `c${i}` }));

  /** Day by day at 9:00 from T0 to the day before the exam: Good on everything the due session shows. */
  async function simulate(exam: ExamPlan | undefined, limit = 20) {
    const store = ProgressStore.open(new MemoryStore(), 'p');
    const scheduler = new Scheduler();
    const reviews: Array<{ id: string; at: number }> = [];
    const pastExam: string[] = [];
    const end = exam ? exam.examDay : T0 + 50 * DAY;
    for (let now = T0; now < end; now = new Date(new Date(now).setDate(new Date(now).getDate() + 1)).getTime()) {
      let newPerDay = limit;
      if (exam) {
        const unstudied = cards.filter((c) => !store.get(c.id)).length;
        const daily = dailyPlan({ plan: exam, now, unstudied, newPerDay: limit, newToday: newCardsIntroducedOn(store.records(), now), reviewsToday: 0 });
        newPerDay = Math.min(daily.newPerDayNeeded, daily.newPerDayLimit);
      }
      const session = new ReviewSession(cards, store, scheduler, { mode: 'due', shuffle: false, seed: 1, newPerDay, exam }, () => now);
      for (let card = session.current(); card; card = session.current()) {
        reviews.push({ id: card.id, at: now });
        await session.grade('good');
      }
      if (exam) {
        const lookup = examLookup((id) => store.get(id), exam, now);
        for (const c of cards) {
          const r = lookup(c.id);
          if (r && r.due > exam.examDay) pastExam.push(c.id);
        }
      }
    }
    return { store, reviews, pastExam };
  }

  test('no due ever lands past the exam day, and every card studied is reviewed again in the last stretch', async function () {
    this.timeout(30000);
    const exam = planFor('2026-11-20'); // 46 days ahead
    const { store, reviews, pastExam } = await simulate(exam);
    assert.deepStrictEqual(pastExam, []);
    const studied = cards.filter((c) => store.get(c.id));
    assert.strictEqual(studied.length, cards.length, 'the daily plan met every card');
    const inStretch = new Set(reviews.filter((r) => r.at >= exam.stretchStart && r.at < exam.examDay).map((r) => r.id));
    const missed = studied.filter((c) => !inStretch.has(c.id)).map((c) => c.id);
    assert.deepStrictEqual(missed, [], 'seen in the final week');
    // The final week was spread, not one pile: no day of it held more than half of its reviews.
    const stretchReviews = reviews.filter((r) => r.at >= exam.stretchStart);
    const perDay = new Map<number, number>();
    for (const r of stretchReviews) perDay.set(r.at, (perDay.get(r.at) ?? 0) + 1);
    assert.ok(Math.max(...perDay.values()) < stretchReviews.length / 2, JSON.stringify([...perDay.values()]));
  });

  test('the stored records keep FSRS\'s own dues, so cards due long after the exam were brought forward', async function () {
    this.timeout(30000);
    const exam = planFor('2026-11-20');
    const { store } = await simulate(exam);
    const longAfter = cards.filter((c) => (store.get(c.id)?.due ?? 0) > exam.examDay + 14 * DAY);
    assert.ok(longAfter.length > 0, 'some intervals reach well past the exam');
  });

  test('with the daily plan, new cards come at the pace the plan needs, not the limit', async function () {
    this.timeout(30000);
    const exam = planFor('2026-11-20');
    const { store } = await simulate(exam);
    const firstDay = [...store.records()].filter((r) => r.firstReview !== undefined && r.firstReview < T0 + DAY).length;
    assert.strictEqual(firstDay, Math.ceil(cards.length / 45), '120 cards over 45 introduction days');
  });

  test('without a plan nothing changes: the same student sees the same cards as before exam dates existed', async function () {
    this.timeout(30000);
    const { reviews, store } = await simulate(undefined);
    const firstDay = reviews.filter((r) => r.at === T0).length;
    assert.strictEqual(firstDay, 40, '20 new cards, each shown twice (learning step, then graduated)');
    assert.ok([...store.records()].some((r) => r.due > T0 + 60 * DAY), 'FSRS intervals run as long as they like');
  });
});

suite('exam date: the daily plan', () => {
  const plan = planFor('2026-11-20'); // 46 days from T0: today and 45 more

  test('new cards a day spread the cards over every day but the last, so each is met twice', () => {
    const daily = dailyPlan({ plan, now: T0, unstudied: 450, newPerDay: 20, newToday: 0, reviewsToday: 23 });
    assert.deepStrictEqual(daily, { daysLeft: 46, unstudied: 450, newPerDayNeeded: 10, newPerDayLimit: 20, newToday: 10, reviewsToday: 23, onTrack: true });
  });

  test('cards introduced today count with the rest, and what is left for today is what the plan still needs', () => {
    const daily = dailyPlan({ plan, now: T0, unstudied: 444, newPerDay: 20, newToday: 6, reviewsToday: 0 });
    assert.strictEqual(daily.newPerDayNeeded, 10);
    assert.strictEqual(daily.newToday, 4);
  });

  test('a limit below the need is kept, and the plan says it is not on track', () => {
    const daily = dailyPlan({ plan, now: T0, unstudied: 900, newPerDay: 15, newToday: 0, reviewsToday: 0 });
    assert.strictEqual(daily.newPerDayNeeded, 20);
    assert.strictEqual(daily.newToday, 15);
    assert.strictEqual(daily.onTrack, false);
  });

  test('with every card started, no new cards are needed', () => {
    const daily = dailyPlan({ plan, now: T0, unstudied: 0, newPerDay: 20, newToday: 3, reviewsToday: 5 });
    assert.strictEqual(daily.newPerDayNeeded, 0);
    assert.strictEqual(daily.newToday, 0);
    assert.ok(daily.onTrack);
  });

  test('on the last day before the exam no new card can be met twice: not on track', () => {
    const dayBefore = new Date(2026, 10, 19, 9).getTime();
    const daily = dailyPlan({ plan, now: dayBefore, unstudied: 4, newPerDay: 20, newToday: 0, reviewsToday: 0 });
    assert.strictEqual(daily.daysLeft, 1);
    assert.strictEqual(daily.newPerDayNeeded, 4);
    assert.strictEqual(daily.onTrack, false);
  });

  test('the plan in one sentence, and in the status bar\'s words', () => {
    const exam = planFor('2027-01-15', new Date(2026, 11, 2, 9).getTime());
    const daily = dailyPlan({ plan: exam, now: new Date(2026, 11, 2, 9).getTime(), unstudied: 380, newPerDay: 20, newToday: 0, reviewsToday: 23 });
    assert.strictEqual(describeExamPlan(exam, daily, 'en-GB'), 'Exam on 15 January: 44 days; 9 new cards a day meets every card twice.');
    assert.strictEqual(describeDailyPlan(exam, daily, 'en-GB'), 'Exam on 15 Jan (44 days): 9 new cards a day, 23 reviews today');
    const short = dailyPlan({ plan: exam, now: new Date(2026, 11, 2, 9).getTime(), unstudied: 380, newPerDay: 5, newToday: 0, reviewsToday: 1 });
    assert.match(describeExamPlan(exam, short, 'en-GB'), /needs 9 new cards a day, above your limit of 5/);
    assert.match(describeDailyPlan(exam, short, 'en-GB'), /5 new cards a day, 1 review today \(below the 9 a day needed/);
  });
});
