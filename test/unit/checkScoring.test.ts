// The marking behind `npm run eval:check` (test/eval/checkScoring.ts), on a
// known answer sheet: a right part, a wrong part, an unmatched item, a section
// found where there is none, and a stub that is not built yet.

import * as assert from 'assert';
import type { Card } from '../../src/core/content/model';
import type { AnswerCheck, FrameworkSection, ListItem, SectionCheck } from '../../src/core/check/checkModel';
import { bundledIndex } from '../support/bundledPack';
import { readAnswer, readFrameworkNote } from '../eval/checkFixtures';
import { Checks, evaluateAnswers, evaluateFrameworks, precision, recall } from '../eval/checkScoring';

const index = bundledIndex();
const scope = index.concept('scope')!;

const NOTE = [
  '## SCOPE', //           0
  '- Suppliers', //        1
  '- Custmers', //         2
  '- Bankers', //          3
  '<!-- expect: scope', // 4
  '"Suppliers" -> Suppliers',
  '"Custmers" -> Customers',
  '"Bankers" -> none',
  '-->',
  '## Shopping', //        9
  '- milk', //             10
  '<!-- expect: none -->',
].join('\n');

function item(line: number, text: string): ListItem {
  return { line, start: 2, end: 2 + text.length, text };
}

const items = [item(1, 'Suppliers'), item(2, 'Custmers'), item(3, 'Bankers')];
const section = (nameLine: number, list: ListItem[]): FrameworkSection => ({
  concept: scope,
  nameLine,
  via: 'heading',
  startLine: nameLine,
  endLine: nameLine + list.length + 1,
  style: { kind: 'bullet', indent: '', marker: '-', bold: false },
  items: list,
});

const notBuilt = (): never => {
  throw new Error('not built yet');
};

/** A checker that reads "Bankers" as Customers and misses "Custmers", and sees SCOPE under "## Shopping". */
const sloppy: Checks = {
  findSections: () => [section(0, items), section(9, [item(10, 'milk')])],
  checkSection: (s): SectionCheck => ({
    section: s,
    parts: scope.parts.map((p) => ({ name: p.name, item: p.name === 'Suppliers' ? items[0] : p.name === 'Customers' ? items[2] : undefined })),
    extra: [items[1]],
    missing: [2, 3, 4],
    ordered: false,
    lens: '',
  }),
  checkAnswer: notBuilt,
  likelyQuestions: notBuilt,
  card: (id) => index.card(id),
};

suite('marking the note checks on labelled fixtures', () => {
  test('a section found where none is expected costs section precision, not recall', () => {
    const { sections } = evaluateFrameworks([readFrameworkNote('n.md', NOTE)], sloppy);
    assert.deepStrictEqual(sections.tally, { tp: 1, fp: 1, fn: 0 });
    assert.deepStrictEqual(sections.misses.map((m) => [m.line, m.expected, m.got]), [[10, 'no section', 'scope']]);
  });

  test('a wrong part counts against precision and recall, an unmatched item against recall', () => {
    const { items: marked } = evaluateFrameworks([readFrameworkNote('n.md', NOTE)], sloppy);
    // Suppliers right; Custmers not matched (fn); Bankers given Customers (fp).
    assert.deepStrictEqual(marked.tally, { tp: 1, fp: 1, fn: 1 });
    assert.strictEqual(precision(marked.tally), 0.5);
    assert.strictEqual(recall(marked.tally), 0.5);
    assert.deepStrictEqual(marked.misses.map((m) => `${m.line} ${m.item}: expected ${m.expected}, got ${m.got}`), [
      '3 Custmers: expected Customers, got no part',
      '4 Bankers: expected none, got Customers',
    ]);
  });

  test('one item spanning two labelled ones is credited once', () => {
    const line = 'SCOPE: suppliers, customers';
    const note = readFrameworkNote('c.md', `${line}\n<!-- expect: scope\n"suppliers" -> Suppliers\n"customers" -> Customers\n-->`);
    const whole: ListItem = { line: 0, start: 7, end: line.length, text: 'suppliers, customers' };
    const checks: Checks = {
      ...sloppy,
      findSections: () => [{ ...section(0, [whole]), via: 'leadIn', style: { kind: 'comma', conjunction: '' } }],
      checkSection: (s) => ({ section: s, parts: scope.parts.map((p) => ({ name: p.name, item: p.name === 'Suppliers' ? whole : undefined })), extra: [], missing: [1, 2, 3, 4], ordered: false, lens: '' }),
    };
    const { items: marked } = evaluateFrameworks([note], checks);
    assert.deepStrictEqual(marked.tally, { tp: 1, fp: 0, fn: 1 });
    assert.strictEqual(marked.misses[0].got, 'its text is part of another item');
  });

  test('a check that is not built yet is reported, not marked', () => {
    const { sections, items: marked } = evaluateFrameworks([readFrameworkNote('n.md', NOTE)], { ...sloppy, findSections: notBuilt });
    assert.deepStrictEqual([sections.notBuilt, sections.tally], [2, { tp: 0, fp: 0, fn: 0 }]);
    assert.deepStrictEqual([marked.notBuilt, marked.tally], [2, { tp: 0, fp: 0, fn: 0 }]);
  });

  test('key points are marked one by one against the label', () => {
    const card = index.cards.find((c) => c.kind === 'essay' && (c.keyPoints?.length ?? 0) >= 3)!;
    const n = card.keyPoints!.length;
    const rest = Array.from({ length: n - 2 }, (_, i) => i + 3).join(', ');
    const answer = readAnswer('a.md', `<!-- expect: card=${card.id}\ncovered: 1, 2\nmissing: ${rest}\n-->\nSome answer.`);
    // Says point 1 and point 3 are covered: one right, one missed (2), one wrongly given (3).
    const result = (c: Card): AnswerCheck => ({
      card: c,
      results: c.keyPoints!.map((keyPoint, i) => ({ keyPoint, covered: i === 0 || i === 2, evidence: [], spans: [], concepts: [] })),
      covered: 2,
      total: n,
      score: 2 / n,
    });
    const { points } = evaluateAnswers([answer], { ...sloppy, checkAnswer: (_, c) => result(c) });
    assert.deepStrictEqual(points.tally, { tp: 1, fp: 1, fn: 1 });
    assert.deepStrictEqual(points.misses.map((m) => [m.item.split(':')[0], m.expected, m.got.split(' ')[0]]), [['key point 2', 'covered', 'missing'], ['key point 3', 'missing', 'covered']]);
  });
});
