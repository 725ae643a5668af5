// Check My Answer on the bundled pack's real essay cards: which key points a
// practice answer covers (and with which of its words), which it misses, and
// which question an answer is for. The answers are written here in a
// student's own words.
import * as assert from 'assert';
import { AnswerContext, checkAnswer, likelyQuestions } from '../../src/core/check/answerCheck';
import type { AnswerCheck } from '../../src/core/check/checkModel';
import type { Card } from '../../src/core/content/model';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex } from '../support/bundledPack';

const index = bundledIndex();
const essays = index.cards.filter((c) => c.kind === 'essay');
const context: AnswerContext = { matcher: TermMatcher.build(index.concepts), concept: (id) => index.concept(id), essays };

function essayOf(conceptId: string): Card {
  const card = essays.find((c) => c.conceptId === conceptId);
  assert.ok(card, `the pack has an essay card on ${conceptId}`);
  return card;
}

/** The key points covered, each by the start of its text (up to the colon or 40 characters). */
function covered(check: AnswerCheck): string[] {
  return check.results.filter((r) => r.covered).map((r) => short(r.keyPoint));
}

function missing(check: AnswerCheck): string[] {
  return check.results.filter((r) => !r.covered).map((r) => short(r.keyPoint));
}

const short = (keyPoint: string): string => (keyPoint.includes(': ') ? keyPoint.slice(0, keyPoint.indexOf(': ')) : keyPoint.slice(0, 40));

const FIVE_PROCESSES = 'five-crm-processes';

