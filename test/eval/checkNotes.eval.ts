// `npm run eval:check`: marks the note checks (issue 14) on the labelled
// fixtures of test/fixtures/check-notes/ and prints precision and recall of
// (a) section recognition, (b) item -> part matching and (c) key-point
// coverage, each beside the 0.9 bar, then every miss. Like the bench it
// informs and never fails a build: the exit code is 0 whatever the figures.
//
// How it counts:
// (a) a labelled section is found when the matcher reports a section of the
//     labelled concept whose name line is in the label's region; any other
//     section it reports (in a region labelled none, of another concept, a
//     second one) counts against precision.
// (b) per labelled item: right when the check gives the item the labelled
//     part; a wrong part counts against both precision and recall; an item of
//     a section that was not found, or that the check left unmatched, counts
//     against recall. A part the check gives to text no label names counts
//     against precision.
// (c) per key point of each answer: covered as the label says.

import { ContentIndex } from '../../src/core/content/contentIndex';
import { Card } from '../../src/core/content/model';
import { checkAnswer, likelyQuestions, AnswerContext } from '../../src/core/check/answerCheck';
import { findFrameworkSections } from '../../src/core/check/frameworkSections';
import { checkSection } from '../../src/core/check/partMatcher';
import type { FrameworkSection, ListItem, SectionCheck } from '../../src/core/check/checkModel';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex } from '../support/bundledPack';
import { AnswerFixture, answerFixtures, FrameworkNote, frameworkNotes, RegionLabel } from './checkFixtures';

const BAR = 0.9;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

interface Miss {
  file: string;
  line: number;
  item: string;
  expected: string;
  got: string;
}

interface Measure {
  name: string;
  tally: Tally;
  misses: Miss[];
  /** Fixtures skipped because the function under test is still a stub. */
  notBuilt: number;
  /** Fixtures on which it threw something else. */
  errors: Miss[];
}

function measure(name: string): Measure {
  return { name, tally: { tp: 0, fp: 0, fn: 0 }, misses: [], notBuilt: 0, errors: [] };
}

const isStub = (error: unknown): boolean => error instanceof Error && /not built yet/.test(error.message);

function overlaps(item: ListItem, at: { line: number; start: number; end: number }): boolean {
  return item.line === at.line && item.start < at.end && at.start < item.end;
}

/** The parts the check gives to items, item by item. */
function partsByItem(check: SectionCheck): Map<ListItem, string> {
  const out = new Map<ListItem, string>();
  for (const part of check.parts) if (part.item) out.set(part.item, part.name);
  return out;
}

