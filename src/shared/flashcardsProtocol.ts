// The messages between the flashcards panel (webview) and the extension host.
// Plain data only: no vscode and no DOM imports, so both sides and the unit
// tests share it. The domain types come from core (type-only, erased at build
// time); the grade list and emptyStats are re-exported as values because the
// panel draws its buttons and its empty progress bar from them, and
// src/core/study/types.ts imports nothing, so they are all of core the webview
// bundle carries.

import type { CardKind } from '../core/content/model';
import { GRADE_ORDER, type Grade, type SessionStats, type StudyMode } from '../core/study/types';

export { emptyStats, GRADE_ORDER } from '../core/study/types';
export type { Grade, SessionStats, StudyMode } from '../core/study/types';

/** What the panel is studying; saved with the webview so a reload restores it. */
export interface PanelState {
  mode: StudyMode;
  topicId?: string;
  conceptId?: string;
  shuffle: boolean;
  seed: number;
  stats?: SessionStats;
  /** The multiple choice card on screen and the seed of its option order, so a reload shows it as it was. */
  showing?: Showing;
}

/** One showing of a multiple choice card: its options' order comes from the seed (src/core/study/flashcardView.ts choiceOrder). */
export interface Showing {
  cardId: string;
  seed: number;
}

export interface TopicOption {
  id: string;
  title: string;
  /** Reviews due now in the topic. */
  due: number;
  /** 1 for a group of notes, listed under "My notes" (MY_NOTES, level 0) after the pack's topics. */
  level?: number;
}

/** The panel's first paint, passed as escaped JSON in the page's data-setup attribute. */
export interface PanelSetup {
  topics: TopicOption[];
  state: PanelState;
  /** What the filter is called ("All topics", "KAM"), as the state message says it. */
  filterLabel?: string;
  /** The first card (or the summary) inlined, so the webview paints it without asking the host. */
  first?: CardMessage | SummaryMessage;
}

/** One card, rendered to safe HTML on the host by src/core/markdown/render.ts. */
export interface CardView {
  id: string;
  kind: CardKind;
  conceptId: string;
  conceptTerm: string;
  topicTitle: string;
  source: string;
  isNew: boolean;
  /** For a card from a student's note: where it is written ("Your note · week3.md:12"); the panel offers to open it. */
  noteLabel?: string;
  frontHtml: string;
  /** The answer side: the filled cloze, the answer, the items or the key points. */
  backHtml: string;
  /** In the order shown (A, B, …); `written` is the option's place as the card writes it. */
  choices?: Array<{ html: string; correct: boolean; written: number }>;
  /** The seed the options were shown in (multiple choice with a showing). */
  choiceSeed?: number;
  /** List recall: whether the items are to be recalled in order (`List (in order):`). */
  ordered?: boolean;
  /** List recall items / essay key points, each as inline HTML. */
  items?: string[];
  explanationHtml?: string;
  /**
   * A worked calculation (`Calc:` card): the panel offers an input and, on
   * reveal, checks the typed number against this with src/shared/numeric.ts.
   * `answer` is the answer as written, plain text ("£205.11").
   */
  numeric?: { value: number; tolerance: number; unit: string; answer: string };
}

export interface ProgressView {
  done: number;
  remaining: number;
}

export interface SummaryView {
  reviewed: number;
  /** Share of grades that were not Again, 0..1; null when nothing was reviewed. */
  accuracy: number | null;
  /** "in 9 minutes", "tomorrow", "in 3 days"; absent when nothing is scheduled. */
  nextDue?: string;
  dueTomorrow: number;
  /** Why the session is empty, when it started with nothing to show. */
  emptyReason?: string;
  /** Whether the summary offers "Cram These Cards" (every card of the filter, schedule untouched): after a due session, not after a cram one. */
  canCram: boolean;
}

export interface CardMessage {
  type: 'card';
  card: CardView;
  /** Interval each grade would give ("<10m", "4d"); null in cram mode, where grading schedules nothing. */
  intervals: Record<Grade, string> | null;
  progress: ProgressView;
  canUndo: boolean;
  stats: SessionStats;
}

export interface SummaryMessage { type: 'summary'; summary: SummaryView; progress: ProgressView; canUndo: boolean; stats: SessionStats }

