// The content convention, construct by construct, and every error with its line.

import * as assert from 'assert';
import fc from 'fast-check';
import { parseDeck } from '../../src/core/content/deckParser';
import { compilePack } from '../../src/core/content/packCompiler';
import { formatDiagnostic } from '../../src/core/content/model';

const md = (lines: string[]) => lines.join('\n');

const KAM = md([
  '# Organisation',            // 1
  'id: organisation',           // 2
  'order: 7',                   // 3
  '',                           // 4
  'How firms arrange themselves around customers.', // 5
  '',                           // 6
  '## Key account management',  // 7
  'id: kam',                    // 8
  'aliases: KAM, key account, key accounts', // 9
  'source: Buttle (2009)',      // 10
  'related: scope',             // 11
  '',                           // 12
  'KAM organises selling and service around the few accounts that matter most.', // 13
  '',                           // 14
  'A key account is strategically important, not merely large.', // 15
  '',                           // 16
  '### Parts',                  // 17
  '1. **Identify**: pick the accounts', // 18
  '2. **Staff**: assign a manager', // 19
  '3. Review',                  // 20
  '',                           // 21
  '### Cards',                  // 22
  '',                           // 23
  'Q: What does KAM stand for?', // 24
  'A: Key account management.', // 25
  '',                           // 26
  'Q: Why have KAM? {#why-kam}', // 27
  '',                           // 28
  'A: Two reasons:',            // 29
  '',                           // 30
  '- focus',                    // 31
  '- service',                  // 32
  '',                           // 33
  'Cloze: A key account is {{strategically::how?}} significant.', // 34
  '',                           // 35
  'MC: Which is a key account?', // 36
  '- [ ] The largest one by definition', // 37
  '- [x] A strategically significant one', // 38
  '- [ ] Any new one',          // 39
  '',                           // 40
  'Size alone does not decide.', // 41
  '',                           // 42
  'List: Name the KAM steps.',  // 43
  '1. **Identify**: pick',      // 44
  '2. Staff',                   // 45
  '',                           // 46
  'Essay: Discuss KAM.',        // 47
  '- structure at business-unit level', // 48
  '- strategic significance',   // 49
  '',                           // 50
  '## Scope network',           // 51
  'id: scope',                  // 52
  'aliases: SCOPE',             // 53
  'source: Buttle (2009)',      // 54
  '',                           // 55
  'The five groups a firm has relationships with.', // 56
]);

function parse(text: string) {
  return parseDeck(text, 'notes.md');
}

function errors(text: string): string[] {
  return compilePack([{ path: 'notes.md', text }]).diagnostics.map(formatDiagnostic);
}

