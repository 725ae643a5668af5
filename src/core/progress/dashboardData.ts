// The progress dashboard's figures ("CRM Study: Show Progress"), computed on
// the host from the cards, their stored records, the review log and the quiz
// results: readiness per scope, the weakest concepts, cards by state, the due
// forecast, the calendar, streak, time studied, true retention, quiz trends
// and, with an exam date, the exam-day forecast and the daily plan. Every
// field's meaning is written in src/shared/dashboardProtocol.ts.
//
// Cost: one pass over the cards and one over the events. Local days are found
// by comparing times with precomputed local-midnight boundaries (built from
// calendar fields, so a DST change gives a 23- or 25-hour day), never by
// formatting a date per event.

import { Card, Concept, isNoteTopic, MY_NOTES, Topic } from '../content/model';
import { myNotesTitle, noteGroupTitle } from '../notes/noteLabels';
import { l10n } from '../util/l10n';
import type { ReviewRecord } from '../study/scheduler';
import type { ReviewEvent } from '../study/reviewLog';
import { dailyPlan, ExamPlan, examDue } from '../study/examPlan';
import type { QuizResults } from '../quiz/results';
import { newCardsIntroducedOn } from '../study/reviewQueue';
import { forgettingCurve, retrievability } from '../study/retrievability';
import { DAY, startOfLocalDay } from '../study/time';
import type { DashboardData, DayCount, QuizTrend, ScopeReadiness, StateCounts, WeakConcept } from '../../shared/dashboardProtocol';

export interface DashboardInput {
  /** Every card: the pack's and the student's notes'. */
  cards: readonly Card[];
  concept(id: string): Concept | undefined;
  /** The pack's topics in order; then the groups of notes. */
  packTopics: readonly Topic[];
  noteTopics: readonly Topic[];
  /** The stored record of a card; undefined when never studied. */
  record(cardId: string): ReviewRecord | undefined;
  /** Every stored record (for the new cards introduced today). */
  records(): Iterable<ReviewRecord>;
  /** The review log, oldest first. */
  events: readonly ReviewEvent[];
  quiz: QuizResults;
  /** crmStudy.review.retention */
  retention: number;
  /** crmStudy.review.newPerDay */
  newPerDay: number;
  exam?: ExamPlan;
  now: number;
}

/** Review cards from this stability on (days) are mature; Anki's line is a 21-day interval, FSRS's stability is the interval at 90 % recall. */
export const MATURE_STABILITY = 21;
export const FORECAST_DAYS = 30;
export const CALENDAR_DAYS = 182;
const WINDOW_DAYS = 30;
const WEAKEST = 5;

interface Tally {
  cards: number;
  sumR: number;
  due: number;
  states: StateCounts;
  /** Exam day: recall with no more reviews, recall of the studied cards if kept up, and the cards never studied. */
  stopNow: number;
  keepUp: number;
  fresh: number;
}

const tally = (): Tally => ({ cards: 0, sumR: 0, due: 0, states: { new: 0, learning: 0, young: 0, mature: 0 }, stopNow: 0, keepUp: 0, fresh: 0 });

