// Import and export (issue 12's budgets): a synthetic 2,000-card set (seeded:
// terms with one- or two-paragraph definitions, questions with one-line and
// "-" list answers), as the text a student pastes (the copy-paste shape of the
// course files) and as a Quizlet export (tab between term and definition).
//   preview: readImport (detect + read) and previewImport (write the note,
//            parse it back, count and list), what happens before the student
//            sees the preview;
//   write:   the note written to a temporary folder and the notes index
//            taking it in (NotesIndex.update of that one note), after which
//            its cards are studiable;
//   export:  the whole bundled pack for Anki;
// and how preview and write grow with the set (500 / 2,000 / 8,000 cards).

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { fileTopicId } from '../../src/core/content/model';
import { exportForAnki } from '../../src/core/export/ankiExport';
import type { ImportEntry, ImportSet } from '../../src/core/import/importModel';
import { readImport } from '../../src/core/import/importer';
import { previewImport } from '../../src/core/import/importPreview';
import { writeImportNote } from '../../src/core/import/noteWriter';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { createRng, randomInt, Rng } from '../../src/core/util/rng';
import { bundledPack } from '../support/bundledPack';
import { madeUpWord } from './syntheticNotes';
import { Figure, median, medianMs } from './harness';

const SIZES = [500, 2000, 8000];
const OPTIONS = { origin: 'big-set.txt', date: '2026-12-02' };

function words(rng: Rng, count: number): string {
  return Array.from({ length: count }, () => madeUpWord(randomInt(rng, 19000))).join(' ');
}

/** `count` entries: half terms, half questions; one answer in four a "-" list, one definition in five two paragraphs. */
function syntheticEntries(count: number, seed = 12): ImportEntry[] {
  const rng = createRng(seed);
  const entries: ImportEntry[] = [];
  for (let i = 0; i < count; i++) {
    const line = 2 + i * 3;
    if (i % 2 === 0) {
      const definition = `${words(rng, 8 + randomInt(rng, 14))}.` + (randomInt(rng, 5) === 0 ? `\n\n${words(rng, 10)}.` : '');
      entries.push({ kind: 'term', line, term: `${madeUpWord(i * 7 + 3)} ${madeUpWord(i)} ${i}`, definition });
    } else {
      const answer = randomInt(rng, 4) === 0 ? Array.from({ length: 2 + randomInt(rng, 4) }, () => `- ${words(rng, 3)}`).join('\n') : `${words(rng, 6 + randomInt(rng, 10))}.`;
      entries.push({ kind: 'basic', line, prompt: `What is ${words(rng, 3)} ${i}?`, answer });
    }
  }
  return entries;
}

function setOf(entries: ImportEntry[]): ImportSet {
  return { format: 'copyPaste', title: 'Big synthetic set', entries, problems: [], decisions: [], settings: {} };
}

/** The copy-paste shape: a title line, then each prompt and its answer, answers over several "-" lines where they are lists. */
function copyPasteText(entries: ImportEntry[]): string {
  const out = ['Big synthetic set'];
  for (const e of entries) {
    if (e.kind === 'term') out.push(e.term, e.definition.replace(/\n\n/g, ' '));
    else if (e.kind === 'basic') out.push(e.prompt, e.answer);
  }
  return out.join('\n') + '\n';
}

/** Quizlet's export: term, a tab, the definition; one row a line (line breaks inside a definition as spaces). */
function quizletText(entries: ImportEntry[]): string {
  return entries.map((e) => (e.kind === 'term' ? `${e.term}\t${e.definition}` : e.kind === 'basic' ? `${e.prompt}\t${e.answer}` : '').replace(/\s*\n\s*/g, ' ')).join('\n') + '\n';
}

/** readImport while it is the contract's stub: undefined, and the preview figure says what it measured instead. */
function readerBuilt(text: string): boolean {
  try {
    readImport(text);
    return true;
  } catch (error) {
    if (error instanceof Error && /not built yet/.test(error.message)) return false;
    throw error;
  }
}

