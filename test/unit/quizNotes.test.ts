// Quizzes on the student's notes: "My notes" and each deck or note offered as
// scopes beside the topics, questions from a note's concepts and from its loose
// `front::back` cards, distractors from the same group first, and a missed
// loose card opening its note at its line.

import * as assert from 'assert';
import { MY_NOTES } from '../../src/core/content/model';
import { InputStep, PickStep, QuizFlow, QuizUi } from '../../src/core/quiz/quizPresenter';
import { Question, QuestionBank } from '../../src/core/quiz/questions';
import { QuizResultsStore } from '../../src/core/quiz/results';
import { createRng } from '../../src/core/util/rng';
import { freshFixtureIndex } from '../support/fixturePack';
import { MemoryStore } from '../support/memoryStore';
import { fileTopic, fixtureWithNotes, noteConcept, noteContent, noteUri } from '../support/noteContent';

const withNotes = fixtureWithNotes;

/** A UI that picks `scope` on the topic step, answers every question wrong and opens a miss on the summary (the first, or the first `openMiss` takes). */
class WrongUi implements QuizUi {
  topicStep?: PickStep<unknown>;
  questions: Question[] = [];
  constructor(
    private readonly scope: (step: PickStep<unknown>) => unknown,
    private readonly bank: () => Question[],
    private readonly openMiss: (question: Question) => boolean = () => true,
  ) {}
  async pick<T>(step: PickStep<T>): Promise<{ value: T } | undefined> {
    switch (step.kind) {
      case 'topic':
        this.topicStep = step as PickStep<unknown>;
        return { value: this.scope(step as PickStep<unknown>) as T };
      case 'length':
        return { value: 20 as T };
      case 'question': {
        const q = this.bank()[step.question!];
        this.questions.push(q);
        return { value: (q.kind === 'choice' ? (q.answer + 1) % q.options.length : 0) as T };
      }
      case 'correction':
        return { value: 'next' as T };
      case 'summary': {
        const open = step.items.find((i) => {
          const value = i.value as { kind?: string; miss?: { question: Question } } | undefined;
          return value?.kind === 'open' && this.openMiss(value.miss!.question);
        });
        return open ? { value: open.value as T } : undefined;
      }
    }
  }
  async input(step: InputStep): Promise<string | undefined> {
    this.questions.push(this.bank()[step.question]);
    return 'not the answer at all';
  }
  async confirmEnd(): Promise<boolean> {
    return true;
  }
  notify(): void {}
}