export function computeDashboard(input: DashboardInput): DashboardData {
  const { now, exam } = input;
  const target = input.retention;
  const hasNotes = input.noteTopics.length > 0;

  // Scopes in the order shown, and where each card's topic adds its figures.
  const overall = tally();
  const notes = tally();
  const scopeList: Array<{ id: string; title: string; level?: number; t: Tally }> = [];
  const byTopic = new Map<string, Tally>();
  const topicTitle = new Map<string, string>();
  for (const topic of input.packTopics) {
    const t = tally();
    scopeList.push({ id: topic.id, title: topic.title, t });
    byTopic.set(topic.id, t);
    topicTitle.set(topic.id, topic.title);
  }
  if (hasNotes) {
    scopeList.push({ id: MY_NOTES, title: myNotesTitle(), t: notes });
    topicTitle.set(MY_NOTES, myNotesTitle());
    for (const topic of input.noteTopics) {
      const t = tally();
      scopeList.push({ id: topic.id, title: topic.title, level: 1, t });
      byTopic.set(topic.id, t);
      topicTitle.set(topic.id, noteGroupTitle(topic));
    }
  }

  const forecastStarts = localDayStarts(startOfLocalDay(now), 0, FORECAST_DAYS);
  const forecast = new Array<number>(FORECAST_DAYS).fill(0);
  const concepts = new Map<string, { sumR: number; cards: number; reviews: number }>();
  let unstudied = 0;
  let fresh = 0;

  for (const card of input.cards) {
    const record = input.record(card.id);
    const studied = !!record && record.state !== 0;
    if (!record) unstudied++;
    if (!studied) fresh++;
    const r = retrievability(record, now);
    // Due as the badges count it (a stored record due now), moved by the exam rule when there is an exam date.
    const dueAt = record ? (exam ? examDue(card.id, record, exam) : record.due) : undefined;
    if (dueAt !== undefined) {
      const day = dayIndex(forecastStarts, dueAt);
      if (day < FORECAST_DAYS) forecast[Math.max(0, day)]++;
    }
    let stop = 0;
    let keep = 0;
    if (exam && studied) {
      stop = retrievability(record, exam.examDay);
      keep = Math.max(stop, target, keptUp(record, dueAt as number, exam.examDay));
    }
    const state: keyof StateCounts = !studied ? 'new' : record.state === 2 ? (record.stability >= MATURE_STABILITY ? 'mature' : 'young') : 'learning';
    const isDue = dueAt !== undefined && dueAt <= now;
    addCard(overall, r, isDue, state, stop, keep, studied);
    const own = byTopic.get(card.topic);
    if (own) addCard(own, r, isDue, state, stop, keep, studied);
    if (hasNotes && isNoteTopic(card.topic)) addCard(notes, r, isDue, state, stop, keep, studied);
    if (card.conceptId) {
      let c = concepts.get(card.conceptId);
      if (!c) concepts.set(card.conceptId, (c = { sumR: 0, cards: 0, reviews: 0 }));
      c.sumR += r;
      c.cards++;
      c.reviews += record?.reps ?? 0;
    }
  }

  const newToday = newCardsIntroducedOn(input.records(), now);
  const limit = Math.max(0, Math.floor(input.newPerDay));
  const leftToday = Math.max(0, limit - newToday);

  let examData: DashboardData['exam'];
  let freshShare = 0;
  if (exam) {
    const plan = dailyPlan({ plan: exam, now, unstudied, newPerDay: input.newPerDay, newToday, reviewsToday: forecast[0] });
    examData = {
      date: exam.date,
      daysLeft: plan.daysLeft,
      newPerDayNeeded: plan.newPerDayNeeded,
      newPerDayLimit: plan.newPerDayLimit,
      newToday: plan.newToday,
      reviewsToday: plan.reviewsToday,
      onTrack: plan.onTrack,
    };
    // Met twice before the exam: introduced on a day with a later study day left, at most the limit a day.
    const canIntroduce = plan.daysLeft >= 2 ? leftToday + limit * (plan.daysLeft - 2) : 0;
    freshShare = fresh > 0 ? Math.min(fresh, canIntroduce) / fresh : 0;
  }

  const scope = (id: string, title: string, t: Tally, level?: number): ScopeReadiness => {
    const s: ScopeReadiness = { id, title, cards: t.cards, readiness: mean(t.sumR, t.cards), due: t.due, states: t.states };
    if (level !== undefined) s.level = level;
    if (exam) s.exam = { keepUp: mean(t.keepUp + t.fresh * freshShare * target, t.cards), stopNow: mean(t.stopNow, t.cards) };
    return s;
  };

  const events = countEvents(input.events, now);
  const data: DashboardData = {
    at: now,
    overall: scope('', l10n.t('All cards'), overall),
    scopes: scopeList.map((s) => scope(s.id, s.title, s.t, s.level)),
    weakest: weakest(concepts, input, topicTitle),
    forecast: forecast.map((count, i) => ({ day: dayKey(forecastStarts[i]), count })),
    calendar: events.calendar,
    streak: events.streak,
    studiedMs: events.studiedMs,
    studiedMsLast30: events.studiedMsLast30,
    retention: { actual: events.reviews > 0 ? events.passed / events.reviews : null, reviews: events.reviews, target },
    quiz: quizTrends(input.quiz, input.packTopics, input.noteTopics, hasNotes, topicTitle),
    today: { due: overall.due, fresh: Math.min(unstudied, leftToday) },
  };
  if (examData) data.exam = examData;
  return data;
}

function addCard(t: Tally, r: number, isDue: boolean, state: keyof StateCounts, stop: number, keep: number, studied: boolean): void {
  t.cards++;
  t.sumR += r;
  if (isDue) t.due++;
  t.states[state]++;
  t.stopNow += stop;
  t.keepUp += keep;
  if (!studied) t.fresh++;
}

/**
 * A studied card's recall on exam day if the student keeps up: the exam rule
 * brings its next review (dueAt) into the last stretch and lets no interval
 * run past the exam, so the last review before the exam leaves a recall of at
 * least the target retention on the day (the scheduler picks intervals that
 * end at that recall). Counted from that review with today's stability, which
 * a passed review does not lower; the caller floors it at the target. It
 * assumes the reviews are passed, as "keeps up" says; lapses would lower it.
 */
function keptUp(record: ReviewRecord, dueAt: number, examDay: number): number {
  const from = Math.min(examDay, Math.max(dueAt, record.lastReview ?? dueAt));
  return forgettingCurve(Math.floor((examDay - from) / DAY), +record.stability.toFixed(8));
}

