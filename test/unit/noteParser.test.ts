// What a student's note holds: each form of the grammar (tagged and not, in a
// ### Cards section, decks, glossary, the pack's convention), code never
// yielding cards, line ends, BOM and Unicode; card ids that survive the edits
// students make; diagnostics at their lines with fixes that work; and arbitrary
// text that never breaks the parser.

import * as assert from 'assert';
import type { ImportSet } from '../../src/core/import/importModel';
import { writeImportNote } from '../../src/core/import/noteWriter';
import * as fs from 'fs';
import * as path from 'path';
import { slugify } from '../../src/core/content/ids';
import { deckTopicId, fileTopicId } from '../../src/core/content/model';
import { base36, promptKey, slugOfKey } from '../../src/core/notes/cardIds';
import { mayHoldStudyContent, NoteFix, parseNote, ParsedNote } from '../../src/core/notes/noteParser';
import { createRng, randomInt, Rng } from '../../src/core/util/rng';

const WEEK3 = { uri: 'file:///vault/crm/week3.md', file: 'crm/week3.md' };
const md = (lines: string[]) => lines.join('\n');
const parse = (lines: string[] | string, note = WEEK3) => parseNote(typeof lines === 'string' ? lines : md(lines), note);

/** Each card as [kind, prompt, answer, line]. */
const cards = (parsed: ParsedNote) => parsed.cards.map((c) => [c.kind, c.prompt, c.answer, c.line]);
const messages = (parsed: ParsedNote) => parsed.diagnostics.map((d) => `${d.line}: ${d.message}`);
const ids = (parsed: ParsedNote) => parsed.cards.map((c) => c.id);

/** Applies a fix to the note's text (lines split on LF). */
function applyFix(text: string, fix: NoteFix): string {
  const lines = text.split('\n');
  const line = lines[fix.line - 1];
  lines[fix.line - 1] = line.slice(0, fix.start) + fix.text + line.slice(fix.end);
  return lines.join('\n');
}

/** Pins every pinnable card where the parser says, bottom up so earlier places stay valid. */
function pinAll(text: string, parsed: ParsedNote): string {
  const lines = text.split('\n');
  for (const place of [...parsed.pinnable].sort((a, b) => b.line - a.line || b.column - a.column)) {
    const line = lines[place.line - 1];
    lines[place.line - 1] = `${line.slice(0, place.column)} {#${place.pin}}${line.slice(place.column)}`;
  }
  return lines.join('\n');
}

