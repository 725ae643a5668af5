// Quiz questions built from a pack: every kind of card that can be quizzed
// becomes a question, every choice has exactly one right option, and a seed
// replays the same quiz. Run on the synthetic fixture pack (test/fixtures/pack);
// the same checks over the bundled course are in packStudy.test.ts.
import * as assert from 'assert';
import { ChoiceQuestion, Question, QuestionBank } from '../../src/core/quiz/questions';
import { acronymExpansions, maskDefinition } from '../../src/core/quiz/masking';
import { gradeTyped, normalizeAnswer } from '../../src/core/quiz/textMatch';
import { gradeAnswer } from '../../src/core/quiz/quizSession';
import { fixtureIndex } from '../support/fixturePack';

const pack = fixtureIndex();
const bank = new QuestionBank(pack);
const concept = (id: string) => pack.concept(id)!;

/** Every question the pack can produce, built with several seeds so distractor draws vary. */
function allQuestions(seeds = [1, 2, 3, 4, 5, 6, 7, 8]): Question[] {
  const out: Question[] = [];
  for (const seed of seeds) out.push(...bank.generate({ length: 10_000, seed }).questions);
  return out;
}

const questions = allQuestions();
const choices = questions.filter((q): q is ChoiceQuestion => q.kind === 'choice');