function weakest(concepts: Map<string, { sumR: number; cards: number; reviews: number }>, input: DashboardInput, topicTitle: Map<string, string>): WeakConcept[] {
  const rows: Array<WeakConcept & { reviews: number }> = [];
  for (const [conceptId, c] of concepts) {
    const concept: Concept | undefined = input.concept(conceptId);
    if (!concept) continue;
    rows.push({ conceptId, term: concept.term, scope: topicTitle.get(concept.topic) ?? '', readiness: c.sumR / c.cards, cards: c.cards, reviews: c.reviews });
  }
  // Lowest readiness first; among equals the less practised, then by term.
  rows.sort((a, b) => a.readiness - b.readiness || a.reviews - b.reviews || a.term.localeCompare(b.term));
  return rows.slice(0, WEAKEST).map((r) => ({ conceptId: r.conceptId, term: r.term, scope: r.scope, readiness: r.readiness, cards: r.cards }));
}

function quizTrends(quiz: QuizResults, packTopics: readonly Topic[], noteTopics: readonly Topic[], hasNotes: boolean, topicTitle: Map<string, string>): QuizTrend[] {
  const ids = [...packTopics.map((t) => t.id), ...(hasNotes ? [MY_NOTES, ...noteTopics.map((t) => t.id)] : [])];
  const trends: QuizTrend[] = [];
  for (const topicId of ids) {
    const sessions = quiz.topics[topicId];
    if (!sessions?.length) continue;
    trends.push({
      topicId,
      title: topicTitle.get(topicId) ?? topicId,
      sessions: [...sessions].sort((a, b) => a.at - b.at).map((s) => ({ at: s.at, score: s.asked > 0 ? s.points / s.asked : 0 })),
    });
  }
  return trends;
}

interface EventFigures {
  calendar: DayCount[];
  streak: number;
  studiedMs: number;
  studiedMsLast30: number;
  reviews: number;
  passed: number;
}

function countEvents(events: readonly ReviewEvent[], now: number): EventFigures {
  const today = startOfLocalDay(now);
  // starts[i] is the local midnight opening calendar day i; starts[CALENDAR_DAYS] closes today.
  const starts = localDayStarts(today, -(CALENDAR_DAYS - 1), CALENDAR_DAYS);
  const counts = new Array<number>(CALENDAR_DAYS).fill(0);
  const windowStart = starts[CALENDAR_DAYS - WINDOW_DAYS];
  const end = starts[CALENDAR_DAYS];
  let studiedMs = 0;
  let studiedMsLast30 = 0;
  let reviews = 0;
  let passed = 0;
  for (const e of events) {
    const ms = e.durationMs > 0 && Number.isFinite(e.durationMs) ? e.durationMs : 0;
    studiedMs += ms;
    if (e.at < starts[0] || e.at >= end) continue;
    counts[dayIndex(starts, e.at)]++;
    if (e.at < windowStart) continue;
    studiedMsLast30 += ms;
    if (e.state === 2 && !e.cram) {
      reviews++;
      if (e.rating > 1) passed++;
    }
  }
  return {
    calendar: counts.map((count, i) => ({ day: dayKey(starts[i]), count })),
    streak: streak(counts, events, starts[0]),
    studiedMs,
    studiedMsLast30,
    reviews,
    passed,
  };
}

/** Days in a row with a grade, ending today, or yesterday while today has none yet. */
function streak(counts: number[], events: readonly ReviewEvent[], calendarStart: number): number {
  let i = counts.length - 1;
  if (counts[i] === 0) i--;
  let n = 0;
  while (i >= 0 && counts[i] > 0) {
    n++;
    i--;
  }
  if (i >= 0) return n;
  // Studied every day of the calendar: go on further back through the older
  // grades, newest first (the log is oldest first), a date per day, not per grade.
  let day = previousLocalDay(calendarStart);
  let seen = false;
  for (let k = events.length - 1; k >= 0; k--) {
    const at = events[k].at;
    if (at >= calendarStart) continue;
    if (at >= day) {
      if (!seen) n++;
      seen = true;
      continue;
    }
    if (!seen) break;
    day = previousLocalDay(day);
    if (at < day) break;
    n++;
    seen = true;
  }
  return n;
}

/** count + 1 local midnights from `offset` days after the day starting at `dayStart` (DST-safe: from calendar fields). */
function localDayStarts(dayStart: number, offset: number, count: number): number[] {
  const d = new Date(dayStart);
  const [y, m, day] = [d.getFullYear(), d.getMonth(), d.getDate()];
  const starts = new Array<number>(count + 1);
  for (let i = 0; i <= count; i++) starts[i] = new Date(y, m, day + offset + i).getTime();
  return starts;
}

function previousLocalDay(dayStart: number): number {
  const d = new Date(dayStart);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1).getTime();
}

/** The day of `at` among consecutive day starts: -1 before the first, starts.length - 1 from the last boundary on. */
function dayIndex(starts: readonly number[], at: number): number {
  if (at < starts[0]) return -1;
  let lo = 0;
  let hi = starts.length - 1;
  if (at >= starts[hi]) return hi;
  // Invariant: starts[lo] <= at < starts[hi].
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}

function dayKey(dayStart: number): string {
  const d = new Date(dayStart);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

const mean = (sum: number, n: number) => (n > 0 ? sum / n : 0);
