// The quiz as a student walks through it: topic, length, each question with
// feedback on the last answer, Escape to end early, the score and the misses.
// It talks to the screen only through QuizUi, so it runs the same against VS
// Code's QuickPick/InputBox and against a scripted UI in tests.

import { ContentIndex } from '../content/contentIndex';
import { Question, QuestionBank } from './questions';
import { QuizResultsStore } from './results';
import { newSeed } from '../util/rng';
import { AnsweredQuestion, AnswerGrade, QuizSession, QuizSummary } from './quizSession';
import { MY_NOTES, StudyTarget } from '../content/model';
import { myNotesTitle } from '../notes/noteLabels';
import { l10n } from '../util/l10n';

/** Recent accuracy from which a topic no longer counts among "My weakest topics". */
export const MASTERED = 0.9;
/** Characters that fit a QuickPick row beside a short description, in the default window width. */
const ROW_WIDTH = 70;

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value?: T;
  /** An information row (feedback, a line of the question): choosing it does nothing. */
  inert?: boolean;
  /** A separator line with this label. */
  separator?: boolean;
}

/**
 * Which screen a step is. The UI may ignore it; tests tell screens apart by it
 * rather than by their wording.
 */
export type QuizStepKind = 'topic' | 'length' | 'question' | 'correction' | 'summary';

export interface PickStep<T> {
  kind: QuizStepKind;
  /** On a question or its correction: which question (0-based) of the quiz. */
  question?: number;
  title: string;
  step?: number;
  totalSteps?: number;
  placeholder: string;
  items: PickItem<T>[];
  /** The item focused first. */
  active?: number;
}

export interface InputStep {
  kind: 'question';
  /** Which question (0-based) of the quiz. */
  question: number;
  title: string;
  step?: number;
  totalSteps?: number;
  /** The question, shown under the input (wrapped). */
  prompt: string;
  /** Feedback on the last answer, or a hint. */
  placeholder: string;
}

export interface QuizUi {
  /** Resolves with the chosen item's value, or undefined when dismissed (Escape). */
  pick<T>(step: PickStep<T>): Promise<{ value: T } | undefined>;
  /** Resolves with the text entered, or undefined when dismissed (Escape). */
  input(step: InputStep): Promise<string | undefined>;
  /** Asks "End quiz?"; true to end. */
  confirmEnd(): Promise<boolean>;
  /** A short, non-blocking message. */
  notify(message: string): void;
}

export interface QuizFlowDeps {
  index: ContentIndex;
  results: QuizResultsStore;
  openConcept(conceptId: string): PromiseLike<unknown> | void;
  /** Opens a student's note at a line: a missed card written outside any concept opens there. */
  openNote?(uri: string, line: number): PromiseLike<unknown> | void;
  queueForReview?: (cardIds: string[]) => Promise<void> | void;
  seed?: number;
  now?: () => number;
}

export interface QuizOutcome extends QuizSummary {
  seed: number;
  /** "All topics", a topic's title, "My notes", a group of notes or "My weakest topics". */
  scope: string;
  /** "7/10 correct (70%)". */
  scoreText: string;
  missedConcepts: string[];
}

export const QUIZ_LENGTHS = [5, 10, 20] as const;
/** Longer questions do not fit the QuickPick's one-line placeholder; they are shown as rows above the options. */
export const PLACEHOLDER_LIMIT = 90;

type Scope = { kind: 'all' } | { kind: 'weakest'; topics: string[] } | { kind: 'topic'; id: string };

export function scoreText(summary: Pick<QuizSummary, 'correct' | 'answered' | 'percent'>): string {
  return l10n.t('{0}/{1} correct ({2}%)', summary.correct, summary.answered, summary.percent);
}

