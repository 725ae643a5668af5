// The exam date's plan: what crmStudy.examDate means for scheduling and for
// the daily plan. Pure: the flashcards feature reads the setting, the due
// counts, the review session and the dashboard apply the rule through
// examLookup / examDue.
//
// The rule. Every studied card is seen at least once in the last stretch, the
// final week before the exam, and no interval runs past the exam: the exam is
// the card's next review. Cepeda, Vul, Rohrer, Wixted & Pashler (2008) found
// that retention at a test is best when the gap between study sessions is
// about 10-20% of the time to the test, and that a review shortly before the
// test does much of the work; for a course studied over a term (ten weeks or
// more) a week is that share, and it is where students who asked FSRS and
// Anki for an exam mode reviewed in advance by hand (open-spaced-repetition/
// fsrs4anki#434 and #532, fsrs4anki-helper#456; st3v3nmw/obsidian-spaced-
// repetition#1038). A card last seen before the stretch and due after its
// start is brought forward to one day of the stretch picked by a stable hash
// of its id, so the week is not one pile and a card keeps its day as days pass.
//
// The stretch depends on the exam date alone: with a date set less than a
// week ahead, the stretch days already past hold the cards seen recently, and
// the cards whose day has passed are due at once.
//
// The stored records keep FSRS's own due: the rule is applied when dues are
// read. Storing capped dues would leave every card reviewed in the last week
// due on the exam day, and overdue for good once the exam is over.

import { l10n } from '../util/l10n';
import type { ReviewRecord } from './scheduler';
import type { RecordLookup } from './reviewQueue';
import { DAY, startOfLocalDay } from './time';

/** What an exam date set in crmStudy.examDate means for scheduling, from one moment on. */
export interface ExamPlan {
  /** The date as set, YYYY-MM-DD. */
  date: string;
  /** Local midnight at the start of the exam day (epoch ms). */
  examDay: number;
  /** Start of the last stretch before the exam: every studied card is seen at least once between this and examDay. */
  stretchStart: number;
}

/** The daily plan shown in the dashboard and the status bar's tooltip. */
export interface DailyPlan {
  /** Whole days left to study, today included, the exam day not. */
  daysLeft: number;
  /** Cards never studied. */
  unstudied: number;
  /** New cards a day needed so that every card is met at least twice before the exam. */
  newPerDayNeeded: number;
  /** crmStudy.review.newPerDay: the upper limit the student set. */
  newPerDayLimit: number;
  /** New cards for today, after what was already introduced today: min(needed, limit) - newToday, at least 0. */
  newToday: number;
  /** Reviews due today (by the exam rule). */
  reviewsToday: number;
  /** False when the limit is below what is needed: the plan cannot meet every card twice. */
  onTrack: boolean;
}

/** Days in the last stretch: the final week before the exam. */
export const STRETCH_DAYS = 7;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight `days` calendar days after the local day of y-m-d (DST-safe: built from calendar fields). */
function localDay(y: number, m: number, d: number, days = 0): number {
  return new Date(y, m - 1, d + days).getTime();
}

/** Reads crmStudy.examDate: the plan, nothing for an unset value, or why the value cannot be used (malformed, not a date, past). */
export function parseExamDate(value: unknown, now: number): { plan?: ExamPlan; error?: string } {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') return { error: l10n.t('The exam date must be a date written YYYY-MM-DD, such as 2027-01-15.') };
  const date = value.trim();
  if (date === '') return {};
  const match = DATE.exec(date);
  if (!match) return { error: l10n.t('"{0}" is not a date written YYYY-MM-DD, such as 2027-01-15.', date) };
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(y, m - 1, d);
  if (y < 1000 || check.getFullYear() !== y || check.getMonth() !== m - 1 || check.getDate() !== d) {
    return { error: l10n.t('{0} is not a day of the calendar.', date) };
  }
  const examDay = check.getTime();
  if (examDay < startOfLocalDay(now)) return { error: l10n.t('The exam date {0} is in the past.', date) };
  return { plan: { date, examDay, stretchStart: localDay(y, m, d, -STRETCH_DAYS) } };
}

/** FNV-1a over the id: the same stretch day for a card on every read, in every window. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The local midnights of the stretch's days, worked out once per plan (Dates in local time are slow to make per card). */
const stretchDaysOf = new WeakMap<ExamPlan, number[]>();

function stretchDays(plan: ExamPlan): number[] {
  let days = stretchDaysOf.get(plan);
  if (!days) {
    const start = new Date(plan.stretchStart);
    days = Array.from({ length: STRETCH_DAYS }, (_, i) => new Date(start.getFullYear(), start.getMonth(), start.getDate() + i).getTime());
    stretchDaysOf.set(plan, days);
  }
  return days;
}

/** The day of the stretch a card brought forward is due on (local midnight). */
export function stretchDay(cardId: string, plan: ExamPlan): number {
  return stretchDays(plan)[hash(cardId) % STRETCH_DAYS];
}

/** When the card is due under the exam rule (brought forward into the last stretch, never after the exam day). */
export function examDue(cardId: string, record: ReviewRecord, plan: ExamPlan): number {
  const due = Math.min(record.due, plan.examDay);
  // Never studied (new, or queued for review): nothing to bring forward.
  if (record.lastReview === undefined) return due;
  // Seen in the stretch already, or due before it (its next review will be).
  if (record.lastReview >= plan.stretchStart || due < plan.stretchStart) return due;
  return Math.min(due, stretchDay(cardId, plan));
}