/**
 * What a flashcards keybinding asks for (package.json keybindings run the
 * crmStudy.flashcards.* commands, which post it). The webview applies it as its
 * own buttons would: "showAnswer" flips the card, or on the answer side grades
 * the suggested grade.
 */
export type PanelAction = { do: 'showAnswer' } | { do: 'grade'; grade: Grade } | { do: 'undo' };

export type ToWebview =
  | { type: 'state'; state: PanelState; topics: TopicOption[]; filterLabel: string }
  | CardMessage
  | SummaryMessage
  | { type: 'action'; action: PanelAction }
  | { type: 'error'; message: string };

export type FromWebview =
  /** The page's script ran and painted what the page inlined; the host sends what may have changed since. */
  | { type: 'ready' }
  /** Sent after the browser painted a card (the host times the first one). */
  | { type: 'rendered'; cardId: string }
  /** `durationMs`: from the card's front painted to the grade (performance.now in the webview). */
  | { type: 'grade'; cardId: string; grade: Grade; durationMs?: number }
  | { type: 'undo' }
  | { type: 'configure'; mode: StudyMode; topicId?: string; conceptId?: string; shuffle: boolean }
  | { type: 'restart' }
  | { type: 'showConcept'; conceptId: string }
  /** Open the note a card of the student's is written in, at the card's line. */
  | { type: 'openNote'; cardId: string };

/**
 * The longest time from a card shown to its grade that the log keeps: an essay
 * card typed out fits well within it; beyond it the student had walked away,
 * and the time counts as this much (Anki caps answer time too, at 60 s by
 * default, which our essay cards would outrun).
 */
export const MAX_REVIEW_DURATION_MS = 10 * 60_000;

/** A grade's duration as the log keeps it: a whole number of ms, 0 when missing or not a time, at most MAX_REVIEW_DURATION_MS. */
export function reviewDuration(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return 0;
  return Math.min(Math.round(value), MAX_REVIEW_DURATION_MS);
}

/** Guards what arrives from the webview: it is only ever our own script, but a bad message must not throw. */
export function isFromWebview(value: unknown): value is FromWebview {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
    case 'undo':
    case 'restart':
      return true;
    case 'rendered':
      return typeof m.cardId === 'string';
    case 'grade':
      return typeof m.cardId === 'string' && GRADE_ORDER.includes(m.grade as Grade);
    case 'configure':
      return (m.mode === 'due' || m.mode === 'cram') && typeof m.shuffle === 'boolean' &&
        (m.topicId === undefined || typeof m.topicId === 'string') &&
        (m.conceptId === undefined || typeof m.conceptId === 'string');
    case 'showConcept':
      return typeof m.conceptId === 'string';
    case 'openNote':
      return typeof m.cardId === 'string';
    default:
      return false;
  }
}

/** Validates a PanelState restored from a webview (it comes back from storage after a reload). */
export function toPanelState(value: unknown): PanelState {
  const s = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const state: PanelState = {
    mode: s.mode === 'cram' ? 'cram' : 'due',
    shuffle: s.shuffle === true,
    seed: typeof s.seed === 'number' && Number.isFinite(s.seed) ? s.seed : 1,
  };
  if (typeof s.topicId === 'string' && s.topicId) state.topicId = s.topicId;
  if (typeof s.conceptId === 'string' && s.conceptId) state.conceptId = s.conceptId;
  const showing = s.showing as Record<string, unknown> | undefined;
  if (showing && typeof showing === 'object' && typeof showing.cardId === 'string' && typeof showing.seed === 'number' && Number.isInteger(showing.seed)) {
    state.showing = { cardId: showing.cardId, seed: showing.seed };
  }
  const stats = s.stats as Record<string, unknown> | undefined;
  if (stats && typeof stats === 'object') {
    const n = (k: string) => (typeof stats[k] === 'number' && Number.isInteger(stats[k]) && (stats[k] as number) >= 0 ? (stats[k] as number) : 0);
    state.stats = { reviewed: n('reviewed'), again: n('again'), hard: n('hard'), good: n('good'), easy: n('easy') };
  }
  return state;
}
