// A note being typed: the framework checks stay what a fresh check of the
// note would say, edit after edit, while only the touched sections are
// checked again.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { NoteCheck } from '../../src/core/check/noteCheck';
import { LineSource } from '../../src/core/markdown/codeFences';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex } from '../support/bundledPack';

const index = bundledIndex();
const matcher = TermMatcher.build(index.concepts);
const cardsOf = (id: string) => index.cardsOf(id);
const source = (lines: string[]): LineSource => ({ lineCount: lines.length, lineAt: (i) => lines[i] });

/** Applies the edit to `lines` and tells the check, as the editor does: whole lines [at, at + remove) replaced, a note keeping at least one line. */
function edit(check: NoteCheck, lines: string[], at: number, remove: number, insert: string[]): void {
  const first = Math.min(at, lines.length - 1);
  const removed = Math.min(remove, lines.length - first);
  const inserted = insert.length === 0 && removed === lines.length ? [''] : insert;
  lines.splice(first, removed, ...inserted);
  check.edit(first, removed, inserted.length, source(lines));
}

const lenses = (check: NoteCheck): string[] => check.checks().map((c) => `${c.section.startLine}: ${c.lens}`);

suite('Note check: kept current while the student types', () => {
  test('typing the missing stakeholder under "## SCOPE" turns the lens to 5 of 5', () => {
    const lines = ['# Week 3', '', '## SCOPE', '- Suppliers', '- Customers', '- Owners', '- Partners', '', 'More notes.'];
    const check = new NoteCheck(source(lines), matcher, cardsOf);
    assert.deepStrictEqual(lenses(check), ['2: SCOPE · 4 of 5 · missing: Employees']);
    edit(check, lines, 7, 0, ['- Employees']);
    assert.deepStrictEqual(lenses(check), ['2: SCOPE · 5 of 5 ✓']);
  });

  test('a line added above a section moves its lens down with it', () => {
    const lines = ['## SCOPE', '- Suppliers', '- Customers', '', '## IDIC', '1. Identify', '2. Differentiate'];
    const check = new NoteCheck(source(lines), matcher, cardsOf);
    edit(check, lines, 0, 0, ['# Notes', '']);
    assert.deepStrictEqual(lenses(check), ['2: SCOPE · 2 of 5 · missing: Owners (investors), Partners, Employees', '6: IDIC · 2 of 4 · missing: Interact, Customize']);
    assert.deepStrictEqual(check.checks()[1].parts[0].item?.line, 7);
  });

  test('opening a code fence above a section hides it; closing it again brings it back', () => {
    const lines = ['Intro', '', '', '## SCOPE', '- Suppliers', '- Customers'];
    const check = new NoteCheck(source(lines), matcher, cardsOf);
    edit(check, lines, 1, 1, ['```']);
    assert.deepStrictEqual(lenses(check), []);
    edit(check, lines, 2, 1, ['```']);
    assert.deepStrictEqual(lenses(check), ['3: SCOPE · 2 of 5 · missing: Owners (investors), Partners, Employees']);
  });

  test('turning prose under a heading into a list makes it a section', () => {
    const lines = ['## SCOPE', '', 'I still need to write this up.', '- Suppliers', '- Customers'];
    const check = new NoteCheck(source(lines), matcher, cardsOf);
    assert.deepStrictEqual(lenses(check), []);
    edit(check, lines, 2, 1, ['']);
    assert.deepStrictEqual(lenses(check), ['0: SCOPE · 2 of 5 · missing: Owners (investors), Partners, Employees']);
  });

  test('after random edits the checks are those of a fresh check of the same text', () => {
    const lineArb = fc.constantFrom(
      '## SCOPE', '### Dwyer\'s phases', 'The IDIC model:', 'SCOPE: suppliers, customers, owners', '## Why Tesco cares about its suppliers',
      '- Suppliers', '- Customers', '- Employees', '* Partners', '1. Awareness', '2. Exploration', '3. Expansion', '1. Identify', '2. Interact',
      '  - a nested note', '| Part | Note |', '| --- | --- |', '| Owners | money |', '| Customise | offer |', 'Suppliers, customers and partners',
      '```', '    indented code', 'Some prose about KAM.', 'Intro:', 'STARTS', '**The IDIC model**', '> ## SCOPE', '> - Suppliers', '> - Owners',
      'Suppliers -Customers -Owners', 'Awareness Exploration Expansion', 'Trust and commitment', 'Li and Bernoff\'s strategies are listening, talking and supporting', '', '',
    );
    const editArb = fc.record({ at: fc.nat(30), remove: fc.nat(3), insert: fc.array(lineArb, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), fc.array(editArb, { maxLength: 10 }), (initial, edits) => {
        const lines = [...initial];
        const check = new NoteCheck(source(lines), matcher, cardsOf);
        for (const e of edits) {
          edit(check, lines, e.at, e.remove, e.insert);
          assert.deepStrictEqual(check.checks(), new NoteCheck(source([...lines]), matcher, cardsOf).checks(), `after editing into:\n${lines.join('\n')}`);
        }
      }),
      { numRuns: 200 },
    );
  });
});
