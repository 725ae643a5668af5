// The student's notes (issue 11's budgets): a synthetic vault (test/support/
// syntheticVault.ts, seeded) written to a temporary folder and read from disk
// as the extension reads it (stat, read the bytes, decide they are text,
// index), cold at 500, 2,000 and 10,000 notes; the heap that 10,000 indexed
// notes keep; a warm start from the cache; one saved note re-indexed in a
// 10,000-note index; and a 50-review study session done our way (index once,
// then ask the index) beside the peer's way (Obsidian Spaced Repetition reads
// and parses the whole vault again for every review), with the same parser.
//
// The figures measure whatever src/core/notes/noteParser.ts is at the time:
// the first line printed says which.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import { ContentChange, ContentIndex } from '../../src/core/content/contentIndex';
import { MY_NOTES, Pack } from '../../src/core/content/model';
import { mayHoldStudyContent, parseNote } from '../../src/core/notes/noteParser';
import { NotesIndex } from '../../src/core/notes/notesIndex';
import { decodeNote } from '../../src/core/notes/noteText';
import { syntheticNote, syntheticVault, writeVault } from '../support/syntheticVault';
import { createRng } from '../../src/core/util/rng';
import { Figure, median, medianMs } from './harness';

const root = path.join(__dirname, '..', '..');
const SIZES = [500, 2000, 10000];
const BATCH = 256;

interface Vault {
  dir: string;
  paths: string[];
  files: string[];
}

let packData: Pack | undefined;
/** A fresh ContentIndex over the shipped pack, as activation builds it (parsed once, built per run). */
function freshContent(): ContentIndex {
  packData ??= JSON.parse(fs.readFileSync(path.join(root, 'dist', 'content.json'), 'utf8')) as Pack;
  return new ContentIndex(packData);
}

const uriOf = (vault: Vault, i: number) => `file://${vault.paths[i]}`;

/** What the first index does for each note: stat, read the bytes, decode, index; in batches as the VS Code side feeds them. */
function coldIndex(vault: Vault, count: number): { index: NotesIndex; content: ContentIndex } {
  const content = freshContent();
  const index = new NotesIndex(content);
  for (let start = 0; start < count; start += BATCH) {
    index.batch(() => {
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const stat = fs.statSync(vault.paths[i]);
        const read = decodeNote(vault.files[i], fs.readFileSync(vault.paths[i]));
        if ('text' in read) index.update({ uri: uriOf(vault, i), file: vault.files[i] }, read.text, { mtime: stat.mtimeMs, size: stat.size });
      }
    });
  }
  return { index, content };
}