/** Breaks text into lines of at most `width` characters at spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export class QuizFlow {
  private readonly bank: QuestionBank;

  constructor(
    private readonly ui: QuizUi,
    private readonly deps: QuizFlowDeps,
  ) {
    this.bank = new QuestionBank(deps.index);
  }

  /** Runs one quiz; resolves with its outcome, or undefined when it was cancelled before the first question. */
  async run(target: StudyTarget = {}): Promise<QuizOutcome | undefined> {
    const scope = await this.chooseScope(target);
    if (!scope) return undefined;
    const topics = this.topicsOf(scope);
    const candidates = this.bank.candidates(topics);
    const available = candidates.length;
    if (available === 0) {
      this.ui.notify(l10n.t('There are no quiz questions for {0} yet.', this.scopeLabel(scope)));
      return undefined;
    }
    const length = await this.chooseLength(scope, available);
    if (!length) return undefined;
    const seed = this.deps.seed ?? newSeed();
    const quiz = this.bank.generate({ topics, length, seed }, candidates);
    if (quiz.questions.length === 0) {
      this.ui.notify(l10n.t('There are no quiz questions for {0} yet.', this.scopeLabel(scope)));
      return undefined;
    }
    const session = new QuizSession(quiz.questions);
    let last: AnswerGrade | undefined;
    while (!session.done) {
      const question = session.current!;
      const response = await this.ask(question, session.index, quiz.questions.length, last);
      if (response === undefined) {
        if (await this.ui.confirmEnd()) session.end();
        continue;
      }
      last = session.answer(response);
      // A worked calculation shows its working once answered, right or wrong, the last one too.
      const working = question.kind === 'numeric' && question.solution.length > 0;
      if ((!last.correct && !session.done) || working) {
        // A miss is corrected before the next question, in full, until the student moves on.
        const next = await this.showCorrection(question, last, response, session.index, quiz.questions.length);
        if (next === undefined && (await this.ui.confirmEnd())) session.end();
        last = undefined;
      }
    }
    const summary = session.summary();
    if (summary.answered > 0) {
      const dropped = await this.deps.results.record(summary.byTopic, (this.deps.now ?? Date.now)());
      if (dropped > 0) this.ui.notify(l10n.t('Some saved quiz results were unreadable and have been dropped ({0}).', dropped));
    }
    const outcome: QuizOutcome = {
      ...summary,
      seed,
      scope: this.scopeLabel(scope),
      scoreText: scoreText(summary),
      missedConcepts: [...new Set(summary.misses.map((m) => m.question.conceptId).filter(Boolean))],
    };
    await this.showSummary(outcome, last);
    return outcome;
  }

  private async chooseScope(target: StudyTarget): Promise<Scope | undefined> {
    const topicId = target.topicId ?? (target.conceptId ? this.bank.concept(target.conceptId)?.topic : undefined);
    if (topicId && (this.deps.index.topic(topicId) || (topicId === MY_NOTES && this.deps.index.noteTopics.length > 0))) return { kind: 'topic', id: topicId };
    if (target.topicId || target.conceptId) this.ui.notify(l10n.t('Unknown topic or concept "{0}"; choose a topic instead.', String(target.topicId ?? target.conceptId)));
    const standings = this.deps.results.weakest(this.deps.index.topics.map((t) => t.id));
    const quizzedBefore = standings.length > 0;
    // Up to three quizzed topics below MASTERED, weakest first.
    const weakest = standings.filter((standing) => standing.accuracy < MASTERED).slice(0, 3).map((s) => s.topic);
    const items: PickItem<Scope>[] = [
      { label: `$(library) ${l10n.t('All topics')}`, description: conceptCount(this.deps.index.concepts.length), value: { kind: 'all' } },
      weakest.length
        ? { label: `$(flame) ${l10n.t('My weakest topics')}`, description: weakest.map((id) => this.bank.topicTitle(id)).join(', '), value: { kind: 'weakest', topics: weakest } }
        : {
          label: `$(flame) ${l10n.t('My weakest topics')}`,
          description: quizzedBefore ? l10n.t('none: every topic you quizzed is at {0}% or better', MASTERED * 100) : l10n.t('available after your first quiz'),
          inert: true,
        },
      { label: l10n.t('Topics'), separator: true },
      ...this.deps.index.packTopics.map((topic) => ({
        label: topic.title,
        description: conceptCount(this.deps.index.conceptsIn(topic.id).length),
        value: { kind: 'topic', id: topic.id } as Scope,
      })),
    ];
    const groups = this.deps.index.noteTopics;
    if (groups.length > 0) {
      // The student's notes beside the topics: all of them, then each deck or note.
      items.push(
        { label: myNotesTitle(), separator: true },
        { label: `$(notebook) ${myNotesTitle()}`, description: notesCount(this.deps.index.conceptsIn(MY_NOTES).length, this.deps.index.cardsIn(MY_NOTES).length), value: { kind: 'topic', id: MY_NOTES } },
        ...groups.map((topic) => ({
          label: topic.title,
          description: notesCount(this.deps.index.conceptsIn(topic.id).length, this.deps.index.cardsIn(topic.id).length),
          value: { kind: 'topic', id: topic.id } as Scope,
        })),
      );
    }
    return (await this.ui.pick({ kind: 'topic', title: l10n.t('Start Quiz'), step: 1, totalSteps: 2, placeholder: l10n.t('Quiz yourself on which topic?'), items }))?.value;
  }

  private async chooseLength(scope: Scope, available: number): Promise<number | undefined> {
    const items: PickItem<number>[] = QUIZ_LENGTHS.map((n) => ({
      label: l10n.t('{0} questions', n),
      description: n > available ? l10n.t('only {0} available', available) : undefined,
      value: n,
    }));
    return (await this.ui.pick({ kind: 'length', title: l10n.t('Start Quiz · {0}', this.scopeLabel(scope)), step: 2, totalSteps: 2, placeholder: l10n.t('How many questions?'), items }))?.value;
  }

  private topicsOf(scope: Scope): string[] | undefined {
    if (scope.kind === 'all') return undefined;
    if (scope.kind === 'topic') return [scope.id];
    return scope.topics;
  }

  private scopeLabel(scope: Scope): string {
    if (scope.kind === 'all') return l10n.t('All topics');
    if (scope.kind === 'weakest') return l10n.t('My weakest topics');
    return this.bank.topicTitle(scope.id);
  }

  private async ask(question: Question, index: number, total: number, last: AnswerGrade | undefined): Promise<number | string | undefined> {
    const title = l10n.t('Question {0} of {1} · {2}', index + 1, total, this.bank.topicTitle(question.topic));
    const step = { kind: 'question', question: index, title } as const; // the title counts the questions; a step counter would repeat it
    if (question.kind === 'choice') {
      const items: PickItem<number>[] = [];
      if (last) items.push(feedbackRow(last));
      let placeholder = question.prompt;
      if (question.prompt.length > PLACEHOLDER_LIMIT) {
        placeholder = l10n.t('Choose the answer to the question above (↑↓, Enter) · Esc to end');
        wrapText(question.prompt, PLACEHOLDER_LIMIT).forEach((line, i) => items.push({ label: i === 0 ? `$(question) ${line}` : line, inert: true }));
      }
      if (items.length) items.push({ label: '', separator: true });
      const first = items.length;
      question.options.forEach((option, i) => items.push({ label: option, value: i }));
      return (await this.ui.pick({ ...step, placeholder, items, active: first }))?.value;
    }
    // A list says whether its order is graded, so the student knows before typing.
    const hint = question.kind === 'list'
      ? question.ordered ? l10n.t('Separate items with commas, in order · Enter on an empty answer shows it') : l10n.t('Separate items with commas, in any order · Enter on an empty answer shows it')
      : question.kind === 'numeric' ? l10n.t('Type the number (a unit and 1,250-style separators are fine) · Enter on an empty answer shows it')
      : l10n.t('Type your answer · Enter on an empty answer shows it');
    // The feedback sits in the empty input line, where the eye is; it gives way as the student types.
    const placeholder = !last ? hint
      : question.kind !== 'list' ? l10n.t('{0} · type your answer', last.feedback)
      : question.ordered ? l10n.t('{0} · separate items with commas, in order', last.feedback)
      : l10n.t('{0} · separate items with commas, in any order', last.feedback);
    return this.ui.input({ ...step, prompt: question.prompt, placeholder });
  }

  /**
   * After a wrong or partly right answer: the expected answer in full (a list
   * item by item, recalled or missed), and Enter for the next question.
   * Resolves undefined when dismissed (Escape).
   */
  private async showCorrection(question: Question, grade: AnswerGrade, response: number | string, answered: number, total: number): Promise<'next' | undefined> {
    const onward = answered < total ? l10n.t('Next question') : l10n.t('See your score');
    const items: PickItem<'next'>[] = [{ label: `$(arrow-right) ${onward}`, value: 'next' }];
    items.push({ label: l10n.t('Question'), separator: true });
    wrapText(question.prompt, ROW_WIDTH).forEach((line, i) => items.push({ label: i === 0 ? `$(question) ${line}` : line, inert: true }));
    const yours = typeof response === 'string' ? response.trim() : question.kind === 'choice' ? question.options[response] : '';
    items.push({ label: l10n.t('You answered: {0}', yours ? yours.slice(0, ROW_WIDTH) : l10n.t('(nothing)')), inert: true });
    if (question.kind === 'list') {
      const missed = new Set(grade.missed ?? []);
      items.push({ label: question.ordered ? l10n.t('Expected, in this order') : l10n.t('Expected, in any order'), separator: true });
      for (const item of question.items) {
        items.push({ label: missed.has(item) ? `$(close) ${item}` : `$(check) ${item}`, description: missed.has(item) ? (question.ordered ? l10n.t('missed or out of order') : l10n.t('missed')) : undefined, inert: true });
      }
    } else {
      items.push({ label: l10n.t('Expected'), separator: true });
      wrapText(grade.expected, ROW_WIDTH).forEach((line) => items.push({ label: line, inert: true }));
    }
    if (question.kind === 'numeric' && question.solution.length > 0) {
      items.push({ label: l10n.t('Worked solution'), separator: true });
      // Narrower than the other rows: the first shares its line with the separator's "Worked solution".
      for (const step of question.solution) wrapText(step, ROW_WIDTH - 16).forEach((line) => items.push({ label: line, inert: true }));
    }
    const verdict = grade.correct ? l10n.t('right') : grade.score > 0 ? l10n.t('partly right ({0}%)', Math.round(grade.score * 100)) : l10n.t('not quite');
    const picked = await this.ui.pick({
      kind: 'correction',
      question: answered - 1,
      title: l10n.t('Answer {0} of {1} · {2}', answered, total, verdict),
      placeholder: l10n.t('Enter for the next question · Esc to end the quiz'),
      items,
      active: 0,
    });
    return picked?.value;
  }

  private async showSummary(outcome: QuizOutcome, last: AnswerGrade | undefined): Promise<void> {
    let queued = false;
    for (;;) {
      type Action = { kind: 'done' } | { kind: 'queue' } | { kind: 'open'; miss: AnsweredQuestion };
      const cardIds = this.reviewCards(outcome.misses);
      const items: PickItem<Action>[] = [];
      if (last && !queued) items.push(feedbackRow(last));
      items.push({ label: `$(check) ${l10n.t('Done')}`, description: outcome.endedEarly ? l10n.t('ended after {0} of {1}', outcome.answered, outcome.asked) : undefined, value: { kind: 'done' } });
      if (this.deps.queueForReview && cardIds.length && !queued) {
        items.push({ label: `$(add) ${l10n.t('Add misses to flashcards')}`, description: cardIds.length === 1 ? l10n.t('1 card') : l10n.t('{0} cards', cardIds.length), value: { kind: 'queue' } });
      }
      if (outcome.misses.length) {
        items.push({ label: l10n.t('Missed: choose one to open its concept'), separator: true });
        for (const miss of outcome.misses) {
          items.push({ label: `$(book) ${miss.question.prompt}`, detail: l10n.t('Expected: {0}', miss.grade.expected), value: { kind: 'open', miss } });
        }
      } else if (outcome.answered > 0) {
        items.push({ label: `$(star-full) ${l10n.t('No misses. Well done!')}`, inert: true });
      }
      const first = items.findIndex((i) => !i.inert && !i.separator);
      const picked = await this.ui.pick({
        kind: 'summary',
        title: l10n.t('Quiz finished: {0} · {1}', outcome.scoreText, outcome.scope),
        placeholder: outcome.points === outcome.correct ? outcome.scoreText
          : outcome.points === 1 ? l10n.t('{0} · 1 point with partial credit', outcome.scoreText)
          : l10n.t('{0} · {1} points with partial credit', outcome.scoreText, formatPoints(outcome.points)),
        items,
        active: first,
      });
      const action = picked?.value;
      if (!action || action.kind === 'done') return;
      if (action.kind === 'open') {
        const { question } = action.miss;
        const card = question.conceptId ? undefined : question.cardId ? this.deps.index.card(question.cardId) : undefined;
        if (card?.uri) await this.deps.openNote?.(card.uri, card.line);
        else if (question.conceptId) await this.deps.openConcept(question.conceptId);
        return;
      }
      try {
        await this.deps.queueForReview!(cardIds);
        this.ui.notify(cardIds.length === 1 ? l10n.t('Added 1 card to your flashcards.') : l10n.t('Added {0} cards to your flashcards.', cardIds.length));
        queued = true;
      } catch (error) {
        this.ui.notify(l10n.t('Could not add the misses to flashcards: {0}', error instanceof Error ? error.message : String(error)));
      }
    }
  }

  private reviewCards(misses: readonly AnsweredQuestion[]): string[] {
    return [...new Set(misses.map((m) => this.bank.reviewCardFor(m.question)).filter((id): id is string => !!id))];
  }
}

/** The last answer's feedback as an information row, its ✓ ✗ ◐ mark as an icon. */
function feedbackRow<T>(grade: AnswerGrade): PickItem<T> {
  const icon = grade.correct ? '$(pass)' : grade.score > 0 ? '$(circle-large-outline)' : '$(error)';
  return { label: `${icon} ${grade.feedback.replace(/^[✓✗◐]\s*/, '')}`, inert: true };
}
const formatPoints = (points: number): string => (Number.isInteger(points) ? String(points) : points.toFixed(1));
const conceptCount = (n: number): string => (n === 1 ? l10n.t('1 concept') : l10n.t('{0} concepts', n));
/** "2 concepts · 5 cards": notes may hold cards outside any concept. */
const notesCount = (concepts: number, cards: number): string =>
  [conceptCount(concepts), cards === 1 ? l10n.t('1 card') : l10n.t('{0} cards', cards)].join(' · ');
