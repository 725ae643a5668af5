// What the progress dashboard says in words: the labels a screen reader hears
// for each bar and chart carry the same numbers the page draws, and a student
// who never studied is recognised so the page shows how to start.

import * as assert from 'assert';
import type { DashboardData, ScopeReadiness } from '../../src/shared/dashboardProtocol';
import { isFromDashboard } from '../../src/shared/dashboardProtocol';
import {
  calendarSummary, calendarWeeks, dayLabel, forecastSummary, formatDuration, heatLevel, neverStudied, percent, quizRows,
  readinessLabel, retentionLabel, statesLabel,
} from '../../src/shared/dashboardView';

const scope = (over: Partial<ScopeReadiness> = {}): ScopeReadiness => ({
  id: 'foundations', title: 'Foundations', cards: 12, readiness: 0.62, due: 4, states: { new: 8, learning: 2, young: 1, mature: 1 }, ...over,
});

function days(from: string, counts: number[]) {
  const [y, m, d] = from.split('-').map(Number);
  return counts.map((count, i) => {
    const date = new Date(y, m - 1, d + i);
    return { day: `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`, count };
  });
}

function data(over: Partial<DashboardData> = {}): DashboardData {
  return {
    at: 0, overall: scope({ states: { new: 12, learning: 0, young: 0, mature: 0 }, readiness: 0 }), scopes: [], weakest: [],
    forecast: days('2026-12-01', Array(30).fill(0)), calendar: days('2026-06-03', Array(182).fill(0)), streak: 0,
    studiedMs: 0, studiedMsLast30: 0, retention: { actual: null, reviews: 0, target: 0.9 }, quiz: [], today: { due: 0, fresh: 10 }, ...over,
  };
}

suite('Progress dashboard in words', () => {
  test("a topic's readiness bar says its share, its due cards and its size", () => {
    assert.strictEqual(readinessLabel(scope()), 'Foundations: 62% ready, 4 due, 12 cards');
    assert.strictEqual(readinessLabel(scope({ cards: 1, readiness: 1.2, due: 0 })), 'Foundations: 100% ready, 0 due, 1 card');
    assert.strictEqual(percent(-0.1), '0%');
  });

  test('cards by state are read out in the order new, learning, young, mature', () => {
    assert.strictEqual(statesLabel(scope().states), '8 new, 2 learning, 1 young, 1 mature');
  });

  test('time studied reads as hours and minutes, seconds only under a minute', () => {
    assert.strictEqual(formatDuration(0), '0 min');
    assert.strictEqual(formatDuration(40_000), '40 s');
    assert.strictEqual(formatDuration(12 * 60_000 + 5_000), '12 min');
    assert.strictEqual(formatDuration(65 * 60_000), '1 h 5 min');
    assert.strictEqual(formatDuration(120 * 60_000), '2 h');
  });

  test('a student who never graded a card gets the getting-started page, one who did does not', () => {
    assert.strictEqual(neverStudied(data()), true);
    const calendar = days('2026-06-03', [...Array(181).fill(0), 3]);
    assert.strictEqual(neverStudied(data({ calendar })), false);
    assert.strictEqual(neverStudied(data({ overall: scope() })), false);
  });

  test('the forecast description gives the total, today and the busiest day', () => {
    assert.strictEqual(forecastSummary(days('2026-12-01', Array(30).fill(0))), 'No reviews due in the next 30 days.');
    const forecast = days('2026-12-01', [3, 0, 7, ...Array(27).fill(1)]);
    assert.strictEqual(forecastSummary(forecast), '37 reviews due in the next 30 days; today 3; the busiest day Thu 3 Dec with 7.');
  });

  test('the heatmap lays days out in calendar weeks, Monday first, and shades by the busiest day', () => {
    // 2026-12-02 is a Wednesday: two blank cells before it.
    const weeks = calendarWeeks(days('2026-12-02', Array(10).fill(1)));
    assert.strictEqual(weeks.length, 2);
    assert.deepStrictEqual(weeks[0].slice(0, 3).map((c) => c?.day ?? null), [null, null, '2026-12-02']);
    assert.strictEqual(weeks[1].filter((c) => c !== null).length, 5);
    assert.strictEqual(weeks.every((w) => w.length === 7), true);
    assert.deepStrictEqual([0, 1, 5, 10].map((n) => heatLevel(n, 10)), [0, 1, 2, 4]);
    assert.strictEqual(heatLevel(3, 0), 0);
    assert.strictEqual(calendarSummary(days('2026-06-03', [2, 0, 5, ...Array(179).fill(0)])), '7 grades on 2 days of the last 26 weeks.');
  });

  test("the quiz table lists each topic's scores oldest first with the latest apart; topics without sessions are left out", () => {
    const rows = quizRows([
      { topicId: 'kam', title: 'Key accounts', sessions: [{ at: 1, score: 0.5 }, { at: 2, score: 0.8 }] },
      { topicId: 'none', title: 'Empty', sessions: [] },
    ]);
    assert.deepStrictEqual(rows, [{ title: 'Key accounts', scores: '50%, 80%', latest: '80%' }]);
  });

  test('true retention is shown beside the target, and says so when there are no reviews yet', () => {
    assert.strictEqual(retentionLabel({ actual: 0.91, reviews: 34, target: 0.9 }), '91% of 34 reviews remembered (target 90%)');
    assert.match(retentionLabel({ actual: null, reviews: 0, target: 0.85 }), /No reviews .* \(target 85%\)/);
    assert.strictEqual(dayLabel('2027-01-04'), 'Mon 4 Jan');
  });

  test("the dashboard's buttons send messages the host accepts; made-up ones are refused", () => {
    for (const m of [{ type: 'painted' }, { type: 'study', conceptId: 'kam' }, { type: 'studyScope', topicId: '' }, { type: 'setExamDate' }, { type: 'refresh' }]) {
      assert.strictEqual(isFromDashboard(m), true, JSON.stringify(m));
    }
    for (const m of [null, {}, { type: 'study' }, { type: 'studyScope', topicId: 3 }, { type: 'wipe' }]) assert.strictEqual(isFromDashboard(m), false, JSON.stringify(m));
  });
});