suite('Quiz: the student\'s notes', () => {
  test('the scope step lists the pack\'s topics, then My notes and each deck or note', async () => {
    const { index, notes } = withNotes();
    const ui = new WrongUi(() => undefined, () => []);
    await new QuizFlow(ui, { index, results: new QuizResultsStore(new MemoryStore(), 'k'), openConcept: () => undefined }).run();
    const items = ui.topicStep!.items;
    const topics = items.slice(items.findIndex((i) => i.separator && i.label === 'Topics') + 1, items.findIndex((i) => i.separator && i.label === 'My notes'));
    assert.deepStrictEqual(topics.map((i) => i.label), index.packTopics.map((t) => t.title));
    const mine = items.slice(items.findIndex((i) => i.separator && i.label === 'My notes') + 1);
    assert.deepStrictEqual(mine.map((i) => i.value), [{ kind: 'topic', id: MY_NOTES }, { kind: 'topic', id: notes.deck.id }, { kind: 'topic', id: notes.own.id }]);
    assert.match(mine[0].label, /My notes$/);
    assert.strictEqual(mine[0].description, '2 concepts · 4 cards');
  });

  test('without notes there is no My notes section', async () => {
    const ui = new WrongUi(() => undefined, () => []);
    await new QuizFlow(ui, { index: freshFixtureIndex(), results: new QuizResultsStore(new MemoryStore(), 'k'), openConcept: () => undefined }).run();
    assert.ok(!ui.topicStep!.items.some((i) => i.label === 'My notes'));
  });

  test('a My notes quiz asks only about the notes: their concepts and their loose cards', () => {
    const { index, notes } = withNotes();
    const bank = new QuestionBank(index);
    const candidates = bank.candidates([MY_NOTES]);
    const noteTopics = new Set([notes.deck.id, notes.own.id]);
    assert.ok(candidates.length > 0);
    assert.ok(candidates.every((c) => noteTopics.has(c.topic)), candidates.map((c) => c.topic).join(', '));
    const fromCards = candidates.filter((c) => c.conceptId === '').map((c) => c.id);
    assert.deepStrictEqual(fromCards.sort(), [`shortAnswer:${notes.deckLoose.id}`, ...notes.journalCards.map((c) => `shortAnswer:${c.id}`)].sort());
    const quiz = bank.generate({ topics: [MY_NOTES], length: 20, seed: 7 });
    const loose = quiz.questions.filter((q) => q.conceptId === '');
    assert.strictEqual(loose.length, 3, 'every loose card is asked, each as a subject of its own');
    const glue = loose.find((q) => q.cardId === notes.deckLoose.id)!;
    assert.deepStrictEqual([glue.kind, glue.prompt, glue.expected, glue.topic], ['typed', 'Bee glue', 'Propolis', notes.deck.id]);
    assert.strictEqual(bank.reviewCardFor(glue), notes.deckLoose.id);
  });

  test('a deck\'s quiz stays in the deck; the deck and My notes read as scopes', () => {
    const { index, notes } = withNotes();
    const bank = new QuestionBank(index);
    assert.ok(bank.candidates([notes.deck.id]).every((c) => c.topic === notes.deck.id));
    assert.strictEqual(bank.topicTitle(MY_NOTES), 'My notes');
    assert.strictEqual(bank.topicTitle(notes.deck.id), 'My notes · bees/week3');
    assert.strictEqual(bank.topicTitle('colony'), index.topic('colony')!.title);
  });

  test('a pack quiz never asks the notes; "All topics" asks both', () => {
    const { index } = withNotes();
    const bank = new QuestionBank(index);
    assert.ok(bank.candidates(['colony']).every((c) => c.topic === 'colony'));
    const all = bank.candidates();
    assert.ok(all.some((c) => c.topic === 'colony') && all.some((c) => c.conceptId === ''));
  });

  test('a note concept\'s term question takes its wrong answers from its own group first, before the pack\'s', () => {
    const index = freshFixtureIndex();
    const file = 'bees/glossary.md';
    const group = fileTopic(file);
    const concepts = ['Waggle dance', 'Round dance', 'Tremble dance', 'Bee bread'].map((term, i) =>
      noteConcept(`notes:g${i}`, term, group, file, { definition: `${term} is something I wrote about in my glossary, at length.`, line: i + 1 }));
    index.setNote(noteUri(file), noteContent(group, concepts));
    const bank = new QuestionBank(index);
    for (let seed = 1; seed <= 20; seed++) {
      const candidate = bank.candidates([group.id]).find((c) => c.style === 'termFromDefinition' && c.conceptId === 'notes:g0')!;
      const question = candidate.build(createRng(seed));
      assert.ok(question && question.kind === 'choice');
      assert.deepStrictEqual([...question.options].sort(), ['Bee bread', 'Round dance', 'Tremble dance', 'Waggle dance'], `seed ${seed}`);
    }
  });

  for (const loose of [true, false]) {
    test(loose ? 'a missed loose card opens its note at its line' : 'a missed note concept opens its concept', async () => {
      const { index, notes } = withNotes();
      const openedNotes: Array<[string, number]> = [];
      const openedConcepts: string[] = [];
      let asked: Question[] = [];
      const deps = {
        index,
        results: new QuizResultsStore(new MemoryStore(), 'k'),
        seed: 3,
        openConcept: (id: string) => void openedConcepts.push(id),
        openNote: (uri: string, line: number) => void openedNotes.push([uri, line]),
      };
      asked = new QuestionBank(index).generate({ topics: [notes.own.id], length: 20, seed: 3 }).questions;
      const pickGroup = (step: PickStep<unknown>) => step.items.find((i) => (i.value as { id?: string } | undefined)?.id === notes.own.id)!.value;
      const ui = new WrongUi(pickGroup, () => asked, (q) => (q.conceptId === '') === loose);
      const outcome = await new QuizFlow(ui, deps).run();
      assert.ok(outcome && outcome.misses.length === asked.length && asked.length > 0);
      if (loose) {
        const miss = outcome.misses.find((m) => m.question.conceptId === '')!.question;
        const card = index.card(miss.cardId!)!;
        assert.deepStrictEqual([openedNotes, openedConcepts], [[[card.uri, card.line]], []]);
      } else {
        assert.deepStrictEqual([openedNotes, openedConcepts], [[], [notes.smoker.id]]);
      }
      assert.deepStrictEqual(outcome.missedConcepts, [notes.smoker.id], 'a loose card is no concept to revisit');
      assert.deepStrictEqual(Object.keys(outcome.byTopic), [notes.own.id]);
    });
  }
});
