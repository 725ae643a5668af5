// The file an import writes: named after the set's title, a name every
// operating system accepts, and never one that is taken.

import * as assert from 'assert';
import { freeFileName, noteFileName } from '../../src/core/import/fileNames';

suite('Import file names', () => {
  test('a title with a colon reads as "title - rest"', () => {
    assert.strictEqual(noteFileName('Session 11: Flashcards'), 'Session 11 - Flashcards.md');
  });

  test('characters Windows, macOS or Linux refuse are replaced or dropped', () => {
    assert.strictEqual(noteFileName('Q1/Q2 "key" terms <draft>?*|x\\y'), "Q1-Q2 'key' terms draft-x-y.md");
    assert.strictEqual(noteFileName('tab\there\u0001'), 'tab here.md');
  });

  test('reserved Windows names are avoided, whatever their case or extension', () => {
    assert.strictEqual(noteFileName('CON'), 'CON (flashcards).md');
    assert.strictEqual(noteFileName('com1'), 'com1 (flashcards).md');
    assert.strictEqual(noteFileName('nul.txt'), 'nul.txt (flashcards).md');
    assert.strictEqual(noteFileName('Console'), 'Console.md');
  });

  test('leading and trailing dots and spaces go; an empty title gets the default name', () => {
    assert.strictEqual(noteFileName('  ..hidden set.. '), 'hidden set.md');
    assert.strictEqual(noteFileName(''), 'Imported flashcards.md');
    assert.strictEqual(noteFileName(' ?*: '), 'Imported flashcards.md');
    assert.strictEqual(noteFileName('week3.md'), 'week3.md');
  });

  test('a long title is cut at a word to at most 80 characters', () => {
    const name = noteFileName('Customer relationship management '.repeat(6));
    assert.ok(name.length <= 80, name);
    assert.match(name, /^Customer relationship management .*\S\.md$/);
    assert.ok(!/ \.md$/.test(name));
    const emoji = noteFileName('😀'.repeat(60));
    assert.ok(emoji.length <= 80);
    assert.ok(!/[\uD800-\uDBFF]\.md$/.test(emoji), 'no half of a surrogate pair');
  });

  test('a taken name gets "(2)", "(3)"… before its extension', () => {
    const taken = new Set(['Week 3.md', 'Week 3 (2).md']);
    assert.strictEqual(freeFileName('Week 4.md', (n) => taken.has(n)), 'Week 4.md');
    assert.strictEqual(freeFileName('Week 3.md', (n) => taken.has(n)), 'Week 3 (3).md');
    const long = `${'x'.repeat(77)}.md`;
    const free = freeFileName(long, (n) => n === long);
    assert.strictEqual(free.length, 80);
    assert.ok(free.endsWith(' (2).md'));
  });
});
