// The exam the note checks are marked on (test/fixtures/check-notes/, read by
// `npm run eval:check`) must itself be right: every label names a concept,
// part, card and key point the pack has, every quoted item is found in its
// note, and there are enough fixtures for the figures to mean something.

import * as assert from 'assert';
import { bundledIndex } from '../support/bundledPack';
import { answerFixtures, frameworkNotes, readAnswer, readFrameworkNote } from '../eval/checkFixtures';

const index = bundledIndex();
const notes = frameworkNotes();
const regions = notes.flatMap((n) => n.regions);
const sections = regions.filter((r) => r.concept !== undefined);
const answers = answerFixtures();

suite('the labelled check-notes fixtures', () => {
  test('hold at least 40 framework sections and at least 8 places where none should be found', () => {
    assert.ok(sections.length >= 40, `${sections.length} framework sections`);
    assert.ok(regions.length - sections.length >= 8, `${regions.length - sections.length} regions where no section is expected`);
  });

  test('hold at least 15 exam answers', () => {
    assert.ok(answers.length >= 15, `${answers.length} answers`);
  });

  test('every framework label reads, and names a concept with parts', () => {
    const wrong = regions.flatMap((r) => {
      const where = `${r.file}:${r.labelLine + 1}`;
      const problems = r.problems.map((p) => `${where}: ${p}`);
      if (r.concept === undefined) return [...problems, ...(r.items.length ? [`${where}: items labelled where no section is expected`] : [])];
      const concept = index.concept(r.concept);
      if (!concept) return [...problems, `${where}: no concept "${r.concept}" in the pack`];
      if (concept.parts.length === 0) return [...problems, `${where}: "${r.concept}" has no parts`];
      if (r.items.length === 0) return [...problems, `${where}: no item labelled`];
      return problems;
    });
    assert.deepStrictEqual(wrong, []);
  });

  test("every labelled part is one of its concept's parts, spelled as in content/, and named once per section", () => {
    const wrong = sections.flatMap((r) => {
      const names = index.concept(r.concept!)?.parts.map((p) => p.name) ?? [];
      const given = r.items.flatMap((i) => (i.part === undefined ? [] : [i.part]));
      return [
        ...given.filter((p) => !names.includes(p)).map((p) => `${r.file}:${r.labelLine + 1}: "${p}" is not a part of ${r.concept} (${names.join(', ')})`),
        ...given.filter((p, i) => given.indexOf(p) !== i).map((p) => `${r.file}:${r.labelLine + 1}: "${p}" labelled twice`),
      ];
    });
    assert.deepStrictEqual(wrong, []);
  });

  test('every quoted item occurs exactly once in its region of the note', () => {
    const wrong = regions.flatMap((r) =>
      r.items.filter((i) => i.occurrences !== 1).map((i) => `${r.file}:${r.labelLine + 1}: "${i.text}" occurs ${i.occurrences} times between line ${r.startLine + 1} and the label`),
    );
    assert.deepStrictEqual(wrong, []);
  });

  test('every answer names an essay card and sorts each of its key points into covered or missing', () => {
    const wrong = answers.flatMap((a) => {
      const card = index.card(a.cardId);
      if (!card) return [`${a.file}: no card "${a.cardId}"`, ...a.problems];
      if (card.kind !== 'essay' || !card.keyPoints) return [`${a.file}: "${a.cardId}" is not an essay card`];
      const n = card.keyPoints.length;
      const all = [...a.covered, ...a.missing].sort((x, y) => x - y);
      const expected = card.keyPoints.map((_, i) => i + 1);
      return [...a.problems, ...(JSON.stringify(all) === JSON.stringify(expected) ? [] : [`${a.file}: covered ${a.covered} + missing ${a.missing} should be 1..${n}, each once`])];
    });
    assert.deepStrictEqual(wrong, []);
  });

  test('every answer is exam length: 120 to 600 words', () => {
    assert.deepStrictEqual(answers.filter((a) => a.words < 120 || a.words > 600).map((a) => `${a.file}: ${a.words} words`), []);
  });

  test('a label never reaches the matcher: its lines are emptied, the line numbers kept', () => {
    const note = readFrameworkNote('x.md', '## SCOPE\n- Suppliers\n<!-- expect: scope\n"Suppliers" -> Suppliers\n-->\nafter');
    assert.deepStrictEqual(note.lines, ['## SCOPE', '- Suppliers', '', '', '', 'after']);
    assert.deepStrictEqual(note.regions[0].items[0].at, { line: 1, start: 2, end: 11 });
    const answer = readAnswer('a.md', '<!-- expect: card=x\ncovered: 1\nmissing: 2\n-->\n# My answer\nText.');
    assert.strictEqual(answer.text, '# My answer\nText.');
    assert.strictEqual(answer.heading, 'My answer');
  });
});
