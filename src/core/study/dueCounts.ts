// What the "N due" badges (Concepts view) and the status bar count: reviews due
// now per topic (the pack's topics, each group of notes, and MY_NOTES for all
// of the notes) and in all, and how many new cards a due-mode session would
// still introduce today. Pure counting over the content's topics and the
// stored progress; the flashcards feature recomputes it on a timer and on
// changes of the progress or of the notes.

import { ContentChange, ContentIndex } from '../content/contentIndex';
import { isNoteTopic, MY_NOTES } from '../content/model';
import { countDue, newCardsIntroducedOn, RecordLookup } from './reviewQueue';
import { ReviewRecord } from './scheduler';
import { retrievability } from './retrievability';
import { DailyPlan, dailyPlan, ExamPlan, examLookup } from './examPlan';

export interface DueSnapshot {
  /** Reviews due now per topic id, for every topic and group of notes (0 included) and MY_NOTES; new cards are not due. */
  readonly byTopic: ReadonlyMap<string, number>;
  /** Reviews due now over all topics. */
  readonly due: number;
  /** New cards still allowed today: never studied, up to what is left of the daily limit. */
  readonly fresh: number;
  /** Cards never studied, over all topics; with `newToday` and `newPerDay`, what `fresh` was worked out from. */
  readonly unstudied: number;
  /** New cards already introduced today. */
  readonly newToday: number;
  /** New cards allowed today: the student's limit, or with an exam date the plan's min(needed, limit). */
  readonly newPerDay: number;
  /** Predicted recall now summed over each topic's cards (new cards add 0), with the card count: readiness = sum / cards. Same keys as byTopic. */
  readonly recall: ReadonlyMap<string, Recall>;
  /** With an exam date: the plan the counts were made under, and today's daily plan. */
  readonly exam?: ExamPlan;
  readonly daily?: DailyPlan;
}

export interface Recall {
  sum: number;
  cards: number;
}

/** Mean predicted recall of a topic's cards now, 0..1; undefined for a topic not counted. */
export function readinessOf(snapshot: DueSnapshot, topicId: string): number | undefined {
  const r = snapshot.recall.get(topicId);
  return r ? (r.cards > 0 ? r.sum / r.cards : 0) : undefined;
}

function recallOf(cards: readonly { id: string }[], lookup: RecordLookup, now: number): Recall {
  let sum = 0;
  for (const card of cards) sum += retrievability(lookup(card.id), now);
  return { sum, cards: cards.length };
}

export interface DueProgress {
  /** The record of one card, undefined for a card never studied. */
  lookup: RecordLookup;
  /** Every stored record, to count the new cards already introduced today. */
  records(): Iterable<ReviewRecord>;
}

/** With an exam date, due means due by the exam rule (examPlan.ts), and the new cards of today are the plan's. */
export function countDueCards(index: ContentIndex, progress: DueProgress, now: number, newPerDay: number, exam?: ExamPlan): DueSnapshot {
  const byTopic = new Map<string, number>();
  const recall = new Map<string, Recall>();
  let due = 0;
  let notes = 0;
  const notesRecall: Recall = { sum: 0, cards: 0 };
  const lookup = examLookup(progress.lookup, exam, now);
  for (const topic of index.topics) {
    const cards = index.cardsIn(topic.id);
    const n = countDue(cards, lookup, now);
    const r = recallOf(cards, progress.lookup, now);
    byTopic.set(topic.id, n);
    recall.set(topic.id, r);
    due += n;
    if (isNoteTopic(topic.id)) {
      notes += n;
      notesRecall.sum += r.sum;
      notesRecall.cards += r.cards;
    }
  }
  if (index.noteTopics.length > 0) {
    byTopic.set(MY_NOTES, notes);
    recall.set(MY_NOTES, notesRecall);
  }
  const newToday = newCardsIntroducedOn(progress.records(), now);
  let unstudied = 0;
  for (const card of index.cards) if (!progress.lookup(card.id)) unstudied++;
  if (!exam) return { byTopic, due, fresh: fresh(unstudied, newPerDay, newToday), unstudied, newToday, newPerDay, recall };
  const daily = dailyPlan({ plan: exam, now, unstudied, newPerDay, newToday, reviewsToday: due });
  const planned = Math.min(daily.newPerDayNeeded, daily.newPerDayLimit);
  return { byTopic, due, fresh: fresh(unstudied, planned, newToday), unstudied, newToday, newPerDay: planned, exam, daily, recall };
}

/**
 * The counts after a change of the notes, from the counts before it: only the
 * groups the change touched are counted again (the pack's topics and the
 * progress did not change), so a saved note costs the same whatever the size
 * of the vault. Undefined when no count changed.
 */
