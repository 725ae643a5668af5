// The messages between the progress dashboard (webview, "CRM Study: Show
// Progress") and the extension host, and the figures it shows. Plain data
// only: no vscode and no DOM imports, so both sides and the unit tests share
// it. Computed on the host by src/core/progress/dashboardData.ts.

/** Cards of a scope by FSRS state; young and mature are review cards under and from 21 days of stability (Anki's line). */
export interface StateCounts {
  new: number;
  learning: number;
  young: number;
  mature: number;
}

export interface ScopeReadiness {
  /** A pack topic's id, MY_NOTES ("notes:") for all of the student's notes, or a group of notes' topic id. */
  id: string;
  title: string;
  /** 1 for a group of notes, shown under "My notes"; absent for the pack's topics and My notes itself. */
  level?: number;
  cards: number;
  /** Mean predicted recall (FSRS retrievability) of its cards now, new cards counted as 0; 0..1. */
  readiness: number;
  /** Reviews due now (by the exam rule when an exam date is set). */
  due: number;
  states: StateCounts;
  /** With an exam date: mean predicted recall on exam day if the student keeps up with the plan, and if they stop now. */
  exam?: { keepUp: number; stopNow: number };
}

export interface WeakConcept {
  conceptId: string;
  term: string;
  /** The topic's (or group of notes') title. */
  scope: string;
  readiness: number;
  cards: number;
}

export interface DayCount {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  count: number;
}

export interface QuizTrend {
  topicId: string;
  title: string;
  /** Oldest first: when the quiz ended and the share of points scored, 0..1. */
  sessions: Array<{ at: number; score: number }>;
}

export interface DashboardData {
  /** When the figures were computed (epoch ms). */
  at: number;
  /** Everything together: the pack and the notes. */
  overall: ScopeReadiness;
  /** The pack's topics in order, then My notes (when there are notes) and its groups (level 1). */
  scopes: ScopeReadiness[];
  /** Up to five concepts with studied or new cards, lowest readiness first. */
  weakest: WeakConcept[];
  /** Reviews due on each of the next 30 local days; today's count includes what is overdue. */
  forecast: DayCount[];
  /** Grades per local day over the last 26 weeks (182 days, oldest first, today last). */
  calendar: DayCount[];
  /** Days in a row, up to today, with at least one grade (today not yet studied does not break it). */
  streak: number;
  /** Time from card shown to grade, summed: all time, and over the last 30 days (ms). */
  studiedMs: number;
  studiedMsLast30: number;
  /** Share of review-state grades (not new or learning cards, not cram) that were not Again, last 30 days; null without any. */
  retention: { actual: number | null; reviews: number; target: number };
  /** Quiz sessions per topic over time (the quiz keeps the last 20 per topic). */
  quiz: QuizTrend[];
  /** With crmStudy.examDate set and not past. */
  exam?: {
    date: string;
    daysLeft: number;
    newPerDayNeeded: number;
    newPerDayLimit: number;
    newToday: number;
    reviewsToday: number;
    onTrack: boolean;
  };
  /** What a due session would show now: reviews due and new cards left for today. */
  today: { due: number; fresh: number };
}

export type ToDashboard =
  | { type: 'data'; data: DashboardData }
  | { type: 'error'; message: string };

export type FromDashboard =
  /** The script ran and drew what the page inlined. */
  | { type: 'ready' }
  /** Sent once the first figures are drawn; the host logs the time from the command. */
  | { type: 'painted' }
  /** "Study" beside a weak concept. */
  | { type: 'study'; conceptId: string }
  /** Open the flashcards on a scope (a readiness bar's Study). */
  | { type: 'studyScope'; topicId: string }
  | { type: 'setExamDate' }
  | { type: 'refresh' };

export function isFromDashboard(value: unknown): value is FromDashboard {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'painted':
    case 'setExamDate':
    case 'refresh':
      return true;
    case 'study':
      return typeof m.conceptId === 'string';
    case 'studyScope':
      return typeof m.topicId === 'string';
    default:
      return false;
  }
}
