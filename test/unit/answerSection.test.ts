// "Check My Answer" with nothing selected checks the section the cursor is in:
// these tests pin where that section starts and ends, and which heading names it.

import * as assert from 'assert';
import { sectionAt } from '../../src/core/check/answerSection';
import type { LineSource } from '../../src/core/markdown/codeFences';

const lines = (text: string[]): LineSource => ({ lineCount: text.length, lineAt: (i) => text[i] });

const NOTE = [
  '# Week 2',
  'intro',
  '## Exam practice: the five processes',
  'Strategy development comes first.',
  '### Value creation',
  'Then value creation.',
  '## Next question',
  'Another answer.',
];

suite('Check My Answer: the section at the cursor', () => {
  test('the cursor in an answer takes everything below its heading up to the next heading of that level, sub-headings included', () => {
    const section = sectionAt(lines(NOTE), 3);
    assert.deepStrictEqual(section.heading, { line: 2, level: 2, text: 'Exam practice: the five processes' });
    assert.deepStrictEqual([section.startLine, section.endLine], [3, 6]);
  });

  test('the cursor on the heading itself takes that heading\'s section', () => {
    const section = sectionAt(lines(NOTE), 6);
    assert.strictEqual(section.heading?.text, 'Next question');
    assert.deepStrictEqual([section.startLine, section.endLine], [7, 8]);
  });

  test('the cursor under a sub-heading takes only the sub-section', () => {
    const section = sectionAt(lines(NOTE), 5);
    assert.strictEqual(section.heading?.text, 'Value creation');
    assert.deepStrictEqual([section.startLine, section.endLine], [5, 6]);
  });

  test('above the first heading the answer is what comes before it, with no heading', () => {
    const section = sectionAt(lines(['An answer with no heading.', 'More of it.', '# Later']), 1);
    assert.strictEqual(section.heading, undefined);
    assert.deepStrictEqual([section.startLine, section.endLine], [0, 2]);
  });

  test('a # line inside a code block is no heading: it neither names nor ends the section', () => {
    const section = sectionAt(lines(['## My answer', 'text', '```sh', '# a shell comment', '```', 'after the code']), 5);
    assert.strictEqual(section.heading?.text, 'My answer');
    assert.deepStrictEqual([section.startLine, section.endLine], [1, 6]);
  });

  test('closing #s are not part of the heading\'s text, and "#hashtag" is no heading', () => {
    const section = sectionAt(lines(['## SCOPE analysis ##', '#flashcards', 'text']), 2);
    assert.strictEqual(section.heading?.text, 'SCOPE analysis');
    assert.deepStrictEqual([section.startLine, section.endLine], [1, 3]);
  });
});