/** Median wall time over `runs` of `run`, each after an untimed `setup`. */
function timed<T>(setup: () => T, run: (input: T) => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = setup();
    const start = process.hrtime.bigint();
    run(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** `global.gc` even when node was started without --expose-gc (npm run bench starts it through tsx). */
function collector(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  return gc;
}

function heapAfterGc(gc: () => void): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

function parserName(): string {
  const head = fs.readFileSync(path.join(root, 'src', 'core', 'notes', 'noteParser.ts'), 'utf8').split('\n')[0];
  return /STUB/.test(head) ? 'the stub parser on main (front::back lines in #flashcards notes only)' : 'the note grammar (src/core/notes/noteParser.ts)';
}

export async function bench(): Promise<Figure[]> {
  const gc = collector();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-notes-bench-'));
  try {
    const notes = syntheticVault(SIZES[SIZES.length - 1]);
    const studying = notes.filter((n) => n.studies).length;
    const bytes = notes.reduce((sum, n) => sum + n.text.length, 0);
    const vault: Vault = { dir, paths: writeVault(dir, notes), files: notes.map((n) => n.file) };
    notes.length = 0; // the notes are read back from disk: nothing of the generator stays in memory
    console.log(`parser: ${parserName()}\nvault: ${vault.paths.length.toLocaleString('en')} notes of 1-10 KB (${(bytes / 1048576).toFixed(0)} MB), ${studying.toLocaleString('en')} with study content, in ${dir}`);

    // Cold: the whole first index, file system included (files in the OS cache after the first run).
    coldIndex(vault, 500); // warm-up: JIT and OS file cache
    const cold = SIZES.map((count) => timed(() => undefined, () => coldIndex(vault, count), count >= 10000 ? 3 : 5));
    const { index: sample, content: sampleContent } = coldIndex(vault, 2000);
    const inMemory = (() => {
      const texts = vault.paths.slice(0, 2000).map((p) => fs.readFileSync(p, 'utf8'));
      return timed(() => new NotesIndex(freshContent()), (index) => {
        index.batch(() => texts.forEach((text, i) => index.update({ uri: uriOf(vault, i), file: vault.files[i] }, text, { mtime: 1, size: text.length })));
      }, 5);
    })();
    const cards2000 = sampleContent.cardsIn(MY_NOTES).length;
    const concepts2000 = sampleContent.conceptsIn(MY_NOTES).length;

    // Heap: what 10,000 indexed notes keep, measured after full collections before and after.
    const before = heapAfterGc(gc);
    let big: ReturnType<typeof coldIndex> | undefined = coldIndex(vault, 10000);
    const heap = (heapAfterGc(gc) - before) / (1024 * 1024);

    // Warm start: JSON.parse of the saved cache and restore() into a fresh ContentIndex (stat results given).
    const json = JSON.stringify(sample.toCache());
    const stamps = new Map<string, { mtime: number; size: number }>();
    for (let i = 0; i < 2000; i++) {
      const stat = fs.statSync(vault.paths[i]);
      stamps.set(uriOf(vault, i), { mtime: stat.mtimeMs, size: stat.size });
    }
    let restored = 0;
    const warm = timed(() => new NotesIndex(freshContent()), (index) => {
      restored = index.restore(JSON.parse(json), (uri) => stamps.get(uri));
    }, 20);
    if (restored !== 2000) throw new Error(`the warm start restored ${restored} of 2000 notes`);
    const emptyRows = (sample.toCache().notes as unknown[][]).filter((row) => row.length === 4);
    const perEmpty = JSON.stringify(emptyRows).length / emptyRows.length;

    // One saved 5 KB note in the 10,000-note index, with a listener doing what views do with a change.
    const { index: bigIndex, content } = big;
    let heard = 0;
    content.onDidChange((change: ContentChange) => {
      for (const card of change.addedCards) if (content.card(card.id)) heard++;
      for (const topic of new Set(change.addedCards.map((c) => c.topic))) heard += content.cardsIn(topic).length;
      heard += content.noteTopics.length;
    });
    const rng = createRng(5);
    let saved = syntheticNote(rng, 777777, 4600, true);
    while (!mayHoldStudyContent(saved) || saved.length < 4800 || saved.length > 5400) saved = syntheticNote(rng, 777777, 4600, true);
    const versions = [saved, saved.replace(/\n\n/, '\n\nEdited line.\n\n')];
    const savedNote = { uri: 'file:///bench/saved-note.md', file: 'saved-note.md' };
    let flip = 0;
    const save = medianMs(() => {
      flip++;
      bigIndex.update(savedNote, versions[flip % 2], { mtime: flip, size: versions[flip % 2].length });
    }, 300, 20);
    const parseOnly = medianMs(() => parseNote(versions[flip++ % 2], savedNote), 300, 20);
    const savedCards = content.note(savedNote.uri)?.cards.length ?? 0;
    if (!heard) throw new Error('the listener heard nothing');
    big = undefined;

    // A study session of 50 reviews: ours indexes once, then each review asks the index for the cards;
    // the peer's way reads and parses the whole vault again for every review (with our cheap first look too).
    const reviews = 50;
    const ours = timed(() => undefined, () => {
      const { content: indexed } = coldIndex(vault, 2000);
      for (let r = 0; r < reviews; r++) indexed.cardsIn(MY_NOTES);
    }, 3);
    const peerStart = process.hrtime.bigint();
    for (let r = 0; r < reviews; r++) {
      const cards = new Set<string>();
      for (let i = 0; i < 2000; i++) {
        const read = decodeNote(vault.files[i], fs.readFileSync(vault.paths[i]));
        if ('text' in read && mayHoldStudyContent(read.text)) for (const card of parseNote(read.text, { uri: uriOf(vault, i), file: vault.files[i] }).cards) cards.add(card.id);
      }
      if (cards.size !== cards2000) throw new Error(`a full re-parse found ${cards.size} cards, the index ${cards2000}`);
    }
    const peer = Number(process.hrtime.bigint() - peerStart) / 1e6;

    const perNote = cold.map((ms, i) => (ms * 1000) / SIZES[i]);
    return [
      ...SIZES.map((count, i): Figure => ({
        name: `notes: cold index of ${count.toLocaleString('en')} notes (stat + read + index)`,
        value: cold[i],
        unit: 'ms',
        budget: count === 2000 ? 400 : count === 10000 ? 2000 : undefined,
        note: `${perNote[i].toFixed(1)} µs per note${i === SIZES.length - 1 ? `; ${(cold[i] / cold[0]).toFixed(1)}x the time for ${SIZES[i] / SIZES[0]}x the notes` : ''}`,
      })),
      { name: 'notes: of the 2,000, indexing text already in memory', value: inMemory, unit: 'ms', note: `${cards2000} cards, ${concepts2000} concepts from 2,000 notes` },
      { name: 'notes: heap kept by 10,000 indexed notes', value: heap, unit: 'MB', budget: 60, note: 'heapUsed after full collections (v8 gc exposed at run time), before and after the cold index' },
      { name: 'notes: warm start of 2,000 notes from the cache (median of 20)', value: warm, unit: 'ms', budget: 100, note: `JSON.parse of ${(json.length / 1024).toFixed(0)} KB + restore into a fresh ContentIndex; a note holding nothing: ${perEmpty.toFixed(0)} bytes` },
      { name: 'notes: one saved 5 KB note re-indexed, 10,000-note index', value: save, unit: 'ms', budget: 2, note: `${(saved.length / 1024).toFixed(1)} KB, ${savedCards} cards; of which parse ${parseOnly.toFixed(3)} ms; includes a content listener reading what changed` },
      { name: `notes: ${reviews}-review session, ours (index once, then ask the index)`, value: ours, unit: 'ms', note: '2,000 notes' },
      { name: `notes: ${reviews}-review session, the peer's way (re-read, re-parse per review)`, value: peer, unit: 'ms', note: `${(peer / ours).toFixed(0)}x ours; ${(peer / reviews).toFixed(0)} ms of waiting before every card` },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
