// What the flashcards feature shares with the progress dashboard and the
// Concepts view: the stored schedule, the review log, the settings the
// figures depend on, and one event for "any of them changed".

import type { ProgressStore } from '../../core/study/progressStore';
import type { ReviewHistory } from '../../core/study/reviewLog';
import type { ExamPlan } from '../../core/study/examPlan';

export interface StudyProgress {
  readonly store: ProgressStore;
  readonly history: ReviewHistory;
  /** crmStudy.review.retention, clamped. */
  retention(): number;
  /** crmStudy.review.newPerDay, the student's upper limit. */
  newPerDay(): number;
  /** The plan of crmStudy.examDate as of `now`; undefined when unset, malformed or past. */
  exam(now: number): ExamPlan | undefined;
  /** Fires when progress, the log or one of these settings changed. */
  onDidChange(listener: () => void): { dispose(): void };
}
