// The quiz as a student walks through it, against a scripted UI: topic, length,
// questions with progress and feedback, Escape to end early, the score and the misses.
// Run on the synthetic fixture pack (test/fixtures/pack), whose topics guarantee
// what each test needs (a list question, a long question) whatever the seed.
import * as assert from 'assert';
import { InputStep, PickStep, QuizFlow, QuizUi } from '../../src/core/quiz/quizPresenter';
import { Question, QuestionBank } from '../../src/core/quiz/questions';
import { QuizResultsStore } from '../../src/core/quiz/results';
import { fixtureIndex } from '../support/fixturePack';
import { MemoryStore } from '../support/memoryStore';

const pack = fixtureIndex();
/** Any seed: the scripted UI answers from the same seeded quiz the flow asks. */
const SEED = 1234;
/** 17 questions: a 20-question quiz on it asks every one, two lists of 3+ items and long choice questions among them. */
const HARVEST = 'harvest';

type Answerer = (question: Question) => number | string | undefined;

/** Answers each question with `answer` (by looking up the seeded quiz), picks scripted values for the other steps. */
class ScriptedUi implements QuizUi {
  picks: PickStep<unknown>[] = [];
  inputs: InputStep[] = [];
  corrections: PickStep<unknown>[] = [];
  notes: string[] = [];
  confirms = 0;
  constructor(
    private readonly script: {
      topic?: (step: PickStep<unknown>) => unknown;
      length?: number;
      questions: Question[];
      answer: Answerer;
      endOnConfirm?: boolean;
      summary?: (step: PickStep<unknown>) => unknown;
      /** Escape on the correction shown after a miss. */
      escapeCorrection?: boolean;
    },
  ) {}
  private current(step: { question?: number }): Question {
    return this.script.questions[step.question!];
  }
  async pick<T>(step: PickStep<T>): Promise<{ value: T } | undefined> {
    this.picks.push(step as PickStep<unknown>);
    switch (step.kind) {
      case 'topic':
        return { value: this.script.topic!(step as PickStep<unknown>) as T };
      case 'length':
        return { value: (this.script.length ?? 5) as T };
      case 'correction':
        this.corrections.push(step as PickStep<unknown>);
        return this.script.escapeCorrection ? undefined : { value: 'next' as T };
      case 'summary': {
        const chosen = this.script.summary?.(step as PickStep<unknown>);
        return chosen === undefined ? undefined : { value: chosen as T };
      }
      case 'question': {
        const answer = this.script.answer(this.current(step));
        return answer === undefined ? undefined : { value: answer as T };
      }
    }
  }
  async input(step: InputStep): Promise<string | undefined> {
    this.inputs.push(step);
    const answer = this.script.answer(this.current(step));
    return answer === undefined ? undefined : String(answer);
  }
  async confirmEnd(): Promise<boolean> {
    this.confirms++;
    return !!this.script.endOnConfirm;
  }
  notify(message: string): void {
    this.notes.push(message);
  }
}

const rightAnswer: Answerer = (q) => (q.kind === 'choice' ? q.answer : q.kind === 'list' ? q.items.join(', ') : q.expected);
const wrongAnswer: Answerer = (q) => (q.kind === 'choice' ? (q.answer + 1) % q.options.length : 'no idea at all');

function quizFor(topics: string[] | undefined, length: number): Question[] {
  return new QuestionBank(pack).generate({ topics, length, seed: SEED }).questions;
}

function flow(ui: QuizUi, extra: Partial<ConstructorParameters<typeof QuizFlow>[1]> = {}) {
  const opened: string[] = [];
  const results = new QuizResultsStore(new MemoryStore(), 'crmStudy.quizResults');
  const quiz = new QuizFlow(ui, { index: pack, results, seed: SEED, now: () => 1000, openConcept: (id) => void opened.push(id), ...extra });
  return { quiz, opened, results };
}