suite('deck parser: constructs', () => {
  const parsed = parse(KAM);

  test('a valid file parses without diagnostics', () => {
    assert.deepStrictEqual(parsed.diagnostics, []);
  });

  test('the # heading is the topic, with its id, order and summary', () => {
    assert.deepStrictEqual(parsed.topic, {
      id: 'organisation', title: 'Organisation', order: 7,
      summary: 'How firms arrange themselves around customers.', file: 'notes.md', line: 1,
    });
  });

  test('a ## heading is a concept with fields, definition, details and parts', () => {
    const kam = parsed.concepts[0];
    assert.strictEqual(kam.id, 'kam');
    assert.strictEqual(kam.term, 'Key account management');
    assert.strictEqual(kam.topic, 'organisation');
    assert.deepStrictEqual(kam.aliases, ['KAM', 'key account', 'key accounts']);
    assert.deepStrictEqual(kam.acronyms, ['KAM']);
    assert.strictEqual(kam.source, 'Buttle (2009)');
    assert.deepStrictEqual(kam.related, ['scope']);
    assert.strictEqual(kam.definition, 'KAM organises selling and service around the few accounts that matter most.');
    assert.strictEqual(kam.details, 'A key account is strategically important, not merely large.');
    assert.deepStrictEqual(kam.parts, [
      { name: 'Identify', description: 'pick the accounts' },
      { name: 'Staff', description: 'assign a manager' },
      { name: 'Review', description: '' },
    ]);
    assert.strictEqual(kam.line, 7);
  });

  test('cards take their concept, topic and source, and their marker line', () => {
    const kinds = parsed.cards.map((c) => [c.kind, c.line]);
    assert.deepStrictEqual(kinds, [['basic', 24], ['basic', 27], ['cloze', 34], ['multipleChoice', 36], ['listRecall', 43], ['essay', 47]]);
    for (const card of parsed.cards) {
      assert.strictEqual(card.conceptId, 'kam');
      assert.strictEqual(card.topic, 'organisation');
      assert.strictEqual(card.source, 'Buttle (2009)');
    }
  });

  test('a basic card splits at A:, on the next line or after a blank line', () => {
    const [first, second] = parsed.cards;
    assert.strictEqual(first.prompt, 'What does KAM stand for?');
    assert.strictEqual(first.answer, 'Key account management.');
    assert.strictEqual(second.prompt, 'Why have KAM?');
    assert.strictEqual(second.answer, 'Two reasons:\n\n- focus\n- service');
  });

  test('card ids come from the prompt unless pinned with {#id}', () => {
    assert.strictEqual(parsed.cards[0].id, 'kam/what-does-kam-stand-for');
    assert.strictEqual(parsed.cards[1].id, 'kam/why-kam');
  });

  test('a derived card id keeps its exact form (saved progress is keyed by it), link targets and all', () => {
    const deck = ['# T', '## Term', 'source: A (2000)', '', 'Def.', '', '### Cards', '',
      'Cloze: The **{{KAM::acronym}}** team [works](https://x.y) with `code` > #tags', '',
      'Q: Does *Café* — “quoted” — fit?', 'A: yes'].join('\n');
    assert.deepStrictEqual(parseDeck(deck, 'notes.md').cards.map((c) => c.id),
      ['term/the-kam-team-workshttps-x-y-with-code-tags', 'term/does-cafe-quoted-fit']);
  });

  test('a cloze keeps its markers in the prompt and fills them in the answer', () => {
    const cloze = parsed.cards[2];
    assert.strictEqual(cloze.prompt, 'A key account is {{strategically::how?}} significant.');
    assert.strictEqual(cloze.answer, 'A key account is **strategically** significant.');
  });

  test('a multiple choice card knows its one right option and its explanation', () => {
    const mc = parsed.cards[3];
    assert.strictEqual(mc.prompt, 'Which is a key account?');
    assert.deepStrictEqual(mc.choices, [
      { text: 'The largest one by definition', correct: false },
      { text: 'A strategically significant one', correct: true },
      { text: 'Any new one', correct: false },
    ]);
    assert.strictEqual(mc.answer, 'A strategically significant one');
    assert.strictEqual(mc.explanation, 'Size alone does not decide.');
  });

  test('a list card keeps the item names in order and the full items in the answer', () => {
    const list = parsed.cards[4];
    assert.deepStrictEqual(list.items, ['Identify', 'Staff']);
    assert.strictEqual(list.answer, '1. **Identify**: pick\n2. Staff');
  });

  test('an essay card keeps its key points', () => {
    assert.deepStrictEqual(parsed.cards[5].keyPoints, ['structure at business-unit level', 'strategic significance']);
  });

  test('a concept with no cards section is still a concept', () => {
    assert.strictEqual(parsed.concepts[1].id, 'scope');
    assert.deepStrictEqual(parsed.concepts[1].acronyms, ['SCOPE']);
  });

  test('other ### sections stay in the details, in order', () => {
    const text = md(['# T', '## Term', 'source: A (2000)', '', 'Def.', '', '### Exam tip', '', 'Start with the definition.']);
    const concept = parse(text).concepts[0];
    assert.strictEqual(concept.details, '### Exam tip\n\nStart with the definition.');
  });

  test('ids default to the term and title in lower case with dashes', () => {
    const parsed2 = parse(md(['# Payne & Frow’s framework', '## Dwyer’s Five Phases', 'source: Dwyer, Schurr & Oh (1987)', '', 'Def.']));
    assert.strictEqual(parsed2.topic?.id, 'payne-and-frows-framework');
    assert.strictEqual(parsed2.concepts[0].id, 'dwyers-five-phases');
  });
});

