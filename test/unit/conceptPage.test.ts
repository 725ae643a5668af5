// The concept page a student opens from the sidebar, a hover or F12, rendered
// from the synthetic fixture pack (test/fixtures/pack) so that rewording the
// bundled course cannot break it; packStudy.test.ts renders every bundled concept.

import * as assert from 'assert';
import { conceptPageAddress, conceptPageMarkdown } from '../../src/core/concepts/conceptPage';
import { conceptPageBody } from '../../src/core/concepts/conceptPageHtml';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { Card, Concept, Pack } from '../../src/core/content/model';
import { shellHtml } from '../../src/vscode/webviewShell';
import { fixtureIndex, freshFixtureIndex } from '../support/fixturePack';
import { beekeepingNotes } from '../support/noteContent';

const pack = fixtureIndex();

function concept(overrides: Partial<Concept> & { id: string }): Concept {
  return {
    term: overrides.id, topic: 't', aliases: [], acronyms: [], definition: `Definition of ${overrides.id}.`, details: '',
    parts: [], source: 'Buttle (2009)', related: [], file: 'content/t.md', line: 1, ...overrides,
  };
}

function card(overrides: Partial<Card> & { id: string; kind: Card['kind'] }): Card {
  return { conceptId: 'a', topic: 't', source: 'Buttle (2009)', prompt: 'P', answer: 'A', file: 'content/t.md', line: 1, ...overrides };
}

function tinyPack(cards: Card[], concepts: Concept[] = [concept({ id: 'a', term: 'Alpha', related: ['b', 'missing'] }), concept({ id: 'b', term: 'Beta (B)' })]): ContentIndex {
  const p: Pack = { version: 1, topics: [{ id: 't', title: 'Topic T', order: 1, summary: '', file: 'content/t.md', line: 1 }], concepts, cards };
  return new ContentIndex(p);
}

/** Position of each needle in the haystack, failing on a missing one. */
function positions(text: string, needles: string[]): number[] {
  return needles.map((n) => {
    const at = text.indexOf(n);
    assert.ok(at >= 0, `page lacks ${JSON.stringify(n)}`);
    return at;
  });
}

