// What "Insert Definition into Note" and "Copy Definition" produce.

import * as assert from 'assert';
import { definitionQuote, quoteInsertion } from '../../src/core/notes/definitionQuote';
import { pushRecent } from '../../src/core/concepts/recentConcepts';
import { bundledIndex as realPack } from '../support/bundledPack';

suite('definition quote', () => {
  test('KAM quotes as "> **Key account management** (KAM): … — Buttle (2009)"', () => {
    const kam = realPack().concept('kam')!;
    const quote = definitionQuote(kam);
    assert.ok(quote.startsWith(`> **${kam.term}** (KAM): `), quote);
    assert.ok(quote.endsWith(` — ${kam.source}`), quote);
    assert.ok(!quote.includes('\n'), 'one line');
  });

  test('a quote typed after text on the same line starts a paragraph of its own', () => {
    assert.strictEqual(quoteInsertion('Some notes', '', '> Q'), '\n\n> Q\n');
    assert.strictEqual(quoteInsertion('', '', '> Q'), '> Q\n');
  });

  test('text after the cursor is kept out of the quote by a blank line', () => {
    assert.strictEqual(quoteInsertion('', 'next line of notes', '> Q'), '> Q\n\n');
  });
});

suite('recent concepts', () => {
  test('the latest concept comes first and appears once', () => {
    assert.deepStrictEqual(pushRecent(['a', 'b', 'c'], 'b'), ['b', 'a', 'c']);
  });

  test('the list keeps at most ten', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const next = pushRecent(ten, 'new');
    assert.strictEqual(next.length, 10);
    assert.strictEqual(next[0], 'new');
    assert.ok(!next.includes('c9'));
  });

  test('a corrupt stored value starts a fresh list', () => {
    assert.deepStrictEqual(pushRecent('oops', 'kam'), ['kam']);
    assert.deepStrictEqual(pushRecent([1, 'scope', null], 'kam'), ['kam', 'scope']);
  });
});