function markRegion(note: FrameworkNote, region: RegionLabel, found: FrameworkSection[], cardsOf: (id: string) => readonly Card[], sections: Measure, items: Measure): void {
  const inRegion = found.filter((s) => s.nameLine >= region.startLine && s.nameLine < region.labelLine);
  const hit = region.concept === undefined ? undefined : inRegion.find((s) => s.concept.id === region.concept);
  if (hit) sections.tally.tp++;
  else if (region.concept !== undefined) {
    sections.tally.fn++;
    sections.misses.push({ file: note.file, line: region.labelLine + 1, item: '(section)', expected: region.concept, got: inRegion.length ? inRegion.map((s) => `${s.concept.id} at line ${s.nameLine + 1}`).join(', ') : 'no section' });
  }
  for (const extra of inRegion.filter((s) => s !== hit)) {
    sections.tally.fp++;
    sections.misses.push({ file: note.file, line: extra.nameLine + 1, item: `(section) ${note.lines[extra.nameLine].trim()}`, expected: region.concept ?? 'no section', got: extra.concept.id });
  }

  // Items: those of the labelled section (a section found where none is expected counts under (a) only).
  let check: SectionCheck | undefined;
  if (hit) {
    try {
      check = checkSection(hit, cardsOf(hit.concept.id));
    } catch (error) {
      if (isStub(error)) {
        items.notBuilt++;
        return;
      }
      items.errors.push({ file: note.file, line: hit.nameLine + 1, item: '(checkSection)', expected: '', got: String(error) });
    }
  }
  const given = check ? partsByItem(check) : new Map<ListItem, string>();
  const claimed = new Set<ListItem>();
  for (const label of region.items) {
    if (!label.at) continue; // The unit test reports it; nothing to mark here.
    const at = label.at;
    const item = [...given.keys()].find((i) => overlaps(i, at));
    const got = item ? given.get(item) : undefined;
    if (item) claimed.add(item);
    if (label.part !== undefined && got === label.part) {
      items.tally.tp++;
      continue;
    }
    if (got !== undefined) items.tally.fp++;
    if (label.part !== undefined) items.tally.fn++;
    if (got !== undefined || label.part !== undefined) {
      const why = !hit ? 'section not found' : check ? 'no part' : 'check failed';
      items.misses.push({ file: note.file, line: at.line + 1, item: note.lines[at.line].slice(at.start, at.end), expected: label.part ?? 'none', got: got ?? why });
    }
  }
  for (const [item, part] of given) {
    if (claimed.has(item)) continue;
    items.tally.fp++;
    items.misses.push({ file: note.file, line: item.line + 1, item: item.text, expected: '(no label: not an item)', got: part });
  }
}

function evaluateFrameworks(notes: FrameworkNote[], index: ContentIndex, matcher: TermMatcher): { sections: Measure; items: Measure } {
  const sections = measure('(a) section recognition');
  const items = measure('(b) item -> part matching');
  const cardsOf = (id: string): readonly Card[] => index.cardsOf(id);
  for (const note of notes) {
    let found: FrameworkSection[];
    try {
      found = findFrameworkSections({ lineCount: note.lines.length, lineAt: (l) => note.lines[l] }, matcher);
    } catch (error) {
      if (!isStub(error)) {
        sections.errors.push({ file: note.file, line: 1, item: '(findFrameworkSections)', expected: '', got: String(error) });
      } else {
        sections.notBuilt += note.regions.length;
        items.notBuilt += note.regions.length;
      }
      continue;
    }
    for (const region of note.regions) markRegion(note, region, found, cardsOf, sections, items);
  }
  return { sections, items };
}

function evaluateAnswers(answers: AnswerFixture[], index: ContentIndex, matcher: TermMatcher): { points: Measure; preselect: Measure } {
  const points = measure('(c) key-point coverage');
  const preselect = measure('(d) question pre-selected from the heading');
  const essays = index.cards.filter((c) => c.kind === 'essay');
  const context: AnswerContext = { matcher, concept: (id) => index.concept(id), essays };
  for (const answer of answers) {
    const card = index.card(answer.cardId);
    if (!card?.keyPoints) continue; // The unit test reports it.
    try {
      const result = checkAnswer(answer.text, card, context);
      card.keyPoints.forEach((point, i) => {
        const expected = answer.covered.includes(i + 1);
        const got = result.results[i]?.covered ?? false;
        if (expected && got) points.tally.tp++;
        else if (expected || got) {
          if (got) points.tally.fp++;
          else points.tally.fn++;
          const evidence = result.results[i]?.evidence.join(' | ') ?? '';
          points.misses.push({ file: answer.file, line: i + 1, item: `key point ${i + 1}: ${point}`, expected: expected ? 'covered' : 'missing', got: got ? `covered by "${evidence}"` : 'missing' });
        }
      });
    } catch (error) {
      if (isStub(error)) points.notBuilt++;
      else points.errors.push({ file: answer.file, line: 0, item: '(checkAnswer)', expected: '', got: String(error) });
    }
    if (answer.heading === undefined) continue;
    try {
      const best = likelyQuestions(answer.text, answer.heading, essays, context)[0];
      if (best?.id === card.id) preselect.tally.tp++;
      else {
        preselect.tally.fn++;
        if (best) preselect.tally.fp++;
        preselect.misses.push({ file: answer.file, line: 1, item: answer.heading, expected: card.id, got: best?.id ?? 'nothing' });
      }
    } catch (error) {
      if (isStub(error)) preselect.notBuilt++;
      else preselect.errors.push({ file: answer.file, line: 1, item: '(likelyQuestions)', expected: '', got: String(error) });
    }
  }
  return { points, preselect };
}