suite('deck parser: line ends, BOM and Unicode', () => {
  test('CRLF input gives the same result and the same line numbers as LF', () => {
    const crlf = parse(KAM.replace(/\n/g, '\r\n'));
    const lf = parse(KAM);
    assert.deepStrictEqual(crlf, lf);
  });

  test('a byte order mark is ignored', () => {
    assert.deepStrictEqual(parse('\uFEFF' + KAM), parse(KAM));
  });

  test('Unicode terms keep their spelling and get an ASCII id', () => {
    const parsed = parse(md(['# Gestión', '## Gestión de la relación con el cliente', 'aliases: Kundenbeziehungsmanagement, Ω-score', 'source: Müller (2010)', '', 'Définition « claire ».', '', '### Cards', '', 'Q: ¿Qué es?', 'A: Größe — ok.']));
    assert.deepStrictEqual(parsed.diagnostics, []);
    const concept = parsed.concepts[0];
    assert.strictEqual(concept.term, 'Gestión de la relación con el cliente');
    assert.strictEqual(concept.id, 'gestion-de-la-relacion-con-el-cliente');
    assert.deepStrictEqual(concept.aliases, ['Kundenbeziehungsmanagement', 'Ω-score']);
    assert.strictEqual(concept.definition, 'Définition « claire ».');
    assert.strictEqual(parsed.cards[0].answer, 'Größe — ok.');
  });

  test('a term with no Latin letters asks for an explicit id', () => {
    assert.deepStrictEqual(errors(md(['# T', '## 客户关系', 'source: X (2001)', '', 'Def.'])), [
      'notes.md:2: cannot make an id from "客户关系": add a line "id: some-id" under the heading',
    ]);
  });
});

