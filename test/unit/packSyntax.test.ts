// The pack-quality syntax (issue 16): list cards that say whether order counts,
// a card's own `Source:` paragraph, and cloze alternatives `{{a|b|c}}`; in the
// pack and in a student's note alike.

import * as assert from 'assert';
import { checkCloze, clozeAnswers, fillCloze, readCloze } from '../../src/core/content/cloze';
import { parseDeck } from '../../src/core/content/deckParser';
import { compilePack } from '../../src/core/content/packCompiler';
import { formatDiagnostic } from '../../src/core/content/model';
import { parseNote } from '../../src/core/notes/noteParser';
import { promptKey } from '../../src/core/notes/cardIds';
import { QuestionBank } from '../../src/core/quiz/questions';
import { gradeAnswer } from '../../src/core/quiz/quizSession';
import { compileFixture } from '../support/fixturePack';

const head = ['# Topic', '', '## Term', 'id: term', 'source: Buttle (2009)', '', 'A definition.', '', '### Cards', ''];
// head occupies lines 1-10; a card written next starts on line 11.
const deck = (...card: string[]) => parseDeck([...head, ...card].join('\n'), 'pack.md');
const errors = (...card: string[]) => compilePack([{ path: 'pack.md', text: [...head, ...card].join('\n') }]).diagnostics.map(formatDiagnostic);
const NOTE = { file: 'crm/week5.md', uri: 'file:///ws/crm/week5.md' };
const note = (...lines: string[]) => parseNote(lines.join('\n'), NOTE);

suite('pack syntax: list cards say whether order counts', () => {
  test('"List (in order):" is an ordered list card, stated, and its prompt leaves the marker out', () => {
    const parsed = deck('List (in order): Name the phases.', '1. Awareness', '2. Exploration');
    assert.deepStrictEqual(parsed.diagnostics, []);
    const [card] = parsed.cards;
    assert.strictEqual(card.kind, 'listRecall');
    assert.strictEqual(card.prompt, 'Name the phases.');
    assert.strictEqual(card.ordered, true);
    assert.strictEqual(card.orderStated, true);
    assert.deepStrictEqual(card.items, ['Awareness', 'Exploration']);
  });

  test('"List (any order):" is unordered even when its prompt says "in order"', () => {
    const [card] = deck('List (any order): Name, in order of size, the groups.', '- Customers', '- Suppliers').cards;
    assert.strictEqual(card.ordered, false);
    assert.strictEqual(card.orderStated, true);
  });

  test('a bare "List:" is ordered exactly when its prompt says "in order", and is not marked as stated', () => {
    const [ordered, unordered] = deck('List: Name the phases in order.', '1. A', '2. B', '', 'List: Name the groups.', '- A', '- B').cards;
    assert.deepStrictEqual([ordered.ordered, ordered.orderStated], [true, undefined]);
    assert.deepStrictEqual([unordered.ordered, unordered.orderStated], [false, undefined]);
  });

  test('the card id does not change when "List:" becomes "List (in order):" or "List (any order):"', () => {
    const ids = ['List:', 'List (in order):', 'List (any order):'].map((m) => deck(`${m} Name the phases.`, '1. A', '2. B').cards[0].id);
    assert.deepStrictEqual(ids, ['term/name-the-phases', 'term/name-the-phases', 'term/name-the-phases']);
  });

  test('a pinned id still works after the order marker', () => {
    assert.strictEqual(deck('List (in order): Name the phases. {#phases}', '1. A', '2. B').cards[0].id, 'term/phases');
  });

  test('a marker with another wording in brackets is reported on its line, and the cards around it are kept', () => {
    const parsed = compilePack([{ path: 'pack.md', text: [...head, 'Q: Kept?', 'A: Yes.', '', 'List (ordered): Name them.', '1. A', '2. B', '', 'Q: Also kept?', 'A: Yes.'].join('\n') }]);
    assert.deepStrictEqual(parsed.diagnostics.map(formatDiagnostic), ['pack.md:14: a list card\'s marker is "List (in order):", "List (any order):" or "List:"']);
    assert.deepStrictEqual(parsed.pack.cards.map((c) => c.prompt), ['Kept?', 'Also kept?']);
  });

  test('"(in order)" on another kind of card is reported', () => {
    assert.deepStrictEqual(errors('Q (in order): What?', 'A: That.'), ['pack.md:11: "(in order)" belongs to a list card: write "List (in order):", or "Q:" alone']);
  });

  test('in a student\'s note the same markers work', () => {
    const parsed = note('## Relationship development', 'aliases: Dwyer', '', 'How relationships grow.', '', '### Cards', '',
      'List (in order): Name the phases.', '1. Awareness', '2. Exploration', '', 'List: Name the phases, in order.', '1. Awareness', '2. Exploration');
    assert.deepStrictEqual(parsed.diagnostics, []);
    assert.deepStrictEqual(parsed.cards.map((c) => [c.prompt, c.ordered, c.orderStated]), [
      ['Name the phases.', true, true],
      ['Name the phases, in order.', true, undefined],
    ]);
  });
});

