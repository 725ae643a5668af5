// CONTRACT (lead): the review log's shape and API. reviewLogStore.ts
// implements it (ReviewLog, and the CSV for the FSRS optimizer); the dashboard
// (src/core/progress) and the flashcards feature code against this file.
//
// Every grade is appended here: the full history the dashboard, the exam-day
// forecast and the FSRS optimizer's CSV need. It is not the short log inside
// the progress document (progressStore.ts, MAX_LOG, synced): this one grows,
// so it lives in the extension's global storage folder, never in synced state.

import type { CardState } from './scheduler';

/** FSRS's rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

export interface ReviewEvent {
  cardId: string;
  /** When the grade was given (epoch ms). */
  at: number;
  rating: Rating;
  /** The card's FSRS state before the grade: 0 new, 1 learning, 2 review, 3 relearning. */
  state: CardState;
  /** Milliseconds from the card shown to the grade, measured in the webview; 0 when not known. */
  durationMs: number;
  /** A cram grade: changed no schedule. Counts as study time and for the calendar, not for retention. */
  cram?: boolean;
}

/** Files in the extension's global storage folder (vscode.workspace.fs there, a Map in tests). */
export interface LogFiles {
  /** The file's bytes, or undefined when it does not exist. */
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  delete(name: string): Promise<void>;
  /** Names of the files in the folder. */
  list(): Promise<string[]>;
}

/** What readers of the log (the dashboard, the CSV export) need of it. */
export interface ReviewHistory {
  /** Every logged grade, oldest first, once the files are read (appends made meanwhile included). */
  events(): Promise<readonly ReviewEvent[]>;
  /** Fires after an append, an undo, a reset or another window's write was merged in. */
  onDidChange(listener: () => void): { dispose(): void };
}
