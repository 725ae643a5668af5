// Check My Answer: an exam answer against an essay card's key points (helper H2).
import type { Card, Concept } from '../content/model';
import type { TermMatcher } from '../notes/termMatcher';
import type { AnswerCheck } from './checkModel';

export interface AnswerContext {
  matcher: TermMatcher;
  concept(id: string): Concept | undefined;
}

/** A key point is covered when the answer says it in other words too (aliases, definitions' wording, stems, word order), never for one shared word. */
export function checkAnswer(answer: string, card: Card, context: AnswerContext): AnswerCheck {
  throw new Error('checkAnswer: not built yet');
}

/** The essay questions an answer most likely answers, best first (its heading or first line matching a question's wording or concept). */
export function likelyQuestions(answer: string, heading: string | undefined, essays: readonly Card[], context: AnswerContext): Card[] {
  throw new Error('likelyQuestions: not built yet');
}