suite('deck parser: errors name the file and line', () => {
  const head = ['# Topic', '', '## Term', 'id: term', 'source: A (2000)', '', 'A definition.', '', '### Cards', ''];
  // head occupies lines 1-10; a card written next starts on line 11.
  const withCard = (...card: string[]) => errors(md([...head, ...card]));

  const table: Array<[string, string[], string]> = [
    ['missing definition', ['# T', '## Term', 'source: A (2000)', '', '### Cards', '', 'Q: a', 'A: b'], 'notes.md:2: concept "Term" has no definition: write one paragraph right after its fields'],
    ['missing source', ['# T', '## Term', '', 'Def.'], 'notes.md:2: concept "Term" has no source: add "source: Author (year)" under the heading'],
    ['no topic heading', ['## Term', 'source: A (2000)', '', 'Def.'], 'notes.md:1: concept before the topic heading: start the file with "# Topic title"'],
    ['unknown field', ['# T', '## Term', 'source: A (2000)', 'colour: red', '', 'Def.'], 'notes.md:4: unknown field "colour" (expected id, aliases, source, related)'],
    ['bad id', ['# T', '## Term', 'id: Bad_Id', 'source: A (2000)', '', 'Def.'], 'notes.md:3: concept id "Bad_Id" must be lower case letters, digits and dashes'],
    ['bad order', ['# T', 'order: first', '## Term', 'source: A (2000)', '', 'Def.'], 'notes.md:2: order must be a whole number, not "first"'],
    ['second topic', ['# T', '## Term', 'source: A (2000)', '', 'Def.', '# U'], 'notes.md:6: a second "#" topic heading: one file holds one topic'],
    ['empty parts', ['# T', '## Term', 'source: A (2000)', '', 'Def.', '', '### Parts', '', 'none'], 'notes.md:2: concept "Term" has a "### Parts" section with no list'],
    ['empty cards', ['# T', '## Term', 'source: A (2000)', '', 'Def.', '', '### Cards'], 'notes.md:2: concept "Term" has a "### Cards" section with no card'],
    ['related unknown', ['# T', '## Term', 'source: A (2000)', 'related: ghost', '', 'Def.'], 'notes.md:4: related link to unknown concept "ghost"'],
  ];
  for (const [name, lines, expected] of table) {
    test(name, () => assert.deepStrictEqual(errors(md(lines)), [expected]));
  }

  test('text before the first card', () => {
    assert.deepStrictEqual(withCard('Just a note.'), ['notes.md:11: text in "### Cards" before the first card: start a card with Q:, Cloze:, MC:, List:, Calc: or Essay:']);
  });
  test('basic card without an answer', () => {
    assert.deepStrictEqual(withCard('Q: What?'), ['notes.md:11: basic card has no answer: add a line starting with "A:"']);
  });
  test('basic card with an empty answer', () => {
    assert.deepStrictEqual(withCard('Q: What?', 'A:'), ['notes.md:11: basic card has an empty answer after A:']);
  });
  test('multiple choice with two right answers', () => {
    assert.deepStrictEqual(withCard('MC: Pick', '- [x] a', '- [x] b', '- [ ] c'), ['notes.md:11: multiple choice card needs exactly one right answer ([x]); found 2']);
  });
  test('multiple choice with no right answer', () => {
    assert.deepStrictEqual(withCard('MC: Pick', '- [ ] a', '- [ ] b'), ['notes.md:11: multiple choice card needs exactly one right answer ([x]); found 0']);
  });
  test('multiple choice option without a box names its own line', () => {
    assert.deepStrictEqual(withCard('MC: Pick', '- [x] a', '- b'), ['notes.md:13: each option must start with "[x]" (right) or "[ ]" (wrong) and have text']);
  });
  test('multiple choice with no options', () => {
    assert.deepStrictEqual(withCard('MC: Pick'), ['notes.md:11: multiple choice card has no options: list them as "- [x] right" and "- [ ] wrong"']);
  });
  test('multiple choice with one option', () => {
    assert.deepStrictEqual(withCard('MC: Pick', '- [x] a'), ['notes.md:11: multiple choice card needs at least two options']);
  });
  test('unterminated cloze names the line of the opening braces', () => {
    assert.deepStrictEqual(withCard('Cloze: first line', 'then {{open and never closed'), ['notes.md:12: unterminated cloze: "{{" without a closing "}}"']);
  });
  test('cloze that hides nothing', () => {
    assert.deepStrictEqual(withCard('Cloze: nothing hidden'), ['notes.md:11: cloze card hides nothing: wrap the hidden words in {{double braces}}']);
  });
  test('empty cloze deletion', () => {
    assert.deepStrictEqual(withCard('Cloze: a {{}} b'), ['notes.md:11: empty cloze deletion "{{}}"']);
  });
  test('list card without items', () => {
    assert.deepStrictEqual(withCard('List: Name them.'), ['notes.md:11: list card has no items: list them under the prompt']);
  });
  test('essay card without key points', () => {
    assert.deepStrictEqual(withCard('Essay: Discuss.'), ['notes.md:11: essay card has no key points: list them under the question']);
  });
  test('a heading inside the cards section', () => {
    assert.deepStrictEqual(withCard('#### Card 1'), ['notes.md:11: a heading inside "### Cards": write cards as Q:, Cloze:, MC:, List:, Calc: or Essay: paragraphs']);
  });
  test('duplicate concept ids across files name both places', () => {
    const file = (p: string) => ({ path: p, text: md(['# T' + p, '## Term', 'source: A (2000)', '', 'Def.']) });
    const result = compilePack([file('a.md'), file('b.md')]);
    assert.deepStrictEqual(result.diagnostics.map(formatDiagnostic), ['b.md:2: duplicate concept id "term" (first used at a.md:2)']);
  });
  test('duplicate card ids ask for a pinned id', () => {
    assert.deepStrictEqual(withCard('Q: Same?', 'A: a', '', 'Q: Same?', 'A: b'), ['notes.md:14: duplicate card id "term/same" (first used at notes.md:11): pin a different id with {#some-id} at the end of the card\'s first line']);
  });
  test('a bad card is skipped and the rest of the file is kept', () => {
    const parsed = parse(md([...head, 'Q: broken', '', 'Q: fine?', 'A: yes', '', '## Other', 'source: B (2001)', '', 'Kept.']));
    assert.deepStrictEqual(parsed.cards.map((c) => c.prompt), ['fine?']);
    assert.deepStrictEqual(parsed.concepts.map((c) => c.id), ['term', 'other']);
    assert.strictEqual(parsed.diagnostics.length, 1);
  });
});

suite('deck parser: arbitrary input', () => {
  const markdownish = fc.array(
    fc.oneof(
      fc.constantFrom('# T', '## Term', '### Cards', '### Parts', 'Q: a', 'A: b', 'Cloze: {{x', 'MC: m', '- [x] a', '- [ ] b', '1. one', 'List: l', 'Essay: e', 'source: S (1)', 'id: x', 'aliases: A, B', 'related: x', '', '```', '{{', '}}', '> q', '\r', '\uFEFF', '| a | b |'),
      fc.string(),
    ),
    { maxLength: 40 },
  ).map((lines) => lines.join('\n'));

  test('never throws; returns content or diagnostics with a line inside the file', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary' })), (text) => {
        const result = parseDeck(text, 'fuzz.md');
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const d of result.diagnostics) {
          assert.ok(d.line >= 1 && d.line <= lineCount + 1, `line ${d.line} outside 1..${lineCount}`);
          assert.ok(d.message.length > 0);
        }
        for (const card of result.cards) assert.ok(card.answer.length > 0 && card.prompt.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});
