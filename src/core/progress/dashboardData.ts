// CONTRACT (lead): H-data implements computeDashboard.

import type { Card, Concept, Topic } from '../content/model';
import type { ReviewRecord } from '../study/scheduler';
import type { ReviewEvent } from '../study/reviewLog';
import type { ExamPlan } from '../study/examPlan';
import type { QuizResults } from '../quiz/results';
import type { DashboardData } from '../../shared/dashboardProtocol';

export interface DashboardInput {
  /** Every card: the pack's and the student's notes'. */
  cards: readonly Card[];
  concept(id: string): Concept | undefined;
  /** The pack's topics in order; then the groups of notes. */
  packTopics: readonly Topic[];
  noteTopics: readonly Topic[];
  /** The stored record of a card; undefined when never studied. */
  record(cardId: string): ReviewRecord | undefined;
  /** Every stored record (for the new cards introduced today). */
  records(): Iterable<ReviewRecord>;
  /** The review log, oldest first. */
  events: readonly ReviewEvent[];
  quiz: QuizResults;
  /** crmStudy.review.retention */
  retention: number;
  /** crmStudy.review.newPerDay */
  newPerDay: number;
  exam?: ExamPlan;
  now: number;
}

export declare function computeDashboard(input: DashboardInput): DashboardData;
