// Builds quiz questions from the course pack and the student's notes: multiple
// choice (from MC cards, or a term, part or definition with distractors from
// sibling and related concepts: the same topic or group of notes first, then
// the rest, the pack's for the pack and the notes' for a note first),
// true/false built from facts of the content, typed short answers and list
// recall; a note's cards outside any concept are asked as they are. Every
// choice is built so exactly one option is right.

import { ContentIndex } from '../content/contentIndex';
import { readCloze } from '../content/cloze';
import { Card, Concept, inTopic, isNoteTopic, listIsOrdered, MY_NOTES, NumericAnswer } from '../content/model';
import { myNotesTitle, noteGroupTitle } from '../notes/noteLabels';
import { plainText } from '../markdown/plainText';
import { acronymExpansions, maskDefinition } from './masking';
import { gradeTyped, normalizeAnswer } from './textMatch';
import { createRng, pickOne, Rng, shuffled } from '../util/rng';
import { l10n } from '../util/l10n';

export type QuestionStyle =
  | 'multipleChoice'
  | 'termFromDefinition'
  | 'partOf'
  | 'trueFalse'
  | 'shortAnswer'
  | 'acronym'
  | 'typedTerm'
  | 'cloze'
  | 'listRecall'
  | 'calculation';

interface QuestionBase {
  /** Stable for a given card or concept and style. */
  id: string;
  style: QuestionStyle;
  /** Empty for a card of a note written outside any concept (then `cardId` names the card). */
  conceptId: string;
  topic: string;
  /** The card the question came from, if any. */
  cardId?: string;
  /** Plain text. */
  prompt: string;
  /** The right answer as shown to a student who missed it. */
  expected: string;
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  options: string[];
  /** Index of the one right option. */
  answer: number;
}

export interface TypedQuestion extends QuestionBase {
  kind: 'typed';
  accepted: string[];
  /** Other terms an answer must not be closer to. */
  rejects: string[];
}

export interface ListQuestion extends QuestionBase {
  kind: 'list';
  items: string[];
  ordered: boolean;
}

/** A worked calculation (a `Calc:` card): the typed answer is read as a number and graded with the card's tolerance. */
export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  answer: NumericAnswer;
  /** The worked solution, line by line as plain text, shown once answered; empty when the card has none. */
  solution: string[];
}

export type Question = ChoiceQuestion | TypedQuestion | ListQuestion | NumericQuestion;

/** A question that can be built; distractors and option order are drawn when it is. */
export interface Candidate {
  id: string;
  style: QuestionStyle;
  conceptId: string;
  topic: string;
  build(rng: Rng): Question | undefined;
}

export interface QuizRequest {
  /** Topic ids to draw from (MY_NOTES: every group of notes); all topics when absent or empty. */
  topics?: readonly string[];
  length: number;
  seed: number;
}

export interface Quiz {
  seed: number;
  questions: Question[];
}

const MAX_SHORT_ANSWER_WORDS = 4;
const MAX_SHORT_ANSWER_CHARS = 40;
const BLANK = '_____';
const BLANK_MARK = '\u0000blank\u0000';

/** Every name of a concept, normalised: its term and aliases. */
function namesOf(concept: Concept): Set<string> {
  return new Set([concept.term, ...concept.aliases].map(normalizeAnswer).filter(Boolean));
}

/** True when two concepts share a name, so one cannot be a wrong answer for the other. */
function sharesName(a: Concept, b: Concept): boolean {
  const names = namesOf(a);
  for (const name of namesOf(b)) if (names.has(name)) return true;
  return false;
}

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** A worked solution's Markdown as plain-text lines: one per line written (a list item, a step), blank lines dropped. */
export function solutionLines(markdown: string): string[] {
  return markdown.split('\n').map(plainText).filter(Boolean);
}

/** Questions need a stable, distinct identity per source and style. */
const questionId = (style: QuestionStyle, from: string, variant = ''): string => `${style}:${from}${variant ? `#${variant}` : ''}`;

