// The preview before an import writes anything: read back from the note it
// will write, it counts what the student will get, shows each card's first
// line as the flashcard shows it, and lists every problem with the input line
// it came from and the note line where the Problems panel will show it.

import * as assert from 'assert';
import type { ImportEntry, ImportSet } from '../../src/core/import/importModel';
import { previewImport } from '../../src/core/import/importPreview';

const OPTIONS = { origin: 'week3.txt', date: '2026-12-02', file: 'flashcards/Week 3.md', uri: 'file:///ws/flashcards/Week%203.md' };

function setOf(entries: ImportEntry[], extra: Partial<ImportSet> = {}): ImportSet {
  return { format: 'copyPaste', title: 'Week 3', entries, problems: [], decisions: [], settings: {}, ...extra };
}

suite('Import preview', () => {
  test('counts concepts and cards of each kind as the note will give them', () => {
    const preview = previewImport(setOf([
      { kind: 'term', line: 2, term: 'Churn', definition: 'Customers lost in a period.' },
      { kind: 'term', line: 4, term: 'Retention', definition: 'Customers kept in a period.' },
      { kind: 'basic', line: 6, prompt: 'Why track churn?', answer: 'It shows what is leaking.', reverse: true },
      { kind: 'cloze', line: 8, text: 'Keeping a customer costs {{less}} than winning one.' },
      { kind: 'multipleChoice', line: 10, prompt: 'Which is a loyalty measure?', choices: [{ text: 'Repeat rate', correct: true }, { text: 'Reach', correct: false }] },
    ]), OPTIONS);
    assert.strictEqual(preview.title, 'Week 3');
    assert.strictEqual(preview.concepts, 2);
    assert.deepStrictEqual(preview.byKind, { basic: 4, cloze: 1, multipleChoice: 1 });
    assert.strictEqual(preview.cards.length, 6);
    assert.deepStrictEqual(preview.problems, []);
  });

  test('each card shows its first line as plain text, cloze gaps as the flashcard front shows them', () => {
    const preview = previewImport(setOf([
      { kind: 'basic', line: 3, prompt: 'What is **share of wallet**?\nAsk it in one sentence.', answer: 'Our part of what they spend.' },
      { kind: 'cloze', line: 5, text: 'A {{prospect}} is not yet a {{customer::who buys}}.' },
      { kind: 'basic', line: 7, prompt: '# of accounts per manager', answer: 'About ten.' },
    ]), OPTIONS);
    assert.deepStrictEqual(preview.cards.map((c) => [c.kind, c.firstLine, c.inputLine]), [
      ['basic', 'What is share of wallet?', 3],
      ['cloze', 'A […] is not yet a [who buys].', 5],
      ['basic', '# of accounts per manager', 7],
    ]);
  });

  test('the note text is what will be written, and each card\'s note line is in it', () => {
    const preview = previewImport(setOf([{ kind: 'basic', line: 1, prompt: 'What is a lead?', answer: 'Someone who might buy.' }]), OPTIONS);
    const lines = preview.noteText.split('\n');
    assert.strictEqual(lines[0], '# Week 3');
    assert.strictEqual(lines[preview.cards[0].noteLine - 1], 'Q: What is a lead?');
  });

  test('problems: the input\'s own at their input line, the note\'s at their note line with the entry\'s input line; one fault seen by both is listed once', () => {
    const set = setOf([
      { kind: 'basic', line: 12, prompt: 'What does CRM stand for?', answer: '' },
      { kind: 'multipleChoice', line: 20, prompt: 'Which is right?', choices: [{ text: 'this', correct: false }, { text: 'that', correct: false }] },
      { kind: 'basic', line: 30, prompt: 'Define loyalty', answer: 'Coming back.' },
      { kind: 'basic', line: 33, prompt: 'Define loyalty', answer: 'Coming back again.' },
    ], { problems: [{ line: 12, severity: 'warning', message: 'no answer after "What does CRM stand for?"' }] });
    const preview = previewImport(set, OPTIONS);
    // The reader's words (they say what to do), where the Problems panel will have it, as severe as the note's diagnostic.
    const lines = preview.noteText.split('\n');
    assert.deepStrictEqual({ ...preview.problems[0], noteLine: undefined }, { inputLine: 12, severity: 'error', message: 'no answer after "What does CRM stand for?"', noteLine: undefined });
    assert.match(lines[preview.problems[0].noteLine! - 1], /^Q: What does CRM stand for\?/);
    const fromNote = preview.problems.slice(1).map((p) => [p.inputLine, p.message.replace(/ "notes:[^"]*" \(first used.*$/, '')]);
    assert.deepStrictEqual(fromNote, [
      [20, 'multiple choice card needs exactly one right answer ([x]); found 0'],
      [33, 'duplicate card id'],
    ]);
    for (const problem of preview.problems.slice(1)) assert.match(lines[problem.noteLine! - 1], /^(?:Q|MC): /);
    // Only the cards that can be studied are counted.
    assert.deepStrictEqual(preview.byKind, { basic: 1 });
  });

  test('decisions of the reader and of the writer are both shown', () => {
    const preview = previewImport(setOf(
      [{ kind: 'term', line: 5, term: 'IDIC', definition: '- Identify\n- Differentiate\n- Interact\n- Customise' }],
      { decisions: [{ line: 1, message: 'read line 1 as the title: no answer follows it' }] },
    ), OPTIONS);
    assert.deepStrictEqual(preview.decisions.map((d) => d.line), [1, 5]);
    assert.strictEqual(preview.concepts, 0);
    assert.deepStrictEqual(preview.cards.map((c) => c.firstLine), ['IDIC']);
  });

  test('an untitled set is previewed as "Imported flashcards"', () => {
    const preview = previewImport(setOf([], { title: '' }), OPTIONS);
    assert.strictEqual(preview.title, 'Imported flashcards');
    assert.deepStrictEqual(preview.cards, []);
  });
});