suite('Quiz flow', () => {
  test('a quiz started on a topic skips the topic step and asks 5 questions with progress in the title', async () => {
    const questions = quizFor([HARVEST], 5);
    const ui = new ScriptedUi({ questions, answer: rightAnswer, summary: () => undefined });
    const outcome = await flow(ui).quiz.run({ topicId: HARVEST });
    assert.ok(!ui.picks.some((p) => p.kind === 'topic'), 'the topic step was shown');
    assert.deepStrictEqual(ui.picks.filter((p) => p.kind === 'length').map((p) => p.title), ['Start Quiz · Harvest & hive products'], 'the length step names the topic');
    const titles = [...ui.picks, ...ui.inputs].filter((s) => s.kind === 'question').map((s) => s.title);
    assert.ok(titles.includes('Question 3 of 5 · Harvest & hive products'), titles.join('\n'));
    assert.deepStrictEqual(titles.map((t) => t.slice(0, 'Question 1 of 5'.length)).sort(), ['Question 1 of 5', 'Question 2 of 5', 'Question 3 of 5', 'Question 4 of 5', 'Question 5 of 5']);
    const counted = [...ui.picks, ...ui.inputs].filter((s) => s.kind === 'question' && s.totalSteps !== undefined);
    assert.strictEqual(counted.length, 0, 'no "(1/5)" step counter beside a title that already counts');
    assert.strictEqual(outcome!.scoreText, '5/5 correct (100%)');
    assert.strictEqual(ui.picks.at(-1)!.title, 'Quiz finished: 5/5 correct (100%) · Harvest & hive products');
  });

  test('a concept node starts a quiz on its topic', async () => {
    const ui = new ScriptedUi({ questions: quizFor(['colony'], 5), answer: rightAnswer });
    const outcome = await flow(ui).quiz.run({ conceptId: 'swarm' });
    assert.strictEqual(outcome!.scope, 'The colony');
  });

  test('a miss is corrected in full before the next question; Enter (Next question) moves on', async () => {
    const questions = quizFor(['colony'], 5);
    const ui = new ScriptedUi({ questions, answer: wrongAnswer });
    const outcome = await flow(ui).quiz.run({ topicId: 'colony' });
    assert.strictEqual(outcome!.answered, 5);
    assert.strictEqual(ui.corrections.length, 4, 'one correction after each miss but the last (the summary lists that one)');
    const first = questions[0];
    const correction = ui.corrections[0];
    assert.strictEqual(correction.title, 'Answer 1 of 5 · not quite');
    assert.strictEqual(correction.question, 0);
    assert.strictEqual(correction.items[0].value, 'next');
    assert.strictEqual(correction.active, 0, 'Enter goes to the next question');
    const shown = correction.items.map((i) => i.label).join('\n');
    const expected = first.kind === 'choice' ? first.options[first.answer] : first.kind === 'list' ? first.items.join('\n') : first.expected;
    for (const part of expected.split('\n')) assert.ok(shown.includes(part.slice(0, 40)), `correction "${shown}" does not show "${part}"`);
  });

  test('a right answer gets a tick on the next question and no correction', async () => {
    const questions = quizFor(['colony'], 5);
    const ui = new ScriptedUi({ questions, answer: rightAnswer });
    await flow(ui).quiz.run({ topicId: 'colony' });
    assert.strictEqual(ui.corrections.length, 0);
    const second = [...ui.picks, ...ui.inputs].find((s) => s.kind === 'question' && s.question === 1)!;
    const shown = 'prompt' in second ? (second as InputStep).placeholder : (second as PickStep<unknown>).items.map((i) => i.label).join('\n');
    assert.match(shown, /✓|\$\(pass\)/);
  });

  test('a list question half recalled lists every expected item, the missed ones marked', async () => {
    const questions = quizFor([HARVEST], 20);
    const list = questions.find((q) => q.kind === 'list' && q.items.length >= 3 && q !== questions[questions.length - 1]);
    assert.ok(list && list.kind === 'list', 'a Harvest quiz has a list question');
    const ui = new ScriptedUi({ questions, length: 20, answer: (q) => (q === list ? list.items[0] : rightAnswer(q)) });
    await flow(ui).quiz.run({ topicId: HARVEST });
    assert.strictEqual(ui.corrections.length, 1);
    const items = ui.corrections[0].items;
    const rows = items.slice(items.findIndex((i) => i.separator && /^Expected/.test(i.label)) + 1);
    assert.ok(items.some((i) => i.label === `You answered: ${list.items[0]}`), 'the answer given is shown');
    assert.match(ui.corrections[0].title, /partly right/);
    assert.deepStrictEqual(rows.map((r) => r.label.replace(/^\$\((check|close)\) /, '')), list.items, 'every expected item, in order');
    assert.match(rows[0].label, /^\$\(check\)/);
    assert.ok(rows.slice(1).every((r) => r.label.startsWith('$(close)') && /missed/.test(r.description ?? '')));
  });

  test('Escape on a correction asks whether to end; End stops the quiz there', async () => {
    const questions = quizFor(['colony'], 5);
    const ui = new ScriptedUi({ questions, answer: wrongAnswer, escapeCorrection: true, endOnConfirm: true });
    const outcome = await flow(ui).quiz.run({ topicId: 'colony' });
    assert.strictEqual(ui.confirms, 1);
    assert.strictEqual(outcome!.answered, 1);
    assert.ok(outcome!.endedEarly);
  });

  test('the topic step offers All topics, then My weakest topics, then every topic', async () => {
    const ui = new ScriptedUi({ topic: (step) => step.items[0].value, questions: quizFor(undefined, 5), answer: rightAnswer });
    const outcome = await flow(ui).quiz.run();
    const step = ui.picks[0];
    assert.match(step.items[0].label, /All topics/);
    assert.match(step.items[1].label, /My weakest topics/);
    assert.strictEqual(step.items[1].inert, true, 'weakest topics is offered before any result exists');
    assert.match(step.items[1].description!, /after your first quiz/);
    for (const topic of pack.topics) assert.ok(step.items.some((i) => i.label === topic.title), topic.title);
    assert.strictEqual(outcome!.scope, 'All topics');
  });

  test('after a poor quiz, My weakest topics names that topic and quizzes on it', async () => {
    const { quiz, results } = flow(new ScriptedUi({ questions: quizFor(['health'], 5), answer: wrongAnswer }));
    await quiz.run({ topicId: 'health' });
    assert.strictEqual(results.weakest()[0].topic, 'health');
    const ui = new ScriptedUi({ topic: (step) => step.items[1].value, questions: quizFor(['health'], 5), answer: rightAnswer });
    const second = await new QuizFlow(ui, { index: pack, results, seed: SEED, openConcept: () => undefined }).run();
    assert.strictEqual(ui.picks[0].items[1].inert, undefined);
    assert.match(ui.picks[0].items[1].description!, /Colony health/);
    assert.strictEqual(second!.scope, 'My weakest topics');
    assert.ok(second!.byTopic.health.asked === 5);
  });

  test('a topic answered perfectly is not among My weakest topics; with only such topics the entry says so', async () => {
    const { quiz, results } = flow(new ScriptedUi({ questions: quizFor(['colony'], 5), answer: rightAnswer }));
    await quiz.run({ topicId: 'colony' });
    const ui = new ScriptedUi({ topic: () => undefined, questions: [], answer: rightAnswer });
    await new QuizFlow(ui, { index: pack, results, seed: SEED, openConcept: () => undefined }).run();
    assert.strictEqual(ui.picks[0].items[1].inert, true);
    assert.match(ui.picks[0].items[1].description!, /none: every topic you quizzed is at 90% or better/);

    await new QuizFlow(new ScriptedUi({ questions: quizFor(['health'], 5), answer: wrongAnswer }), { index: pack, results, seed: SEED, openConcept: () => undefined }).run({ topicId: 'health' });
    const after = new ScriptedUi({ topic: () => undefined, questions: [], answer: rightAnswer });
    await new QuizFlow(after, { index: pack, results, seed: SEED, openConcept: () => undefined }).run();
    assert.strictEqual(after.picks[0].items[1].description, 'Colony health');
  });

  test('Escape asks whether to end; Continue asks the same question again', async () => {
    const questions = quizFor(['colony'], 5);
    let escaped = false;
    const ui = new ScriptedUi({
      questions,
      endOnConfirm: false,
      answer: (q) => {
        if (!escaped && q === questions[1]) {
          escaped = true;
          return undefined;
        }
        return rightAnswer(q);
      },
    });
    const outcome = await flow(ui).quiz.run({ topicId: 'colony' });
    assert.strictEqual(ui.confirms, 1);
    assert.strictEqual(outcome!.answered, 5);
    assert.strictEqual(outcome!.correct, 5);
  });

  test('ending early still shows the score of the questions answered', async () => {
    const questions = quizFor(['colony'], 5);
    const ui = new ScriptedUi({ questions, endOnConfirm: true, answer: (q) => (q === questions[2] ? undefined : rightAnswer(q)) });
    const { quiz, results } = flow(ui);
    const outcome = await quiz.run({ topicId: 'colony' });
    assert.strictEqual(outcome!.endedEarly, true);
    assert.strictEqual(outcome!.scoreText, '2/2 correct (100%)');
    assert.match(ui.picks.at(-1)!.title, /^Quiz finished: 2\/2 correct/);
    assert.strictEqual(results.load().results.topics.colony[0].asked, 2);
  });

  test('the summary lists the misses; choosing one opens its concept', async () => {
    const questions = quizFor(['colony'], 5);
    const ui = new ScriptedUi({ questions, answer: wrongAnswer, summary: (step) => step.items.find((i) => i.label.includes(questions[0].prompt.slice(0, 30)))!.value });
    const { quiz, opened } = flow(ui);
    const outcome = await quiz.run({ topicId: 'colony' });
    assert.strictEqual(outcome!.scoreText, '0/5 correct (0%)');
    assert.deepStrictEqual(opened, [questions[0].conceptId]);
    const summary = ui.picks.at(-1)!;
    assert.strictEqual(summary.items.filter((i) => i.detail?.startsWith('Expected:')).length, 5);
  });

  test('"Add misses to flashcards" hands the missed cards to the flashcards and is hidden without them', async () => {
    const questions = quizFor(['colony'], 5);
    const queued: string[][] = [];
    let offered = false;
    const ui = new ScriptedUi({
      questions,
      answer: wrongAnswer,
      summary: (step) => {
        const add = step.items.find((i) => /Add misses to flashcards/.test(i.label));
        if (add && !offered) {
          offered = true;
          return add.value;
        }
        return undefined;
      },
    });
    await flow(ui, { queueForReview: (ids) => void queued.push(ids) }).quiz.run({ topicId: 'colony' });
    assert.strictEqual(queued.length, 1);
    assert.ok(queued[0].length >= 1 && queued[0].every((id) => pack.cards.some((c) => c.id === id)), queued[0].join(', '));
    assert.ok(ui.notes.some((n) => /^Added \d+ cards? to your flashcards/.test(n)));

    const without = new ScriptedUi({ questions, answer: wrongAnswer });
    await flow(without).quiz.run({ topicId: 'colony' });
    assert.ok(!without.picks.at(-1)!.items.some((i) => /Add misses/.test(i.label)));
  });

  test('a long question is shown in full above the options', async () => {
    const questions = quizFor([HARVEST], 20);
    const long = questions.findIndex((q) => q.kind === 'choice' && q.prompt.length > 90);
    assert.ok(long >= 0, 'no long choice question in this quiz');
    const ui = new ScriptedUi({ length: 20, questions, answer: rightAnswer });
    await flow(ui).quiz.run({ topicId: HARVEST });
    const step = ui.picks.find((p) => p.kind === 'question' && p.question === long)!;
    assert.strictEqual(step.placeholder, 'Choose the answer to the question above (↑↓, Enter) · Esc to end');
    const text = step.items.filter((i) => i.inert).map((i) => i.label.replace('$(question) ', '')).join(' ');
    assert.ok(text.includes(questions[long].prompt), text);
    assert.strictEqual(step.items[step.active!].value, 0);
  });

  test('cancelling the topic or length step starts nothing and stores nothing', async () => {
    const memory = new MemoryStore();
    const ui = new ScriptedUi({ topic: () => undefined, questions: [], answer: rightAnswer });
    ui.pick = async () => undefined;
    const results = new QuizResultsStore(memory, 'k');
    assert.strictEqual(await new QuizFlow(ui, { index: pack, results, openConcept: () => undefined }).run(), undefined);
    assert.strictEqual(memory.data.size, 0);
  });

  test('a list question\'s answer box says whether the order counts', async () => {
    const said: boolean[][] = [];
    for (const topic of pack.packTopics.map((t) => t.id)) {
      const questions = quizFor([topic], 20);
      const ui = new ScriptedUi({ questions, answer: rightAnswer, length: 20, summary: () => undefined });
      await flow(ui).quiz.run({ topicId: topic });
      for (const step of ui.inputs) {
        const q = questions[step.question!];
        if (q.kind === 'list') said.push([q.ordered, /, in order( ·|$)/.test(step.placeholder ?? ''), /, in any order( ·|$)/.test(step.placeholder ?? '')]);
      }
    }
    assert.ok(said.some(([ordered]) => ordered) && said.some(([ordered]) => !ordered), 'the fixture quizzes an ordered and an unordered list');
    for (const [ordered, inOrder, anyOrder] of said) assert.deepStrictEqual([inOrder, anyOrder], [ordered, !ordered]);
  });

  test('an unknown topic says so and falls back to choosing one', async () => {
    const ui = new ScriptedUi({ topic: () => ({ kind: 'topic', id: 'colony' }), questions: quizFor(['colony'], 5), answer: rightAnswer });
    const outcome = await flow(ui).quiz.run({ topicId: 'no-such-topic' });
    assert.ok(ui.notes.some((n) => n.includes('no-such-topic')));
    assert.strictEqual(ui.picks[0].kind, 'topic');
    assert.strictEqual(outcome!.scope, 'The colony');
  });
});
