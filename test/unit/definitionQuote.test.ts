// What "Insert Definition into Note" and "Copy Definition" produce.

import * as assert from 'assert';
import { definitionQuote, quoteInsertion } from '../../src/core/notes/definitionQuote';
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
