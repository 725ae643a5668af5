// Which format a set is in, from samples shaped like what students bring
// (an Anki export, a CSV with a header row, Quizlet's export, a copied set),
// with the sentence the preview shows; and the one entry point that reads it.

import * as assert from 'assert';
import fc from 'fast-check';
import { detectFormat } from '../../src/core/import/detect';
import { readImport } from '../../src/core/import/importer';
import type { ImportFormat, ImportSettings } from '../../src/core/import/importModel';
import { importFixture, seedText } from '../support/importSamples';

const lines = (...rows: string[]) => rows.join('\n');

suite('Detecting the format', () => {
  const rows: Array<{ what: string; text: string; format: ImportFormat; settings?: ImportSettings; reason?: RegExp }> = [
    {
      what: "Anki's Notes in Plain Text, by its headers",
      text: lines('#separator:tab', '#html:true', '#notetype column:1', '#deck column:2', '#tags column:5', 'Basic\tCRM::Week 3\tWhat is KAM?\tKey account management\tkam week3'),
      format: 'anki',
      settings: { fieldSeparator: '\t', html: true },
      reason: /^Anki's "Notes in Plain Text" headers at the top \(#separator:tab, #html:true, #notetype column:1, …\)$/,
    },
    {
      what: 'Anki with a named separator and no HTML',
      text: lines('#separator:Semicolon', '#html:false', 'What is KAM?;Key account management'),
      format: 'anki',
      settings: { fieldSeparator: ';', html: false },
    },
    {
      what: 'Anki with only a deck header (an older export)',
      text: lines('#deck:CRM', 'What is KAM?\tKey account management'),
      format: 'anki',
    },
    {
      what: 'a CSV with a header row naming front and back',
      text: lines('Front,Back,Tags', 'What is KAM?,Key account management,kam', 'RFM,"Recency, frequency, monetary value",rfm'),
      format: 'csv',
      settings: { fieldSeparator: ',' },
      reason: /^a header row naming its columns \(Front, Back, Tags\), separated by commas$/,
    },
    {
      what: 'a quoted header separated by semicolons (a European spreadsheet)',
      text: lines('"Term";"Definition"', '"KAM";"Key account management"'),
      format: 'csv',
      settings: { fieldSeparator: ';' },
    },
    {
      what: 'a TSV whose first row names its columns is a table, not Quizlet',
      text: lines('Question\tAnswer\tDeck', 'What is KAM?\tKey account management\tWeek 3'),
      format: 'csv',
      settings: { fieldSeparator: '\t' },
    },
    {
      what: "Quizlet's tab export",
      text: importFixture('quizlet-tab.txt'),
      format: 'quizlet',
      settings: { fieldSeparator: '\t', rowSeparator: '\n' },
      reason: /^a tab between term and definition on 20 of 20 lines$/,
    },
    {
      what: "Quizlet's comma export, commas inside definitions too",
      text: lines('KAM,Key account management, for the accounts that matter', 'CLV,What a customer is worth, over time', 'Churn,Customers who leave'),
      format: 'quizlet',
      settings: { fieldSeparator: ',', rowSeparator: '\n' },
    },
    {
      what: "Quizlet's semicolon rows on a single line",
      text: 'KAM\tKey account management;CLV\tCustomer lifetime value;Churn\tCustomers who leave',
      format: 'quizlet',
      settings: { fieldSeparator: '\t', rowSeparator: ';' },
      reason: /^a tab between term and definition on 3 of 3 rows, rows split by a semicolon$/,
    },
    {
      what: 'custom separators, definitions over several lines',
      text: importFixture('quizlet-custom.txt'),
      format: 'quizlet',
      settings: { fieldSeparator: ' | ', rowSeparator: ';;' },
      reason: /^" \| " between term and definition on 8 of 8 rows, rows split by ";;"$/,
    },
    {
      what: 'a copied set (a few commas and dashes, no separator on most lines)',
      text: importFixture('copied-set.txt'),
      format: 'copyPaste',
      settings: {},
      reason: /^no separator splits most of its 40 lines into term and definition \(a comma on only \d+ of 40\), so it is read as a set copied from a web page/,
    },
    {
      what: 'nothing but spaces',
      text: ' \n\t\n',
      format: 'copyPaste',
      reason: /^the text is empty$/,
    },
  ];
  for (const row of rows) {
    test(`${row.what} → ${row.format}`, () => {
      const guess = detectFormat(row.text);
      assert.strictEqual(guess.format, row.format, guess.reason);
      if (row.settings) assert.deepStrictEqual(guess.settings, row.settings);
      if (row.reason) assert.match(guess.reason, row.reason);
    });
  }

  test('a tab on 38 of 40 lines is still Quizlet, and the reason counts them', () => {
    const rows = Array.from({ length: 40 }, (_, i) => (i % 20 === 7 ? `Term ${i} with the tab missing` : `Term ${i}\tIts definition, number ${i}`));
    assert.strictEqual(detectFormat(rows.join('\n')).reason, 'a tab between term and definition on 38 of 40 lines');
  });

  test('the course files are copied sets', function () {
    const texts = ['000', '001', '002', '003'].map(seedText);
    if (texts.some((text) => text === undefined)) this.skip();
    assert.deepStrictEqual(texts.map((text) => detectFormat(text!).format), ['copyPaste', 'copyPaste', 'copyPaste', 'copyPaste']);
  });

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\t', '\n', '\r', ',', ';', '#', ':', '"', '|', ' - ', '\uFEFF', '\0', 'é', '客', '🐝'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 300 }), (text) => {
        const guess = detectFormat(text);
        assert.ok(guess.reason.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

suite('Reading a set through the one entry point', () => {
  test('detection picks the reader and is reported beside the set', () => {
    const { set, guess } = readImport(importFixture('quizlet-custom.txt'));
    assert.strictEqual(guess.format, 'quizlet');
    assert.strictEqual(set.format, 'quizlet');
    assert.deepStrictEqual(set.settings, { fieldSeparator: ' | ', rowSeparator: ';;' });
    assert.strictEqual(set.entries.length, 8);
  });

  test("the student's choice of format wins, and the guess is still reported", () => {
    const { set, guess } = readImport(importFixture('quizlet-tab.txt'), { format: 'copyPaste' });
    assert.strictEqual(guess.format, 'quizlet');
    assert.strictEqual(set.format, 'copyPaste');
    assert.ok(set.entries.length < 20, 'as a copied set, a line with a tab is a prompt or an answer, not a pair');
  });

  test("the student's separators win over detected ones", () => {
    const { set } = readImport(lines('KAM - key accounts, served by a manager', 'CLV - lifetime value, in today\'s money'), { format: 'quizlet', fieldSeparator: ',' });
    assert.deepStrictEqual(set.entries.map((e) => (e.kind === 'term' ? e.term : '')), ['KAM - key accounts', 'CLV - lifetime value']);
    assert.strictEqual(set.settings.fieldSeparator, ',');
  });

  test('a title given replaces the set\'s own; a blank one does not', () => {
    assert.strictEqual(readImport(importFixture('copied-set.txt'), { title: ' Week 4, my way ' }).set.title, 'Week 4, my way');
    assert.strictEqual(readImport(importFixture('copied-set.txt'), { title: '  ' }).set.title, 'Week 4 Review Flashcards');
    assert.strictEqual(readImport(importFixture('quizlet-tab.txt')).set.title, '', 'Quizlet has none: the caller names it');
  });

  test('never throws on any text read as a copied set or as Quizlet', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('What is KAM?', 'KAM\tkey accounts', '- item', 'A) a B) b', ''), fc.string({ maxLength: 20 })), { maxLength: 25 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, fc.constantFrom<ImportFormat>('copyPaste', 'quizlet'), (input, format) => {
        const { set } = readImport(input, { format });
        assert.strictEqual(set.format, format);
      }),
      { numRuns: 300 },
    );
  });
});
