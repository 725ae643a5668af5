// What the "N due" badges (Concepts view) and the status bar count: reviews due
// now per topic (the pack's topics, each group of notes, and MY_NOTES for all
// of the notes) and in all, and how many new cards a due-mode session would
// still introduce today. Pure counting over the content's topics and the
// stored progress; the flashcards feature recomputes it on a timer and on
// changes of the progress or of the notes.

import { ContentIndex } from '../content/contentIndex';
import { isNoteTopic, MY_NOTES } from '../content/model';
import { countDue, newAvailable, newCardsIntroducedOn, RecordLookup } from './reviewQueue';
import { ReviewRecord } from './scheduler';

export interface DueSnapshot {
  /** Reviews due now per topic id, for every topic and group of notes (0 included) and MY_NOTES; new cards are not due. */
  readonly byTopic: ReadonlyMap<string, number>;
  /** Reviews due now over all topics. */
  readonly due: number;
  /** New cards still allowed today: never studied, up to what is left of the daily limit. */
  readonly fresh: number;
}

export interface DueProgress {
  /** The record of one card, undefined for a card never studied. */
  lookup: RecordLookup;
  /** Every stored record, to count the new cards already introduced today. */
  records(): Iterable<ReviewRecord>;
}

export function countDueCards(index: ContentIndex, progress: DueProgress, now: number, newPerDay: number): DueSnapshot {
  const byTopic = new Map<string, number>();
  let due = 0;
  let notes = 0;
  for (const topic of index.topics) {
    const n = countDue(index.cardsIn(topic.id), progress.lookup, now);
    byTopic.set(topic.id, n);
    due += n;
    if (isNoteTopic(topic.id)) notes += n;
  }
  if (index.noteTopics.length > 0) byTopic.set(MY_NOTES, notes);
  const fresh = newAvailable(index.cards, progress.lookup, newPerDay, newCardsIntroducedOn(progress.records(), now));
  return { byTopic, due, fresh };
}

/** True when two counts would show the same badges and status bar text (listeners need not hear of it). */
export function sameDueCounts(a: DueSnapshot, b: DueSnapshot): boolean {
  if (a.due !== b.due || a.fresh !== b.fresh || a.byTopic.size !== b.byTopic.size) return false;
  for (const [topic, n] of a.byTopic) if (b.byTopic.get(topic) !== n) return false;
  return true;
}
