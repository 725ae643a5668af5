// The study domain's own vocabulary: the four grades, the two study modes and a
// session's running counts. Core owns them; the webview protocol
// (src/shared/flashcardsProtocol.ts) re-exports them for the panel. This module
// imports nothing, so the one value the webview needs from it (the grade list,
// and emptyStats) costs the webview bundle only those few bytes.

/** The grades in button order; also what keys 1-4 press. */
export const GRADE_ORDER = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADE_ORDER)[number];

/** Due: what the scheduler says is due plus today's new cards. Cram: every card of the filter, no scheduling. */
export type StudyMode = 'due' | 'cram';

export interface SessionStats {
  /** Grades given in this session (a card graded Again and seen again counts twice). */
  reviewed: number;
  again: number;
  hard: number;
  good: number;
  easy: number;
}

export const emptyStats = (): SessionStats => ({ reviewed: 0, again: 0, hard: 0, good: 0, easy: 0 });
