// Worked calculations (`Calc:` cards) end to end in core: the parser (the pack
// and a student's note), the card the flashcards panel is sent, the Anki export,
// and the quiz, which asks them as typed numbers and shows the working after.

import * as assert from 'assert';
import { conceptPageMarkdown } from '../../src/core/concepts/conceptPage';
import { parseDeck } from '../../src/core/content/deckParser';
import { formatDiagnostic } from '../../src/core/content/model';
import { exportForAnki } from '../../src/core/export/ankiExport';
import { parseNote } from '../../src/core/notes/noteParser';
import { toCardView } from '../../src/core/study/flashcardView';
import { InputStep, PickStep, QuizFlow, QuizUi } from '../../src/core/quiz/quizPresenter';
import { NumericQuestion, Question, QuestionBank } from '../../src/core/quiz/questions';
import { gradeAnswer } from '../../src/core/quiz/quizSession';
import { QuizResultsStore } from '../../src/core/quiz/results';
import { bundledPack } from '../support/bundledPack';
import { compileFixture } from '../support/fixturePack';
import { MemoryStore } from '../support/memoryStore';

const md = (lines: string[]) => lines.join('\n');

const HIVE = md([
  '# Hive economics',                                     // 1
  '',                                                     // 2
  '## Colony value',                                      // 3
  'id: colony-value',                                     // 4
  'source: Apis (2001)',                                  // 5
  '',                                                     // 6
  'What a colony is worth over the seasons it lives, in today\'s money.', // 7
  '',                                                     // 8
  '### Cards',                                            // 9
  '',                                                     // 10
  'Calc: A colony yields £100 of honey a year for 3 years. With a 10% discount rate and the first year undiscounted, what is it worth?', // 11
  'A: £273.55 ± 0.5',                                     // 12
  '',                                                     // 13
  'Worked solution: discount years 2 and 3.',             // 14
  '',                                                     // 15
  '- 100 + 100 ÷ 1.1 + 100 ÷ 1.1²',                       // 16
  '- = 100 + 90.91 + 82.64 = £273.55',                    // 17
  '',                                                     // 18
  'Calc: A hive loses 5% of its bees a week. How many weeks does a bee live on average? {#bee-life}', // 19
  'A: 20 weeks',                                          // 20
  '',                                                     // 21
  'Q: What is colony value?',                             // 22
  'A: Its worth in today\'s money.',                      // 23
]);

const hive = () => compileFixture([{ path: 'content/hive.md', text: HIVE }]);

suite('Calc cards: the parser', () => {
  test('a Calc card is a basic card with its number, unit, tolerance and worked solution', () => {
    const parsed = parseDeck(HIVE, 'hive.md');
    assert.deepStrictEqual(parsed.diagnostics, []);
    const [clv, life, plain] = parsed.cards;
    assert.strictEqual(clv.kind, 'basic');
    assert.strictEqual(clv.line, 11);
    assert.strictEqual(clv.answer, '£273.55');
    assert.deepStrictEqual(clv.numeric, { value: 273.55, tolerance: 0.5, unit: '£' });
    assert.strictEqual(clv.explanation, 'Worked solution: discount years 2 and 3.\n\n- 100 + 100 ÷ 1.1 + 100 ÷ 1.1²\n- = 100 + 90.91 + 82.64 = £273.55');
    assert.strictEqual(life.id, 'colony-value/bee-life', 'a pinned id works as on any card');
    assert.deepStrictEqual(life.numeric, { value: 20, tolerance: 0.5, unit: 'weeks' }, 'no tolerance: 0.5% of 20, but at least half of the last place written');
    assert.strictEqual(life.explanation, undefined);
    assert.strictEqual(plain.numeric, undefined, 'a Q: card stays an ordinary basic card');
  });

  test('a Calc card keeps the id a Q: card with the same prompt had (progress survives the conversion)', () => {
    const asQ = parseDeck(HIVE.replace('Calc: A colony', 'Q: A colony'), 'hive.md').cards[0];
    const asCalc = parseDeck(HIVE, 'hive.md').cards[0];
    assert.strictEqual(asCalc.id, asQ.id);
  });

  test('mistakes are reported at their line; the other cards are kept', () => {
    const broken = HIVE
      .replace('A: £273.55 ± 0.5', 'A: roughly £270')
      .replace('A: 20 weeks', 'A: 20 weeks ± a few');
    const parsed = parseDeck(broken + '\n\nCalc: How many?\n\nCalc: Nothing here either\nA:\n', 'hive.md');
    assert.deepStrictEqual(parsed.diagnostics.map(formatDiagnostic), [
      'hive.md:12: worked calculation answer "roughly £270" has words before the number; write only the number and its unit, such as "£205.11" or "18 months"',
      'hive.md:20: worked calculation tolerance "a few" must be a number such as "± 0.5" (same unit as the answer) or "± 1%" (of the answer)',
      'hive.md:25: worked calculation has no answer: add a line "A: 205.11" (a unit and "± 0.5" allowed)',
      'hive.md:28: worked calculation has an empty answer after A:',
    ]);
    assert.deepStrictEqual(parsed.cards.map((c) => c.id), ['colony-value/what-is-colony-value']);
  });

  test('a student\'s note takes Calc cards too, with the same messages at the note\'s lines', () => {
    const note = md([
      '# Week 6',
      '',
      '### Cards',
      '',
      'Calc: Churn is 4% a month. Expected lifetime in months?',
      'A: 25 months ± 0.5',
      '',
      '1 ÷ 0.04 = 25.',
      '',
      'Calc: And a typo?',
      'A: twenty-five',
    ]);
    const parsed = parseNote(note, { uri: 'file:///w/week6.md', file: 'week6.md' });
    assert.strictEqual(parsed.cards.length, 1);
    assert.deepStrictEqual(parsed.cards[0].numeric, { value: 25, tolerance: 0.5, unit: 'months' });
    assert.strictEqual(parsed.cards[0].explanation, '1 ÷ 0.04 = 25.');
    assert.deepStrictEqual(parsed.diagnostics.map((d) => d.line), [11]);
    assert.match(parsed.diagnostics[0].message, /^worked calculation answer "twenty-five" is not a number/);
  });
});

