// The concept page a student opens from the sidebar, a hover or F12.

import * as assert from 'assert';
import { conceptPageAddress, conceptPageMarkdown } from '../../src/core/concepts/conceptPage';
import { conceptPageBody } from '../../src/core/concepts/conceptPageHtml';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { Card, Concept, Pack } from '../../src/core/content/model';
import { shellHtml } from '../../src/vscode/webviewShell';
import { bundledIndex as realPack } from '../support/bundledPack';

const pack = realPack();

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
  const scope = pack.concept('scope')!;
  const page = conceptPageMarkdown(scope, pack);

  test('the SCOPE page opens with its term as title and names its topic', () => {
    assert.ok(page.startsWith(`# ${scope.term}\n`), page.slice(0, 80));
    assert.match(page, /Topic: \*\*Relationships\*\*/);
  });

  test('the SCOPE page lists its five parts in order, numbered, names in bold', () => {
    const names = ['Suppliers', 'Customers', 'Owners', 'Partners', 'Employees'];
    const at = positions(page, names.map((n, i) => `${i + 1}. **${n}`));
    assert.deepStrictEqual([...at].sort((a, b) => a - b), at);
    assert.match(page, /1\. \*\*Suppliers\*\*: firms/);
  });

  test('the SCOPE page cites its source', () => {
    assert.match(page, /^Source: Buttle \(2009\)$/m);
  });

  test('the SCOPE page links each related concept to its page', () => {
    for (const id of scope.related) {
      const other = pack.concept(id)!;
      assert.ok(page.includes(`](${conceptPageAddress(other).replace(/ /g, '%20')})`), `no link to ${id}`);
      assert.ok(page.includes(`[${other.term}]`), `no link text ${other.term}`);
    }
  });

  test('the SCOPE page lists its study cards with prompt and answer', () => {
    assert.match(page, /## Study cards/);
    for (const c of pack.cardsOf('scope')) {
      assert.ok(page.includes(c.prompt.split('{{')[0].trim()), `card prompt missing: ${c.prompt}`);
    }
    // The multiple choice card marks its right answer.
    assert.match(page, /- \*\*Competitors\*\* ✓/);
    // The list card shows its items.
    assert.match(page, />\s*1\. Suppliers/);
  });

  test('the KAM page names its other names once, not its own term again', () => {
    const text = conceptPageMarkdown(pack.concept('kam')!, pack);
    const also = /^.*Also: (.*)$/m.exec(text)![1].split(', ');
    assert.ok(also.includes('KAM'), also.join(', '));
    assert.ok(!also.some((a) => a.toLowerCase() === 'key account management'), also.join(', '));
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

  test('every concept in the real pack renders a page holding its definition and source', () => {
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

  test('SCOPE renders with its parts, an anchor to open it at them and related concepts that open in the panel', () => {
    const html = page(pack.concept('scope')!, pack);
    assert.match(html, /<h1>SCOPE network<\/h1>/);
    assert.match(html, /<h2 id="parts">Parts<\/h2>/);
    assert.match(html, /<strong>Suppliers<\/strong>/);
    for (const id of pack.concept('scope')!.related) assert.ok(html.includes(`<a href="#" data-concept="${id}"`), id);
    assert.ok(!html.includes('crm-study:'), 'related links stay inside the panel');
  });

  test('the page locks down what may run: no default source, the script only by nonce, no images', () => {
    const html = page(pack.concept('kam')!, pack);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-N0nce'; style-src vscode-resource:">`), html.slice(0, 300));
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    assert.deepStrictEqual(scripts, ['<script nonce="N0nce" src="https://res/conceptPage.js">']);
    assert.ok(!/<style/i.test(html), 'styles come from the stylesheet, which the CSP allows');
    assert.ok(html.includes('<link rel="stylesheet" href="https://res/conceptPage.css">'));
  });

  test('the page carries the concept it shows, and whether to open at its parts, for its script', () => {
    const scope = pack.concept('scope')!;
    const html = shellHtml(
      { bundle: 'conceptPage', title: scope.term, setup: { conceptId: 'scope', atParts: true }, body: conceptPageBody(scope, pack) },
      { cspSource: 'x', nonce: 'n', script: 's', style: 'c' },
    );
    const attribute = /<body data-setup="([^"]*)">/.exec(html)![1].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    assert.deepStrictEqual(JSON.parse(attribute), { conceptId: 'scope', atParts: true });
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