suite('note parser: Obsidian Spaced Repetition forms', () => {
  test('front::back is one card, only in a note tagged #flashcards', () => {
    const tagged = parse(['#flashcards', '', 'What does KAM stand for?::Key account management']);
    assert.deepStrictEqual(cards(tagged), [['basic', 'What does KAM stand for?', 'Key account management', 3]]);
    assert.strictEqual(tagged.cards[0].conceptId, '');
    assert.strictEqual(tagged.cards[0].uri, WEEK3.uri);
    assert.deepStrictEqual(parse(['What does KAM stand for?::Key account management']).cards, []);
  });

  test('front:::back is two cards, one each way; several one-line cards may share a paragraph or a list', () => {
    const parsed = parse(['#flashcards', '', 'KAM:::Key account management', 'CLV::Customer lifetime value', '- RFM::Recency, frequency, monetary value', '- [ ] IDIC::Identify, differentiate, interact, customise']);
    assert.deepStrictEqual(cards(parsed), [
      ['basic', 'KAM', 'Key account management', 3],
      ['basic', 'Key account management', 'KAM', 3],
      ['basic', 'CLV', 'Customer lifetime value', 4],
      ['basic', 'RFM', 'Recency, frequency, monetary value', 5],
      ['basic', 'IDIC', 'Identify, differentiate, interact, customise', 6],
    ]);
  });

  test('a line holding only ? splits a multi-line card; ?? makes it two-way; a list or code right after belongs to the back', () => {
    const parsed = parse([
      '#flashcards', '',
      'Name the five processes', 'of Payne & Frow', '?', '1. Strategy development', '2. Value creation', '',
      'Which phase follows awareness?', '??', 'Exploration', '',
      'What does this print?', '?', '```js', 'console.log(1 == 1)', '```',
    ]);
    assert.deepStrictEqual(cards(parsed), [
      ['basic', 'Name the five processes\nof Payne & Frow', '1. Strategy development\n2. Value creation', 3],
      ['basic', 'Which phase follows awareness?', 'Exploration', 9],
      ['basic', 'Exploration', 'Which phase follows awareness?', 9],
      ['basic', 'What does this print?', '```js\nconsole.log(1 == 1)\n```', 13],
    ]);
  });

  test('==highlights== make one cloze card per deletion, each hiding only its own', () => {
    const parsed = parse(['#flashcards', '', 'Dwyer places ==exploration== between ==awareness==^[first phase] and expansion.']);
    assert.deepStrictEqual(cards(parsed), [
      ['cloze', 'Dwyer places {{exploration}} between awareness and expansion.', 'Dwyer places **exploration** between awareness and expansion.', 3],
      ['cloze', 'Dwyer places exploration between {{awareness::first phase}} and expansion.', 'Dwyer places exploration between **awareness** and expansion.', 3],
    ]);
  });

  test('in an untagged note the forms count inside a ### Cards section, of a concept or on its own', () => {
    const parsed = parse([
      '# Week 3', '',
      '## Key account management', 'aliases: KAM', '', 'Selling around the few accounts that matter.', '',
      '### Cards', '', 'KAM::Key account management', '', 'A key account is ==strategically== significant.', '',
      '# Another part', '', 'SCOPE::not a card here', '',
      '### Cards', '', 'STARTS::Six qualities of data',
    ]);
    assert.deepStrictEqual(cards(parsed), [
      ['basic', 'KAM', 'Key account management', 10],
      ['cloze', 'A key account is {{strategically}} significant.', 'A key account is **strategically** significant.', 12],
      ['basic', 'STARTS', 'Six qualities of data', 20],
    ]);
    assert.deepStrictEqual(parsed.cards.map((c) => c.conceptId), ['notes:crm/week3.md#key-account-management', 'notes:crm/week3.md#key-account-management', '']);
    assert.deepStrictEqual(parsed.diagnostics, []);
  });

  test('scheduling comments are stripped from prompts and answers, and commented-out cards are ignored', () => {
    const parsed = parse([
      '#flashcards', '',
      'KAM::Key account management <!--SR:!2024-01-05,3,250-->', '',
      'What is CLV?', '?', 'The value of a customer over time', '<!--SR:!2024-02-01,10,270-->', '',
      'The ==first== phase <!--SR:!2024-01-01,1,230-->', '',
      '<!--', 'Old::card', '-->',
    ]);
    assert.deepStrictEqual(cards(parsed), [
      ['basic', 'KAM', 'Key account management', 3],
      ['basic', 'What is CLV?', 'The value of a customer over time', 5],
      ['cloze', 'The {{first}} phase', 'The **first** phase', 10],
    ]);
  });
});

suite('note parser: decks and topics', () => {
  test('a nested tag names the deck; plain #flashcards keeps the note\'s own group, titled by its first # heading', () => {
    const deck = parse(['# Week 3', '', 'Study: #flashcards/crm/week3', '', 'a::b']);
    assert.strictEqual(deck.topic.id, deckTopicId('crm/week3'));
    assert.strictEqual(deck.topic.title, 'crm/week3');
    assert.strictEqual(deck.cards[0].topic, deckTopicId('crm/week3'));
    const plain = parse(['# Week 3: relationships', '', '#flashcards', '', 'a::b', '', '# Later heading']);
    assert.strictEqual(plain.topic.id, fileTopicId('crm/week3.md'));
    assert.strictEqual(plain.topic.title, 'Week 3: relationships');
    assert.strictEqual(plain.topic.uri, WEEK3.uri);
    assert.strictEqual(parse(['#flashcards', 'a::b']).topic.title, 'week3');
  });

  test('front matter tags count, and front matter is never read as Markdown', () => {
    const inline = parse(['---', 'title: Week 3', 'tags: [lecture, flashcards/crm]', '---', 'a::b']);
    assert.strictEqual(inline.topic.id, deckTopicId('crm'));
    assert.deepStrictEqual(cards(inline), [['basic', 'a', 'b', 5]]);
    const listed = parse(['---', 'tags:', '  - lecture', '  - "#flashcards"', '---', '', 'What?', '?', 'That.']);
    assert.strictEqual(listed.topic.id, fileTopicId('crm/week3.md'));
    assert.strictEqual(listed.topic.title, 'week3', 'the front matter is no setext heading');
    assert.deepStrictEqual(cards(listed), [['basic', 'What?', 'That.', 7]]);
  });

  test('a tag in code, in a longer word or without its # does not tag the note', () => {
    for (const text of ['`#flashcards`\n\na::b', '```\n#flashcards\n```\na::b', '#flashcardsmore\n\na::b', 'about flashcards\n\na::b']) {
      assert.deepStrictEqual(parse(text).cards, [], text);
    }
  });
});

