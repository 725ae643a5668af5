// What hovering a term shows: term, definition, parts, source, related concepts
// and the links to open or study it.

import * as assert from 'assert';
import { conceptHoverMarkdown } from '../../src/core/notes/conceptHover';
import { bundledIndex as realPack } from '../support/bundledPack';

const pack = realPack();
const commands = { showConcept: 'crmStudy.showConcept', study: 'crmStudy.openFlashcards' };
const hover = (id: string) => conceptHoverMarkdown(pack.concept(id)!, commands, (rid) => pack.concept(rid));

/** The command links of a hover as VS Code reads them: [text](command:id?<URI-escaped JSON args> "title"). */
function links(markdown: string): Array<{ text: string; command: string; args: unknown; title: string }> {
  return [...markdown.matchAll(/\[((?:\\.|[^\]])+)\]\(command:([\w.]+)\?(\S+) "([^"]*)"\)/g)].map((m) => ({
    text: m[1].replace(/\\(.)/g, '$1'),
    command: m[2],
    args: JSON.parse(decodeURIComponent(m[3])),
    title: m[4],
  }));
}

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
    const related = links(hover('kam')).filter((l) => l.title.startsWith('Show '));
    assert.deepStrictEqual(related.map((l) => [l.text, l.command, l.args]), kam.related.map((id) => [pack.concept(id)!.term, commands.showConcept, [id]]));
  });

  test('"Show Concept" opens the hovered concept and "Study" studies its cards', () => {
    const actions = links(hover('clv')).filter((l) => l.text === 'Show Concept' || l.text === 'Study');
    assert.deepStrictEqual(actions.map((l) => ({ text: l.text, command: l.command, args: l.args })), [
      { text: 'Show Concept', command: commands.showConcept, args: ['clv'] },
      { text: 'Study', command: commands.study, args: [{ conceptId: 'clv' }] },
    ]);
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
