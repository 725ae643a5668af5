// CONTRACT (lead): the exam date's plan. H-exam implements it.

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

// The functions H-exam implements (signatures fixed for the dashboard's use):
import type { ReviewRecord } from './scheduler';

/** Reads crmStudy.examDate: the plan, nothing for an unset value, or why the value cannot be used (malformed, not a date, past). */
export declare function parseExamDate(value: unknown, now: number): { plan?: ExamPlan; error?: string };
/** When the card is due under the exam rule (brought forward into the last stretch, never after the exam day). */
export declare function examDue(cardId: string, record: ReviewRecord, plan: ExamPlan): number;
/** The daily plan for today. */
export declare function dailyPlan(input: { plan: ExamPlan; now: number; unstudied: number; newPerDay: number; newToday: number; reviewsToday: number }): DailyPlan;