suite('note parser: glossary and the pack\'s convention', () => {
  test('a definition list entry is a concept; Term (ACRONYM) gives the acronym, further definitions the details', () => {
    const parsed = parse([
      'Customer lifetime value (CLV)', ': What a customer is worth over the relationship.', ': Discounted to today.', '',
      'NPS (net promoter score)', '~ How likely customers are to recommend.', '',
      'Churn (attrition)', ': Customers leaving.',
    ]);
    assert.deepStrictEqual(parsed.concepts.map((c) => [c.id, c.term, c.aliases, c.acronyms, c.definition, c.details, c.line, c.source]), [
      ['notes:crm/week3.md#customer-lifetime-value', 'Customer lifetime value', ['CLV'], ['CLV'], 'What a customer is worth over the relationship.', 'Discounted to today.', 1, ''],
      ['notes:crm/week3.md#net-promoter-score', 'net promoter score', ['NPS'], ['NPS'], 'How likely customers are to recommend.', '', 5, ''],
      ['notes:crm/week3.md#churn', 'Churn', ['attrition'], [], 'Customers leaving.', '', 8, ''],
    ]);
    for (const concept of parsed.concepts) {
      assert.strictEqual(concept.uri, WEEK3.uri);
      assert.strictEqual(concept.topic, fileTopicId('crm/week3.md'));
    }
  });

  test('the pack\'s convention in a note: fields, definition, parts and every card kind; source optional', () => {
    const parsed = parse([
      '# My CRM notes', '',
      '## SCOPE', 'aliases: SCOPE model', 'related: idic, kam', '', 'The five groups a firm has relationships with.', '',
      '### Parts', '1. **Suppliers**', '2. **Customers**', '',
      '### Cards', '',
      'Q: What does the S stand for?', 'A: Suppliers.', '',
      'MC: Which is part of SCOPE?', '- [x] Owners', '- [ ] Rivals', '',
      'List: Name the groups.', '1. Suppliers', '2. Customers', '',
      'Essay: Why map the network?', '- relationships beyond customers', '',
      'Cloze: SCOPE starts with {{Suppliers}}.', '',
      '## IDIC', 'source: Peppers & Rogers (2004)', '', 'Identify, differentiate, interact, customise.',
    ]);
    assert.deepStrictEqual(parsed.diagnostics, []);
    const [scope, idic] = parsed.concepts;
    assert.strictEqual(scope.id, 'notes:crm/week3.md#scope');
    assert.strictEqual(scope.source, '');
    assert.deepStrictEqual(scope.parts.map((p) => p.name), ['Suppliers', 'Customers']);
    assert.deepStrictEqual(scope.related, ['notes:crm/week3.md#idic', 'kam'], 'a note\'s own concept is resolved, another id (a pack concept) kept as written');
    assert.strictEqual(idic.source, 'Peppers & Rogers (2004)');
    assert.deepStrictEqual(parsed.cards.map((c) => [c.kind, c.line, c.conceptId]), [
      ['basic', 15, scope.id], ['multipleChoice', 18, scope.id], ['listRecall', 22, scope.id], ['essay', 26, scope.id], ['cloze', 29, scope.id],
    ]);
  });

  test('ordinary ## headings are just headings: no concept, no diagnostic', () => {
    const parsed = parse(['# Lecture 5', '', '## Agenda', '', '- intro', '- KAM', '', '## Summary', '', 'We covered key accounts.', '', '### Exam tip', '', 'Start with a definition.']);
    assert.deepStrictEqual([parsed.concepts, parsed.cards, parsed.diagnostics], [[], [], []]);
  });
});

