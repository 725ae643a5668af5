// One study session: the queue, the card on screen, grading through the
// scheduler into the store, undo, and the figures for the progress bar and the
// summary. Pure logic, driven by the flashcards panel and by the unit tests.

import { emptyStats, Grade, GRADE_ORDER, SessionStats, StudyMode } from './types';
import { ProgressStore, ReviewLogEntry } from './progressStore';
import { StudyTarget } from '../content/model';
import { buildQueue, matchesFilter, newCardsIntroducedOn, QueueCard } from './reviewQueue';
import { IntervalPreview, isLearning, ReviewRecord, Scheduler } from './scheduler';
import { formatInterval, MINUTE, startOfNextLocalDay } from './time';
import type { Rating, ReviewEvent } from './reviewLog';
import { ExamPlan, examLookup } from './examPlan';

/** Like Anki: a learning card due within this window comes back in the same session. */
export const LEARN_AHEAD_MS = 20 * MINUTE;
const MAX_UNDO = 100;

export interface SessionOptions extends StudyTarget {
  mode: StudyMode;
  shuffle: boolean;
  seed: number;
  /** New cards allowed today: with an exam date, the plan's min(needed, limit). */
  newPerDay: number;
  /** With an exam date: dues by the exam rule, intervals shown no longer than the time to the exam. */
  exam?: ExamPlan;
  /** Carried over when a panel is restored after a reload. */
  stats?: SessionStats;
  /** Where every grade is logged (the review log); an undo takes its entry out again. */
  history?: ReviewSink;
}

/** What a session needs of the review log. */
export interface ReviewSink {
  append(event: ReviewEvent): void;
  remove(cardId: string, at: number): void;
}

interface UndoStep<T> {
  card: T;
  previous: ReviewRecord | undefined;
  logEntry: ReviewLogEntry;
  remaining: T[];
  stats: SessionStats;
}

export class ReviewSession<T extends QueueCard> {
  private remaining: T[];
  private readonly undoSteps: Array<UndoStep<T>> = [];
  private statsNow: SessionStats;
  readonly startedWith: number;

  constructor(
    private readonly cards: readonly T[],
    private readonly store: ProgressStore,
    private readonly scheduler: Scheduler,
    readonly options: SessionOptions,
    private readonly clock: () => number = Date.now,
  ) {
    const now = clock();
    const queue = buildQueue(cards, examLookup((id) => store.get(id), options.exam, now), {
      ...options,
      now,
      newToday: newCardsIntroducedOn(store.records(), now),
    });
    this.remaining = queue.cards;
    if (options.mode === 'due') this.remaining.push(...this.learningSoon(now, new Set(queue.cards.map((c) => c.id))));
    this.startedWith = this.remaining.length;
    this.statsNow = { ...(options.stats ?? emptyStats()) };
  }

  get mode(): StudyMode {
    return this.options.mode;
  }

  current(): T | undefined {
    return this.remaining[0];
  }

  stats(): SessionStats {
    return { ...this.statsNow };
  }

