// What one saved note costs the views that show the notes, in a vault of 2,000
// and 10,000 notes (a third with study content): the content index replacing
// the note's part, then each view following the change as the extension's
// listeners do (term matcher, search index, Concepts tree model, due counts).
// Half the saves are of notes in a deck, half of notes that are a group of
// their own; no group comes or goes.
// The file reading and parsing are the notes index's (myNotes bench); this is
// the rest of "one saved note re-indexed and every view updated ≤ 2 ms".

import { ConceptTreeModel } from '../../src/core/concepts/conceptTree';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { TermMatcher } from '../../src/core/notes/termMatcher';
import { SearchIndex } from '../../src/core/search/searchIndex';
import { countDueCards, DueSnapshot, followContentChange } from '../../src/core/study/dueCounts';
import { distPack, Figure, median } from './harness';
import { SyntheticNote, syntheticNotes } from './syntheticNotes';

interface Views {
  index: ContentIndex;
  parts: Record<string, number[]>;
}

const PARTS = ['content index', 'term matcher', 'search index', 'Concepts tree', 'due counts'] as const;

function vault(size: number): { views: Views; notes: SyntheticNote[]; edited: SyntheticNote[] } {
  const shipped = distPack();
  const index = new ContentIndex({ version: 1, topics: [...shipped.packTopics], concepts: [...shipped.concepts], cards: [...shipped.cards] });
  const notes = syntheticNotes(size);
  index.batch(() => {
    for (const note of notes) index.setNote(note.uri, note.content);
  });
  // Every view built once, as a student who hovered, searched and opened the sidebar has them.
  const matcher = TermMatcher.build(index.concepts);
  const search = SearchIndex.fromPack(index);
  search.search('week');
  const tree = new ConceptTreeModel(index);
  const progress = { lookup: () => undefined, records: () => [] };
  let due: DueSnapshot = countDueCards(index, progress, Date.now(), 20);
  const parts: Record<string, number[]> = Object.fromEntries(PARTS.map((p) => [p, []]));
  const timed = (part: string, fn: () => void) => {
    const start = process.hrtime.bigint();
    fn();
    parts[part].push(Number(process.hrtime.bigint() - start) / 1e3);
  };
  index.onDidChange((change) => {
    timed('term matcher', () => matcher.apply(change));
    timed('search index', () => search.apply(change));
    timed('Concepts tree', () => tree.update(change));
    timed('due counts', () => {
      due = followContentChange(due, change, index, progress, Date.now()) ?? due;
    });
  });
  return { views: { index, parts }, notes, edited: syntheticNotes(size, 1) };
}

/** Saves `runs` notes in turn, each one's content replaced by its edited version; the median µs of each part and of the whole. */
function saves(size: number, runs: number): { total: number; parts: Record<string, number> } {
  const { views, notes, edited } = vault(size);
  const totals: number[] = [];
  for (let r = 0; r < runs + 5; r++) {
    const at = (r * 97) % notes.length;
    const note = r % 2 === 0 ? edited[at] : notes[at];
    const start = process.hrtime.bigint();
    const before = views.parts['term matcher'].length;
    views.index.setNote(note.uri, note.content);
    const total = Number(process.hrtime.bigint() - start) / 1e3;
    if (views.parts['term matcher'].length === before) throw new Error('the views heard no change');
    if (r >= 5) totals.push(total);
  }
  const parts: Record<string, number> = {};
  for (const part of PARTS.slice(1)) parts[part] = median(views.parts[part].slice(5));
  const listeners = Object.values(parts).reduce((a, b) => a + b, 0);
  parts['content index'] = Math.max(0, median(totals) - listeners);
  return { total: median(totals), parts };
}

export async function bench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const bySize = [2000, 10000].map((size) => ({ size, ...saves(size, 41) }));
  for (const { size, total, parts } of bySize) {
    figures.push({
      name: `views: one saved note, every view updated, ${size.toLocaleString('en')} notes`,
      value: total / 1000,
      unit: 'ms',
      budget: size === 10000 ? 2 : undefined,
      note: PARTS.map((p) => `${p} ${parts[p].toFixed(0)} µs`).join(' · '),
    });
  }
  const [small, big] = bySize;
  figures[figures.length - 1].note += ` · ${(big.total / small.total).toFixed(2)}x the cost for 5x the notes`;
  return figures;
}
