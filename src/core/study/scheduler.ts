// The spaced-repetition scheduler: a thin adapter over ts-fsrs (FSRS) that works
// on our own plain, JSON-friendly review records (epoch milliseconds, no Date
// objects) so they can be stored in globalState and synced as they are.

import { Card as FsrsCard, createEmptyCard, fsrs, FSRS, Grade as FsrsGrade, Rating, State } from 'ts-fsrs';
import { formatInterval } from './time';
import { Grade, GRADE_ORDER } from './types';

const RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

/** FSRS learning state, as stored: 0 new, 1 learning, 2 review, 3 relearning. */
export type CardState = 0 | 1 | 2 | 3;

/** What we remember about one card. Times are epoch milliseconds. */
export interface ReviewRecord {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview?: number;
  /** When the card was first graded: counts it against the new-cards-per-day limit of that day. */
  firstReview?: number;
}

export interface SchedulerOptions {
  /** Desired retention, 0.7 to 0.99. */
  retention?: number;
  /** ts-fsrs fuzz: off by default so the interval a button shows is the one it gives. */
  fuzz?: boolean;
}

export interface IntervalPreview {
  /** Milliseconds from `now` until the card would be due again. */
  ms: number;
  /** Anki-style short label: "<1m", "<10m", "3h", "4d", "1.5mo", "2y". */
  label: string;
}

export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.99;
export const DEFAULT_RETENTION = 0.9;

export function clampRetention(value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_RETENTION;
  return Math.min(MAX_RETENTION, Math.max(MIN_RETENTION, n));
}

export class Scheduler {
  private readonly fsrs: FSRS;
  readonly retention: number;

  constructor(options: SchedulerOptions = {}) {
    this.retention = clampRetention(options.retention);
    this.fsrs = fsrs({ request_retention: this.retention, enable_fuzz: options.fuzz ?? false, enable_short_term: true });
  }

  /** The interval each grade would give, for the labels on the grade buttons. */
  preview(record: ReviewRecord | undefined, now: number): Record<Grade, IntervalPreview> {
    const outcomes = this.fsrs.repeat(toFsrs(record, now), new Date(now));
    const result = {} as Record<Grade, IntervalPreview>;
    for (const grade of GRADE_ORDER) {
      const ms = Math.max(0, outcomes[RATING[grade]].card.due.getTime() - now);
      result[grade] = { ms, label: formatInterval(ms) };
    }
    return result;
  }

  /** The record after grading; the input is left untouched, so keeping it is all an undo needs. */
  grade(record: ReviewRecord | undefined, grade: Grade, now: number): ReviewRecord {
    const { card } = this.fsrs.next(toFsrs(record, now), new Date(now), RATING[grade]);
    return fromFsrs(card, record?.firstReview ?? (isNewRecord(record) ? now : undefined));
  }
}

/** A card nobody has graded yet (or one queued for review) as a record due at `due`. */
export function newRecord(due: number): ReviewRecord {
  return fromFsrs(createEmptyCard(new Date(due)), undefined);
}

export function isNewRecord(record: ReviewRecord | undefined): boolean {
  return !record || record.state === State.New;
}

/** In FSRS's learning or relearning steps: due again within minutes, not days. */
export function isLearning(record: ReviewRecord | undefined): record is ReviewRecord {
  return !!record && (record.state === State.Learning || record.state === State.Relearning);
}

function toFsrs(record: ReviewRecord | undefined, now: number): FsrsCard {
  if (!record) return createEmptyCard(new Date(now));
  return {
    due: new Date(record.due),
    stability: record.stability,
    difficulty: record.difficulty,
    elapsed_days: 0,
    scheduled_days: record.scheduledDays,
    learning_steps: record.learningSteps,
    reps: record.reps,
    lapses: record.lapses,
    state: record.state as State,
    last_review: record.lastReview === undefined ? undefined : new Date(record.lastReview),
  };
}

function fromFsrs(card: FsrsCard, firstReview: number | undefined): ReviewRecord {
  const record: ReviewRecord = {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState,
  };
  if (card.last_review) record.lastReview = card.last_review.getTime();
  if (firstReview !== undefined && card.last_review) record.firstReview = firstReview;
  return record;
}
