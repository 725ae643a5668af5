// What hovering a term shows: term, definition, parts, source, related concepts
// and the links to open or study it.

import * as assert from 'assert';
import { conceptHoverMarkdown } from '../../src/core/notes/conceptHover';
import { bundledIndex as realPack } from '../support/bundledPack';
import { fileTopic, noteConcept } from '../support/noteContent';

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

suite('Concept hover content: the student\'s own concepts', () => {
  const withNotes = { ...commands, openNote: 'crmStudy.openNote' };
  const week3 = fileTopic('notes/week3.md');
  const flywheel = noteConcept('notes:flywheel', 'Loyalty flywheel', week3, 'notes/week3.md', {
    line: 7,
    acronyms: ['LFW'],
    definition: 'Happy customers bring more customers, who keep the wheel turning.',
    parts: [{ name: 'Attract', description: '' }, { name: 'Keep', description: '' }],
  });

  test('a note concept shows its term, definition, parts and "Your note · file:line" linking to that line', () => {
    const text = conceptHoverMarkdown(flywheel, withNotes, () => undefined);
    assert.ok(text.startsWith('**Loyalty flywheel** (LFW)'), text);
    assert.ok(text.includes(flywheel.definition));
    assert.ok(text.includes('**Parts:** Attract · Keep'), text);
    assert.ok(text.includes('*Your note · [notes/week3\\.md:7]('), text);
    assert.ok(!text.includes('Source:'), 'a note concept without a source shows none');
    const open = links(text).find((l) => l.command === 'crmStudy.openNote');
    assert.deepStrictEqual(open && { text: open.text, args: open.args }, { text: 'notes/week3.md:7', args: [flywheel.uri, 7] });
  });

  test('without the open-note command the place is shown as plain text, never as a link to an untrusted command', () => {
    const text = conceptHoverMarkdown(flywheel, commands, () => undefined);
    assert.ok(text.includes('*Your note · notes/week3\\.md:7*'), text);
    assert.deepStrictEqual(links(text).map((l) => l.command), [commands.showConcept, commands.study]);
  });

  test('"Study" is offered only when the concept has cards to study', () => {
    const none = conceptHoverMarkdown(flywheel, withNotes, () => undefined, { hasCards: () => false });
    assert.deepStrictEqual(links(none).map((l) => l.text), ['notes/week3.md:7', 'Show Concept']);
    const some = conceptHoverMarkdown(flywheel, withNotes, () => undefined, { hasCards: () => true });
    assert.ok(links(some).some((l) => l.text === 'Study'));
  });

  test('a course term the student defines too: the pack\'s definition first, then theirs, marked as theirs with a link to it', () => {
    const kam = pack.concept('kam')!;
    const mine = noteConcept('notes:my-kam', 'Key account management', week3, 'notes/week3.md', { line: 12, definition: 'Looking after the **few clients** that matter most.' });
    const text = conceptHoverMarkdown(kam, withNotes, (rid) => pack.concept(rid), { also: [mine] });
    const pack_ = text.indexOf(kam.definition);
    const theirs = text.indexOf(mine.definition);
    assert.ok(pack_ >= 0 && theirs > pack_, 'both definitions, the pack\'s first');
    const blocks = text.split('\n\n');
    const label = blocks.findIndex((b) => b.startsWith('**Your definition** · '));
    assert.ok(label > 0 && blocks[label - 1] === '---', 'a rule sets theirs apart');
    assert.strictEqual(blocks[label + 1], mine.definition);
    const open = links(text).find((l) => l.command === 'crmStudy.openNote');
    assert.deepStrictEqual(open?.args, [mine.uri, 12]);
    assert.ok(blocks.findIndex((b) => b.includes('[Show Concept]')) < label - 1, 'the pack concept\'s links stay with the pack concept');
  });
});
