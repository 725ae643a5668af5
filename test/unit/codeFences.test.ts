// Terms inside fenced code blocks are code, not course terms. The fenced lines
// are computed once per note and kept up to date edit by edit; these tests pin
// both, and check that the edit-by-edit answer always equals a fresh scan.

import * as assert from 'assert';
import fc from 'fast-check';
import { CodeFences, LineSource } from '../../src/core/markdown/codeFences';
import { NoteTerms } from '../../src/core/notes/noteTerms';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex as realPack } from '../support/bundledPack';

const lines = (text: string[]): LineSource => ({ lineCount: text.length, lineAt: (i) => text[i] });
const fenced = (text: string[]) => {
  const f = CodeFences.compute(lines(text));
  return text.map((_, i) => f.isFenced(i));
};

suite('Fenced code blocks in a note', () => {
  test('a ``` block, fence lines included, is code; the lines around it are not', () => {
    assert.deepStrictEqual(fenced(['KAM', '```', 'KAM', '```', 'KAM']), [false, true, true, true, false]);
  });

  test('~~~ fences, info strings and longer closing fences', () => {
    assert.deepStrictEqual(fenced(['~~~ts', 'x', '~~~~', 'y']), [true, true, true, false]);
    assert.deepStrictEqual(fenced(['````md', '```', 'still code', '````', 'out']), [true, true, true, true, false]);
  });

  test('a fence closes only with its own character', () => {
    assert.deepStrictEqual(fenced(['```', '~~~', 'code', '```', 'out']), [true, true, true, true, false]);
  });

  test('an unclosed fence runs to the end of the note', () => {
    assert.deepStrictEqual(fenced(['text', '```', 'a', 'b']), [false, true, true, true]);
  });

  test('inline triple backticks with a closing run are not a fence', () => {
    assert.deepStrictEqual(fenced(['``` KAM ```', 'KAM']), [false, false]);
  });

  test('fences inside list items and block quotes count', () => {
    assert.deepStrictEqual(fenced(['- item', '    ```', '    code', '    ```', 'text']), [false, true, true, true, false]);
    assert.deepStrictEqual(fenced(['> ```', '> code', '> ```', 'text']), [true, true, true, false]);
  });

  test('typing an opening fence turns the rest of the note into code, closing it turns it back', () => {
    const text = ['KAM', 'SCOPE', 'RFM', 'CLV'];
    const f = CodeFences.compute(lines(text));
    text.splice(1, 0, '```');
    f.update(1, 0, 1, lines(text));
    assert.deepStrictEqual(text.map((_, i) => f.isFenced(i)), [false, true, true, true, true]);
    text.splice(3, 0, '```');
    f.update(3, 0, 1, lines(text));
    assert.deepStrictEqual(text.map((_, i) => f.isFenced(i)), [false, true, true, true, false, false]);
  });

  test('any sequence of edits gives the same fenced lines as scanning the note afresh', () => {
    const lineArb = fc.constantFrom('```', '~~~', '````', '``` js', 'text KAM', '', '> ```', '  ~~~~', 'SCOPE', '``` a ```');
    const editArb = fc.record({ at: fc.nat(40), remove: fc.nat(4), insert: fc.array(lineArb, { maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 40 }), fc.array(editArb, { maxLength: 12 }), (initial, edits) => {
        const text: string[] = [...initial];
        const f = CodeFences.compute(lines(text));
        for (const edit of edits) {
          // An editor replaces whole lines [at, at + remove) by the inserted ones; a document keeps at least one line.
          const at = Math.min(edit.at, text.length - 1);
          const remove = Math.min(edit.remove, text.length - at);
          const insert = edit.insert.length === 0 && remove === text.length ? [''] : edit.insert;
          text.splice(at, remove, ...insert);
          f.update(at, remove, insert.length, lines(text));
          assert.deepStrictEqual(f.all, CodeFences.compute(lines(text)).all, JSON.stringify({ text }));
        }
      }),
      { numRuns: 400 },
    );
  });
});

suite('Terms in a note', () => {
  const matcher = TermMatcher.build(realPack().concepts);

  test('a term in a fenced block is not a term; the same term outside is', () => {
    const text = ['Our KAM team', '```', 'KAM = 1', '```', 'SCOPE after'];
    const note = new NoteTerms(matcher, lines(text));
    assert.strictEqual(note.termAt(lines(text), 0, 5)?.concept.id, 'kam');
    assert.strictEqual(note.termAt(lines(text), 2, 1), undefined);
    assert.deepStrictEqual(note.termsInLine(lines(text), 2), []);
    assert.deepStrictEqual(note.termsInLine(lines(text), 4).map((m) => m.concept.id), ['scope']);
  });

  test('positions outside the note find nothing', () => {
    const text = ['KAM'];
    const note = new NoteTerms(matcher, lines(text));
    assert.strictEqual(note.termAt(lines(text), 5, 0), undefined);
    assert.strictEqual(note.termAt(lines(text), -1, 0), undefined);
  });
});
