// Which cards a study session shows, in which order: cards due now first (most
// overdue first), then cards never studied, up to what is left of today's
// new-card limit; or, in cram mode, every card of the filter with no scheduling.

import { createRng, shuffled } from '../util/rng';
import { inTopic, StudyTarget } from '../content/model';
import { StudyMode } from './types';
import { ReviewRecord } from './scheduler';
import { startOfLocalDay, startOfNextLocalDay } from './time';

/** The part of a card the queue needs. */
export interface QueueCard {
  id: string;
  topic: string;
  conceptId: string;
}

export interface QueueOptions extends StudyTarget {
  now: number;
  mode: StudyMode;
  /** New cards allowed per local day. */
  newPerDay: number;
  /** New cards already introduced today (see newCardsIntroducedOn). */
  newToday: number;
  shuffle?: boolean;
  /** Seed of the shuffle, so a restored session can show the same order. */
  seed?: number;
}

export interface ReviewQueue<T extends QueueCard> {
  cards: T[];
  /** How many of `cards` are due reviews (the rest are new); in cram mode all of them count as due. */
  due: number;
  fresh: number;
}

export type RecordLookup = (cardId: string) => ReviewRecord | undefined;

export const DEFAULT_NEW_PER_DAY = 20;

export function matchesFilter(card: QueueCard, filter: StudyTarget): boolean {
  if (filter.conceptId) return card.conceptId === filter.conceptId;
  if (filter.topicId) return inTopic(card.topic, filter.topicId);
  return true;
}

export function buildQueue<T extends QueueCard>(cards: readonly T[], progress: RecordLookup, options: QueueOptions): ReviewQueue<T> {
  const inFilter = cards.filter((card) => matchesFilter(card, options));
  const rng = options.shuffle ? createRng(options.seed ?? 1) : undefined;
  if (options.mode === 'cram') {
    const all = rng ? shuffled(rng, inFilter) : inFilter;
    return { cards: all, due: all.length, fresh: 0 };
  }
  const due: Array<{ card: T; at: number }> = [];
  const fresh: T[] = [];
  for (const card of inFilter) {
    const record = progress(card.id);
    if (!record) fresh.push(card);
    else if (record.due <= options.now) due.push({ card, at: record.due });
  }
  const dueCards = rng ? shuffled(rng, due.map((d) => d.card)) : due.sort((a, b) => a.at - b.at).map((d) => d.card);
  const allowed = Math.max(0, Math.floor(options.newPerDay) - options.newToday);
  const newCards = (rng ? shuffled(rng, fresh) : fresh).slice(0, allowed);
  return { cards: [...dueCards, ...newCards], due: dueCards.length, fresh: newCards.length };
}

/** Cards due now (not counting new cards) among `cards`. */
export function countDue(cards: readonly QueueCard[], progress: RecordLookup, now: number): number {
  let n = 0;
  for (const card of cards) {
    const record = progress(card.id);
    if (record && record.due <= now) n++;
  }
  return n;
}

/** How many of `cards` could still be introduced today: the new ones, capped by what is left of the daily limit. */
export function newAvailable(cards: readonly QueueCard[], progress: RecordLookup, newPerDay: number, newToday: number): number {
  const allowed = Math.max(0, Math.floor(newPerDay) - newToday);
  let n = 0;
  for (const card of cards) {
    if (n >= allowed) break;
    if (!progress(card.id)) n++;
  }
  return n;
}

/** How many cards were studied for the first time on the local day of `now`. */
export function newCardsIntroducedOn(records: Iterable<ReviewRecord>, now: number): number {
  const start = startOfLocalDay(now);
  const end = startOfNextLocalDay(now);
  let n = 0;
  for (const record of records) {
    if (record.firstReview !== undefined && record.firstReview >= start && record.firstReview < end) n++;
  }
  return n;
}
