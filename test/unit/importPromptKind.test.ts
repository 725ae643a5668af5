// Term or question: the one call every import reader makes, so a Quizlet row,
// a CSV row and a copied set agree on what becomes a concept.

import * as assert from 'assert';
import { promptKind, startsWithAskingWord, termName } from '../../src/core/import/promptKind';

suite('Term or question', () => {
  const rows: Array<[string, 'term' | 'question', string]> = [
    ['KAM', 'term', 'an acronym'],
    ['Geographic structure', 'term', 'a name of a few words'],
    ["Dwyer's 5 phases of relationship evolution", 'term', 'a longer name, still no question'],
    ['What is CLV?', 'question', 'a question mark'],
    ['Explain the value creation process', 'question', 'an asking word, no question mark'],
    ['List the parts of SCOPE', 'question', 'an instruction'],
    ['The firm keeps its most valuable customers by serving them better than anyone else does', 'question', 'a sentence, too long for a term'],
    ['Churn happens.', 'question', 'a full stop ends a sentence'],
  ];
  for (const [prompt, kind, why] of rows) {
    test(`"${prompt}" is a ${kind}: ${why}`, () => assert.strictEqual(promptKind(prompt), kind));
  }

  test('asking words are recognised at the start only, in any case', () => {
    assert.ok(startsWithAskingWord('  describe the role of KAM'));
    assert.ok(!startsWithAskingWord('Whatever works'));
    assert.ok(!startsWithAskingWord('The question of what'));
  });

  test('"Definition of CRM" names the term CRM; other prompts are kept as written', () => {
    assert.strictEqual(termName('Definition of CRM'), 'CRM');
    assert.strictEqual(termName('Definition of Organizational Culture'), 'Organizational Culture');
    assert.strictEqual(termName('Meaning of the term churn:'), 'churn');
    assert.strictEqual(termName(' Types of CRM '), 'Types of CRM');
    assert.strictEqual(termName('Definition of'), 'Definition of');
  });
});
