// The Markdown preview of a note: recognised terms carry their definition as a
// tooltip (<abbr title=...>), rendered by a real markdown-it with our plugin.

import * as assert from 'assert';
import MarkdownIt from 'markdown-it';
import { Concept } from '../../src/core/content/model';
import { inlineText, termsMarkdownItPlugin } from '../../src/core/notes/termsMarkdownItPlugin';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex as realPack } from '../support/bundledPack';
import { fileTopic, noteConcept } from '../support/noteContent';

const pack = realPack();
const matcher = TermMatcher.build(pack.concepts);

function engine(options: MarkdownIt.Options = {}, enabled = () => true): MarkdownIt {
  return new MarkdownIt(options).use(termsMarkdownItPlugin, { matcher: () => matcher, enabled });
}

/** The <abbr> elements of rendered HTML as [title, text]. */
function abbrs(html: string): Array<[string, string]> {
  return [...html.matchAll(/<abbr title="([^"]*)" class="crm-term">(.*?)<\/abbr>/g)].map((m) => [m[1], m[2]]);
}

suite('Term tooltips in the Markdown preview', () => {
  const md = engine();
  const kam = pack.concept('kam')!;

  test('KAM in a paragraph gets its definition as a tooltip', () => {
    const html = md.render('Our KAM team meets weekly.');
    const found = abbrs(html);
    assert.strictEqual(found.length, 1);
    assert.strictEqual(found[0][1], 'KAM');
    assert.ok(found[0][0].length > 20, 'a definition, not an empty title');
    assert.ok(html.startsWith('<p>Our <abbr'), html);
    assert.ok(html.includes('</abbr> team meets weekly.</p>'), html);
  });

  test('the tooltip is the definition as plain text, without Markdown markup', () => {
    const [[title]] = abbrs(md.render('KAM'));
    assert.strictEqual(title, escape(inlineText(new MarkdownIt(), kam.definition)));
    assert.ok(!/[*_`]/.test(title), title);
  });

  test('several terms in one line, including a multi-word one', () => {
    const found = abbrs(md.render('SCOPE, RFM and customer lifetime value.')).map(([, text]) => text);
    assert.deepStrictEqual(found, ['SCOPE', 'RFM', 'customer lifetime value']);
  });

  test('terms inside emphasis, lists and headings are marked', () => {
    const found = abbrs(md.render('# About KAM\n\n- **SCOPE** matters\n- *RFM* too')).map(([, text]) => text);
    assert.deepStrictEqual(found, ['KAM', 'SCOPE', 'RFM']);
  });

  test('inline code and fenced code are left alone', () => {
    const html = md.render('Use `KAM` here.\n\n```\nKAM and SCOPE\n```\n\n    SCOPE indented\n');
    assert.deepStrictEqual(abbrs(html), []);
    assert.ok(html.includes('<code>KAM</code>'));
  });

  test('link text and linkified URLs are left alone', () => {
    const html = engine({ linkify: true }).render('[KAM notes](https://example.com/KAM) and https://example.com/SCOPE and KAM');
    assert.deepStrictEqual(abbrs(html).map(([, t]) => t), ['KAM']);
    assert.ok(html.includes('<a href="https://example.com/KAM">KAM notes</a>'), html);
  });

  test('words that only look like terms are not marked', () => {
    assert.deepStrictEqual(abbrs(md.render('MICROSCOPE, Kamala, SCOPED and out of scope.')), []);
  });

  test('a definition with quotes and angle brackets is escaped in the title', () => {
    const tricky: Concept = { ...kam, id: 'tricky', term: 'Tricky thing', aliases: [], acronyms: [], definition: 'Says "hi" & <script>alert(1)</script> **bold**' };
    const m = new MarkdownIt().use(termsMarkdownItPlugin, { matcher: () => TermMatcher.build([tricky]) });
    const html = m.render('a tricky thing');
    assert.ok(html.includes('title="Says &quot;hi&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt; bold"'), html);
    assert.ok(!html.includes('<script>'), html);
  });

  test('typographer quotes do not stop a possessive acronym', () => {
    const found = abbrs(engine({ typographer: true }).render("KAM's role")).map(([, t]) => t);
    assert.deepStrictEqual(found, ['KAM’s']);
  });

  test('definitions that mention each other render once each, without looping', () => {
    const a: Concept = { ...kam, id: 'a', term: 'Alpha term', aliases: [], acronyms: [], definition: 'Linked to beta term.' };
    const b: Concept = { ...kam, id: 'b', term: 'Beta term', aliases: [], acronyms: [], definition: 'Linked to alpha term.' };
    const m = new MarkdownIt().use(termsMarkdownItPlugin, { matcher: () => TermMatcher.build([a, b]) });
    assert.deepStrictEqual(abbrs(m.render('alpha term and beta term')), [
      ['Linked to beta term.', 'alpha term'],
      ['Linked to alpha term.', 'beta term'],
    ]);
  });

  test('switched off, or without a pack, the preview is plain Markdown', () => {
    assert.deepStrictEqual(abbrs(engine({}, () => false).render('KAM')), []);
    const none = new MarkdownIt().use(termsMarkdownItPlugin, { matcher: () => undefined });
    assert.strictEqual(none.render('KAM'), '<p>KAM</p>\n');
  });
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

suite('Term tooltips in the Markdown preview: the student\'s own terms', () => {
  const week3 = fileTopic('notes/week3.md');

  test('a student\'s term gets their definition as its tooltip, and a new definition once the note is saved again', () => {
    const own = TermMatcher.build(pack.concepts);
    const md = new MarkdownIt().use(termsMarkdownItPlugin, { matcher: () => own });
    const flywheel = noteConcept('notes:flywheel', 'Loyalty flywheel', week3, 'notes/week3.md', { definition: 'Happy customers bring **more** customers.' });
    own.add([flywheel]);
    assert.deepStrictEqual(abbrs(md.render('The loyalty flywheel spins.')), [['Happy customers bring more customers.', 'loyalty flywheel']]);
    const reworded = { ...flywheel, definition: 'Customers who stay bring others.' };
    own.apply({ removedConcepts: [flywheel], addedConcepts: [reworded] });
    assert.deepStrictEqual(abbrs(md.render('The loyalty flywheel spins.')), [['Customers who stay bring others.', 'loyalty flywheel']]);
  });

  test('a course term the student defines too: the pack\'s definition, then theirs on a line of its own', () => {
    const own = TermMatcher.build(pack.concepts);
    const md = new MarkdownIt().use(termsMarkdownItPlugin, { matcher: () => own });
    own.add([noteConcept('notes:kam', 'Key account management', week3, 'notes/week3.md', { acronyms: ['KAM'], definition: 'The few clients that matter.' })]);
    const [[title]] = abbrs(md.render('Our KAM team.'));
    assert.strictEqual(title, escape(`${inlineText(new MarkdownIt(), pack.concept('kam')!.definition)}\nYour note: The few clients that matter.`));
  });
});
