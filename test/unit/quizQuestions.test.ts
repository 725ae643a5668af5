// Quiz questions built from the whole real course pack: every kind of card that
// can be quizzed becomes a question, every choice has exactly one right option,
// and a seed replays the same quiz.
import * as assert from 'assert';
import { ChoiceQuestion, maskDefinition, Question, QuestionBank } from '../../src/core/quiz/questions';
import { gradeTyped, normalizeAnswer } from '../../src/core/quiz/textMatch';
import { gradeAnswer } from '../../src/core/quiz/quizSession';
import { bundledPack as realPack } from '../support/bundledPack';

const pack = realPack();
const bank = new QuestionBank(pack);
const concept = (id: string) => pack.concepts.find((c) => c.id === id)!;

/** Every question the pack can produce, built with several seeds so distractor draws vary. */
function allQuestions(seeds = [1, 2, 3]): Question[] {
  const out: Question[] = [];
  for (const seed of seeds) {
    const quiz = bank.generate({ length: 10_000, seed });
    out.push(...quiz.questions);
  }
  return out;
}

const questions = allQuestions();
const choices = questions.filter((q): q is ChoiceQuestion => q.kind === 'choice');

suite('Quiz questions from the real pack', () => {
  test('the pack compiles and yields hundreds of questions', () => {
    assert.ok(pack.concepts.length >= 60, `${pack.concepts.length} concepts`);
    assert.ok(bank.candidates().length >= 200, `${bank.candidates().length} candidates`);
  });

  test('multiple choice, list recall, basic and cloze cards each become questions; essays do not', () => {
    const fromCards = new Map<string, string>();
    for (const q of questions) if (q.cardId) fromCards.set(q.cardId, q.style);
    const kindsQuizzed = new Set(pack.cards.filter((c) => fromCards.has(c.id)).map((c) => c.kind));
    assert.deepStrictEqual([...kindsQuizzed].sort(), ['basic', 'cloze', 'listRecall', 'multipleChoice']);
    for (const card of pack.cards.filter((c) => c.kind === 'multipleChoice' || c.kind === 'listRecall')) {
      assert.ok(fromCards.has(card.id), `card ${card.id} never becomes a question`);
    }
  });

  test('every question style appears', () => {
    const styles = new Set(questions.map((q) => q.style));
    for (const style of ['multipleChoice', 'termFromDefinition', 'partOf', 'trueFalse', 'shortAnswer', 'acronym', 'typedTerm', 'cloze', 'listRecall']) {
      assert.ok(styles.has(style as Question['style']), `no ${style} question`);
    }
  });

  test('every multiple-choice question has four distinct options and exactly one right one', () => {
    for (const q of choices.filter((c) => c.style !== 'trueFalse')) {
      assert.strictEqual(q.options.length, 4, `${q.id}: ${q.options.join(' / ')}`);
      assert.strictEqual(new Set(q.options.map(normalizeAnswer)).size, 4, `${q.id} repeats an option: ${q.options.join(' / ')}`);
      assert.ok(q.answer >= 0 && q.answer < 4, `${q.id} has no right option`);
      assert.strictEqual(gradeAnswer(q, q.answer).correct, true);
      const right = q.options.filter((_, i) => gradeAnswer(q, i).correct);
      assert.strictEqual(right.length, 1, `${q.id}: ${right.join(' / ')}`);
    }
  });

  test('multiple-choice cards keep their own right answer', () => {
    for (const q of choices.filter((c) => c.style === 'multipleChoice')) {
      const card = pack.cards.find((c) => c.id === q.cardId)!;
      const right = card.choices!.find((c) => c.correct)!.text;
      assert.strictEqual(normalizeAnswer(q.options[q.answer]), normalizeAnswer(right), q.id);
    }
  });

  test('definition→term questions never offer a name of the right concept as a wrong option', () => {
    const byDefinition = choices.filter((q) => q.style === 'termFromDefinition');
    assert.ok(byDefinition.length >= pack.concepts.length / 2);
    for (const q of byDefinition) {
      const names = new Set([concept(q.conceptId).term, ...concept(q.conceptId).aliases].map(normalizeAnswer));
      q.options.forEach((option, i) => {
        if (i !== q.answer) assert.ok(!names.has(normalizeAnswer(option)), `${q.id} offers "${option}", a name of ${q.conceptId}`);
      });
    }
  });

  test('a definition question does not show the term it asks for', () => {
    const kam = maskDefinition(concept('kam'));
    assert.ok(!/key account management|\bKAM\b/i.test(kam), kam);
    for (const q of choices.filter((c) => c.style === 'termFromDefinition')) {
      const term = concept(q.conceptId).term;
      assert.ok(!q.prompt.toLowerCase().includes(`“${term.toLowerCase()} `), `${q.id}: ${q.prompt}`);
    }
  });

  test('part-of and true/false questions about parts never use a part that also belongs to the framework asked about', () => {
    for (const q of choices.filter((c) => c.style === 'partOf' || c.id.endsWith('#part'))) {
      const parts = concept(q.conceptId).parts.map((p) => p.name);
      if (q.style === 'partOf') {
        q.options.forEach((option, i) => {
          const isPart = parts.some((p) => gradeTyped(option, [p]).correct);
          assert.strictEqual(isPart, i === q.answer, `${q.id}: "${option}" (parts: ${parts.join(', ')})`);
        });
      } else {
        const claim = /“(.+)”/.exec(q.prompt)![1];
        const isPart = parts.some((p) => gradeTyped(claim, [p]).correct);
        assert.strictEqual(isPart, q.answer === 0, `${q.id}: ${q.prompt}`);
      }
    }
  });

  test('"What does KAM stand for?" wants "Key account management" and does not take "KAM"', () => {
    const q = questions.find((x) => x.id === 'acronym:kam#KAM');
    assert.ok(q && q.kind === 'typed', 'no KAM acronym question');
    assert.strictEqual(q.prompt, 'What does KAM stand for?');
    assert.strictEqual(gradeAnswer(q, 'key account managment').correct, true);
    assert.strictEqual(gradeAnswer(q, 'KAM').correct, false);
    assert.strictEqual(gradeAnswer(q, 'key account').correct, false);
  });

  test('true/false about what an acronym stands for is right exactly when the claim is the expansion', () => {
    const tf = choices.filter((q) => q.style === 'trueFalse' && /stands for/.test(q.prompt));
    assert.ok(tf.length > 0);
    for (const q of tf) {
      assert.deepStrictEqual(q.options, ['True', 'False']);
      const [, acronym, claim] = /: (\S+) stands for “(.+)”/.exec(q.prompt)!;
      const concept = pack.concepts.find((c) => c.id === q.conceptId)!;
      const claimNamesConcept = [concept.term, ...concept.aliases].some((n) => normalizeAnswer(n) === normalizeAnswer(claim));
      assert.strictEqual(claimNamesConcept, q.answer === 0, `${acronym}: ${q.prompt}`);
    }
  });

  test('list questions ask in order only when the prompt says so', () => {
    const lists = questions.filter((q) => q.kind === 'list');
    const dwyer = lists.find((q) => q.conceptId === 'dwyer-phases');
    assert.ok(dwyer && dwyer.kind === 'list' && dwyer.ordered && dwyer.items.length === 5);
    for (const q of lists) if (q.kind === 'list') assert.strictEqual(q.ordered, /\bin order\b/i.test(q.prompt), q.prompt);
  });

  test('typed questions accept their own expected answer', () => {
    for (const q of questions) {
      if (q.kind === 'typed') assert.strictEqual(gradeAnswer(q, q.expected).correct, true, `${q.id}: "${q.expected}"`);
      if (q.kind === 'list') assert.strictEqual(gradeAnswer(q, q.items.join(', ')).score, 1, `${q.id}`);
    }
  });

  test('the same seed replays the same quiz; another seed gives another', () => {
    const a = bank.generate({ length: 10, seed: 42 });
    const b = bank.generate({ length: 10, seed: 42 });
    const c = bank.generate({ length: 10, seed: 43 });
    assert.deepStrictEqual(b, a);
    assert.notDeepStrictEqual(c.questions.map((q) => q.id), a.questions.map((q) => q.id));
  });

  test('a topic quiz only asks about that topic, one concept per question while it can', () => {
    const quiz = bank.generate({ topics: ['relationships'], length: 5, seed: 7 });
    assert.strictEqual(quiz.questions.length, 5);
    assert.ok(quiz.questions.every((q) => q.topic === 'relationships'));
    assert.strictEqual(new Set(quiz.questions.map((q) => q.conceptId)).size, 5);
  });

  test('a quiz mixes question styles', () => {
    const quiz = bank.generate({ length: 10, seed: 11 });
    assert.strictEqual(quiz.questions.length, 10);
    assert.ok(new Set(quiz.questions.map((q) => q.style)).size >= 4);
  });

  test('asking for more questions than a topic has returns what there is, without repeats', () => {
    const quiz = bank.generate({ topics: ['relationships'], length: 5000, seed: 1 });
    assert.strictEqual(new Set(quiz.questions.map((q) => q.id)).size, quiz.questions.length);
    const available = bank.candidates(['relationships']).length;
    assert.ok(quiz.questions.length <= available && quiz.questions.length >= available * 0.9, `${quiz.questions.length} of ${available}`);
  });

  test('an unknown topic has no questions', () => {
    assert.strictEqual(bank.generate({ topics: ['no-such-topic'], length: 5, seed: 1 }).questions.length, 0);
  });
});