suite('pack syntax: a card\'s own source', () => {
  test('a last paragraph "Source: Author (year)" becomes the card\'s source, and is neither answer nor explanation', () => {
    const parsed = deck(
      'Q: What is the ladder?', 'A: Prospect to partner.', '', 'Source: Christopher, Payne and Ballantyne (1991)', '',
      'MC: Pick one.', '- [x] Right', '- [ ] Wrong', '', 'Right is right; wrong is wrong.', '', 'Source: Radcliffe (2001)', '',
      'List (any order): Name two.', '- A', '- B', '', 'Source: Lin and Su (2003)', '',
      'Q: No own source?', 'A: None.');
    assert.deepStrictEqual(parsed.diagnostics, []);
    assert.deepStrictEqual(parsed.cards.map((c) => [c.source, c.sourceStated]), [
      ['Christopher, Payne and Ballantyne (1991)', true],
      ['Radcliffe (2001)', true],
      ['Lin and Su (2003)', true],
      ['Buttle (2009)', undefined],
    ]);
    const [basic, mc, list] = parsed.cards;
    assert.strictEqual(basic.answer, 'Prospect to partner.');
    assert.strictEqual(mc.explanation, 'Right is right; wrong is wrong.');
    assert.strictEqual(list.explanation, undefined);
  });

  test('a "Source:" line right under the answer (no blank line) is taken too', () => {
    const [basic, cloze] = deck('Q: What?', 'A: That.', 'Source: Radcliffe (2001)', '', 'Cloze: A {{key}} account.', 'Source: Lin and Su (2003)').cards;
    assert.deepStrictEqual([basic.answer, basic.source, basic.sourceStated], ['That.', 'Radcliffe (2001)', true]);
    assert.deepStrictEqual([cloze.prompt, cloze.source, cloze.sourceStated], ['A {{key}} account.', 'Lin and Su (2003)', true]);
  });

  test('a "Source:" line right under the options or items (Markdown would make it part of the last one) is taken too', () => {
    const parsed = deck('MC: Pick.', '- [x] Right', '- [ ] Wrong', 'Source: Radcliffe (2001)', '', 'List (any order): Name.', '- a', '- b', 'Source: Lin and Su (2003)', '', 'List: Name.', '- a', '- b', 'Source:');
    assert.deepStrictEqual(parsed.cards.map((c) => [c.choices?.map((o) => o.text) ?? c.items, c.source, c.sourceStated]), [
      [['Right', 'Wrong'], 'Radcliffe (2001)', true],
      [['a', 'b'], 'Lin and Su (2003)', true],
    ]);
    assert.strictEqual(parsed.cards[1].answer, '- a\n- b');
    assert.deepStrictEqual(parsed.diagnostics.map(formatDiagnostic), ['pack.md:24: a card\'s "Source:" names no source: write "Source: Author (year)", or leave the line out to use the concept\'s']);
  });

  test('a "Source:" that is not the last paragraph stays where it is', () => {
    const [card] = deck('Q: What?', 'A: That.', '', 'Source: Radcliffe (2001)', '', 'More answer.').cards;
    assert.strictEqual(card.answer, 'That.\n\nSource: Radcliffe (2001)\n\nMore answer.');
    assert.strictEqual(card.sourceStated, undefined);
  });

  test('an empty "Source:" is reported on its own line', () => {
    assert.deepStrictEqual(errors('Q: What?', 'A: That.', '', 'Source:'), ['pack.md:14: a card\'s "Source:" names no source: write "Source: Author (year)", or leave the line out to use the concept\'s']);
  });

  test('the source line does not change the card id', () => {
    assert.strictEqual(deck('Q: What?', 'A: That.', '', 'Source: Radcliffe (2001)').cards[0].id, deck('Q: What?', 'A: That.').cards[0].id);
  });

  test('in a student\'s note a card may name its source though its concept has none', () => {
    const parsed = note('## Key accounts', 'aliases: KAM', '', 'The few accounts that matter most.', '', '### Cards', '', 'Q: Who wrote on it?', 'A: Many.', '', 'Source: Buttle (2009)');
    assert.deepStrictEqual(parsed.diagnostics, []);
    assert.deepStrictEqual(parsed.cards.map((c) => [c.answer, c.source, c.sourceStated]), [['Many.', 'Buttle (2009)', true]]);
  });
});

