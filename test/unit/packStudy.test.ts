// Content QA: the bundled course as the quiz and the concept pages use it. The
// engines are tested on the synthetic fixture pack (quizQuestions, quizFlow,
// conceptPage); these checks catch content the engines cannot make a good
// question or page from (two frameworks with parts a student would write alike,
// a multiple choice card with repeated options, a term left in its definition).
import * as assert from 'assert';
import { conceptPageMarkdown } from '../../src/core/concepts/conceptPage';
import { ChoiceQuestion, Question, QuestionBank } from '../../src/core/quiz/questions';
import { maskDefinition } from '../../src/core/quiz/masking';
import { gradeTyped, normalizeAnswer } from '../../src/core/quiz/textMatch';
import { gradeAnswer } from '../../src/core/quiz/quizSession';
import { bundledIndex } from '../support/bundledPack';

const pack = bundledIndex();
const bank = new QuestionBank(pack);
const concept = (id: string) => pack.concept(id)!;

const questions: Question[] = [1, 2, 3].flatMap((seed) => bank.generate({ length: 10_000, seed }).questions);
const choices = questions.filter((q): q is ChoiceQuestion => q.kind === 'choice');

suite('the bundled course pack in quizzes', () => {
  test('yields hundreds of questions, every multiple choice and list card among them', () => {
    assert.ok(bank.candidates().length >= 200, `${bank.candidates().length} candidates`);
    const fromCards = new Set(questions.map((q) => q.cardId));
    for (const card of pack.cards.filter((c) => c.kind === 'multipleChoice' || c.kind === 'listRecall')) {
      assert.ok(fromCards.has(card.id), `card ${card.id} never becomes a question`);
    }
  });

  test('every topic gives a 5-question quiz on that topic alone', () => {
    for (const topic of pack.topics) {
      const quiz = bank.generate({ topics: [topic.id], length: 5, seed: 7 });
      assert.strictEqual(quiz.questions.length, 5, topic.id);
      assert.ok(quiz.questions.every((q) => q.topic === topic.id), topic.id);
    }
  });

  test('every multiple-choice question has four distinct options and exactly one right one', () => {
    for (const q of choices.filter((c) => c.style !== 'trueFalse')) {
      assert.strictEqual(q.options.length, 4, `${q.id}: ${q.options.join(' / ')}`);
      assert.strictEqual(new Set(q.options.map(normalizeAnswer)).size, 4, `${q.id} repeats an option: ${q.options.join(' / ')}`);
      const right = q.options.filter((_, i) => gradeAnswer(q, i).correct);
      assert.strictEqual(right.length, 1, `${q.id}: ${right.join(' / ')}`);
    }
  });

  test('definition→term questions never offer a name of the right concept, nor show the term asked for', () => {
    const byDefinition = choices.filter((q) => q.style === 'termFromDefinition');
    assert.ok(byDefinition.length >= pack.concepts.length / 2);
    const kam = maskDefinition(concept('kam'));
    assert.ok(!/key account management|\bKAM\b/i.test(kam), kam);
    for (const q of byDefinition) {
      const names = new Set([concept(q.conceptId).term, ...concept(q.conceptId).aliases].map(normalizeAnswer));
      q.options.forEach((option, i) => {
        if (i !== q.answer) assert.ok(!names.has(normalizeAnswer(option)), `${q.id} offers "${option}", a name of ${q.conceptId}`);
      });
      const term = concept(q.conceptId).term;
      assert.ok(!q.prompt.toLowerCase().includes(`“${term.toLowerCase()} `), `${q.id}: ${q.prompt}`);
    }
  });

  test('part-of questions never offer, as a wrong option, a part of the framework asked about', () => {
    for (const q of choices.filter((c) => c.style === 'partOf' || c.id.endsWith('#part'))) {
      const parts = concept(q.conceptId).parts.map((p) => p.name);
      if (q.style === 'partOf') {
        q.options.forEach((option, i) => {
          const isPart = parts.some((p) => gradeTyped(option, [p]).correct);
          assert.strictEqual(isPart, i === q.answer, `${q.id}: "${option}" (parts: ${parts.join(', ')})`);
        });
      } else {
        const claim = /“(.+)”/.exec(q.prompt)![1];
        assert.strictEqual(parts.some((p) => gradeTyped(claim, [p]).correct), q.answer === 0, `${q.id}: ${q.prompt}`);
      }
    }
  });

  test('"What does KAM stand for?" wants "Key account management"', () => {
    const q = questions.find((x) => x.id === 'acronym:kam#KAM');
    assert.ok(q && q.kind === 'typed', 'no KAM acronym question');
    assert.strictEqual(gradeAnswer(q, 'key account managment').correct, true);
    assert.strictEqual(gradeAnswer(q, 'KAM').correct, false);
  });

  test('Dwyer\'s five phases are asked in order', () => {
    const dwyer = questions.find((q) => q.kind === 'list' && q.conceptId === 'dwyer-phases');
    assert.ok(dwyer && dwyer.kind === 'list' && dwyer.ordered && dwyer.items.length === 5);
  });

  test('every typed and list question accepts its own expected answer', () => {
    for (const q of questions) {
      if (q.kind === 'typed') assert.strictEqual(gradeAnswer(q, q.expected).correct, true, `${q.id}: "${q.expected}"`);
      if (q.kind === 'list') assert.strictEqual(gradeAnswer(q, q.items.join(', ')).score, 1, `${q.id}`);
    }
  });
});

suite('the bundled course pack as concept pages', () => {
  test('every concept renders a page holding its definition and source', () => {
    const broken = pack.concepts.filter((c) => {
      const text = conceptPageMarkdown(c, pack);
      return !text.includes(c.definition.trim()) || !text.includes(`Source: ${c.source}`) || !text.startsWith(`# ${c.term}`);
    });
    assert.deepStrictEqual(broken.map((c) => c.id), []);
  });

  test('the SCOPE page lists its five parts in order', () => {
    const page = conceptPageMarkdown(concept('scope'), pack);
    const at = ['Suppliers', 'Customers', 'Owners', 'Partners', 'Employees'].map((n, i) => page.indexOf(`${i + 1}. **${n}`));
    assert.ok(at.every((n) => n >= 0), page);
    assert.deepStrictEqual([...at].sort((a, b) => a - b), at);
  });
});