function ratio(n: number, d: number): number | undefined {
  return d === 0 ? undefined : n / d;
}

function precision(t: Tally): number | undefined {
  return ratio(t.tp, t.tp + t.fp);
}

function recall(t: Tally): number | undefined {
  return ratio(t.tp, t.tp + t.fn);
}

function figure(label: string, value: number | undefined, counts: string): string {
  if (value === undefined) return `  ${label.padEnd(10)}      -   (nothing measured)`;
  const verdict = value >= BAR ? `ok (bar ${BAR})` : `BELOW THE BAR (${BAR})`;
  return `  ${label.padEnd(10)} ${value.toFixed(3).padStart(6)}   ${counts.padEnd(16)} ${verdict}`;
}

function report(m: Measure, total: number, unit: string): boolean {
  console.log(`${m.name}: ${total} ${unit}`);
  if (m.notBuilt) console.log(`  not built yet: ${m.notBuilt} of ${total} ${unit} skipped (the function is still a stub)`);
  const measured = m.tally.tp + m.tally.fp + m.tally.fn > 0;
  const p = precision(m.tally);
  const r = recall(m.tally);
  console.log(figure('precision', p, `${m.tally.tp}/${m.tally.tp + m.tally.fp}`));
  console.log(figure('recall', r, `${m.tally.tp}/${m.tally.tp + m.tally.fn}`));
  for (const e of m.errors) console.log(`  ERROR ${e.file}:${e.line} ${e.item}: ${e.got}`);
  if (m.misses.length) {
    console.log(`  misses (${m.misses.length}):`);
    for (const miss of m.misses) console.log(`    ${miss.file}:${miss.line}  ${JSON.stringify(miss.item)}  expected ${miss.expected}, got ${miss.got}`);
  }
  console.log('');
  return measured && ((p ?? 0) < BAR || (r ?? 0) < BAR);
}

function main(): void {
  const index = bundledIndex();
  // As the extension builds it (src/features/notes/termService.ts): every concept of the pack.
  const matcher = TermMatcher.build(index.concepts);
  const notes = frameworkNotes();
  const answers = answerFixtures();
  const regions = notes.flatMap((n) => n.regions);
  const labelled = regions.filter((r) => r.concept !== undefined);
  const itemCount = labelled.reduce((n, r) => n + r.items.length, 0);
  console.log(`Check-notes evaluation: ${notes.length} notes, ${labelled.length} framework sections (+${regions.length - labelled.length} with none expected), ${itemCount} items; ${answers.length} answers, ${answers.reduce((n, a) => n + a.covered.length + a.missing.length, 0)} key points\n`);

  const { sections, items } = evaluateFrameworks(notes, index, matcher);
  const { points, preselect } = evaluateAnswers(answers, index, matcher);
  const below = [
    report(sections, regions.length, 'regions'),
    report(items, regions.length, 'regions'),
    report(points, answers.length, 'answers'),
  ].filter(Boolean).length;
  // Informative only: the issue asks for pre-selection, not for a figure on it.
  report(preselect, answers.filter((a) => a.heading !== undefined).length, 'answers with a heading');
  const stubbed = [sections, items, points].some((m) => m.notBuilt > 0);
  console.log(below ? `${below} figure group(s) below the bar of ${BAR}` : stubbed ? 'some checks are not built yet' : `all figures at or above the bar of ${BAR}`);
}

main();
process.exit(0);
