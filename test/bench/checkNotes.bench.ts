// Framework completeness on a long note: a 10,000-line note of lecture notes
// with a framework section every few lines (bullets, numbers, a table, comma
// lines, prose and code between them). The figure with a budget is what one
// keystroke costs: a one-line edit in the middle of the note, then every
// section's check (only the touched section is found and checked again).
// Beside it, the full check of the note (opening it) and how that grows.

import { NoteCheck } from '../../src/core/check/noteCheck';
import { LineSource } from '../../src/core/markdown/codeFences';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { distPack, Figure, medianMs } from './harness';

/** One stretch of notes, repeated to the note's length: five sections and the prose, lists and code around them. */
const BLOCK = [
  '## Week notes',
  'The lecture went through the stakeholder network again, with the Tesco case.',
  '',
  '## SCOPE',
  '- **Suppliers**: farms and packaging firms',
  '- Custmers (the buyers)',
  '- Oweners / shareholders',
  '- Partners – distributors, co-branding',
  '',
  "### Dwyer's phases",
  '1. Awareness',
  '2. Expansion',
  '3. Exploration',
  '4. Commitment',
  '5. Dissolution',
  '',
  'The IDIC model:',
  '',
  '| Step | What it means |',
  '| --- | --- |',
  '| Identify | know who they are |',
  '| Differentiate | by value and needs |',
  '| Interact | a dialogue |',
  '',
  "Payne and Frow's processes: strategy development, value creation, multichannel integration and performance assessment.",
  '',
  '- an ordinary list of reminders',
  '- read chapter 4 before Tuesday',
  '',
  '```',
  '## SCOPE',
  '- not a section: code',
  '```',
  'STARTS',
  'Shareable, Transportable, Acurate, Relevant, Timely',
  '',
];

/** Items that name parts, and comma lines: each copy of the block writes them a little differently, so no copy is matched from what an earlier one left cached. */
const VARIES = /^(?:- |\d\. |\| (?!Step)\w)|, /;

function note(count: number, salt = ''): string[] {
  const lines: string[] = [];
  while (lines.length < count) {
    const line = BLOCK[lines.length % BLOCK.length];
    const copy = Math.floor(lines.length / BLOCK.length);
    lines.push(VARIES.test(line) && !line.startsWith('| ---') ? line.replace(/( \|)?$/, ` c${salt}${copy}$1`) : line);
  }
  return lines;
}

const asSource = (lines: string[]): LineSource => ({ lineCount: lines.length, lineAt: (i) => lines[i] });

export async function bench(): Promise<Figure[]> {
  const pack = distPack();
  const matcher = TermMatcher.build(pack.concepts);
  const cardsOf = (id: string) => pack.cardsOf(id);

  const sizes = [1000, 10000];
  const full: number[] = [];
  for (const size of sizes) {
    const source = asSource(note(size));
    full.push(medianMs(() => new NoteCheck(source, matcher, cardsOf).checks(), size > 5000 ? 15 : 30, 2));
  }

  // Opening a note whose every item is new to the matcher (no run before it left anything cached): one run, so no median.
  const coldSource = asSource(note(10000, 'cold'));
  const coldStart = process.hrtime.bigint();
  new NoteCheck(coldSource, matcher, cardsOf).checks();
  const cold = Number(process.hrtime.bigint() - coldStart) / 1e6;

  const lines = note(10000);
  const source = asSource(lines);
  const check = new NoteCheck(source, matcher, cardsOf);
  const sectionCount = check.checks().length;
  // Typing in an item of a SCOPE list in the middle of the note.
  const at = lines.findIndex((l, i) => i >= 5000 && l.startsWith('- Partners'));
  let typed = 0;
  const edit = medianMs(() => {
    // Each keystroke a text the matcher has not seen.
    lines[at] = `- Partners – distributors, co-branding ${++typed}`;
    check.edit(at, 1, 1, source);
    return check.checks();
  }, 200, 20);
  // A line added and removed again above most sections: every later section moves.
  let added = false;
  const insert = medianMs(() => {
    if (added) {
      lines.splice(2000, 1);
      check.edit(2000, 2, 1, source);
    } else {
      lines.splice(2000, 0, 'a new line of notes');
      check.edit(2000, 1, 2, source);
    }
    added = !added;
    return check.checks();
  }, 100, 10);

  return [
    { name: 'check notes: one-line edit + every check, 10,000-line note', value: edit, unit: 'ms', budget: 5, note: `${sectionCount} framework sections in the note; the edit is inside one of them` },
    { name: 'check notes: a line added/removed above 4 in 5 sections', value: insert, unit: 'ms', budget: 5, note: 'the sections below only move; none is found or checked again' },
    ...sizes.map((size, i): Figure => ({
      name: `check notes: full check of a ${size.toLocaleString('en')}-line note`,
      value: full[i],
      unit: 'ms',
      note: i === sizes.length - 1 ? `once, when the note opens; ${(full[i] / full[0]).toFixed(1)}x for 10x the lines (re-checks: items already matched are cached)` : undefined,
    })),
    { name: 'check notes: full check of a 10,000-line note, nothing cached', value: cold, unit: 'ms', note: 'a single run: every item new to the matcher' },
  ];
}