export function followContentChange(before: DueSnapshot, change: ContentChange, index: ContentIndex, progress: DueProgress, now: number): DueSnapshot | undefined {
  const lookup = examLookup(progress.lookup, before.exam, now);
  const touched = new Set<string>();
  for (const list of [change.addedCards, change.removedCards]) for (const card of list) touched.add(card.topic);
  if (change.topicsChanged) for (const list of [change.addedConcepts, change.removedConcepts]) for (const c of list) touched.add(c.topic);
  let unstudied = before.unstudied;
  for (const card of change.removedCards) if (!progress.lookup(card.id)) unstudied--;
  for (const card of change.addedCards) if (!progress.lookup(card.id)) unstudied++;
  let byTopic: Map<string, number> | undefined;
  let recall: Map<string, Recall> | undefined;
  let due = before.due;
  let notes = before.byTopic.get(MY_NOTES) ?? 0;
  const notesBefore = before.recall.get(MY_NOTES);
  const notesRecall: Recall = { sum: notesBefore?.sum ?? 0, cards: notesBefore?.cards ?? 0 };
  for (const topicId of touched) {
    const old = before.byTopic.get(topicId);
    const live = index.topic(topicId) !== undefined;
    const now_ = live ? countDue(index.cardsIn(topicId), lookup, now) : undefined;
    const oldRecall = before.recall.get(topicId);
    const newRecall = live ? recallOf(index.cardsIn(topicId), progress.lookup, now) : undefined;
    if (oldRecall?.sum !== newRecall?.sum || oldRecall?.cards !== newRecall?.cards) {
      recall ??= new Map(before.recall);
      if (newRecall) recall.set(topicId, newRecall);
      else recall.delete(topicId);
      if (isNoteTopic(topicId)) {
        notesRecall.sum += (newRecall?.sum ?? 0) - (oldRecall?.sum ?? 0);
        notesRecall.cards += (newRecall?.cards ?? 0) - (oldRecall?.cards ?? 0);
      }
    }
    if (old === now_) continue;
    byTopic ??= new Map(before.byTopic);
    if (now_ === undefined) byTopic.delete(topicId);
    else byTopic.set(topicId, now_);
    const delta = (now_ ?? 0) - (old ?? 0);
    due += delta;
    if (isNoteTopic(topicId)) notes += delta;
  }
  // My notes: counted while there are notes, gone with the last of them.
  const hasNotes = !index.noteKeys().next().done;
  const myNotes = hasNotes ? notes : undefined;
  if (before.byTopic.get(MY_NOTES) !== myNotes) byTopic ??= new Map(before.byTopic);
  if (byTopic) {
    if (myNotes === undefined) byTopic.delete(MY_NOTES);
    else byTopic.set(MY_NOTES, myNotes);
  }
  if (recall || (hasNotes !== before.recall.has(MY_NOTES))) {
    recall ??= new Map(before.recall);
    if (hasNotes) recall.set(MY_NOTES, notesRecall);
    else recall.delete(MY_NOTES);
  }
  const freshNow = fresh(unstudied, before.newPerDay, before.newToday);
  if (!byTopic && !recall && freshNow === before.fresh && unstudied === before.unstudied) return undefined;
  // The plan's figure for today stays as it was (it counts today's cards with the rest); its counts follow.
  const daily = before.daily && { ...before.daily, unstudied, reviewsToday: due, newToday: Math.min(unstudied, before.daily.newToday) };
  return { ...before, byTopic: byTopic ?? before.byTopic, due, fresh: freshNow, unstudied, recall: recall ?? before.recall, ...(daily ? { daily } : {}) };
}

/** What newAvailable would say: the cards never studied, up to what is left of today's limit. */
function fresh(unstudied: number, newPerDay: number, newToday: number): number {
  return Math.min(unstudied, Math.max(0, Math.floor(newPerDay) - newToday));
}

/** True when two counts would show the same badges and status bar text (listeners need not hear of it). */
export function sameDueCounts(a: DueSnapshot, b: DueSnapshot): boolean {
  if (a.due !== b.due || a.fresh !== b.fresh || a.byTopic.size !== b.byTopic.size) return false;
  // The status bar's tooltip names the daily plan.
  if (a.exam?.date !== b.exam?.date || a.daily?.newPerDayNeeded !== b.daily?.newPerDayNeeded || a.daily?.daysLeft !== b.daily?.daysLeft) return false;
  for (const [topic, n] of a.byTopic) if (b.byTopic.get(topic) !== n) return false;
  // The Concepts view shows whole percentages: a change below one is not worth a redraw.
  for (const topic of a.recall.keys()) if (percent(readinessOf(a, topic)) !== percent(readinessOf(b, topic))) return false;
  return a.recall.size === b.recall.size;
}

/** A readiness as the whole percentage the Concepts view shows. */
export function percent(readiness: number | undefined): number | undefined {
  return readiness === undefined ? undefined : Math.round(readiness * 100);
}
