// What other installed extensions can reach through our exports: outside Test
// mode only the Markdown preview's hook, never the progress store or the panel.
import * as assert from 'assert';
import type MarkdownIt from 'markdown-it';
import { CrmStudyTestHooks, exposedApi } from '../../src/api';

const extendMarkdownIt = (md: MarkdownIt) => md;
/** Stand-ins: exposedApi only decides which of them to hand out. */
const testHooks = { pack: {}, conceptTree: {}, flashcards: { store: { reset() {} } } } as unknown as CrmStudyTestHooks;

suite('The extension API', () => {
  test('outside Test mode it is exactly extendMarkdownIt, even when more is passed in', () => {
    const api = exposedApi({ extendMarkdownIt, flashcards: testHooks.flashcards } as never);
    assert.deepStrictEqual(Object.keys(api), ['extendMarkdownIt']);
    assert.strictEqual(api.extendMarkdownIt, extendMarkdownIt);
  });

  test('in Test mode the hooks come with it', () => {
    const api = exposedApi({ extendMarkdownIt }, testHooks);
    assert.deepStrictEqual(Object.keys(api).sort(), ['conceptTree', 'extendMarkdownIt', 'flashcards', 'pack']);
    assert.strictEqual((api as CrmStudyTestHooks).flashcards, testHooks.flashcards);
  });
});
