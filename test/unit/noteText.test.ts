// Which files the notes index reads: text notes are decoded, files over 1 MB
// and files that are not text are skipped with one line naming the file.

import * as assert from 'assert';
import { utf16, utf8 } from '../support/textBytes';
import { decodeNote, MAX_NOTE_BYTES, tooLargeReason } from '../../src/core/notes/noteText';


suite('Reading a note file', () => {
  test('a UTF-8 note with accents, CJK and emoji is read as written', () => {
    const text = '# Café notes\n\nwhat is CRM?::客户关系管理 🐝\n';
    assert.deepStrictEqual(decodeNote('week3.md', utf8(text)), { text });
  });

  test('a UTF-8 byte order mark is dropped, as the editor drops it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Title\n')]);
    assert.deepStrictEqual(decodeNote('a.md', bytes), { text: '# Title\n' });
  });

  test('a UTF-16 note with its byte order mark (Notepad\'s "Unicode") is read, both byte orders', () => {
    assert.deepStrictEqual(decodeNote('a.md', utf16('front::back é', false)), { text: 'front::back é' });
    assert.deepStrictEqual(decodeNote('a.md', utf16('front::back é', true)), { text: 'front::back é' });
  });

  test('an empty file is an empty note', () => {
    assert.deepStrictEqual(decodeNote('empty.md', new Uint8Array(0)), { text: '' });
  });

  test('a file over 1 MB is skipped, saying its size and the limit', () => {
    const big = new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x61);
    assert.deepStrictEqual(decodeNote('notes/dump.md', big), { skipped: 'Skipped notes/dump.md: 1.1 MB is over the 1 MB limit for notes' });
    assert.match(tooLargeReason('notes/dump.md', 3.5 * 1024 * 1024)!, /^Skipped notes\/dump\.md: 3\.5 MB is over the 1 MB limit/);
    assert.strictEqual(tooLargeReason('a.md', MAX_NOTE_BYTES), undefined, 'exactly 1 MB is still read');
    assert.ok('text' in decodeNote('a.md', new Uint8Array(MAX_NOTE_BYTES).fill(0x61)));
  });

  test('a binary file (NUL bytes near the start) is skipped as not text', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    assert.deepStrictEqual(decodeNote('img.md', png), { skipped: 'Skipped img.md: not a text file (it holds NUL bytes)' });
  });

  test('bytes that are not valid UTF-8 (a Latin-1 file) are skipped, not read as garbage', () => {
    const latin1 = new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' notes\n')]);
    assert.deepStrictEqual(decodeNote('old.md', latin1), { skipped: 'Skipped old.md: not a text file (not valid UTF-8)' });
  });

  test('a UTF-16 file cut in the middle of a character is skipped', () => {
    const cut = utf16('abc', false).slice(0, 7);
    assert.deepStrictEqual(decodeNote('cut.md', cut), { skipped: 'Skipped cut.md: not a text file (not valid UTF-16)' });
  });
});