suite('pack syntax: cloze alternatives', () => {
  test('the first wording is the answer shown; all are accepted; the hint stays the hint', () => {
    assert.deepStrictEqual(readCloze('customer lifetime value|CLV | lifetime value::a measure'), {
      answer: 'customer lifetime value', answers: ['customer lifetime value', 'CLV', 'lifetime value'], hint: 'a measure',
    });
    assert.deepStrictEqual(clozeAnswers('exploration'), ['exploration']);
    assert.strictEqual(fillCloze('Worth {{CLV|lifetime value::what}} and {{x}}.', (a, h, all) => `[${a}/${h ?? '-'}/${all.length}]`), 'Worth [CLV/what/2] and [x/-/1].');
  });

  test('a parsed cloze card shows the first wording in its answer', () => {
    const parsed = deck('Cloze: Dwyer puts {{exploration|testing}} second.');
    assert.deepStrictEqual(parsed.diagnostics, []);
    assert.strictEqual(parsed.cards[0].answer, 'Dwyer puts **exploration** second.');
    assert.strictEqual(parsed.cards[0].prompt, 'Dwyer puts {{exploration|testing}} second.');
  });

  test('an empty alternative is an error with file and line', () => {
    assert.deepStrictEqual(errors('Cloze: first line', 'then {{a||b}} here'), ['pack.md:12: empty alternative in cloze "{{a||b}}": write a wording between each pair of "|"']);
    assert.deepStrictEqual(errors('Cloze: a {{|b::hint}} c'), ['pack.md:11: empty alternative in cloze "{{|b::hint}}": write a wording between each pair of "|"']);
    assert.strictEqual(checkCloze('{{a|}}').error, 'empty alternative in cloze "{{a|}}": write a wording between each pair of "|"');
    assert.strictEqual(checkCloze('{{ }}').error, 'empty cloze deletion "{{}}"');
  });

  test('adding alternatives keeps the card id (pack and note)', () => {
    assert.strictEqual(deck('Cloze: Dwyer puts {{exploration|testing}} second.').cards[0].id, deck('Cloze: Dwyer puts {{exploration}} second.').cards[0].id);
    assert.strictEqual(promptKey('Dwyer puts {{exploration|testing::phase}} second.'), promptKey('Dwyer puts {{exploration}} second.'));
  });
});

suite('pack syntax: the quiz grades by it', () => {
  const index = compileFixture([{ path: 'quiz.md', text: [
    '# Relationships', '', '## Relationship development', 'id: dwyer', 'source: Dwyer, Schurr & Oh (1987)', '',
    'Relationships grow through phases.', '', '### Cards', '',
    'List (in order): Name the phases.', '1. Awareness', '2. Exploration', '3. Expansion', '',
    'List (any order): Name, in order of appearance, the partners.', '- Buyer', '- Seller', '- Broker', '',
    'List: Name the stages in order.', '1. One', '2. Two', '3. Three', '',
    'Cloze: Customer lifetime value is also called {{CLV|lifetime value::short}} by some.',
  ].join('\n') }]);
  const questions = new QuestionBank(index).generate({ length: 1000, seed: 3 }).questions;
  const byCard = (suffix: string) => {
    const found = questions.find((q) => q.cardId === `dwyer/${suffix}` && q.style !== 'partOf');
    assert.ok(found, `a question from dwyer/${suffix}`);
    return found;
  };

  test('"List (in order):" marks items out of order; "List (any order):" does not, whatever its prompt says', () => {
    const ordered = byCard('name-the-phases');
    assert.strictEqual(gradeAnswer(ordered, 'Awareness, Exploration, Expansion').correct, true);
    assert.strictEqual(gradeAnswer(ordered, 'Expansion, Awareness, Exploration').correct, false);
    const any = byCard('name-in-order-of-appearance-the-partners');
    assert.strictEqual(gradeAnswer(any, 'Broker, Buyer, Seller').correct, true);
    const bare = byCard('name-the-stages-in-order');
    assert.strictEqual(gradeAnswer(bare, 'Three, Two, One').correct, false);
  });

  test('a typed cloze accepts every listed wording and shows the first', () => {
    const cloze = byCard('customer-lifetime-value-is-also-called-clv-by');
    for (const typed of ['CLV', 'lifetime value', 'Lifetime Value']) assert.strictEqual(gradeAnswer(cloze, typed).correct, true, typed);
    assert.strictEqual(gradeAnswer(cloze, 'churn').correct, false);
    assert.strictEqual(gradeAnswer(cloze, 'churn').expected, 'CLV');
    assert.match(cloze.prompt, /\(short\)/);
    assert.doesNotMatch(cloze.prompt, /lifetime value\|/);
  });
});