suite('Check My Answer', () => {
  test('an answer on strategy development and value creation covers those two processes and shows the other three as missing', () => {
    const answer = [
      '## Exam Q: Payne & Frow\'s five processes',
      '',
      'Payne and Frow see a CRM strategy as five processes that cut across the whole firm.',
      '',
      'It begins with strategy development. Senior managers first review the business strategy, then they shape a customer strategy:',
      'which segments and tiers the firm will target, how it builds loyalty and how it handles churn.',
      '',
      'Value creation comes next and turns those strategies into offers. Customers get value from rewards and products customised for them,',
      'while the firm gets value back because acquiring and retaining customers costs less and profits grow.',
    ].join('\n');
    const check = checkAnswer(answer, essayOf(FIVE_PROCESSES), context);
    assert.deepStrictEqual(covered(check).slice(0, 2), ['Strategy development', 'Value creation']);
    assert.deepStrictEqual(missing(check).slice(0, 3), ['Multichannel integration', 'Information management', 'Performance assessment']);
    assert.strictEqual(check.total, 6);
    assert.strictEqual(check.score, check.covered / check.total);
  });

  test('a missing key point links to the concepts behind it', () => {
    const check = checkAnswer('Strategy development decides which segments to target.', essayOf(FIVE_PROCESSES), context);
    const information = check.results.find((r) => r.keyPoint.startsWith('Information management'));
    assert.ok(information && !information.covered);
    assert.ok(information.concepts.includes('information-management-process'), information.concepts.join(', '));
  });

  test('a missing key point that names no concept of its own links to the card\'s concept', () => {
    const check = checkAnswer('Data must be shareable and accurate.', essayOf('starts'), context);
    const missing = check.results.filter((r) => !r.covered);
    assert.ok(missing.length > 0);
    for (const result of missing) assert.ok(result.concepts.length > 0, `${result.keyPoint}: no concept to open`);
  });

  test('the words that cover a key point are shown as written, and their spans point at them in the answer', () => {
    const answer = 'First, strategy development: the board sets the business strategy and picks target segments.\nThen value creation turns strategies into propositions.';
    const check = checkAnswer(answer, essayOf(FIVE_PROCESSES), context);
    const strategy = check.results[0];
    assert.ok(strategy.covered);
    assert.ok(strategy.evidence.includes('strategy development'), strategy.evidence.join(' | '));
    assert.ok(strategy.evidence.includes('target segments'), strategy.evidence.join(' | '));
    for (const result of check.results) {
      assert.strictEqual(result.spans.length, result.evidence.length);
      result.spans.forEach(([start, end], i) => assert.strictEqual(answer.slice(start, end), result.evidence[i]));
    }
  });

  test('naming the five processes in one list covers none of them: it says nothing about any', () => {
    const check = checkAnswer('The five processes are strategy development, value creation, multichannel integration, information management and performance assessment.', essayOf(FIVE_PROCESSES), context);
    assert.deepStrictEqual(covered(check), []);
  });

  test('a paraphrase covers a key point: other word forms, another word order', () => {
    const card = essayOf('crm');
    const point = 'Strength: it integrates internal functions and processes with external networks (suppliers, partners), which ties CRM to SCOPE and collaborative CRM';
    assert.ok(card.keyPoints?.includes(point));
    const check = checkAnswer('Buttle also stresses integration: partners and suppliers in the external network are integrated with the internal functions.', card, context);
    assert.ok(check.results.find((r) => r.keyPoint === point)?.covered);
  });

  test('an acronym covers a key point written out in words, and the other way round', () => {
    const card = essayOf('kam');
    const structure = 'KAM: a structure that helps a business unit implement CRM';
    const written = checkAnswer('Key account management is a structure a business unit uses to implement CRM.', card, context);
    assert.ok(written.results.find((r) => r.keyPoint === structure)?.covered, 'the words for KAM');
    const dedicated = 'Dedicated managers or teams for strategically significant accounts';
    const shortened = checkAnswer('With KAM, the strategically significant customers get dedicated managers.', card, context);
    assert.ok(shortened.results.find((r) => r.keyPoint === dedicated)?.covered, 'KAM for the words');
  });

  test('small typos still cover a key point', () => {
    const check = checkAnswer('In the exploraton phase there are trial purchses, and norms and expectatons develop as both sides test each other.', essayOf('dwyer-phases'), context);
    assert.deepStrictEqual(covered(check), ['Exploration']);
  });

  test('one shared word does not cover a key point', () => {
    const card = essayOf('crm');
    for (const answer of ['Integration is the key.', 'Partners.', 'It is about profitability.']) {
      assert.deepStrictEqual(covered(checkAnswer(answer, card, context)), [], answer);
    }
    assert.deepStrictEqual(covered(checkAnswer('Churn matters a lot for value.', essayOf(FIVE_PROCESSES), context)), []);
  });

  test('a key point about one thing is not covered by an answer about the thing beside it', () => {
    const card = essayOf('behavioural-loyalty');
    const check = checkAnswer('Behaviour without the attitude behind it is spurious loyalty, and such customers are vulnerable to competitors.', card, context);
    assert.deepStrictEqual(covered(check), ['Behaviour without attitude is spurious l']);
  });

  test('an empty answer covers nothing and scores zero', () => {
    for (const answer of ['', '   \n\n  ']) {
      const check = checkAnswer(answer, essayOf(FIVE_PROCESSES), context);
      assert.strictEqual(check.covered, 0);
      assert.strictEqual(check.score, 0);
      assert.ok(check.results.every((r) => !r.covered && r.evidence.length === 0 && r.spans.length === 0));
    }
  });

  test('without the pack\'s essays to weigh words by, the answer is still marked', () => {
    const check = checkAnswer('Strategy development looks at the business strategy, then the customer strategy: target segments and churn.', essayOf(FIVE_PROCESSES), { matcher: context.matcher, concept: context.concept });
    assert.deepStrictEqual(covered(check), ['Strategy development']);
  });
});

suite('Which question an answer is for', () => {
  test('a heading like "Exam Q: Payne & Frow\'s five processes" pre-selects the five-processes question', () => {
    const best = likelyQuestions('Strategy development comes first.', "## Exam Q: Payne & Frow's five processes", essays, context)[0];
    assert.strictEqual(best?.conceptId, FIVE_PROCESSES);
  });

  test('without a heading the first line of the answer is read as one', () => {
    const best = likelyQuestions('Dwyer and the phases of a relationship\n\nAwareness comes first, then exploration.', undefined, essays, context)[0];
    assert.strictEqual(best?.conceptId, 'dwyer-phases');
  });

  test('the key points an answer covers rank a question when the heading names none', () => {
    const answer = 'My answer\n\nRecency, frequency and monetary value are scored in quintiles; it is simple and predicts response, but it looks backward and ignores the cost to serve.';
    assert.strictEqual(likelyQuestions(answer, undefined, essays, context)[0]?.conceptId, 'rfm');
  });

  test('an empty answer under an unrelated heading suggests no question', () => {
    assert.deepStrictEqual(likelyQuestions('', '## Shopping list', essays, context), []);
  });
});
