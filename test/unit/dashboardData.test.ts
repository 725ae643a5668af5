// The progress dashboard's figures on small hand-made inputs: readiness with
// new cards as not known, cards by state, the due forecast (overdue today, the
// exam rule), the calendar across a DST change, streaks, true retention,
// quiz trends, the weakest concepts and the exam-day forecast.
import * as assert from 'assert';
import { Card, Concept, Topic } from '../../src/core/content/model';
import { computeDashboard, DashboardInput } from '../../src/core/progress/dashboardData';
import { ExamPlan } from '../../src/core/study/examPlan';
import { ReviewEvent } from '../../src/core/study/reviewLog';
import { CardState, ReviewRecord } from '../../src/core/study/scheduler';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const topic = (id: string, title: string, order: number): Topic => ({ id, title, order, summary: '', file: 'x.md', line: 1 });
const concept = (id: string, term: string, topicId: string): Concept => ({
  id, term, topic: topicId, aliases: [], acronyms: [], definition: '', details: '', parts: [], source: '', related: [], file: 'x.md', line: 1,
});
const card = (id: string, conceptId: string, topicId: string): Card => ({ id, conceptId, topic: topicId, kind: 'basic', prompt: id, answer: id, file: 'x.md', line: 1 }) as Card;

const TOPICS = [topic('a', 'Alpha', 1), topic('b', 'Beta', 2)];
const CONCEPTS = [concept('a1', 'Apple', 'a'), concept('a2', 'Apricot', 'a'), concept('b1', 'Banana', 'b')];
const CARDS = [card('a1-1', 'a1', 'a'), card('a1-2', 'a1', 'a'), card('a2-1', 'a2', 'a'), card('b1-1', 'b1', 'b')];

function rec(now: number, fields: { state?: CardState; stability?: number; lastDaysAgo?: number; due?: number; reps?: number }): ReviewRecord {
  const lastReview = now - (fields.lastDaysAgo ?? 0) * DAY - HOUR;
  return {
    due: fields.due ?? now + DAY,
    stability: fields.stability ?? 10,
    difficulty: 5,
    scheduledDays: 1,
    learningSteps: 0,
    reps: fields.reps ?? 1,
    lapses: 0,
    state: fields.state ?? 2,
    lastReview,
    firstReview: lastReview,
  };
}

function input(now: number, records: Record<string, ReviewRecord>, extra: Partial<DashboardInput> = {}): DashboardInput {
  const concepts = new Map([...CONCEPTS, ...(extra.cards ? [concept('n1', 'Nectar', 'notes:deck/w')] : [])].map((c) => [c.id, c]));
  const map = new Map(Object.entries(records));
  return {
    cards: CARDS,
    concept: (id) => concepts.get(id),
    packTopics: TOPICS,
    noteTopics: [],
    record: (id) => map.get(id),
    records: () => map.values(),
    events: [],
    quiz: { version: 1, topics: {} },
    retention: 0.9,
    newPerDay: 20,
    now,
    ...extra,
  };
}

const ev = (at: number, fields: Partial<ReviewEvent> = {}): ReviewEvent => ({ cardId: 'a1-1', at, rating: 3, state: 2, durationMs: 1000, ...fields });

