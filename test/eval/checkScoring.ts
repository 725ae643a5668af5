// Marking the note checks on the labelled fixtures (see checkFixtures.ts):
// the counts behind `npm run eval:check`'s precision and recall. The checks
// come in as functions, so the unit test can mark a known answer sheet and
// the script the real thing.
//
// How it counts:
// (a) a labelled section is found when the checks report a section of the
//     labelled concept whose name line is in the label's region; any other
//     section reported (in a region labelled none, of another concept, a
//     second one) counts against precision.
// (b) per labelled item: right when the check gives the item the labelled
//     part; a wrong part counts against both precision and recall; an item of
//     a section that was not found, or that the check left unmatched, counts
//     against recall. A part given to text no label names counts against
//     precision. A section found where none is expected counts under (a) only.
// (c) per key point of each answer: covered as the label says.

import type { Card } from '../../src/core/content/model';
import type { LineSource } from '../../src/core/markdown/codeFences';
import type { AnswerCheck, FrameworkSection, ListItem, SectionCheck } from '../../src/core/check/checkModel';
import { AnswerFixture, FrameworkNote, RegionLabel } from './checkFixtures';

/** What is being marked: H1's and H2's functions, bound to the pack and its term matcher. */
export interface Checks {
  findSections(lines: LineSource): FrameworkSection[];
  checkSection(section: FrameworkSection): SectionCheck;
  checkAnswer(answer: string, card: Card): AnswerCheck;
  likelyQuestions(answer: string, heading: string): Card[];
  card(id: string): Card | undefined;
}

export const BAR = 0.9;

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  file: string;
  /** 1-based line in the fixture; 0 for a miss about the whole answer. */
  line: number;
  item: string;
  expected: string;
  got: string;
}

export interface Measure {
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

function markRegion(note: FrameworkNote, region: RegionLabel, found: FrameworkSection[], checks: Checks, sections: Measure, items: Measure): void {
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
      check = checks.checkSection(hit);
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
    // One item of the check's that spans several labelled ones ("suppliers, customers" read as one) names one part at most.
    const got = item && !claimed.has(item) ? given.get(item) : undefined;
    if (item) claimed.add(item);
    if (label.part !== undefined && got === label.part) {
      items.tally.tp++;
      continue;
    }
    if (got !== undefined) items.tally.fp++;
    if (label.part !== undefined) items.tally.fn++;
    if (got !== undefined || label.part !== undefined) {
      const read = hit?.items.some((i) => overlaps(i, at));
      const why = !hit ? 'section not found' : !check ? 'check failed' : item ? 'its text is part of another item' : read ? 'no part' : 'not read as an item';
      items.misses.push({ file: note.file, line: at.line + 1, item: note.lines[at.line].slice(at.start, at.end), expected: label.part ?? 'none', got: got ?? why });
    }
  }
  for (const [item, part] of given) {
    if (claimed.has(item)) continue;
    items.tally.fp++;
    items.misses.push({ file: note.file, line: item.line + 1, item: item.text, expected: '(no label: not an item)', got: part });
  }
}

export function evaluateFrameworks(notes: FrameworkNote[], checks: Checks): { sections: Measure; items: Measure } {
  const sections = measure('(a) section recognition');
  const items = measure('(b) item -> part matching');
  for (const note of notes) {
    let found: FrameworkSection[];
    try {
      found = checks.findSections({ lineCount: note.lines.length, lineAt: (l) => note.lines[l] });
    } catch (error) {
      if (isStub(error)) {
        sections.notBuilt += note.regions.length;
        items.notBuilt += note.regions.length;
        continue;
      }
      // A crash is marked as finding nothing: the student would see nothing.
      sections.errors.push({ file: note.file, line: 1, item: '(findFrameworkSections)', expected: '', got: String(error) });
      found = [];
    }
    for (const region of note.regions) markRegion(note, region, found, checks, sections, items);
  }
  return { sections, items };
}

export function evaluateAnswers(answers: AnswerFixture[], checks: Checks): { points: Measure; preselect: Measure } {
  const points = measure('(c) key-point coverage');
  const preselect = measure('(d) question pre-selected from the heading');
  for (const answer of answers) {
    const card = checks.card(answer.cardId);
    if (!card?.keyPoints) continue; // The unit test reports it.
    try {
      const result = checks.checkAnswer(answer.text, card);
      card.keyPoints.forEach((point, i) => {
        const expected = answer.covered.includes(i + 1);
        const got = result.results[i]?.covered ?? false;
        if (expected && got) points.tally.tp++;
        else if (expected || got) {
          if (got) points.tally.fp++;
          else points.tally.fn++;
          const evidence = result.results[i]?.evidence.join(' | ') ?? '';
          points.misses.push({ file: answer.file, line: 0, item: `key point ${i + 1}: ${point}`, expected: expected ? 'covered' : 'missing', got: got ? `covered by "${evidence}"` : 'missing' });
        }
      });
    } catch (error) {
      if (isStub(error)) points.notBuilt++;
      else {
        points.errors.push({ file: answer.file, line: 0, item: '(checkAnswer)', expected: '', got: String(error) });
        points.tally.fn += answer.covered.length;
      }
    }
    if (answer.heading === undefined) continue;
    try {
      const best = checks.likelyQuestions(answer.text, answer.heading)[0];
      if (best?.id === card.id) preselect.tally.tp++;
      else {
        preselect.tally.fn++;
        if (best) preselect.tally.fp++;
        preselect.misses.push({ file: answer.file, line: 0, item: answer.heading, expected: card.id, got: best?.id ?? 'nothing' });
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

export function precision(t: Tally): number | undefined {
  return ratio(t.tp, t.tp + t.fp);
}

export function recall(t: Tally): number | undefined {
  return ratio(t.tp, t.tp + t.fn);
}