suite('concept page', () => {
  const colony = pack.concept('colony-castes')!;
  const page = conceptPageMarkdown(colony, pack);

  test('the colony page opens with its term as title and names its topic', () => {
    assert.ok(page.startsWith('# Honey bee colony\n'), page.slice(0, 80));
    assert.match(page, /Topic: \*\*The colony\*\*/);
  });

  test('the colony page lists its three castes in order, numbered, names in bold', () => {
    const names = ['Queen', 'Workers', 'Drones'];
    const at = positions(page, names.map((n, i) => `${i + 1}. **${n}`));
    assert.deepStrictEqual([...at].sort((a, b) => a - b), at);
    assert.match(page, /1\. \*\*Queen\*\*: the one fertile female/);
  });

  test('the colony page keeps its details after the parts', () => {
    const [parts, details] = positions(page, ['## Parts', '## Details\n\nA strong colony in summer']);
    assert.ok(parts < details, 'parts, then details');
  });

  test('the colony page cites its source', () => {
    assert.match(page, /^Source: Apiary notes \(2024\)$/m);
  });

  test('the colony page links each related concept to its page', () => {
    assert.deepStrictEqual(colony.related, ['brood', 'swarm', 'supersedure']);
    for (const id of colony.related) {
      const other = pack.concept(id)!;
      assert.ok(page.includes(`](${conceptPageAddress(other).replace(/ /g, '%20')})`), `no link to ${id}`);
      assert.ok(page.includes(`[${other.term}]`), `no link text ${other.term}`);
    }
  });

  test('the colony page lists its study cards with prompt and answer', () => {
    assert.match(page, /## Study cards/);
    assert.strictEqual(pack.cardsOf('colony-castes').length, 3);
    for (const c of pack.cardsOf('colony-castes')) {
      assert.ok(page.includes(c.prompt.split('{{')[0].trim()), `card prompt missing: ${c.prompt}`);
    }
    assert.match(page, /Which caste lays the eggs\?\n\n> The queen\./);
    // The multiple choice card marks its right answer, and only that one.
    assert.match(page, /- \*\*Workers\*\* ✓/);
    assert.match(page, /^- Queen$/m);
    // The list card shows its items.
    assert.match(page, />\s*1\. Queen\n>\s*2\. Workers\n>\s*3\. Drones/);
  });

  test('the IPM page names its other names once, not its own term again', () => {
    const ipm = pack.concept('ipm')!;
    assert.ok(ipm.aliases.includes('integrated pest management'), 'the fixture repeats the term among the aliases');
    const text = conceptPageMarkdown(ipm, pack);
    const also = /^.*Also: (.*)$/m.exec(text)![1].split(', ');
    assert.deepStrictEqual(also, ['IPM', 'pest management']);
  });

  test('a cloze card appears filled, without braces', () => {
    const index = tinyPack([card({ id: 'a/c', kind: 'cloze', prompt: 'Dwyer puts {{exploration::a phase}} after {{awareness}}.' })]);
    const text = conceptPageMarkdown(index.concept('a')!, index);
    assert.match(text, /Dwyer puts \*\*exploration\*\* after \*\*awareness\*\*\./);
    assert.ok(!text.includes('{{'), text);
    assert.ok(!text.includes('a phase'), 'the hint is not part of the filled text');
  });

  test('essay cards list their key points; basic answers are quoted', () => {
    const index = tinyPack([
      card({ id: 'a/e', kind: 'essay', prompt: 'Discuss alpha.', answer: '- one\n- two', keyPoints: ['one', 'two'] }),
      card({ id: 'a/q', kind: 'basic', prompt: 'What is alpha?', answer: 'First line.\n\nSecond paragraph.' }),
    ]);
    const text = conceptPageMarkdown(index.concept('a')!, index);
    assert.match(text, /Discuss alpha\.\n\n> Key points:\n>\n> - one\n> - two/);
    assert.match(text, /> First line\.\n>\n> Second paragraph\./);
  });

  test('a related id that names no concept is left out rather than linked', () => {
    const index = tinyPack([]);
    const text = conceptPageMarkdown(index.concept('a')!, index);
    assert.ok(text.includes('[Beta (B)](crm-study:/Beta%20%28B%29.md?id=b)'), text);
    assert.ok(!text.includes('missing'), text);
    assert.ok(!text.includes('## Study cards'), 'no cards, no cards section');
  });

  test('the caller decides where related links point', () => {
    const index = tinyPack([]);
    const text = conceptPageMarkdown(index.concept('a')!, index, { linkTo: (c) => `#${c.id}` });
    assert.ok(text.includes('[Beta (B)](#b)'), text);
  });

  test('every concept renders a page holding its definition and source', () => {
    assert.ok(pack.concepts.length > 0);
    const broken = pack.concepts.filter((c) => {
      const text = conceptPageMarkdown(c, pack);
      return !text.includes(c.definition.trim()) || !text.includes(`Source: ${c.source}`) || !text.startsWith(`# ${c.term}`);
    });
    assert.deepStrictEqual(broken.map((c) => c.id), []);
  });
});

suite('concept page panel HTML', () => {
  const page = (c: Concept, index: ContentIndex) => shellHtml(
    { bundle: 'conceptPage', title: c.term, setup: { conceptId: c.id, atParts: false }, body: conceptPageBody(c, index) },
    { cspSource: 'vscode-resource:', nonce: 'N0nce', script: 'https://res/conceptPage.js', style: 'https://res/conceptPage.css' },
  );

  test('the colony renders with its parts, an anchor to open it at them and related concepts that open in the panel', () => {
    const html = page(pack.concept('colony-castes')!, pack);
    assert.match(html, /<h1>Honey bee colony<\/h1>/);
    assert.match(html, /<h2 id="parts">Parts<\/h2>/);
    assert.match(html, /<strong>Queen<\/strong>/);
    for (const id of pack.concept('colony-castes')!.related) assert.ok(html.includes(`<a href="#" data-concept="${id}"`), id);
    assert.ok(!html.includes('crm-study:'), 'related links stay inside the panel');
  });

  test('the page locks down what may run: no default source, the script only by nonce, no images', () => {
    const html = page(pack.concept('ipm')!, pack);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-N0nce'; style-src vscode-resource:">`), html.slice(0, 300));
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepStrictEqual(scripts, ['<script nonce="N0nce" src="https://res/conceptPage.js">']);
    assert.ok(!/<style/i.test(html), 'styles come from the stylesheet, which the CSP allows');
    assert.ok(html.includes('<link rel="stylesheet" href="https://res/conceptPage.css">'));
  });

  test('the page carries the concept it shows, and whether to open at its parts, for its script', () => {
    const colony = pack.concept('colony-castes')!;
    const html = shellHtml(
      { bundle: 'conceptPage', title: colony.term, setup: { conceptId: 'colony-castes', atParts: true }, body: conceptPageBody(colony, pack) },
      { cspSource: 'x', nonce: 'n', script: 's', style: 'c' },
    );
    const attribute = /<body data-setup="([^"]*)">/.exec(html)![1].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(attribute), { conceptId: 'colony-castes', atParts: true });
  });

  test('hostile text in a concept or card renders inert', () => {
    const evil = concept({ id: 'a', term: 'Evil <img src=x onerror=alert(1)>', definition: '<script>alert(1)</script> [x](javascript:alert(1))', related: ['b'] });
    const index = tinyPack([card({ id: 'a/x', kind: 'basic', prompt: '<img src=x onerror=alert(2)>', answer: '[y](command:workbench.action.quit)' })],
      [evil, concept({ id: 'b', term: '"><script>alert(3)</script>' })]);
    const html = page(index.concept('a')!, index);
    assert.ok(!/<img/i.test(html), 'no img element');
    assert.strictEqual((html.match(/<script/gi) ?? []).length, 1, 'only our own script');
    assert.ok(!html.includes('href="javascript:'), 'no javascript: link');
    assert.ok(!html.includes('href="command:'), 'no command: link');
  });
});

suite('Concept page of a student\'s own concept', () => {
  test('it names the group of notes, says where it is written, and lists its cards', () => {
    const index = freshFixtureIndex();
    const notes = beekeepingNotes();
    index.setNote(notes.deckNote.uri, notes.deckNote.content);
    const page = conceptPageMarkdown(notes.waggle, index);
    assert.match(page, /^# Waggle dance\n\nTopic: \*\*My notes · bees\/week3\*\*\n\n\*Your note · bees\/week3\.md:3\*\n\nHow a forager/);
    assert.match(page, /1\. \*\*Angle to the sun\*\*/);
    assert.match(page, /## Study cards\n\n\*\*1\.\*\* \*\(question\)\* What does the waggle run's angle tell\?/);
    assert.ok(!page.includes('Source:'), 'no source line when the note gives none');
  });
});