suite('Quiz questions', () => {
  test('multiple choice, list recall, basic and cloze cards each become questions; essays do not', () => {
    const fromCards = new Map<string, string>();
    for (const q of questions) if (q.cardId) fromCards.set(q.cardId, q.style);
    const kindsQuizzed = new Set(pack.cards.filter((c) => fromCards.has(c.id)).map((c) => c.kind));
    assert.deepStrictEqual([...kindsQuizzed].sort(), ['basic', 'cloze', 'listRecall', 'multipleChoice']);
    assert.ok(pack.cards.some((c) => c.kind === 'essay'), 'the fixture has an essay card');
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
    for (const q of choices.filter((c) => c.style !== 'trueFalse' && c.style !== 'multipleChoice')) {
      assert.strictEqual(q.options.length, 4, `${q.id}: ${q.options.join(' / ')}`);
    }
    for (const q of choices.filter((c) => c.style !== 'trueFalse')) {
      assert.strictEqual(new Set(q.options.map(normalizeAnswer)).size, q.options.length, `${q.id} repeats an option: ${q.options.join(' / ')}`);
      assert.ok(q.answer >= 0 && q.answer < q.options.length, `${q.id} has no right option`);
      assert.strictEqual(gradeAnswer(q, q.answer).correct, true);
      const right = q.options.filter((_, i) => gradeAnswer(q, i).correct);
      assert.strictEqual(right.length, 1, `${q.id}: ${right.join(' / ')}`);
    }
  });

  test('a multiple-choice card offers its own options (up to four), its right answer among them', () => {
    const castes = choices.find((c) => c.cardId === 'colony-castes/which-caste-gathers-nectar')!;
    assert.deepStrictEqual([...castes.options].sort(), ['Drones', 'Queen', 'Workers'], 'a three-option card keeps three');
    assert.strictEqual(castes.options[castes.answer], 'Workers');
    for (const q of choices.filter((c) => c.style === 'multipleChoice')) {
      const card = pack.card(q.cardId!)!;
      const right = card.choices!.find((c) => c.correct)!.text;
      assert.strictEqual(normalizeAnswer(q.options[q.answer]), normalizeAnswer(right), q.id);
      assert.ok(q.options.every((o) => card.choices!.some((c) => c.text === o)), `${q.id} offers an option not on its card`);
    }
  });

  test('definition→term questions never offer a name of the right concept as a wrong option', () => {
    const byDefinition = choices.filter((q) => q.style === 'termFromDefinition');
    assert.ok(new Set(byDefinition.map((q) => q.conceptId)).size >= pack.concepts.length / 2);
    for (const q of byDefinition) {
      const names = new Set([concept(q.conceptId).term, ...concept(q.conceptId).aliases].map(normalizeAnswer));
      q.options.forEach((option, i) => {
        if (i !== q.answer) assert.ok(!names.has(normalizeAnswer(option)), `${q.id} offers "${option}", a name of ${q.conceptId}`);
      });
    }
  });

  test('two concepts that share a name are never each other\'s wrong option', () => {
    // Supersedure and Requeening are both "queen replacement": a student could not tell which is meant.
    const asked = choices.filter((q) => q.style === 'termFromDefinition' && (q.conceptId === 'supersedure' || q.conceptId === 'requeening'));
    assert.ok(asked.length >= 2);
    for (const q of asked) {
      const other = q.conceptId === 'supersedure' ? 'Requeening' : 'Supersedure';
      assert.ok(!q.options.includes(other), `${q.id}: ${q.options.join(' / ')}`);
    }
  });

  test('a definition question does not show the term it asks for', () => {
    const ipm = maskDefinition(concept('ipm'));
    assert.ok(!/integrated pest management|\bIPM\b|pest management/i.test(ipm), ipm);
    assert.match(ipm, /^… combines regular monitoring/);
    for (const q of questions.filter((c) => c.style === 'termFromDefinition' || c.style === 'typedTerm')) {
      const term = concept(q.conceptId).term.toLowerCase();
      assert.ok(!q.prompt.toLowerCase().includes(term), `${q.id}: ${q.prompt}`);
    }
  });

  test('an alias that shares no word with the term stays readable in the masked definition', () => {
    const masked = maskDefinition({ ...concept('supersedure'), definition: 'Supersedure is a natural queen replacement by the workers.' });
    assert.strictEqual(masked, '… is a natural queen replacement by the workers.');
  });

  test('part-of and true/false questions about parts never use a part that also belongs to the framework asked about', () => {
    const aboutParts = choices.filter((c) => c.style === 'partOf' || c.id.endsWith('#part'));
    assert.ok(aboutParts.some((q) => q.conceptId === 'colony-food'), 'Colony food has "Honey (ripened nectar)", Hive products "Honey"');
    for (const q of aboutParts) {
      const parts = concept(q.conceptId).parts.map((p) => p.name);
      if (q.style === 'partOf') {
        assert.strictEqual(q.options.length, 4, q.id);
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

  test('"What does IPM stand for?" wants "Integrated pest management" and does not take "IPM"', () => {
    const q = questions.find((x) => x.id === 'acronym:ipm#IPM');
    assert.ok(q && q.kind === 'typed', 'no IPM acronym question');
    assert.strictEqual(q.prompt, 'What does IPM stand for?');
    assert.strictEqual(q.expected, 'Integrated pest management');
    assert.strictEqual(gradeAnswer(q, 'integrated pest managment').correct, true);
    assert.strictEqual(gradeAnswer(q, 'IPM').correct, false);
    assert.strictEqual(gradeAnswer(q, 'pest management').correct, false);
  });

  test('an acronym that is not the initials of a name gets no "stands for" question', () => {
    assert.deepStrictEqual(acronymExpansions(concept('afb'), 'AFB'), [], 'American foulbrood has two words for three letters');
    assert.ok(!questions.some((q) => q.conceptId === 'afb' && (q.style === 'acronym' || q.style === 'trueFalse')));
  });

  test('true/false about what an acronym stands for is right exactly when the claim is the expansion', () => {
    const tf = choices.filter((q) => q.style === 'trueFalse' && /stands for/.test(q.prompt));
    assert.ok(tf.some((q) => q.answer === 0) && tf.some((q) => q.answer === 1), 'both true and false claims are drawn');
    for (const q of tf) {
      assert.deepStrictEqual(q.options, ['True', 'False']);
      const [, acronym, claim] = /: (\S+) stands for “(.+)”/.exec(q.prompt)!;
      const about = concept(q.conceptId);
      const claimNamesConcept = [about.term, ...about.aliases].some((n) => normalizeAnswer(n) === normalizeAnswer(claim));
      assert.strictEqual(claimNamesConcept, q.answer === 0, `${acronym}: ${q.prompt}`);
    }
  });

  test('list questions ask in order only when the prompt says so', () => {
    const lists = questions.filter((q) => q.kind === 'list');
    const inspection = lists.find((q) => q.conceptId === 'hive-inspection');
    assert.ok(inspection && inspection.kind === 'list' && inspection.ordered && inspection.items.length === 5);
    assert.ok(lists.some((q) => q.kind === 'list' && !q.ordered));
    for (const q of lists) if (q.kind === 'list') assert.strictEqual(q.ordered, /\bin order\b/i.test(q.prompt), q.prompt);
  });

  test('a framework without a list card is asked for its parts; one with a list card is asked by the card', () => {
    const byParts = questions.find((q) => q.id === 'listRecall:honey-extraction');
    assert.ok(byParts && byParts.kind === 'list');
    assert.strictEqual(byParts.prompt, 'Name the 4 parts of Honey extraction.');
    assert.deepStrictEqual(byParts.items, ['Uncapping', 'Spinning', 'Straining', 'Bottling']);
    assert.ok(!questions.some((q) => q.id === 'listRecall:colony-castes'), 'the castes have a list card of their own');
  });

  test('a cloze card asks for its one hidden word, showing its hint', () => {
    const q = questions.find((x) => x.style === 'cloze' && x.conceptId === 'colony-food');
    assert.ok(q && q.kind === 'typed');
    assert.strictEqual(q.prompt, 'Fill in the blank: Bees turn nectar into honey by _____ (a physical process) and enzymes.');
    assert.strictEqual(q.expected, 'evaporation');
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
    for (const seed of [1, 2, 3, 7]) {
      const quiz = bank.generate({ topics: ['colony'], length: 5, seed });
      assert.strictEqual(quiz.questions.length, 5);
      assert.ok(quiz.questions.every((q) => q.topic === 'colony'));
      assert.strictEqual(new Set(quiz.questions.map((q) => q.conceptId)).size, 5, `seed ${seed}`);
    }
  });

  test('a quiz mixes question styles', () => {
    const quiz = bank.generate({ length: 10, seed: 11 });
    assert.strictEqual(quiz.questions.length, 10);
    assert.ok(new Set(quiz.questions.map((q) => q.style)).size >= 4);
  });

  test('asking for more questions than a topic has returns every one of them, without repeats', () => {
    const quiz = bank.generate({ topics: ['health'], length: 5000, seed: 1 });
    assert.strictEqual(new Set(quiz.questions.map((q) => q.id)).size, quiz.questions.length);
    assert.deepStrictEqual(quiz.questions.map((q) => q.id).sort(), bank.candidates(['health']).map((c) => c.id).sort());
  });

  test('an unknown topic has no questions', () => {
    assert.strictEqual(bank.generate({ topics: ['no-such-topic'], length: 5, seed: 1 }).questions.length, 0);
  });

  test('a missed question sends its own card to flashcards, or the concept\'s list or basic card', () => {
    const fromCard = questions.find((q) => q.cardId)!;
    assert.strictEqual(bank.reviewCardFor(fromCard), fromCard.cardId);
    const parts = questions.find((q) => q.id === 'partOf:colony-castes')!;
    assert.strictEqual(bank.reviewCardFor(parts), 'colony-castes/name-the-three-castes-of-a-honey-bee-colony');
    const term = questions.find((q) => q.id === 'typedTerm:colony-castes')!;
    assert.strictEqual(bank.reviewCardFor(term), 'colony-castes/which-caste-lays-the-eggs');
    assert.strictEqual(bank.reviewCardFor(questions.find((q) => q.id === 'typedTerm:honey-extraction')!), undefined, 'an essay is not a flashcard to review');
  });
});