export async function bench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const pack = bundledPack();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-import-bench-'));
  try {
    const sets = new Map(SIZES.map((n) => [n, syntheticEntries(n)]));
    const texts = new Map(SIZES.map((n) => [n, { copyPaste: copyPasteText(sets.get(n)!), quizlet: quizletText(sets.get(n)!) }]));
    const built = readerBuilt(texts.get(500)!.quizlet);
    const preview = (n: number, shape: 'copyPaste' | 'quizlet') => {
      const set = built ? readImport(texts.get(n)![shape]).set : setOf(sets.get(n)!);
      return previewImport(set, { ...OPTIONS, file: 'flashcards/Big synthetic set.md', uri: 'file:///bench/flashcards/Big%20synthetic%20set.md' });
    };
    const sample = preview(2000, 'quizlet');
    const cards2000 = sample.cards.length;
    const runs = (n: number) => (n >= 8000 ? 5 : 15);
    const previewTimes = SIZES.map((n) => medianMs(() => preview(n, 'quizlet'), runs(n), 2));
    const copyPaste2000 = medianMs(() => preview(2000, 'copyPaste'), 15, 2);
    const what = built ? 'readImport + previewImport' : 'previewImport of the set as read (readImport is still the stub: run again after A1/A2 are merged)';
    figures.push({ name: 'import preview: 2,000-card Quizlet export', value: previewTimes[1], unit: 'ms', budget: 300, note: `${what}; ${cards2000} cards, ${sample.concepts} concepts; ${grows(previewTimes)}` });
    figures.push({ name: 'import preview: 2,000-card copied set', value: copyPaste2000, unit: 'ms', budget: 300 });

    // Write: the note's text to disk and the notes index taking that one note in, the pack already loaded.
    let n = 0;
    const write = (size: number) => {
      const content = new ContentIndex(pack);
      const index = new NotesIndex(content);
      const file = `flashcards/Big synthetic set ${n++}.md`;
      const start = process.hrtime.bigint();
      const note = writeImportNote(setOf(sets.get(size)!), OPTIONS);
      const target = path.join(dir, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, note.text, { flag: 'wx' });
      const stat = fs.statSync(target);
      index.update({ uri: `file://${target}`, file }, note.text, { mtime: stat.mtimeMs, size: stat.size });
      const cards = content.cardsIn(fileTopicId(file)).length;
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      if (cards === 0) throw new Error('the written note gave the notes index no cards');
      return { elapsed, cards };
    };
    write(500);
    const writeTimes = SIZES.map((size) => median(Array.from({ length: runs(size) }, () => write(size).elapsed)));
    const studiable = write(2000).cards;
    figures.push({ name: 'import write: 2,000 cards to disk + notes index', value: writeTimes[1], unit: 'ms', budget: 500, note: `${studiable} cards studiable after the update; ${grows(writeTimes)}` });

    // Export: the whole bundled pack for Anki.
    const content = new ContentIndex(pack);
    const source = { cards: pack.cards, concept: (id: string) => content.concept(id), topic: (id: string) => content.topic(id) };
    const exported = exportForAnki(source);
    figures.push({ name: 'export of the whole pack for Anki', value: medianMs(() => exportForAnki(source), 30, 3), unit: 'ms', budget: 100, note: `${exported.notes} notes in ${exported.decks.length} decks, ${(exported.text.length / 1024).toFixed(0)} KB` });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/** "500: 12 ms, 2,000: 45 ms (x3.8), 8,000: 190 ms (x4.2)": each step's factor beside the factor of the input (x4). */
function grows(times: number[]): string {
  return SIZES.map((size, i) => `${size.toLocaleString('en')}: ${times[i].toFixed(1)} ms${i ? ` (x${(times[i] / times[i - 1]).toFixed(1)})` : ''}`).join(', ') + ' for x4 input';
}