suite('Calc cards: flashcards and export', () => {
  test('the panel is sent the answer to check against, and the worked solution as the explanation', () => {
    const card = hive().cards[0];
    const view = toCardView(card, { isNew: true });
    assert.deepStrictEqual(view.numeric, { value: 273.55, tolerance: 0.5, unit: '£', answer: '£273.55' });
    assert.match(view.backHtml, /£273\.55/);
    assert.match(view.explanationHtml ?? '', /Worked solution/);
    assert.match(view.explanationHtml ?? '', /<li>= 100 \+ 90\.91 \+ 82\.64 = £273\.55<\/li>/);
  });

  test('the concept page lists a Calc card as a worked calculation with its answer and its working', () => {
    const index = hive();
    const page = conceptPageMarkdown(index.concept('colony-value')!, index);
    assert.match(page, /\*\*1\.\*\* \*\(worked calculation\)\* A colony yields £100/);
    assert.match(page, /> £273\.55\n\n> Worked solution: discount years 2 and 3\./);
    assert.match(page, /\*\(question\)\* What is colony value\?\n\n> Its worth/);
  });

  test('an Anki export writes the answer, then the worked solution, on the back of a Basic note', () => {
    const index = hive();
    const exported = exportForAnki({ cards: index.cards.slice(0, 1), concept: (id) => index.concept(id), topic: (id) => index.topic(id) });
    const row = exported.text.trim().split('\n').at(-1)!.split('\t');
    assert.strictEqual(row[1], 'Basic');
    assert.match(row[4], /^"?<p>£273\.55<\/p><p>Worked solution: discount years 2 and 3\.<\/p><ul>/);
  });
});

/** Answers each question from a script; records the correction (working) screens. */
class CalcUi implements QuizUi {
  corrections: PickStep<unknown>[] = [];
  summary?: PickStep<unknown>;
  inputs: InputStep[] = [];
  constructor(private readonly questions: Question[], private readonly answer: (q: Question) => string | number) {}
  async pick<T>(step: PickStep<T>): Promise<{ value: T } | undefined> {
    if (step.kind === 'length') return { value: 20 as T };
    if (step.kind === 'correction') {
      this.corrections.push(step as PickStep<unknown>);
      return { value: 'next' as T };
    }
    if (step.kind === 'summary') {
      this.summary = step as PickStep<unknown>;
      return undefined;
    }
    if (step.kind === 'question') return { value: this.answer(this.questions[step.question!]) as T };
    return undefined;
  }
  async input(step: InputStep): Promise<string | undefined> {
    this.inputs.push(step);
    return String(this.answer(this.questions[step.question]));
  }
  async confirmEnd(): Promise<boolean> {
    return true;
  }
  notify(): void {}
}

suite('Calc cards: the quiz', () => {
  const SEED = 99;
  const questionsOf = () => new QuestionBank(hive()).generate({ length: 20, seed: SEED }).questions;
  const numericOf = (questions: Question[]) => questions.filter((q): q is NumericQuestion => q.kind === 'numeric');

  test('a Calc card is asked as a typed number, with its answer and its working line by line', () => {
    const [clv] = numericOf(questionsOf()).filter((q) => q.cardId!.includes('colony-yields'));
    assert.strictEqual(clv.style, 'calculation');
    assert.strictEqual(clv.expected, '£273.55');
    assert.deepStrictEqual(clv.answer, { value: 273.55, tolerance: 0.5, unit: '£' });
    assert.deepStrictEqual(clv.solution, ['Worked solution: discount years 2 and 3.', '100 + 100 ÷ 1.1 + 100 ÷ 1.1²', '= 100 + 90.91 + 82.64 = £273.55']);
  });

  test('the typed number is graded with the tolerance; the feedback says what was written and what was right', () => {
    const [clv] = numericOf(questionsOf()).filter((q) => q.cardId!.includes('colony-yields'));
    assert.deepStrictEqual([gradeAnswer(clv, '£273.55').correct, gradeAnswer(clv, '273,6').correct, gradeAnswer(clv, '274').correct], [true, true, true]);
    assert.strictEqual(gradeAnswer(clv, '273.55').feedback, '✓ Right: £273.55');
    const miss = gradeAnswer(clv, '250');
    assert.strictEqual(miss.correct, false);
    assert.strictEqual(miss.feedback, '✗ Not quite: you wrote 250; the answer is £273.55');
    assert.strictEqual(gradeAnswer(clv, '270 or 280').feedback, '✗ Write one number: you wrote 270 or 280; the answer is £273.55');
    assert.strictEqual(gradeAnswer(clv, 'lots').feedback, '✗ Not a number: you wrote lots; the answer is £273.55');
    assert.strictEqual(gradeAnswer(clv, '').feedback, 'The answer: £273.55');
  });

  test('after a Calc question, right or wrong, the worked solution is shown before moving on', async () => {
    for (const [answer, verdict] of [[(q: NumericQuestion) => q.expected, 'right'], [() => '1', 'not quite']] as const) {
      const questions = questionsOf();
      const ui = new CalcUi(questions, (q) => (q.kind === 'numeric' ? answer(q) : q.kind === 'choice' ? q.answer : q.expected));
      const results = new QuizResultsStore(new MemoryStore(), 'k');
      await new QuizFlow(ui, { index: hive(), results, seed: SEED, openConcept: () => undefined }).run({ topicId: 'hive-economics' });
      const asked = numericOf(questions);
      const withWorking = asked.filter((q) => q.solution.length > 0);
      assert.ok(withWorking.length >= 1);
      const shown = ui.corrections.filter((c) => c.items.some((i) => i.separator && i.label === 'Worked solution'));
      assert.strictEqual(shown.length, withWorking.length, `one working screen per Calc question with a solution (${verdict})`);
      if (verdict === 'right') assert.strictEqual(ui.corrections.length, withWorking.length, 'a right answer without working moves straight on');
      const screen = shown[0];
      assert.match(screen.title, new RegExp(`· ${verdict}$`));
      const rows = screen.items.map((i) => i.label);
      assert.ok(rows.includes('Worked solution'), rows.join('\n'));
      assert.ok(rows.includes('= 100 + 90.91 + 82.64 = £273.55'), rows.join('\n'));
      assert.ok(rows.includes('£273.55'), 'the expected answer is on it');
      const calcInput = ui.inputs.find((s) => questions[s.question].kind === 'numeric')!;
      assert.match(calcInput.placeholder, /Type the number/);
    }
  });
});

suite('Calc cards: the bundled pack', () => {
  test('the course\'s worked calculations: CLV, churn, retention, RFM and CAC payback, each with its working', () => {
    const calc = bundledPack().cards.filter((c) => c.numeric);
    const per = (concept: string) => calc.filter((c) => c.conceptId === concept).length;
    assert.ok(per('clv') >= 3, 'CLV');
    assert.ok(per('churn') + per('customer-retention') >= 3, 'churn and retention');
    assert.ok(per('rfm') >= 2, 'RFM');
    assert.ok(per('customer-acquisition-cost') >= 2, 'CAC payback');
    for (const card of calc) assert.ok(card.explanation && card.explanation.length > 30, `${card.id} has a worked solution`);
  });

  test('the converted cards keep their ids and answers: £205.11 and 7.5%', () => {
    const cards = bundledPack().cards;
    const clv = cards.find((c) => c.id === 'clv/a-customer-yields-a-100-margin-a-year-retention')!;
    assert.deepStrictEqual([clv.answer, clv.numeric?.value], ['£205.11', 205.11]);
    const churn = cards.find((c) => c.id === 'churn/a-firm-starts-the-year-with-2-000-customers-and')!;
    assert.deepStrictEqual([churn.answer, churn.numeric?.value], ['7.5%', 7.5]);
  });

  test('every worked solution ends at its card\'s answer (the working and the answer agree)', () => {
    for (const card of bundledPack().cards.filter((c) => c.numeric)) {
      // The number of the answer, as written, appears in the working.
      const number = card.answer.replace(/^[^\d]*/, '').replace(/[^\d.,]*$/, '');
      assert.ok(card.explanation!.includes(number), `${card.id}: the working never reaches ${card.answer}`);
    }
  });
});
