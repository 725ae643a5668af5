// Quizlet's export as the student sets it up in Quizlet's export box: tab or
// comma or any string between term and definition, newline or ';' or any
// string between rows; terms become concepts, questions cards; a row missing a
// side is kept and flagged at its line.

import * as assert from 'assert';
import fc from 'fast-check';
import type { ImportEntry } from '../../src/core/import/importModel';
import { parseQuizlet } from '../../src/core/import/quizlet';
import { importFixture } from '../support/importSamples';

const pair = (entry: ImportEntry): [string, string, string] => {
  if (entry.kind === 'term') return ['term', entry.term, entry.definition];
  if (entry.kind === 'basic') return ['basic', entry.prompt, entry.answer];
  return [entry.kind, '', ''];
};

suite('Quizlet export: tab and newline (the default)', () => {
  const set = parseQuizlet(importFixture('quizlet-tab.txt'), {});

  test('twenty rows give twenty entries, one per line, with no title', () => {
    assert.strictEqual(set.entries.length, 20);
    assert.deepStrictEqual(set.entries.map((e) => e.line), Array.from({ length: 20 }, (_, i) => i + 1));
    assert.strictEqual(set.title, '');
    assert.deepStrictEqual(set.settings, { fieldSeparator: '\t', rowSeparator: '\n' });
    assert.deepStrictEqual(set.problems, []);
  });

  test('terms become terms and questions become basic cards', () => {
    assert.deepStrictEqual(pair(set.entries[1]).slice(0, 2), ['term', 'KAM']);
    assert.match(pair(set.entries[1])[2], /^Key account management: organising selling/);
    const questions = set.entries.filter((e) => e.kind === 'basic').map((e) => pair(e)[1]);
    assert.deepStrictEqual(questions, ['What does SCOPE stand for?', "What are the five phases in Dwyer's model?", 'Why is trust central to relationships?']);
  });

  test('the same text with Windows line ends and a byte order mark reads the same', () => {
    const crlf = parseQuizlet('\uFEFF' + importFixture('quizlet-tab.txt').replace(/\n/g, '\r\n'), {});
    assert.deepStrictEqual(crlf.entries, set.entries);
  });
});

suite('Quizlet export: custom separators', () => {
  test('" | " between, ";;" between rows: definitions over several lines keep their lines and list items', () => {
    const set = parseQuizlet(importFixture('quizlet-custom.txt'), { fieldSeparator: ' | ', rowSeparator: ';;' });
    assert.strictEqual(set.entries.length, 8);
    assert.deepStrictEqual(pair(set.entries[0]), ['term', 'STARTS', 'The qualities customer data should have:\n- Shareable\n- Transportable\n- Accurate\n- Relevant\n- Timely\n- Secure']);
    assert.deepStrictEqual(pair(set.entries[2])[2].split('\n').length, 2);
    assert.deepStrictEqual(set.entries.map((e) => e.line), [1, 7, 7, 8, 8, 8, 8, 8], 'each row at the line where it starts');
  });

  test('a definition holding the separator again is split at the first one only', () => {
    const set = parseQuizlet(importFixture('quizlet-custom.txt'), { fieldSeparator: ' | ', rowSeparator: ';;' });
    const value = set.entries.find((e) => pair(e)[1] === 'Value proposition')!;
    assert.strictEqual(pair(value)[2], 'What the firm promises a segment: the benefits it offers | for the price it asks');
  });

  test('without settings the same separators are found', () => {
    const set = parseQuizlet(importFixture('quizlet-custom.txt'), {});
    assert.deepStrictEqual(set.settings, { fieldSeparator: ' | ', rowSeparator: ';;' });
    assert.strictEqual(set.entries.length, 8);
  });

  const rows: Array<{ what: string; text: string; settings?: { fieldSeparator?: string; rowSeparator?: string }; want: Array<[string, string, string]> }> = [
    {
      what: 'a comma between term and definition; commas in the definition stay',
      text: 'KAM,Key account management, for the accounts that matter most\nRFM,Recency, frequency, monetary value\n',
      want: [['term', 'KAM', 'Key account management, for the accounts that matter most'], ['term', 'RFM', 'Recency, frequency, monetary value']],
    },
    {
      what: "semicolons between rows, all on one line (Quizlet's other row choice)",
      text: 'KAM\tKey account management;CLV\tCustomer lifetime value;Churn\tCustomers who leave',
      want: [['term', 'KAM', 'Key account management'], ['term', 'CLV', 'Customer lifetime value'], ['term', 'Churn', 'Customers who leave']],
    },
    {
      what: 'a " - " between term and definition',
      text: 'Touchpoint - Where a customer meets the firm\nChurn - Customers who stop buying - often quietly',
      want: [['term', 'Touchpoint', 'Where a customer meets the firm'], ['term', 'Churn', 'Customers who stop buying - often quietly']],
    },
    {
      what: 'the separator the student typed wins over the one detection would pick',
      text: 'CRM = relationship management, with data\nKAM = key accounts, with a manager',
      settings: { fieldSeparator: ',' },
      want: [['term', 'CRM = relationship management', 'with data'], ['term', 'KAM = key accounts', 'with a manager']],
    },
    {
      what: '"Definition of X" names the term X',
      text: 'Definition of churn\tCustomers who stop buying',
      want: [['term', 'churn', 'Customers who stop buying']],
    },
  ];
  for (const row of rows) {
    test(row.what, () => {
      assert.deepStrictEqual(parseQuizlet(row.text, row.settings ?? {}).entries.map(pair), row.want);
    });
  }
});