/** Picks distinct options, none equal to each other or to anything in `taken` (case and spacing ignored). */
function distinctOptions(candidates: Iterable<string>, taken: readonly string[], count: number): string[] {
  const seen = new Set(taken.map(normalizeAnswer));
  const picked: string[] = [];
  for (const text of candidates) {
    const key = normalizeAnswer(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    picked.push(text);
    if (picked.length === count) break;
  }
  return picked;
}

function choiceQuestion(base: QuestionBase, right: string, wrong: string[], rng: Rng): ChoiceQuestion | undefined {
  if (wrong.length === 0) return undefined;
  const options = shuffled(rng, [right, ...wrong]);
  return { ...base, kind: 'choice', options, answer: options.indexOf(right) };
}

/** Builds quiz questions from one pack, through the pack's own look-ups. */
export class QuestionBank {
  constructor(private readonly index: ContentIndex) {}

  /** A topic's title; "My notes" for MY_NOTES, "My notes · week3" for a group of notes. */
  topicTitle(id: string): string {
    if (id === MY_NOTES) return myNotesTitle();
    const topic = this.index.topic(id);
    if (!topic) return id;
    return isNoteTopic(id) ? noteGroupTitle(topic) : topic.title;
  }

  concept(id: string): Concept | undefined {
    return this.index.concept(id);
  }

  /** The card a missed question should send to flashcards. */
  reviewCardFor(question: Question): string | undefined {
    if (question.cardId) return question.cardId;
    const cards = (this.index.cardsOf(question.conceptId)).filter((c) => c.kind !== 'essay');
    const preferred = question.kind === 'list' || question.style === 'partOf' ? 'listRecall' : 'basic';
    return (cards.find((c) => c.kind === preferred) ?? cards[0])?.id;
  }

  /** Every question that can be asked about the given topics (all when empty). */
  candidates(topics?: readonly string[]): Candidate[] {
    const scope = topics && topics.length ? topics : undefined;
    const inScope = (topic: string) => !scope || scope.some((filter) => inTopic(topic, filter));
    const result: Candidate[] = [];
    for (const concept of this.index.concepts) {
      if (!inScope(concept.topic)) continue;
      result.push(...this.conceptCandidates(concept));
      for (const card of this.index.cardsOf(concept.id)) {
        const candidate = this.cardCandidate(card, concept);
        if (candidate) result.push(candidate);
      }
    }
    // A note's cards written outside any concept (`front::back`) are asked on their own.
    for (const card of this.index.noteCards) {
      if (card.conceptId !== '' || !inScope(card.topic)) continue;
      const candidate = this.cardCandidate(card);
      if (candidate) result.push(candidate);
    }
    return result;
  }

  /**
   * A quiz of up to `length` questions, the same for the same seed: varied styles, one question per
   * concept while possible. `candidates`: those of `request.topics`, when the caller has them already.
   */
  generate(request: QuizRequest, candidates: readonly Candidate[] = this.candidates(request.topics)): Quiz {
    const rng = createRng(request.seed);
    const order = shuffled(rng, candidates);
    const questions: Question[] = [];
    const usedCandidates = new Set<string>();
    const usedConcepts = new Set<string>();
    const styleCount = new Map<string, number>();
    const styleCap = Math.max(1, Math.ceil(request.length / 4));
    // What a question is about: its concept, or for a card outside any concept, the card itself.
    const subject = (c: Candidate) => c.conceptId || c.id;
    const passes: Array<(c: Candidate) => boolean> = [
      (c) => !usedConcepts.has(subject(c)) && (styleCount.get(c.style) ?? 0) < styleCap,
      (c) => !usedConcepts.has(subject(c)),
      () => true,
    ];
    for (const admits of passes) {
      for (const candidate of order) {
        if (questions.length >= request.length) break;
        if (usedCandidates.has(candidate.id) || !admits(candidate)) continue;
        usedCandidates.add(candidate.id);
        const question = candidate.build(rng);
        if (!question) continue;
        questions.push(question);
        usedConcepts.add(subject(candidate));
        styleCount.set(candidate.style, (styleCount.get(candidate.style) ?? 0) + 1);
      }
    }
    return { seed: request.seed, questions };
  }

  private base(style: QuestionStyle, concept: Concept, from: string, variant?: string): Omit<QuestionBase, 'prompt' | 'expected'> {
    return { id: questionId(style, from, variant), style, conceptId: concept.id, topic: concept.topic };
  }

  /** A question from a card; `concept` absent for a note's card outside any concept. */
  private cardCandidate(card: Card, concept?: Concept): Candidate | undefined {
    const conceptId = concept?.id ?? '';
    const topic = concept?.topic ?? card.topic;
    const make = (style: QuestionStyle, build: (rng: Rng) => Question | undefined): Candidate => ({
      id: questionId(style, card.id),
      style,
      conceptId,
      topic,
      build,
    });
    const base = (style: QuestionStyle) => ({ id: questionId(style, card.id), style, conceptId, topic, cardId: card.id });
    switch (card.kind) {
      case 'multipleChoice': {
        const choices = card.choices ?? [];
        const right = choices.find((c) => c.correct);
        if (!right) return undefined;
        return make('multipleChoice', (rng) => {
          const wrong = distinctOptions(shuffled(rng, choices.filter((c) => !c.correct).map((c) => plainText(c.text))), [right.text], 3);
          const rightText = plainText(right.text);
          return choiceQuestion({ ...base('multipleChoice'), prompt: plainText(card.prompt), expected: rightText }, rightText, wrong, rng);
        });
      }
      case 'basic': {
        if (card.numeric) {
          const numeric = card.numeric;
          return make('calculation', () => ({
            ...base('calculation'), kind: 'numeric', prompt: plainText(card.prompt), expected: plainText(card.answer), answer: numeric, solution: solutionLines(card.explanation ?? ''),
          }));
        }
        const answer = plainText(card.answer).replace(/[.!]+$/, '');
        const words = answer.split(' ').length;
        if (card.answer.includes('\n') || words > MAX_SHORT_ANSWER_WORDS || answer.length > MAX_SHORT_ANSWER_CHARS || /[:;]/.test(answer)) return undefined;
        return make('shortAnswer', () => ({ ...base('shortAnswer'), kind: 'typed', prompt: plainText(card.prompt), expected: answer, accepted: [answer], rejects: [] }));
      }
      case 'cloze': {
        const holes = [...card.prompt.matchAll(/\{\{(.+?)\}\}/g)];
        if (holes.length !== 1) return undefined;
        // {{answer|other::hint}}: the first wording is the one shown; a typed answer may be any of them.
        const { answer, answers, hint } = readCloze(holes[0][1]);
        if (answer.split(/\s+/).length > MAX_SHORT_ANSWER_WORDS) return undefined;
        const blank = hint ? `${BLANK} (${hint})` : BLANK;
        const prompt = plainText(card.prompt.replace(holes[0][0], BLANK_MARK)).replace(BLANK_MARK, blank);
        return make('cloze', () => ({ ...base('cloze'), kind: 'typed', prompt: l10n.t('Fill in the blank: {0}', prompt), expected: answer, accepted: answers, rejects: [] }));
      }
      case 'listRecall': {
        const items = (card.items ?? []).map(plainText).filter(Boolean);
        if (items.length < 2) return undefined;
        const prompt = plainText(card.prompt);
        return make('listRecall', () => ({ ...base('listRecall'), kind: 'list', prompt, expected: items.join(', '), items, ordered: listIsOrdered(card) }));
      }
      case 'essay':
        // Key points of an essay cannot be graded from a typed line.
        return undefined;
    }
  }

  private conceptCandidates(concept: Concept): Candidate[] {
    const out: Candidate[] = [];
    const add = (style: QuestionStyle, build: (rng: Rng) => Question | undefined, variant = '') =>
      out.push({ id: questionId(style, concept.id, variant), style, conceptId: concept.id, topic: concept.topic, build });
    // Masking runs a few regular expressions per name: only for the questions actually asked.
    let maskedCache: string | undefined;
    const masked = (): string => (maskedCache ??= maskDefinition(concept));
    const definitionUsable = concept.definition.trim().length >= 20;

    if (definitionUsable) {
      add('termFromDefinition', (rng) => {
        if (!masked().includes(' ')) return undefined;
        const wrong = distinctOptions(mapIterable(this.distractorConcepts(concept, rng), (c) => c.term), [concept.term, ...concept.aliases], 3);
        if (wrong.length < 3) return undefined;
        return choiceQuestion(
          { ...this.base('termFromDefinition', concept, concept.id), prompt: l10n.t('Which term matches this definition? “{0}”', masked()), expected: concept.term },
          concept.term,
          wrong,
          rng,
        );
      });
      const typeable = [concept.term, ...concept.aliases].some((name) => name.split(/\s+/).length <= MAX_SHORT_ANSWER_WORDS);
      if (typeable) {
        add('typedTerm', () => ({
          ...this.base('typedTerm', concept, concept.id),
          kind: 'typed',
          prompt: l10n.t('Type the term for: “{0}”', masked()),
          expected: concept.term,
          accepted: [concept.term, ...concept.aliases],
          rejects: this.siblings(concept).flatMap((c) => [c.term, ...c.aliases]),
        }));
      }
    }

    for (const acronym of concept.acronyms) {
      const expansions = acronymExpansions(concept, acronym);
      if (expansions.length === 0) continue;
      const expected = expansions[0];
      add(
        'acronym',
        () => ({
          ...this.base('acronym', concept, concept.id, acronym),
          kind: 'typed',
          prompt: l10n.t('What does {0} stand for?', acronym),
          expected,
          accepted: expansions,
          rejects: [acronym, ...this.siblings(concept).map((c) => c.term)],
        }),
        acronym,
      );
      add(
        'trueFalse',
        (rng) => {
          const truth = rng.next() < 0.5;
          let claim = expected;
          if (!truth) {
            let other: Concept | undefined;
            for (const c of this.distractorConcepts(concept, rng)) {
              if (!gradeTyped(c.term, expansions).correct && normalizeAnswer(c.term) !== normalizeAnswer(acronym)) {
                other = c;
                break;
              }
            }
            if (!other) return undefined;
            claim = other.term;
          }
          return {
            ...this.base('trueFalse', concept, concept.id, acronym),
            kind: 'choice',
            prompt: l10n.t('True or false: {0} stands for “{1}”.', acronym, claim),
            options: [l10n.t('True'), l10n.t('False')],
            answer: truth ? 0 : 1,
            expected: truth ? l10n.t('True: {0} stands for {1}', acronym, expected) : l10n.t('False: {0} stands for {1}', acronym, expected),
          };
        },
        acronym,
      );
    }

    const parts = concept.parts.map((p) => plainText(p.name)).filter(Boolean);
    if (parts.length >= 2) {
      const hasListCard = this.index.cardsOf(concept.id).some((c) => c.kind === 'listRecall');
      if (!hasListCard) {
        add('listRecall', () => ({
          ...this.base('listRecall', concept, concept.id),
          kind: 'list',
          prompt: l10n.t('Name the {0} parts of {1}.', parts.length, concept.term),
          expected: parts.join(', '),
          items: parts,
          ordered: false,
        }));
      }
      add('partOf', (rng) => {
        const right = pickOne(rng, parts)!;
        const wrong = distinctOptions(this.foreignParts(concept, parts, rng), parts, 3);
        if (wrong.length < 3) return undefined;
        return choiceQuestion(
          { ...this.base('partOf', concept, concept.id), prompt: l10n.t('Which of these is one of the {0} parts of {1}?', parts.length, concept.term), expected: right },
          right,
          wrong,
          rng,
        );
      });
      add(
        'trueFalse',
        (rng) => {
          const truth = rng.next() < 0.5;
          const real = pickOne(rng, parts)!;
          const claim = truth ? real : this.foreignParts(concept, parts, rng, 1)[0];
          if (!claim) return undefined;
          return {
            ...this.base('trueFalse', concept, concept.id, 'part'),
            kind: 'choice',
            prompt: l10n.t('True or false: “{0}” is one of the {1} parts of {2}.', claim, parts.length, concept.term),
            options: [l10n.t('True'), l10n.t('False')],
            answer: truth ? 0 : 1,
            expected: truth ? l10n.t('True: “{0}” is one of them', claim) : l10n.t('False: the parts are {0}', parts.join(', ')),
          };
        },
        'part',
      );
    }
    return out;
  }

  /** Concepts of the same topic. */
  private siblings(concept: Concept): Concept[] {
    return this.index.conceptsIn(concept.topic).filter((c) => c.id !== concept.id);
  }

  /** Wrong-answer concepts, nearest first: same topic, then related, then the rest; none sharing a name with `concept`. */
  private *distractorConcepts(concept: Concept, rng: Rng): Generator<Concept> {
    const related = concept.related.map((id) => this.index.concept(id)).filter((c): c is Concept => !!c && c.topic !== concept.topic);
    const near = new Set([concept.id, ...related.map((c) => c.id)]);
    const siblings = this.siblings(concept);
    // The rest: of the same kind first (the pack's for a pack concept, the notes' for a note's), then the others.
    const others = this.index.concepts.filter((c) => !near.has(c.id) && c.topic !== concept.topic);
    const rest = [...others.filter((c) => !c.uri === !concept.uri), ...others.filter((c) => !c.uri !== !concept.uri)];
    const own = [concept.term, ...concept.aliases];
    // Shuffled up front so the draw is the same however many the caller takes.
    const sameKind = rest.filter((c) => !c.uri === !concept.uri);
    const otherKind = rest.slice(sameKind.length);
    for (const c of [...shuffled(rng, siblings), ...shuffled(rng, related), ...shuffled(rng, sameKind), ...shuffled(rng, otherKind)]) {
      if (!sharesName(c, concept) && !gradeTyped(c.term, own).correct) yield c;
    }
  }

  /** Up to `count` parts of other frameworks, sibling frameworks first, that cannot be mistaken for one of `parts`. */
  private foreignParts(concept: Concept, parts: readonly string[], rng: Rng, count = 3): string[] {
    const others = this.index.concepts.filter((c) => c.id !== concept.id && c.parts.length > 0);
    const siblings = shuffled(rng, others.filter((c) => c.topic === concept.topic));
    const rest = shuffled(rng, others.filter((c) => c.topic !== concept.topic));
    const ownNames = [concept.term, ...concept.aliases, ...parts];
    const result: string[] = [];
    const seen = new Set(parts.map(normalizeAnswer));
    for (const other of [...siblings, ...rest]) {
      for (const part of shuffled(rng, other.parts.map((p) => plainText(p.name)))) {
        const key = normalizeAnswer(part);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        const confusable = ownNames.some((own) => gradeTyped(part, [own]).correct || gradeTyped(own, [part]).correct);
        if (!confusable) result.push(part);
        if (result.length >= count) return result;
      }
    }
    return result;
  }
}
