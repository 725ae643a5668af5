// Hover look-up cost: the term at a position in notes of 100 to 100,000 lines
// (it must stay flat: a look-up reads one line), building the matcher from the
// pack, and the per-note fence scan and its edit-by-edit update. Then the same
// with the student's own terms: a 10,000-note vault (≈3,000 note concepts) in
// the matcher, a look-up there, and what one saved note changing its concepts
// costs the matcher (incremental, never a rebuild).

import * as fs from 'fs';
import * as path from 'path';
import { CodeFences, LineSource } from '../../src/core/markdown/codeFences';
import { NoteTerms } from '../../src/core/notes/noteTerms';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { distPack, Figure, medianMs, medianUs } from './harness';
import { syntheticNotes } from './syntheticNotes';

const root = path.join(__dirname, '..', '..');

/** The sample lecture notes plus a fenced block: the text every benchmark note repeats. */
const SOURCE = (() => {
  const dir = path.join(root, 'test', 'fixtures', 'sample-notes');
  const lines = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort().flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'));
  return [...lines, '```', 'const KAM = "code, not a term";', '```'];
})();
const NOTE_PERIOD = SOURCE.length;

/** A note of `count` lines: the sample notes repeated. */
function note(count: number): string[] {
  const lines: string[] = [];
  while (lines.length < count) lines.push(SOURCE[lines.length % SOURCE.length]);
  return lines;
}

const asSource = (lines: string[]): LineSource => ({ lineCount: lines.length, lineAt: (i) => lines[i] });

export async function bench(): Promise<Figure[]> {
  const pack = distPack();
  const build = medianMs(() => TermMatcher.build(pack.concepts), 30);
  const matcher = TermMatcher.build(pack.concepts);

  const sizes = [100, 1000, 10000, 100000];
  const perSize: number[] = [];
  for (const size of sizes) {
    const lines = note(size);
    const source = asSource(lines);
    const notes = new NoteTerms(matcher, source);
    // Positions spread over the whole note, on and off terms, like a mouse moving
    // over it; every size visits the same line texts, so only the note's length differs.
    const period = Math.min(NOTE_PERIOD, 100);
    const copies = Math.floor(size / NOTE_PERIOD) || 1;
    const positions: Array<[number, number]> = [];
    for (let i = 0; i < 997; i++) {
      const line = (i % period) + NOTE_PERIOD * ((i * 7919) % copies);
      positions.push([line, (i * 31) % Math.max(1, lines[line].length + 1)]);
    }
    let k = 0;
    perSize.push(medianUs(() => {
      const [line, ch] = positions[k++ % positions.length];
      return notes.termAt(source, line, ch);
    }));
  }

  const big = note(10000);
  const bigSource = asSource(big);
  const fenceScan = medianMs(() => CodeFences.compute(bigSource), 30);
  const fences = CodeFences.compute(bigSource);
  let flip = false;
  const fenceEdit = medianUs(() => {
    // Typing on one line in the middle of the note: one line replaced by one line.
    flip = !flip;
    big[5000] = flip ? 'typing KAM here' : 'typing KAM her';
    fences.update(5000, 1, 1, bigSource);
  }, 200);

  const i10k = sizes.indexOf(10000);
  const growth = perSize[perSize.length - 1] / perSize[0];

  // The student's vault: the pack and 10,000 notes' concepts in one matcher.
  const vault = syntheticNotes(10000);
  const noteConcepts = vault.flatMap((n) => n.content.concepts);
  const withNotes = [...pack.concepts, ...noteConcepts];
  const vaultBuild = medianMs(() => TermMatcher.build(withNotes), 10, 2);
  const vaultMatcher = TermMatcher.build(withNotes);
  // The 10,000-line note again, a line in ten now naming one of the student's terms.
  const mixed = note(10000).map((line, i) => (i % 10 === 5 ? `As I wrote, the ${noteConcepts[i % noteConcepts.length].term} came up again in class.` : line));
  const mixedSource = asSource(mixed);
  const mixedNotes = new NoteTerms(vaultMatcher, mixedSource);
  const mixedPositions: Array<[number, number]> = [];
  for (let i = 0; i < 997; i++) {
    const line = (i * 7919) % mixed.length;
    mixedPositions.push([line, (i * 31) % Math.max(1, mixed[line].length + 1)]);
  }
  let m = 0;
  const vaultHover = medianUs(() => {
    const [line, ch] = mixedPositions[m++ % mixedPositions.length];
    return mixedNotes.termAt(mixedSource, line, ch);
  });
  const sample = mixed.findIndex((l) => l.startsWith('As I wrote'));
  const found = vaultMatcher.matchesInLine(mixed[sample]).map((x) => (x.concept.uri ? 'a student\'s term' : 'a course term')).join(', ') || 'nothing';
  // One saved note changing its concept: the old one out, the reworded one in (what ContentIndex reports).
  const edited = syntheticNotes(10000, 1);
  let e = 0;
  let current = vault.map((n) => n.content.concepts);
  const saveCost = medianUs(() => {
    const at = (e++ * 37) % vault.length;
    const next = current[at] === vault[at].content.concepts ? edited[at].content.concepts : vault[at].content.concepts;
    vaultMatcher.apply({ removedConcepts: current[at], addedConcepts: next });
    current = current.slice();
    current[at] = next;
  }, 50, 30);

  return [
    { name: 'hover: matcher build from the pack (median of 30)', value: build, unit: 'ms', note: `${matcher.phraseCount} phrases of ${pack.concepts.length} concepts` },
    ...sizes.map((size, i): Figure => ({
      name: `hover: term at a position, ${size.toLocaleString('en')}-line note`,
      value: perSize[i],
      unit: 'µs',
      budget: i === i10k ? 50 : undefined,
      note: i === sizes.length - 1 ? `flat: ${growth.toFixed(2)}x from 100 to 100,000 lines (1000x the lines)` : undefined,
    })),
    { name: 'hover: fenced-code scan of a 10,000-line note (once per note)', value: fenceScan, unit: 'ms' },
    { name: 'hover: fenced-code update after typing on one line', value: fenceEdit, unit: 'µs', note: '10,000-line note, edit in the middle' },
    { name: 'hover: matcher build, pack + 10,000 notes (median of 10)', value: vaultBuild, unit: 'ms', note: `${vaultMatcher.phraseCount} phrases of ${withNotes.length} concepts (${noteConcepts.length} from notes); once, on first use` },
    { name: 'hover: term at a position, 10,000 notes indexed', value: vaultHover, unit: 'µs', budget: 50, note: `10,000-line note, a line in ten naming a student's term (such a line finds ${found})` },
    { name: 'hover: one saved note changes its concept (matcher)', value: saveCost, unit: 'µs', budget: 2000, note: 'old concept out, reworded one in, 10,000 notes indexed; 2 ms is the whole save\'s budget' },
  ];
}