  progress(): { done: number; remaining: number } {
    return { done: this.statsNow.reviewed, remaining: this.remaining.length };
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  /** The interval each grade would give the current card; undefined in cram mode or when done. */
  intervals(): Record<Grade, IntervalPreview> | undefined {
    const card = this.current();
    if (!card || this.options.mode === 'cram') return undefined;
    const now = this.clock();
    const intervals = this.scheduler.preview(this.store.get(card.id), now);
    const exam = this.options.exam;
    if (!exam || exam.examDay <= now) return intervals;
    // No interval runs past the exam: the exam is the card's next review.
    const cap = exam.examDay - now;
    for (const grade of GRADE_ORDER) {
      if (intervals[grade].ms > cap) intervals[grade] = { ms: cap, label: formatInterval(cap) };
    }
    return intervals;
  }

  /**
   * Grades the current card and moves on; resolves once the new record is
   * stored. `durationMs`: from the card shown to the grade, as the webview measured it.
   */
  async grade(grade: Grade, durationMs = 0): Promise<void> {
    const card = this.current();
    if (!card) return;
    const now = this.clock();
    const previous = this.store.get(card.id);
    const event: ReviewEvent = { cardId: card.id, at: now, rating: (GRADE_ORDER.indexOf(grade) + 1) as Rating, state: previous?.state ?? 0, durationMs };
    if (this.options.mode === 'cram') event.cram = true;
    this.options.history?.append(event);
    const step: UndoStep<T> = { card, previous, logEntry: { cardId: card.id, grade, at: now }, remaining: [...this.remaining], stats: this.stats() };
    this.remaining.shift();
    this.statsNow.reviewed++;
    this.statsNow[grade]++;
    if (this.options.mode === 'cram') {
      step.logEntry.cram = true;
      // Cram changes no schedule; a miss comes back at the end of the session.
      if (grade === 'again') this.remaining.push(card);
      this.pushUndo(step);
      await this.store.set(card.id, previous, step.logEntry);
      return;
    }
    const next = this.scheduler.grade(previous, grade, now);
    if (isLearning(next) && next.due <= now + LEARN_AHEAD_MS) this.remaining.push(card);
    this.pushUndo(step);
    await this.store.set(card.id, next, step.logEntry);
  }

  /** Takes back the last grade: the record exactly as it was, the card back on screen. */
  async undo(): Promise<T | undefined> {
    const step = this.undoSteps.pop();
    if (!step) return undefined;
    this.remaining = step.remaining;
    this.statsNow = step.stats;
    this.options.history?.remove(step.logEntry.cardId, step.logEntry.at);
    await this.store.restore(step.card.id, step.previous, step.logEntry);
    return step.card;
  }

  /**
   * Follows a change of the content (a note saved, deleted): every card still
   * to come, and every card an undo would bring back, becomes its current
   * version from `lookup`, or leaves the session when it is gone. True when the
   * card on screen is not the same object any more (gone, or rewritten).
   */
  refreshCards(lookup: (cardId: string) => T | undefined): boolean {
    const shown = this.current();
    const current = (list: readonly T[]) => list.map((card) => lookup(card.id)).filter((card): card is T => card !== undefined);
    this.remaining = current(this.remaining);
    for (let i = this.undoSteps.length - 1; i >= 0; i--) {
      const step = this.undoSteps[i];
      const card = lookup(step.card.id);
      if (!card) this.undoSteps.splice(i, 1);
      else {
        step.card = card;
        step.remaining = current(step.remaining);
      }
    }
    return this.current() !== shown;
  }

  /** Earliest due time after `now` among the filter's cards, and how many are due by the end of tomorrow. */
  outlook(): { nextDue?: number; dueTomorrow: number } {
    const now = this.clock();
    const startOfTomorrow = startOfNextLocalDay(now);
    const endOfTomorrow = startOfNextLocalDay(startOfTomorrow);
    let nextDue: number | undefined;
    let dueTomorrow = 0;
    const lookup = examLookup((id) => this.store.get(id), this.options.exam, now);
    for (const card of this.cards) {
      if (!matchesFilter(card, this.options)) continue;
      const record = lookup(card.id);
      if (!record) continue;
      if (record.due > now && (nextDue === undefined || record.due < nextDue)) nextDue = record.due;
      if (record.due >= startOfTomorrow && record.due < endOfTomorrow) dueTomorrow++;
    }
    return { nextDue, dueTomorrow };
  }

  private pushUndo(step: UndoStep<T>): void {
    this.undoSteps.push(step);
    if (this.undoSteps.length > MAX_UNDO) this.undoSteps.shift();
  }

  /** Learning cards due within the learn-ahead window that the queue did not already hold. */
  private learningSoon(now: number, taken: Set<string>): T[] {
    const soon: Array<{ card: T; due: number }> = [];
    for (const card of this.cards) {
      if (taken.has(card.id) || !matchesFilter(card, this.options)) continue;
      const record = this.store.get(card.id);
      if (isLearning(record) && record.due > now && record.due <= now + LEARN_AHEAD_MS) {
        soon.push({ card, due: record.due });
      }
    }
    return soon.sort((a, b) => a.due - b.due).map((s) => s.card);
  }
}