/**
 * The record with its due capped at the exam day (a grade given on the exam
 * day itself is left alone): for a grade's interval, as the buttons show it.
 */
export function capToExam(record: ReviewRecord, plan: ExamPlan): ReviewRecord {
  if (record.due <= plan.examDay || (record.lastReview ?? 0) >= plan.examDay) return record;
  return { ...record, due: plan.examDay };
}

/**
 * A lookup that answers with the exam rule's dues, for the queue and the due
 * counts. On the exam day itself the rule is done (the exam is the review it
 * aimed at), so from then on the stored dues are answered as they are.
 */
export function examLookup(lookup: RecordLookup, plan: ExamPlan | undefined, now: number): RecordLookup {
  if (!plan || now >= plan.examDay) return lookup;
  return (id) => {
    const record = lookup(id);
    if (!record) return undefined;
    const due = examDue(id, record, plan);
    return due === record.due ? record : { ...record, due };
  };
}

/** Whole calendar days from the local day of `now` to the exam day (0 on the exam day). */
export function daysUntilExam(plan: ExamPlan, now: number): number {
  return Math.max(0, Math.round((plan.examDay - startOfLocalDay(now)) / DAY));
}

/**
 * The daily plan for today. A card is met twice when it is studied on two
 * different days before the exam day, so the last day a new card can be
 * introduced is the day before the last study day: the cards not yet
 * introduced (those of today included, so the figure holds still through the
 * day) are spread over daysLeft - 1 days. With one day left no card can still
 * be met twice: every card not yet studied is needed today, and the plan is
 * not on track while there is one.
 */
export function dailyPlan(input: { plan: ExamPlan; now: number; unstudied: number; newPerDay: number; newToday: number; reviewsToday: number }): DailyPlan {
  const daysLeft = daysUntilExam(input.plan, input.now);
  const unstudied = Math.max(0, input.unstudied);
  const limit = Math.max(0, Math.floor(input.newPerDay));
  const introducedToday = Math.max(0, input.newToday);
  const toIntroduce = unstudied + introducedToday;
  let needed: number;
  if (unstudied === 0) needed = 0;
  else if (daysLeft <= 1) needed = daysLeft === 0 ? 0 : toIntroduce;
  else needed = Math.ceil(toIntroduce / (daysLeft - 1));
  const onTrack = unstudied === 0 || (daysLeft >= 2 && needed <= limit);
  return {
    daysLeft,
    unstudied,
    newPerDayNeeded: needed,
    newPerDayLimit: limit,
    newToday: Math.min(unstudied, Math.max(0, Math.min(needed, limit) - introducedToday)),
    reviewsToday: input.reviewsToday,
    onTrack,
  };
}

function examDayLabel(plan: ExamPlan, month: 'long' | 'short', locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month }).format(new Date(plan.examDay));
}

function daysPhrase(days: number): string {
  return days === 1 ? l10n.t('1 day') : l10n.t('{0} days', days);
}

/** The confirmation of Set Exam Date: "Exam on 15 January: 44 days; 9 new cards a day meets every card twice." */
export function describeExamPlan(plan: ExamPlan, daily: DailyPlan, locale?: string): string {
  const day = examDayLabel(plan, 'long', locale);
  const days = daysPhrase(daily.daysLeft);
  if (daily.daysLeft === 0) return l10n.t('Exam on {0}: today. Good luck!', day);
  if (daily.unstudied === 0) return l10n.t('Exam on {0}: {1}; every card is started, so only reviews remain.', day, days);
  if (!daily.onTrack && daily.daysLeft < 2) return l10n.t('Exam on {0}: {1}; too little time to meet the {2} cards not yet studied twice.', day, days, daily.unstudied);
  if (!daily.onTrack) {
    return l10n.t('Exam on {0}: {1}; meeting every card twice needs {2} new cards a day, above your limit of {3} (crmStudy.review.newPerDay).', day, days, daily.newPerDayNeeded, daily.newPerDayLimit);
  }
  return daily.newPerDayNeeded === 1
    ? l10n.t('Exam on {0}: {1}; 1 new card a day meets every card twice.', day, days)
    : l10n.t('Exam on {0}: {1}; {2} new cards a day meets every card twice.', day, days, daily.newPerDayNeeded);
}

/** The status bar tooltip's plan: "Exam on 15 Jan (44 days): 9 new cards a day, 23 reviews today". */
export function describeDailyPlan(plan: ExamPlan, daily: DailyPlan, locale?: string): string {
  const day = examDayLabel(plan, 'short', locale);
  if (daily.daysLeft === 0) return l10n.t('Exam today ({0})', day);
  const reviews = daily.reviewsToday === 1 ? l10n.t('1 review today') : l10n.t('{0} reviews today', daily.reviewsToday);
  const perDay = Math.min(daily.newPerDayNeeded, daily.newPerDayLimit);
  const fresh = perDay === 1 ? l10n.t('1 new card a day') : l10n.t('{0} new cards a day', perDay);
  const text = l10n.t('Exam on {0} ({1}): {2}, {3}', day, daysPhrase(daily.daysLeft), fresh, reviews);
  return daily.onTrack ? text : l10n.t('{0} (below the {1} a day needed to meet every card twice)', text, daily.newPerDayNeeded);
}
