// What the progress dashboard says in words: the percentages, durations, aria
// labels and the rows of each chart's text alternative (a screen reader gets
// the same numbers the canvas shows). Plain functions over DashboardData with
// no DOM, so the webview draws from them and the unit tests pin them in Node.

import type { DashboardData, DayCount, QuizTrend, ScopeReadiness, StateCounts } from './dashboardProtocol';

export const percent = (share: number): string => `${Math.round(Math.max(0, Math.min(1, share)) * 100)}%`;

/** "1 h 5 min", "12 min", "40 s", "0 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes >= 60) {
    const rest = minutes % 60;
    return rest ? `${Math.floor(minutes / 60)} h ${rest} min` : `${Math.floor(minutes / 60)} h`;
  }
  if (minutes === 0 && ms >= 1000) return `${Math.floor(ms / 1000)} s`;
  return `${minutes} min`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a readiness bar says: "Foundations: 62% ready, 4 due, 12 cards". */
export function readinessLabel(scope: ScopeReadiness): string {
  return `${scope.title}: ${percent(scope.readiness)} ready, ${scope.due} due, ${plural(scope.cards, 'card', 'cards')}`;
}

export const STATE_NAMES: ReadonlyArray<keyof StateCounts> = ['new', 'learning', 'young', 'mature'];

/** "8 new, 2 learning, 1 young, 0 mature". */
export function statesLabel(states: StateCounts): string {
  return STATE_NAMES.map((name) => `${states[name]} ${name}`).join(', ');
}

/** True before the first grade: the page shows how to start instead of empty charts. */
export function neverStudied(data: DashboardData): boolean {
  return data.overall.states.new === data.overall.cards && data.calendar.every((d) => d.count === 0);
}

/** "Mon 3 Dec" for a YYYY-MM-DD day (read as a local date, as the host wrote it). */
export function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return `${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getDay()]} ${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}`;
}

/** The due forecast's description: the total and the days with reviews. */
export function forecastSummary(forecast: readonly DayCount[]): string {
  const total = forecast.reduce((sum, d) => sum + d.count, 0);
  if (total === 0) return `No reviews due in the next ${forecast.length} days.`;
  const busiest = forecast.reduce((best, d) => (d.count > best.count ? d : best), forecast[0]);
  return `${plural(total, 'review', 'reviews')} due in the next ${forecast.length} days; today ${forecast[0]?.count ?? 0}; the busiest day ${dayLabel(busiest.day)} with ${busiest.count}.`;
}

/**
 * The calendar as a grid of weeks (columns) by weekday (rows, Monday first):
 * cells before the first day are null, so each column is one calendar week.
 */
export function calendarWeeks(calendar: readonly DayCount[]): Array<Array<DayCount | null>> {
  if (calendar.length === 0) return [];
  const [y, m, d] = calendar[0].day.split('-').map(Number);
  const offset = (new Date(y, m - 1, d).getDay() + 6) % 7;
  const cells: Array<DayCount | null> = [...Array<null>(offset).fill(null), ...calendar];
  const weeks: Array<Array<DayCount | null>> = [];
  for (let i = 0; i < cells.length; i += 7) {
    const week = cells.slice(i, i + 7);
    while (week.length < 7) week.push(null);
    weeks.push(week);
  }
  return weeks;
}

/** 0 for no grades, then 1-4 by quartile of the busiest day, like a contribution calendar. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

export function calendarSummary(calendar: readonly DayCount[]): string {
  const days = calendar.filter((d) => d.count > 0).length;
  const grades = calendar.reduce((sum, d) => sum + d.count, 0);
  return `${plural(grades, 'grade', 'grades')} on ${plural(days, 'day', 'days')} of the last ${Math.round(calendar.length / 7)} weeks.`;
}

/** The quiz chart's text alternative: one row per topic, its sessions' scores oldest first. */
export function quizRows(quiz: readonly QuizTrend[]): Array<{ title: string; scores: string; latest: string }> {
  return quiz
    .filter((t) => t.sessions.length > 0)
    .map((t) => ({
      title: t.title,
      scores: t.sessions.map((s) => percent(s.score)).join(', '),
      latest: percent(t.sessions[t.sessions.length - 1].score),
    }));
}

/** "91% of 34 reviews (target 90%)", or why there is no figure yet. */
export function retentionLabel(retention: DashboardData['retention']): string {
  if (retention.actual === null) return `No reviews of learned cards in the last 30 days yet (target ${percent(retention.target)}).`;
  return `${percent(retention.actual)} of ${plural(retention.reviews, 'review', 'reviews')} remembered (target ${percent(retention.target)})`;
}