suite('dashboard figures', () => {
  const NOW = new Date(2025, 4, 14, 15, 0).getTime();

  test('readiness is the mean predicted recall of a topic, new cards counted as not known', () => {
    // Reviewed an hour ago: recall 1 today. The two other cards of Alpha are new.
    const data = computeDashboard(input(NOW, { 'a1-1': rec(NOW, {}) }));
    const alpha = data.scopes.find((s) => s.id === 'a')!;
    assert.strictEqual(alpha.cards, 3);
    assert.ok(Math.abs(alpha.readiness - 1 / 3) < 1e-9);
    assert.strictEqual(data.scopes.find((s) => s.id === 'b')!.readiness, 0);
    assert.ok(Math.abs(data.overall.readiness - 1 / 4) < 1e-9);
    assert.deepStrictEqual(data.scopes.map((s) => s.id), ['a', 'b'], 'no My notes without notes');
  });

  test('recall falls as days pass since the last review', () => {
    const fresh = computeDashboard(input(NOW, { 'b1-1': rec(NOW, { lastDaysAgo: 1 }) })).scopes[1].readiness;
    const old = computeDashboard(input(NOW, { 'b1-1': rec(NOW, { lastDaysAgo: 30 }) })).scopes[1].readiness;
    assert.ok(fresh > old && old > 0, `${fresh} > ${old}`);
  });

  test('cards by state: new, learning (and relearning), young under 21 days of stability, mature from 21', () => {
    const data = computeDashboard(input(NOW, {
      'a1-1': rec(NOW, { state: 1, stability: 0.5 }),
      'a1-2': rec(NOW, { state: 2, stability: 20.9 }),
      'a2-1': rec(NOW, { state: 2, stability: 21 }),
      'b1-1': rec(NOW, { state: 3, stability: 2 }),
    }));
    assert.deepStrictEqual(data.scopes[0].states, { new: 0, learning: 1, young: 1, mature: 1 });
    assert.deepStrictEqual(data.scopes[1].states, { new: 0, learning: 1, young: 0, mature: 0 });
    assert.deepStrictEqual(computeDashboard(input(NOW, {})).overall.states, { new: 4, learning: 0, young: 0, mature: 0 });
  });

  test('the forecast counts overdue cards on today, later ones on their local day, nothing past 30 days', () => {
    const tomorrowNoon = new Date(2025, 4, 15, 12, 0).getTime();
    const data = computeDashboard(input(NOW, {
      'a1-1': rec(NOW, { due: NOW - 3 * DAY }),
      'a1-2': rec(NOW, { due: NOW + 2 * HOUR }),
      'a2-1': rec(NOW, { due: tomorrowNoon }),
      'b1-1': rec(NOW, { due: NOW + 40 * DAY }),
    }));
    assert.strictEqual(data.forecast.length, 30);
    assert.deepStrictEqual(data.forecast.slice(0, 3), [{ day: '2025-05-14', count: 2 }, { day: '2025-05-15', count: 1 }, { day: '2025-05-16', count: 0 }]);
    assert.strictEqual(data.forecast.reduce((n, d) => n + d.count, 0), 3);
    assert.strictEqual(data.overall.due, 1, 'due now: only the overdue card');
    assert.deepStrictEqual(data.today, { due: 1, fresh: 0 });
  });

  test('with an exam date, a card due after the exam is forecast before it', () => {
    const examDay = new Date(2025, 4, 24).getTime();
    const exam: ExamPlan = { date: '2025-05-24', examDay, stretchStart: examDay - 5 * DAY };
    const data = computeDashboard(input(NOW, { 'b1-1': rec(NOW, { due: NOW + 25 * DAY }) }, { exam }));
    const day = data.forecast.findIndex((d) => d.count > 0);
    assert.ok(day >= 0 && day < 10, `forecast on day ${day}, the exam is on day 10`);
  });

  suite('local days across a DST change (Europe/London, 30 March 2025)', () => {
    let tz: string | undefined;
    suiteSetup(() => {
      tz = process.env.TZ;
      process.env.TZ = 'Europe/London';
    });
    suiteTeardown(() => {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    });

    test('a grade counts on the local day it was given, on the 23-hour day and after it', () => {
      const now = Date.UTC(2025, 2, 31, 11, 0); // 12:00 BST
      const events = [
        ev(Date.UTC(2025, 2, 30, 0, 30)), // 00:30 GMT, 30 March
        ev(Date.UTC(2025, 2, 30, 22, 30)), // 23:30 BST, 30 March
        ev(Date.UTC(2025, 2, 30, 23, 30)), // 00:30 BST, 31 March
        ev(Date.UTC(2025, 2, 29, 23, 59)), // 23:59 GMT, 29 March
      ];
      const data = computeDashboard(input(now, {}, { events }));
      assert.strictEqual(data.calendar.length, 182);
      assert.deepStrictEqual(data.calendar.slice(-3), [{ day: '2025-03-29', count: 1 }, { day: '2025-03-30', count: 2 }, { day: '2025-03-31', count: 1 }]);
      // Every day once, consecutive, oldest first.
      const keys = data.calendar.map((d) => d.day);
      assert.strictEqual(new Set(keys).size, 182);
      assert.strictEqual(keys[0], '2024-10-01', '181 days before 31 March');
      assert.strictEqual(data.streak, 3);
    });
  });

  test('the streak runs up to today, or up to yesterday while today has no grade yet', () => {
    const at = (daysAgo: number) => NOW - daysAgo * DAY;
    assert.strictEqual(computeDashboard(input(NOW, {}, { events: [ev(at(3)), ev(at(1)), ev(at(0))] })).streak, 2);
    assert.strictEqual(computeDashboard(input(NOW, {}, { events: [ev(at(3)), ev(at(2)), ev(at(1))] })).streak, 3);
    assert.strictEqual(computeDashboard(input(NOW, {}, { events: [ev(at(3)), ev(at(2))] })).streak, 0);
    assert.strictEqual(computeDashboard(input(NOW, {}, { events: [] })).streak, 0);
  });

  test('a streak longer than the calendar goes on counting older days', () => {
    const events = Array.from({ length: 200 }, (_, i) => ev(NOW - (199 - i) * DAY));
    assert.strictEqual(computeDashboard(input(NOW, {}, { events })).streak, 200);
    // A day missed 195 days ago ends it there, however many grades came before.
    const gap = events.filter((e) => Math.round((NOW - e.at) / DAY) !== 195);
    assert.strictEqual(computeDashboard(input(NOW, {}, { events: [ev(NOW - 300 * DAY), ...gap, ev(NOW - HOUR)] })).streak, 195);
  });

  test('true retention counts review-state grades of the last 30 days, not new, learning or cram ones', () => {
    const events = [
      ev(NOW - 40 * DAY, { rating: 1 }), // too old
      ev(NOW - 10 * DAY, { rating: 3 }),
      ev(NOW - 5 * DAY, { rating: 1 }),
      ev(NOW - 4 * DAY, { rating: 1, cram: true }),
      ev(NOW - 3 * DAY, { rating: 1, state: 0 }),
      ev(NOW - 2 * DAY, { rating: 1, state: 1 }),
      ev(NOW - 1 * DAY, { rating: 2, state: 3 }),
      ev(NOW - HOUR, { rating: 2 }),
    ];
    const data = computeDashboard(input(NOW, {}, { events, retention: 0.85 }));
    assert.deepStrictEqual(data.retention, { actual: 2 / 3, reviews: 3, target: 0.85 });
    assert.strictEqual(data.studiedMs, 8000);
    assert.strictEqual(data.studiedMsLast30, 7000, 'cram counts as time studied');
    assert.strictEqual(computeDashboard(input(NOW, {})).retention.actual, null);
  });

  test('quiz trends per topic, oldest first, as the share of points scored', () => {
    const quiz = { version: 1 as const, topics: { b: [{ at: 2, asked: 4, points: 3 }, { at: 1, asked: 5, points: 1 }], gone: [{ at: 1, asked: 1, points: 1 }] } };
    const data = computeDashboard(input(NOW, {}, { quiz }));
    assert.deepStrictEqual(data.quiz, [{ topicId: 'b', title: 'Beta', sessions: [{ at: 1, score: 0.2 }, { at: 2, score: 0.75 }] }]);
  });

  test('the weakest concepts: lowest readiness first, then the less practised, then by term', () => {
    const data = computeDashboard(input(NOW, {
      'a1-1': rec(NOW, { lastDaysAgo: 60, stability: 2, reps: 3 }),
      'a1-2': rec(NOW, { lastDaysAgo: 60, stability: 2, reps: 3 }),
      'b1-1': rec(NOW, { lastDaysAgo: 1, reps: 1 }),
    }));
    // Apricot: new (0); Apple: long forgotten; Banana: fresh.
    assert.deepStrictEqual(data.weakest.map((w) => [w.term, w.scope, w.cards]), [['Apricot', 'Alpha', 1], ['Apple', 'Alpha', 2], ['Banana', 'Beta', 1]]);
    const tie = computeDashboard(input(NOW, {}));
    assert.deepStrictEqual(tie.weakest.map((w) => w.term), ['Apple', 'Apricot', 'Banana']);
  });

  test('My notes and its groups follow the pack topics when there are notes', () => {
    const group = topic('notes:deck/w', 'week3', 0);
    const cards = [...CARDS, card('n1-1', 'n1', group.id)];
    const data = computeDashboard(input(NOW, { 'n1-1': rec(NOW, {}) }, { cards, noteTopics: [group] }));
    assert.deepStrictEqual(data.scopes.map((s) => [s.id, s.title, s.level, s.cards]), [
      ['a', 'Alpha', undefined, 3], ['b', 'Beta', undefined, 1], ['notes:', 'My notes', undefined, 1], ['notes:deck/w', 'week3', 1, 1],
    ]);
    assert.strictEqual(data.scopes[2].readiness, 1);
    assert.strictEqual(data.weakest.find((w) => w.term === 'Nectar')?.scope, 'My notes · week3');
  });

  test('exam day: keeping up gives at least the target retention on studied cards, and never less than stopping now', () => {
    const examDay = new Date(2025, 5, 14).getTime();
    const exam: ExamPlan = { date: '2025-06-14', examDay, stretchStart: examDay - 7 * DAY };
    const data = computeDashboard(input(NOW, {
      'a1-1': rec(NOW, { lastDaysAgo: 2, stability: 3 }),
      'a1-2': rec(NOW, { lastDaysAgo: 0, stability: 40 }),
      'a2-1': rec(NOW, { lastDaysAgo: 1, stability: 1 }),
      'b1-1': rec(NOW, { lastDaysAgo: 5, stability: 8 }),
    }, { exam }));
    for (const s of [data.overall, ...data.scopes]) {
      assert.ok(s.exam, s.id);
      assert.ok(s.exam.keepUp >= s.exam.stopNow, `${s.id}: ${s.exam.keepUp} >= ${s.exam.stopNow}`);
      assert.ok(s.exam.keepUp >= 0.9 - 1e-9, `${s.id} keeps up to ${s.exam.keepUp}`);
      assert.ok(s.exam.stopNow < s.readiness, `${s.id}: stopping now forgets by the exam`);
    }
    assert.strictEqual(data.exam?.date, '2025-06-14');
    assert.strictEqual(data.exam?.daysLeft, 31);
  });

  test('exam day: new cards count only as far as the daily limit can bring them in twice before it', () => {
    const examDay = new Date(2025, 4, 17).getTime(); // three study days: today, 15th, 16th
    const exam: ExamPlan = { date: '2025-05-17', examDay, stretchStart: NOW };
    // Four new cards, one a day: today and the 15th can introduce one each (the 16th is kept for the second meeting).
    const data = computeDashboard(input(NOW, {}, { exam, newPerDay: 1 }));
    assert.ok(Math.abs(data.overall.exam!.keepUp - (2 / 4) * 0.9) < 1e-9, String(data.overall.exam!.keepUp));
    assert.strictEqual(data.overall.exam!.stopNow, 0);
    assert.strictEqual(computeDashboard(input(NOW, {})).overall.exam, undefined);
  });
});