suite('note parser: code never yields cards', () => {
  test('fenced and indented code, code spans and code in lists', () => {
    const parsed = parse([
      '#flashcards', '',
      '```cpp', 'std::vector<int> v; // a::b', '?', 'x == y ==z==', '```', '',
      '    indented::code', '',
      'Use `std::vector` and `a == b` in `C++`.', '',
      '- item', '  ```', '  list::code', '  ```', '',
      '`==code==` only',
    ]);
    assert.deepStrictEqual([parsed.cards, parsed.diagnostics], [[], []]);
  });

  test('a card may hold code; only markers outside it count', () => {
    const parsed = parse(['#flashcards', '', 'What does `a::b` mean in C++?::scope resolution']);
    assert.deepStrictEqual(cards(parsed), [['basic', 'What does `a::b` mean in C++?', 'scope resolution', 3]]);
  });
});

suite('note parser: line ends, BOM and Unicode', () => {
  const note = md(['---', 'tags: flashcards', '---', '# Semaine 3', '', 'Qu\'est-ce que la GRC ?::Gestion de la relation client', '', 'Term (KAM)', ': Défini.', '', 'Le ==client== décide.', '', 'broken ==open']);

  test('CRLF gives the same result as LF, lines and columns included', () => {
    assert.deepStrictEqual(parse(note.replace(/\n/g, '\r\n')), parse(note));
  });

  test('a byte order mark changes nothing but the columns of line 1', () => {
    assert.deepStrictEqual(parse('\uFEFF' + note), parse(note));
    const first = parse(['\uFEFF#flashcards a::b']);
    assert.deepStrictEqual(first.pinnable.map((p) => p.column), ['\uFEFF#flashcards a::b'.length]);
    assert.strictEqual(first.cards[0].id, parse(['#flashcards a::b']).cards[0].id);
  });

  test('accents keep their spelling; a Chinese prompt gets an id all the same', () => {
    const parsed = parse(note);
    assert.strictEqual(parsed.cards[0].prompt, 'Qu\'est-ce que la GRC ?');
    assert.match(parsed.cards[0].id, /^notes:quest-ce-que-la-grc-[0-9a-z]{8}$/);
    const chinese = parse(['#flashcards', '客户关系管理是什么？::一种战略', '', '客户', ': 购买的人']);
    assert.match(chinese.cards[0].id, /^notes:[0-9a-z]{8}$/);
    assert.notStrictEqual(chinese.cards[0].id, parse(['#flashcards', '客户是谁？::买家']).cards[0].id);
    assert.strictEqual(chinese.concepts[0].term, '客户');
    assert.match(chinese.concepts[0].id, /^notes:crm\/week3\.md#[0-9a-z]+$/);
    assert.deepStrictEqual(chinese.diagnostics, []);
  });
});

suite('note parser: card ids survive edits', () => {
  const base = ['#flashcards', '', 'What does KAM stand for?::Key account management', '', 'Which phase follows awareness?', '??', 'Exploration', '', 'The ==first== and ==second== deletion.'];
  const original = ids(parse(base));

  test('ids start with the notes prefix and differ per card', () => {
    assert.strictEqual(original.length, 5);
    assert.strictEqual(new Set(original).size, 5);
    for (const id of original) assert.match(id, /^notes:[a-z0-9-]+$/);
    assert.deepStrictEqual(original.slice(1).map((id) => id.replace(/^.*?(-r|-c2)?$/, '$1')), ['', '-r', '', '-c2']);
  });

  test('rewording the answer keeps them', () => {
    assert.deepStrictEqual(ids(parse(['#flashcards', '', 'What does KAM stand for?::It is key account management', '', 'Which phase follows awareness?', '??', 'Exploration, then expansion', '', 'The ==first== and ==second== deletion.'])), original);
  });

  test('moving cards within the note, or reformatting the prompt\'s Markdown, keeps them', () => {
    const moved = parse(['# Heading added', '', 'The ==first== and ==second== deletion.', '', '#flashcards', '', 'Some text first.', '', '**What**  does KAM   stand for?::Key account management', '', 'Which phase follows awareness?', '??', 'Exploration']);
    assert.deepStrictEqual([...ids(moved)].sort(), [...original].sort());
  });

  test('renaming or moving the note keeps them', () => {
    assert.deepStrictEqual(ids(parse(base, { uri: 'file:///vault/archive/old-week.md', file: 'archive/old-week.md' })), original);
  });

  test('moving a card under a concept\'s ### Cards, or rewriting it as Q:/A:, keeps it', () => {
    const inConcept = parse(['## KAM', 'aliases: key accounts', '', 'Key account management.', '', '### Cards', '', 'What does KAM stand for?::Key account management']);
    assert.deepStrictEqual(ids(inConcept), [original[0]]);
    assert.strictEqual(inConcept.cards[0].conceptId, 'notes:crm/week3.md#kam');
    const asPack = parse(['## KAM', 'aliases: key accounts', '', 'Key account management.', '', '### Cards', '', 'Q: What does KAM stand for?', 'A: Key account management.']);
    assert.deepStrictEqual(ids(asPack), [original[0]]);
  });

  test('rewording the prompt changes the id, unless it was pinned', () => {
    const reworded = (pin: string) => parse(['#flashcards', `What does the acronym KAM stand for?::Key account management${pin}`]);
    assert.notStrictEqual(ids(reworded(''))[0], original[0]);
    const pin = parse(base).pinnable.find((p) => p.line === 3)!.pin;
    assert.deepStrictEqual(ids(reworded(` {#${pin}}`)), [original[0]]);
  });

  test('pinning every card where pinnable says keeps every id, and leaves nothing to pin', () => {
    const text = md(base);
    const parsed = parse(text);
    assert.deepStrictEqual(parsed.pinnable.map((p) => [p.line, p.cardIds.length]), [[3, 1], [5, 2], [9, 2]]);
    assert.deepStrictEqual(parsed.pinnable.flatMap((p) => p.cardIds).sort(), [...original].sort());
    const pinned = parse(pinAll(text, parsed));
    assert.deepStrictEqual(ids(pinned), original);
    assert.deepStrictEqual(pinned.pinnable, []);
    assert.deepStrictEqual(pinned.diagnostics, []);
    assert.deepStrictEqual(cards(pinned), cards(parsed), 'the pin is not part of any prompt or answer');
  });

  test('the id ignores Markdown punctuation, case, whitespace, comments and cloze markers, and nothing else', () => {
    assert.strictEqual(promptKey('  **What**  is\t`CRM`?\n<!--SR:!2024-01-01,1,230-->  '), 'what is crm?');
    assert.strictEqual(promptKey('The {{first::hint}} ==phase==^[hint] (of [Dwyer](x))'), 'the first phase of dwyerx');
    assert.strictEqual(promptKey('- [ ] Cafe\u0301'), 'caf\u00e9', 'list markers dropped, NFC');
    assert.notStrictEqual(promptKey('What is CRM?'), promptKey('What is CRM'));
  });

  test('the hash part is the last 8 base-36 digits of the 53-bit hash', () => {
    for (const value of [0, 35, 36, 2 ** 41 + 12345, 2 ** 53 - 1, 8031990714551234]) {
      assert.strictEqual(base36(value), value.toString(36).padStart(8, '0').slice(-8));
    }
  });

  test('the fast slug of an ASCII key is exactly slugify\'s', () => {
    const rng = createRng(5);
    const alphabet = "abcXYZ019 -_'&.,:;!?/\\\t";
    for (let i = 0; i < 3000; i++) {
      const key = Array.from({ length: randomInt(rng, 70) }, () => alphabet[randomInt(rng, alphabet.length)]).join('');
      assert.strictEqual(slugOfKey(key), slugify(key, 32), JSON.stringify(key));
    }
  });

  test('a pinned id is used as written, for the pack\'s card forms too', () => {
    const parsed = parse(['## KAM', 'id: kam', '', 'Key account management.', '', '### Cards', '', 'Q: Why have KAM? {#why-kam}', 'A: Focus.']);
    assert.deepStrictEqual(ids(parsed), ['notes:why-kam']);
    assert.deepStrictEqual(parsed.pinnable, []);
  });
});

suite('note parser: diagnostics name the line; obvious fixes work', () => {
  /** The diagnostics of the text, and of the text with each fix applied (which must no longer have that one). */
  function checkFixes(lines: string[]) {
    const text = md(lines);
    const parsed = parse(text);
    for (const d of parsed.diagnostics) {
      if (!d.fix) continue;
      const after = parse(applyFix(text, d.fix));
      assert.ok(!after.diagnostics.some((e) => e.line === d.line && e.message === d.message), `fix "${d.fix.title}" of ${d.line}: ${d.message} did not remove it: ${messages(after)}`);
    }
    return parsed;
  }

  test('malformed cards are reported where they are; the note\'s valid cards are kept', () => {
    const parsed = checkFixes([
      '#flashcards', '',                                   // 1-2
      'Empty answer::', '::empty question', '',            // 3-5
      'What?', '?', '',                                    // 6-8
      'Good::card', '',                                    // 9-10
      'The ==open highlight', '',                          // 11-12
      '## KAM', 'aliases: KAM', '', 'Key accounts.', '', '### Cards', '', // 13-19
      'MC: Pick one', '- [x] a', '- [x] b', '',            // 20-23
      'Cloze: never {{closed', '',                         // 24-25
      'Q: Fine?', 'A: Yes.',                               // 26-27
    ]);
    assert.deepStrictEqual(messages(parsed), [
      '3: basic card has an empty answer after ::',
      '4: basic card has an empty question before ::',
      '6: basic card has an empty answer after ?',
      '11: unterminated cloze: "==" without a closing "=="',
      '20: multiple choice card needs exactly one right answer ([x]); found 2',
      '24: unterminated cloze: "{{" without a closing "}}"',
    ]);
    assert.deepStrictEqual(parsed.cards.map((c) => c.prompt), ['Good', 'Fine?']);
    assert.deepStrictEqual(parsed.diagnostics.map((d) => [d.file, d.severity]), Array(6).fill(['crm/week3.md', 'error']));
    assert.deepStrictEqual(parsed.diagnostics.filter((d) => d.fix).map((d) => [d.line, d.fix!.start, d.fix!.text]), [[11, 20, '=='], [24, 21, '}}']]);
  });

  test('a misspelt field is reported with the build\'s message and fixed to the nearest field', () => {
    const parsed = checkFixes(['## KAM', 'id: kam', 'alises: KAM, key accounts', 'colour: red', '', 'Key accounts.']);
    assert.deepStrictEqual(messages(parsed), [
      '3: unknown field "alises" (expected id, aliases, source, related)',
      '4: unknown field "colour" (expected id, aliases, source, related)',
    ]);
    assert.deepStrictEqual(parsed.diagnostics.map((d) => d.fix && [d.fix.start, d.fix.end, d.fix.text]), [[0, 6, 'aliases'], undefined]);
    const fixed = parse(applyFix(md(['## KAM', 'id: kam', 'alises: KAM, key accounts', '', 'Key accounts.']), parsed.diagnostics[0].fix!));
    assert.deepStrictEqual(fixed.concepts[0].acronyms, ['KAM']);
  });

  test('the same term twice, the same card twice, a bad pinned id, a term with no definition', () => {
    const parsed = checkFixes([
      '#flashcards', '',
      'KAM', ': Key account management.', '',
      'KAM', ': Again.', '',
      'Same?::a', 'Same?::b', '',
      'Bad pin::x {#Not Valid}', 'Bad pin 2::x {#Upper}', '',
      'Lonely', ':', '',
    ]);
    assert.deepStrictEqual(messages(parsed), [
      '6: duplicate concept id "notes:crm/week3.md#kam" (first used at crm/week3.md:3)',
      `10: duplicate card id "${parsed.cards[0].id}" (first used at crm/week3.md:9): pin a different id with {#some-id} at the end of the card's first line`,
      '13: card id "Upper" must be lower case letters, digits and dashes',
      '15: definition list term "Lonely" has no definition after ":"',
    ]);
    assert.deepStrictEqual(parsed.cards.map((c) => [c.prompt, c.answer]), [['Same?', 'a'], ['Bad pin', 'x {#Not Valid}']]);
    assert.strictEqual(parsed.concepts.length, 1);
  });

  test('a concept-like section without a definition is reported, and its cards are kept for the note', () => {
    const parsed = parse(['## Week 3 cards', '', '### Cards', '', 'Q: What is CRM?', 'A: A strategy.']);
    assert.deepStrictEqual(messages(parsed), ['1: concept "Week 3 cards" has no definition: write one paragraph right after its fields']);
    assert.deepStrictEqual(parsed.cards.map((c) => [c.prompt, c.conceptId]), [['What is CRM?', '']]);
  });
});

suite('note parser: the cheap first look', () => {
  test('false for ordinary notes', () => {
    const ordinary = [
      '# Lecture 5\n\nWe discussed key accounts. Note: read chapter 3.\n\n## Agenda\n\n- intro\n- KAM\n',
      '# Code\n\n```cpp\nstd::vector<int> v;\n```\n\nTime: 10:30\n',
      '',
    ];
    for (const text of ordinary) assert.strictEqual(mayHoldStudyContent(text), false, text);
  });

  test('true for each form', () => {
    const forms = ['#flashcards\na::b', 'Term\r: def', '---\ntags: [FlashCards]\n---\n', 'Term\n: def', 'Term\n~ def', '## X\n### Cards\nQ: a\nA: b', '### parts', '## X\n  Source: me\n\nDef.'];
    for (const text of forms) assert.strictEqual(mayHoldStudyContent(text), true, text);
  });
});

suite('note parser: arbitrary input', () => {
  const TOKENS = [
    '#flashcards', '#flashcards/a/b', '---', 'tags: [flashcards]', '# T', '## Term', '### Cards', '### Parts', 'aliases: A, KAM', 'alises: x',
    'source: S', 'id: x', 'id: Bad', 'related: x', 'Q: a', 'A: b', 'Cloze: {{x', 'Cloze: {{x}}', 'MC: m', '- [x] a', '- [ ] b', 'List: l',
    '1. one', 'Essay: e', 'a::b', 'a:::b', '::', ':::', '?', '??', '==x==', '==x', 'a == b', '`a::b`', '```', '~~~', '    code', '> q', ': def',
    '~ def', 'Term (KAM)', '{#pin}', '{#Bad Pin}', '<!--SR:!2024-01-01,1,230-->', '<!--', '-->', '| a | b |', '\t', '\\', '`', '==', '{{', '}}',
    '客户::买家', 'é', '\u0000', '\u0007', '\uFEFF', '\r', '\r\n', '\u2028', '\uD800',
  ];

  function randomLine(rng: Rng): string {
    const parts: string[] = [];
    const count = randomInt(rng, 4);
    for (let i = 0; i < count; i++) {
      if (rng.next() < 0.75) parts.push(TOKENS[randomInt(rng, TOKENS.length)]);
      else parts.push(String.fromCharCode(...Array.from({ length: 1 + randomInt(rng, 6) }, () => randomInt(rng, rng.next() < 0.5 ? 128 : 0x3000))));
    }
    return parts.join(rng.next() < 0.5 ? ' ' : '');
  }

  /** JSON, with the line separators JSON leaves raw made visible. */
  const show = (text: string) => JSON.stringify(text).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);

  function randomNote(rng: Rng): string {
    return Array.from({ length: randomInt(rng, 30) }, () => (rng.next() < 0.2 ? '' : randomLine(rng))).join(rng.next() < 0.1 ? '\r\n' : '\n');
  }

  // NOTE_FUZZ_SEED / NOTE_FUZZ_RUNS run it longer or elsewhere (e.g. 8 seeds x 15,000 before a release).
  test('never throws; every line and column is inside the text; what it finds, the first look would not skip', () => {
    const rng = createRng(Number(process.env.NOTE_FUZZ_SEED ?? 20240611));
    for (let run = 0; run < Number(process.env.NOTE_FUZZ_RUNS ?? 1500); run++) {
      const text = randomNote(rng);
      const parsed = parseNote(text, WEEK3);
      const lines = text.split(/\r\n|\r|\n/);
      const inside = (line: number, what: string) => assert.ok(Number.isInteger(line) && line >= 1 && line <= lines.length, `${what} line ${line} outside 1..${lines.length} in ${show(text)}`);
      inside(parsed.topic.line, 'topic');
      for (const c of parsed.concepts) inside(c.line, 'concept');
      for (const c of parsed.cards) {
        inside(c.line, 'card');
        assert.ok(c.prompt.trim() && c.answer.trim(), `empty side in ${JSON.stringify(c)}`);
      }
      assert.strictEqual(new Set(ids(parsed)).size, parsed.cards.length, 'card ids are unique within a note');
      for (const d of parsed.diagnostics) {
        inside(d.line, 'diagnostic');
        assert.ok(!d.message.startsWith('could not read'), d.message);
        if (d.fix) {
          inside(d.fix.line, 'fix');
          assert.ok(d.fix.start >= 0 && d.fix.start <= d.fix.end && d.fix.end <= lines[d.fix.line - 1].length, `fix columns in ${show(text)}`);
        }
      }
      for (const p of parsed.pinnable) {
        inside(p.line, 'pin');
        assert.ok(p.column >= 0 && p.column <= lines[p.line - 1].length);
      }
      if (parsed.cards.length || parsed.concepts.length || parsed.diagnostics.length) {
        assert.ok(mayHoldStudyContent(text), `the first look would skip ${show(text)}`);
      }
      if (parsed.pinnable.length > 0) {
        const pinned = parseNote(pinAll(lines.join('\n'), parsed), WEEK3);
        assert.deepStrictEqual(ids(pinned).sort(), ids(parsed).sort(), `pinning changed ids in ${show(text)}`);
      }
    }
  });
});

