// `npm run eval:check`: marks the note checks of issue 14 (src/core/check/) on
// the labelled fixtures of test/fixtures/check-notes/ and prints precision and
// recall of (a) section recognition, (b) item -> part matching and (c)
// key-point coverage, each beside the 0.9 bar, then every miss (how each is
// counted: checkScoring.ts). Like the bench it informs and never fails a
// build: the exit code is 0 whatever the figures.

import { checkAnswer, likelyQuestions, AnswerContext } from '../../src/core/check/answerCheck';
import { findFrameworkSections } from '../../src/core/check/frameworkSections';
import { checkSection } from '../../src/core/check/partMatcher';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { bundledIndex } from '../support/bundledPack';
import { answerFixtures, frameworkNotes } from './checkFixtures';
import { BAR, Checks, evaluateAnswers, evaluateFrameworks, Measure, precision, recall } from './checkScoring';

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
  for (const e of m.errors) console.log(`  ERROR ${e.file}${e.line ? `:${e.line}` : ''} ${e.item}: ${e.got}`);
  if (m.misses.length) {
    console.log(`  misses (${m.misses.length}):`);
    for (const miss of m.misses) console.log(`    ${miss.file}${miss.line ? `:${miss.line}` : ''}  ${JSON.stringify(miss.item)}  expected ${miss.expected}, got ${miss.got}`);
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

  const context: AnswerContext = { matcher, concept: (id) => index.concept(id) };
  const essays = index.cards.filter((c) => c.kind === 'essay');
  const checks: Checks = {
    findSections: (lines) => findFrameworkSections(lines, matcher),
    checkSection: (section) => checkSection(section, index.cardsOf(section.concept.id)),
    checkAnswer: (answer, card) => checkAnswer(answer, card, context),
    likelyQuestions: (answer, heading) => likelyQuestions(answer, heading, essays, context),
    card: (id) => index.card(id),
  };
  const { sections, items } = evaluateFrameworks(notes, checks);
  const { points, preselect } = evaluateAnswers(answers, checks);
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
