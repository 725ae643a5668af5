// What an import refuses before reading anything, and the one sentence it says:
// too large, not text (with what the file probably is), empty. Text in UTF-8
// (with or without its byte order mark) and UTF-16 with one is read as written.

import * as assert from 'assert';
import { utf16, utf8 } from '../support/textBytes';
import { checkImportBytes, checkImportText } from '../../src/core/import/importInput';
import { MAX_IMPORT_BYTES } from '../../src/core/import/importModel';


const SET = 'Week 3 flashcards\nWhat is KAM?\nKey account management, café 客户 🐝\n';

suite('Checking what is to be imported', () => {
  test('UTF-8 text is read as written, a byte order mark dropped', () => {
    assert.deepStrictEqual(checkImportBytes('week3.txt', utf8(SET)), { text: SET });
    assert.deepStrictEqual(checkImportBytes('week3.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SET)])), { text: SET });
  });

  test('UTF-16 with its byte order mark (Windows "Unicode" text) is read, in both byte orders', () => {
    const text = 'KAM\tKey account management é\n';
    assert.deepStrictEqual(checkImportBytes('export.txt', utf16(text, false)), { text });
    assert.deepStrictEqual(checkImportBytes('export.txt', utf16(text, true)), { text });
  });

  test('over 5 MB: the size, the limit and what to do', () => {
    const big = new Uint8Array(Math.round(6.2 * 1024 * 1024)).fill(0x61);
    assert.deepStrictEqual(checkImportBytes('week3.txt', big), { problem: 'week3.txt is 6.2 MB; an import can be at most 5 MB. Split the set and import each part.' });
    assert.ok('text' in checkImportBytes('big.txt', new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)), 'exactly 5 MB is still read');
  });

  test('an Anki package (a zip) is named, with what to export instead', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    assert.deepStrictEqual(checkImportBytes('CRM.apkg', zip), { problem: 'CRM.apkg looks like an Anki package (.apkg); export "Notes in Plain Text" from Anki instead and import that file.' });
    assert.match((checkImportBytes('cards.xlsx', zip) as { problem: string }).problem, /^cards\.xlsx is a spreadsheet workbook, not text; save it as CSV/);
  });

  test("Anki's collection database and a PDF are named too", () => {
    const sqlite = new Uint8Array([...utf8('SQLite format 3'), 0, 0x10, 0x00]);
    assert.match((checkImportBytes('collection.anki2', sqlite) as { problem: string }).problem, /^collection\.anki2 is a database \(perhaps Anki's collection\), not text; export "Notes in Plain Text"/);
    assert.match((checkImportBytes('slides.pdf', utf8('%PDF-1.7\n')) as { problem: string }).problem, /^slides\.pdf is a PDF, not text; copy the cards out of it/);
  });

  test('other binary files and text in an unknown encoding are refused as not text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    assert.deepStrictEqual(checkImportBytes('cards.png', png), {
      problem: 'cards.png is not text (it holds NUL bytes); import a .txt, .csv or .tsv export, or copy the set and use "Import Flashcards from Clipboard".',
    });
    const latin1 = new Uint8Array([...utf8('caf'), 0xe9, ...utf8('\tcoffee\n')]);
    assert.match((checkImportBytes('old.txt', latin1) as { problem: string }).problem, /^old\.txt is not text \(not valid UTF-8\); import a \.txt/);
  });

  test('an empty file, or one of spaces and blank lines, has nothing to import', () => {
    assert.deepStrictEqual(checkImportBytes('week3.txt', new Uint8Array(0)), { problem: 'week3.txt is empty: nothing to import.' });
    assert.deepStrictEqual(checkImportBytes('week3.txt', utf8(' \n\t\r\n')), { problem: 'week3.txt is empty: nothing to import.' });
    assert.deepStrictEqual(checkImportBytes('week3.txt', new Uint8Array([0xef, 0xbb, 0xbf])), { problem: 'week3.txt is empty: nothing to import.' });
  });

  test("the clipboard's text: empty, too large, or holding NUL characters, in a sentence that starts with a capital", () => {
    assert.deepStrictEqual(checkImportText('the clipboard', '  \n'), { problem: 'The clipboard is empty: nothing to import.' });
    assert.match((checkImportText('the clipboard', 'é'.repeat(3 * 1024 * 1024)) as { problem: string }).problem, /^The clipboard is 6 MB; an import can be at most 5 MB\./);
    assert.match((checkImportText('the clipboard', 'KAM\0x') as { problem: string }).problem, /^The clipboard is not text \(it holds NUL characters\)/);
    assert.deepStrictEqual(checkImportText('the clipboard', '\uFEFFKAM\tkey accounts'), { text: 'KAM\tkey accounts' });
  });
});