suite('note parser: the examples of content/README.md', () => {
  // The syntax guide's "Your own notes" section, example by example, as a student would paste them into a #flashcards note.
  const guide = fs.readFileSync(path.join(__dirname, '../../content/README.md'), 'utf8');
  const section = guide.slice(guide.indexOf('## Your own notes'), guide.indexOf('## The compiled file'));
  const examples = [...section.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1]);

  test('every example reads without a problem and gives what it shows', () => {
    assert.strictEqual(examples.length, 8);
    const read = examples.map((example) => parse(example.startsWith('---') || example.startsWith('# ') ? example : `#flashcards\n\n${example}`));
    for (const [i, parsed] of read.entries()) assert.deepStrictEqual(messages(parsed), [], examples[i]);
    const [concept, glossary, oneLine, multiLine, cloze, deck, imported, pinned] = read;
    assert.deepStrictEqual([concept.concepts.map((c) => c.term), concept.cards.length], [['Key account management'], 1]);
    assert.deepStrictEqual(glossary.concepts.map((c) => [c.term, c.acronyms, !!c.details]), [['Customer lifetime value', ['CLV'], true], ['Churn', [], false]]);
    assert.deepStrictEqual(oneLine.cards.map((c) => c.prompt), ['What does KAM stand for?', 'SCOPE', 'Suppliers, Customers, Owners, Partners, Employees', 'RFM']);
    assert.deepStrictEqual(multiLine.cards.map((c) => c.prompt), ["Name Payne and Frow's five processes", "Which phase follows awareness in Dwyer's model?", 'Exploration']);
    assert.deepStrictEqual(cloze.cards.map((c) => c.kind), ['cloze', 'cloze']);
    assert.strictEqual(deck.topic.id, deckTopicId('crm/week3'));
    assert.deepStrictEqual(ids(pinned), ['notes:kam-acronym']);
    assert.deepStrictEqual([imported.concepts.map((c) => c.term), imported.cards.map((c) => c.prompt)], [['Churn rate'], ['Which three levels of CRM does Buttle distinguish?', 'Churn rate']]);
  });

  test('the imported set shown is exactly what Import Flashcards writes for that set', () => {
    const example = examples.find((e) => e.includes('Imported from'))!;
    const set: ImportSet = {
      format: 'copyPaste', title: 'Week 4 Review Flashcards', problems: [], decisions: [], settings: {},
      entries: [
        { kind: 'basic', line: 2, prompt: 'Which three levels of CRM does Buttle distinguish?', answer: '- Strategic\n- Operational\n- Analytical' },
        { kind: 'term', line: 6, term: 'Churn rate', definition: 'The share of customers who stop buying in a given period.' },
      ],
    };
    assert.strictEqual(writeImportNote(set, { origin: 'week4.txt', date: '2026-12-02' }).text.trimEnd(), example.trimEnd());
  });
});
