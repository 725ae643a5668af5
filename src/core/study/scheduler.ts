// The spaced-repetition scheduler: a thin adapter over ts-fsrs (FSRS) that works
// on our own plain, JSON-friendly review records (epoch milliseconds, no Date
// objects) so they can be stored in globalState and synced as they are.

//
// ts-fsrs itself is loaded on the first preview or grade (src/core/markdown/
// libs.ts; it ships as dist/ts-fsrs.js): activation builds a Scheduler and
// reads records, which needs none of it. Its Rating and State numbers are
// FSRS's own and fixed, so they are spelled out here rather than read from it.

import type { Card as FsrsCard, FSRS, Grade as FsrsGrade, State } from 'ts-fsrs';
import { loadFsrs } from '../markdown/libs';
import { formatInterval } from './time';
import { Grade, GRADE_ORDER } from './types';

/** ts-fsrs's Rating: Again 1, Hard 2, Good 3, Easy 4. */
const RATING: Record<Grade, FsrsGrade> = {
  again: 1 as FsrsGrade,
  hard: 2 as FsrsGrade,
  good: 3 as FsrsGrade,
  easy: 4 as FsrsGrade,
};

/** FSRS learning state, as stored: 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs's State). */
export type CardState = 0 | 1 | 2 | 3;
const NEW: CardState = 0;
const LEARNING: CardState = 1;
const RELEARNING: CardState = 3;

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
  private engine: FSRS | undefined;
  private readonly fuzz: boolean;
  readonly retention: number;

  constructor(options: SchedulerOptions = {}) {
    this.retention = clampRetention(options.retention);
    this.fuzz = options.fuzz ?? false;
  }

  private get fsrs(): FSRS {
    return (this.engine ??= loadFsrs().fsrs({ request_retention: this.retention, enable_fuzz: this.fuzz, enable_short_term: true }));
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
  return fromFsrs(loadFsrs().createEmptyCard(new Date(due)), undefined);
}

export function isNewRecord(record: ReviewRecord | undefined): boolean {
  return !record || record.state === NEW;
}

/** In FSRS's learning or relearning steps: due again within minutes, not days. */
export function isLearning(record: ReviewRecord | undefined): record is ReviewRecord {
  return !!record && (record.state === LEARNING || record.state === RELEARNING);
}

/** A stored record as ts-fsrs's card (a new card when there is none); exported for the tests that compare with ts-fsrs. */
export function toFsrs(record: ReviewRecord | undefined, now: number): FsrsCard {
  if (!record) return loadFsrs().createEmptyCard(new Date(now));
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
