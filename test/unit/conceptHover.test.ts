// What hovering a term shows: term, definition, parts, source, related concepts
// and the links to open or study it.

import * as assert from 'assert';
import { commandUri, conceptHoverMarkdown } from '../../src/core/notes/conceptHover';
import { bundledIndex as realPack } from '../support/bundledPack';

const pack = realPack();
const commands = { showConcept: 'crmStudy.showConcept', study: 'crmStudy.openFlashcards' };
const hover = (id: string) => conceptHoverMarkdown(pack.concept(id)!, commands, (rid) => pack.concept(rid));

suite('Concept hover content', () => {
  test('hovering KAM shows Key account management in bold with its acronym, definition and source', () => {
    const kam = pack.concept('kam')!;
    const text = hover('kam');
    assert.ok(text.startsWith('**Key account management** (KAM)'), text);
    assert.ok(text.includes(kam.definition));
    assert.ok(text.includes(`*Source: `), text);
  });

  test('SCOPE lists its parts in one compact line', () => {
    const scope = pack.concept('scope')!;
    assert.ok(scope.parts.length >= 5);
    const line = hover('scope').split('\n\n').find((b) => b.startsWith('**Parts:**'));
    assert.ok(line, 'no parts line');
    for (const part of scope.parts) assert.ok(line.includes(part.name.replace(/[-.()]/g, (c) => `\\${c}`)), `${part.name} missing from ${line}`);
  });

  test('related concepts are links that open them', () => {
    const kam = pack.concept('kam')!;
    const text = hover('kam');
    for (const id of kam.related) {
      assert.ok(text.includes(`(${commandUri('crmStudy.showConcept', id)} `), `no link to ${id}`);
    }
  });

  test('"Show Concept" and "Study" links carry the concept as VS Code command URIs', () => {
    const text = hover('clv');
    assert.ok(text.includes('[Show Concept](command:crmStudy.showConcept?%5B%22clv%22%5D '), text);
    assert.ok(text.includes('[Study](command:crmStudy.openFlashcards?%5B%7B%22conceptId%22%3A%22clv%22%7D%5D '), text);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent('%5B%7B%22conceptId%22%3A%22clv%22%7D%5D')), [{ conceptId: 'clv' }]);
  });

  test('a related id that names no concept is left out rather than shown broken', () => {
    const kam = { ...pack.concept('kam')!, related: ['no-such-concept'] };
    const text = conceptHoverMarkdown(kam, commands, (rid) => pack.concept(rid));
    assert.ok(!text.includes('Related:'), text);
  });

  test('Markdown characters in a term are shown literally', () => {
    const odd = { ...pack.concept('kam')!, term: 'A *starred* [term]', acronyms: [] };
    assert.ok(conceptHoverMarkdown(odd, commands, () => undefined).startsWith('**A \\*starred\\* \\[term\\]**'));
  });
});
