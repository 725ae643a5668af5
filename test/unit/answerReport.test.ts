// What the student reads after "Check My Answer": the score in the title, and
// per key point either the words of their answer that cover it or a link to
// the concept they left out.

import * as assert from 'assert';
import { answerReportRows, answerReportTitle } from '../../src/core/check/answerReport';
import type { AnswerCheck, KeyPointResult } from '../../src/core/check/checkModel';
import type { Card } from '../../src/core/content/model';

const card = { id: 'essay-1', kind: 'essay', prompt: 'Discuss the processes.', keyPoints: [] } as unknown as Card;

function checkOf(results: KeyPointResult[]): AnswerCheck {
  const covered = results.filter((r) => r.covered).length;
  return { card, results, covered, total: results.length, score: covered / results.length };
}

const covered = (keyPoint: string, evidence: string[]): KeyPointResult => ({ keyPoint, covered: true, evidence, spans: evidence.map(() => [0, 1]), concepts: [] });
const missing = (keyPoint: string, concepts: string[]): KeyPointResult => ({ keyPoint, covered: false, evidence: [], spans: [], concepts });
const terms: Record<string, string> = { 'performance-assessment': 'Performance assessment process', 'information-management': 'Information management process' };

suite('Check My Answer: the result as the student reads it', () => {
  test('the title gives covered of total key points and the rounded percentage', () => {
    const check = checkOf([covered('a', ['x']), covered('b', ['y']), missing('c', []), covered('d', ['z']), missing('e', [])]);
    assert.strictEqual(answerReportTitle(check), 'Check My Answer: 3 of 5 key points (60%)');
    assert.strictEqual(answerReportTitle(checkOf([covered('a', ['x']), missing('b', []), missing('c', [])])), 'Check My Answer: 1 of 3 key points (33%)');
  });

  test('a covered point shows the words of the answer that cover it, quoted, in the key points\' order', () => {
    const rows = answerReportRows(checkOf([covered('**Strategy development**: business and customer strategy', ['strategy development', 'which customers to serve']), missing('Performance assessment', ['performance-assessment'])]), (id) => terms[id]);
    assert.deepStrictEqual(rows.map((r) => r.label), ['$(pass) Strategy development', '$(circle-slash) Performance assessment']);
    assert.deepStrictEqual(rows.map((r) => r.description), ['business and customer strategy', undefined], 'a "Name: what it says" point keeps its name in view');
    assert.strictEqual(rows[0].detail, 'covered by: “strategy development”, “which customers to serve”');
    assert.strictEqual(rows[0].openConcept, undefined);
  });

  test('a missing point links the concepts behind it, and its row opens the first of them', () => {
    const [row] = answerReportRows(checkOf([missing('Information and performance', ['information-management', 'performance-assessment'])]), (id) => terms[id]);
    assert.strictEqual(row.detail, 'missing · open Information management process, Performance assessment process');
    assert.strictEqual(row.openConcept, 'information-management');
  });

  test('a missing point about no known concept just says missing, and opens nothing', () => {
    const [row] = answerReportRows(checkOf([missing('The processes are interconnected', ['gone-concept'])]), (id) => terms[id]);
    assert.strictEqual(row.detail, 'missing');
    assert.strictEqual(row.openConcept, undefined);
  });

  test('long evidence is shortened in the middle so the row stays readable', () => {
    const long = 'the firm has to decide which customers it wants to serve and then how it will keep them loyal over time';
    const [row] = answerReportRows(checkOf([covered('Customer strategy', [long])]), () => undefined);
    assert.strictEqual(row.detail, 'covered by: “the firm has to decide which … keep them loyal over time”');
  });
});
