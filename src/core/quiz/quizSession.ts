// One run through a quiz: grades each answer, keeps the score (with partial
// credit for lists) and lists what was missed.

import { ChoiceQuestion, ListQuestion, NumericQuestion, Question, TypedQuestion } from './questions';
import { gradeNumeric, numericFeedback } from './numeric';
import { gradeList, gradeTyped } from './textMatch';
import { l10n } from '../util/l10n';

/** A choice index for choice questions; typed text otherwise. */
export type Response = number | string;

/** How one quiz answer was graded (a flashcard's Again/Hard/Good/Easy is a `Grade`, see shared/flashcardsProtocol). */
export interface AnswerGrade {
  correct: boolean;
  /** 0..1; lists earn partial credit. */
  score: number;
  /** One line for the student: right, or wrong with what was expected. */
  feedback: string;
  expected: string;
  /** List items not recalled. */
  missed?: string[];
}

export interface AnsweredQuestion {
  question: Question;
  response: Response;
  grade: AnswerGrade;
}

export interface QuizSummary {
  asked: number;
  answered: number;
  correct: number;
  /** Sum of scores, with partial credit. */
  points: number;
  /** Whole percent of `correct` over `answered`. */
  percent: number;
  misses: AnsweredQuestion[];
  byTopic: Record<string, { asked: number; points: number }>;
  endedEarly: boolean;
}

const clip = (text: string, max = 120): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function gradeChoice(question: ChoiceQuestion, response: Response): AnswerGrade {
  const index = typeof response === 'number' ? response : question.options.findIndex((o) => o === response);
  const correct = index === question.answer;
  const expected = question.expected;
  return {
    correct,
    score: correct ? 1 : 0,
    expected,
    feedback: correct ? `✓ ${l10n.t('Right: {0}', clip(expected))}` : `✗ ${l10n.t('Not quite: {0}', clip(expected))}`,
  };
}

export function gradeTypedQuestion(question: TypedQuestion, response: Response): AnswerGrade {
  const text = typeof response === 'string' ? response : '';
  const result = gradeTyped(text, question.accepted, question.rejects);
  if (result.correct) return { correct: true, score: 1, expected: question.expected, feedback: `✓ ${l10n.t('Right: {0}', clip(question.expected))}` };
  const feedback = result.reason === 'empty' ? l10n.t('The answer: {0}', clip(question.expected)) : `✗ ${l10n.t('Expected: {0}', clip(question.expected))}`;
  return { correct: false, score: 0, expected: question.expected, feedback };
}

export function gradeListQuestion(question: ListQuestion, response: Response): AnswerGrade {
  const text = typeof response === 'string' ? response : '';
  const result = gradeList(text, question.items, question.ordered);
  const n = question.items.length;
  const got = result.matched.length;
  const correct = got === n;
  let feedback: string;
  if (correct) feedback = `✓ ${l10n.t('All {0} right', n)}`;
  else {
    const notes = [l10n.t('{0} of {1} ({2}%)', got, n, Math.round((100 * got) / n))];
    if (result.missed.length) notes.push(l10n.t('missed: {0}', result.missed.join(', ')));
    if (result.outOfOrder.length) notes.push(l10n.t('out of order: {0}', result.outOfOrder.join(', ')));
    feedback = `${got ? '◐' : '✗'} ${clip(notes.join(' · '), 200)}`;
  }
  return { correct, score: result.score, expected: question.items.join(', '), feedback, missed: [...result.missed, ...result.outOfOrder] };
}

/** A worked calculation: the typed text read as one number, right within the card's tolerance. */
export function gradeNumericQuestion(question: NumericQuestion, response: Response): AnswerGrade {
  const text = typeof response === 'string' ? response.trim() : '';
  const expected = question.expected;
  const graded = gradeNumeric(text, question.answer);
  const wrong = (feedback: string): AnswerGrade => ({ correct: false, score: 0, expected, feedback });
  if (graded.verdict === 'empty') return wrong(l10n.t('The answer: {0}', clip(expected)));
  const feedback = numericFeedback(graded.verdict, clip(text, 40), clip(expected));
  return graded.verdict === 'right' ? { correct: true, score: 1, expected, feedback } : wrong(feedback);
}

export function gradeAnswer(question: Question, response: Response): AnswerGrade {
  switch (question.kind) {
    case 'choice':
      return gradeChoice(question, response);
    case 'typed':
      return gradeTypedQuestion(question, response);
    case 'list':
      return gradeListQuestion(question, response);
    case 'numeric':
      return gradeNumericQuestion(question, response);
  }
}

export class QuizSession {
  private readonly answers: AnsweredQuestion[] = [];
  private ended = false;

  constructor(readonly questions: readonly Question[]) {}

  get index(): number {
    return this.answers.length;
  }

  get current(): Question | undefined {
    return this.ended ? undefined : this.questions[this.answers.length];
  }

  get done(): boolean {
    return this.current === undefined;
  }

  get answered(): readonly AnsweredQuestion[] {
    return this.answers;
  }

  /** Grades the current question and moves on. */
  answer(response: Response): AnswerGrade {
    const question = this.current;
    if (!question) throw new Error('the quiz has no question left to answer');
    const grade = gradeAnswer(question, response);
    this.answers.push({ question, response, grade });
    return grade;
  }

  /** Stops before the last question; the questions not reached do not count. */
  end(): void {
    this.ended = true;
  }

  summary(): QuizSummary {
    const byTopic: QuizSummary['byTopic'] = {};
    let points = 0;
    let correct = 0;
    for (const { question, grade } of this.answers) {
      points += grade.score;
      if (grade.correct) correct++;
      const entry = (byTopic[question.topic] ??= { asked: 0, points: 0 });
      entry.asked++;
      entry.points += grade.score;
    }
    const answered = this.answers.length;
    return {
      asked: this.questions.length,
      answered,
      correct,
      points,
      percent: answered ? Math.round((100 * correct) / answered) : 0,
      misses: this.answers.filter((a) => !a.grade.correct),
      byTopic,
      endedEarly: answered < this.questions.length,
    };
  }
}