suite('Quizlet export: rows missing a side', () => {
  const text = ['KAM\tKey account management', '\tA definition with no term', 'Churn\t', 'A line with no tab at all', 'CLV\tCustomer lifetime value'].join('\n');
  const set = parseQuizlet(text, { fieldSeparator: '\t', rowSeparator: '\n' });

  test('each is still an entry, with the missing side empty', () => {
    assert.deepStrictEqual(set.entries.map(pair), [
      ['term', 'KAM', 'Key account management'],
      ['basic', '', 'A definition with no term'],
      ['term', 'Churn', ''],
      ['term', 'A line with no tab at all', ''],
      ['term', 'CLV', 'Customer lifetime value'],
    ]);
  });

  test('and each is a warning at its line saying what to do', () => {
    assert.deepStrictEqual(set.problems.map((p) => [p.line, p.severity]), [[2, 'warning'], [3, 'warning'], [4, 'warning']]);
    assert.match(set.problems[0].message, /a definition with no term .*write the term in the note/);
    assert.match(set.problems[1].message, /"Churn" has no definition/);
    assert.match(set.problems[2].message, /^no tab between term and definition: "A line with no tab at all"/);
  });
});

suite('Quizlet export: any text at all', () => {
  const cell = fc.oneof(fc.constantFrom('KAM', 'What is CRM?', '', ' ', '- item', 'a\nb', 'é 客户 🐝', '\t', ';', '|'), fc.string({ maxLength: 20 }));
  const separator = fc.constantFrom('\t', ',', ' | ', ';', '::', '\n', ';;', 'x');
  const input = fc.tuple(fc.array(fc.tuple(cell, cell), { maxLength: 30 }), separator, separator, fc.boolean()).map(([cells, field, row, given]) => ({
    text: cells.map(([a, b]) => `${a}${field}${b}`).join(row),
    settings: given ? { fieldSeparator: field, rowSeparator: row } : {},
  }));

  test('never throws; every entry starts on a line of the input, in order', () => {
    fc.assert(
      fc.property(input, ({ text, settings }) => {
        const set = parseQuizlet(text, settings);
        const count = text.split(/\r\n|\r|\n/).length;
        let last = 1;
        for (const entry of set.entries) {
          assert.ok(Number.isInteger(entry.line) && entry.line >= last && entry.line <= count, `line ${entry.line} after ${last}, of ${count}`);
          last = entry.line;
        }
        for (const problem of set.problems) assert.ok(problem.line >= 1 && problem.line <= count);
      }),
      { numRuns: 600 },
    );
  });
});
