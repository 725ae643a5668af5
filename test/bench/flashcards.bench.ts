// Flashcards: grading through the scheduler and the store, queue builds over
// the pack and over 10,000 cards, opening (validating) a large progress store,
// and rendering a card for the webview.

import * as fs from 'fs';
import * as path from 'path';
import { ContentIndex } from '../../src/core/content/contentIndex';
import { toCardView } from '../../src/core/study/flashcardView';
import { KeyValueStore } from '../../src/core/util/keyValueStore';
import { ProgressStore } from '../../src/core/study/progressStore';
import { buildQueue, QueueCard } from '../../src/core/study/reviewQueue';
import { ReviewSession } from '../../src/core/study/reviewSession';
import { ReviewRecord, Scheduler } from '../../src/core/study/scheduler';
import { Figure, median, medianMs, medianUs } from './harness';

/** Like globalState in memory: keeps the value; the write resolves at once. */
class MemoryStore implements KeyValueStore {
  private readonly map = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return this.map.get(key) as T | undefined;
  }
  update(key: string, value: unknown): Promise<void> {
    this.map.set(key, value);
    return Promise.resolve();
  }
}

function synthetic(n: number): QueueCard[] {
  return Array.from({ length: n }, (_, i) => ({ id: `concept-${i % 500}/card-${i}`, topic: `topic-${i % 8}`, conceptId: `concept-${i % 500}` }));
}

/** Half the cards reviewed, a tenth of those due now. */
function progressFor(cards: readonly QueueCard[], now: number): Map<string, ReviewRecord> {
  const scheduler = new Scheduler();
  const map = new Map<string, ReviewRecord>();
  cards.forEach((card, i) => {
    if (i % 2) return;
    const record = scheduler.grade(undefined, 'easy', now - 10 * 86_400_000);
    map.set(card.id, { ...record, due: i % 20 === 0 ? now - 3_600_000 : now + 86_400_000 });
  });
  return map;
}

export async function bench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const now = Date.now();

  // Grading 1,000 cards through ReviewSession -> Scheduler -> ProgressStore, as the panel does.
  const cards = synthetic(1000);
  const store = ProgressStore.open(new MemoryStore(), 'p');
  const session = new ReviewSession(cards, store, new Scheduler(), { mode: 'due', shuffle: false, seed: 1, newPerDay: 1000 }, () => now);
  const perGrade: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < 1000; i++) {
    const t = process.hrtime.bigint();
    session.intervals();
    await session.grade('easy');
    perGrade.push(Number(process.hrtime.bigint() - t) / 1e3);
  }
  const total = Number(process.hrtime.bigint() - started) / 1e6;
  figures.push({ name: 'grade (preview + grade + store write), median of 1,000', value: median(perGrade), unit: 'µs', note: `store grows to ${store.size} records` });
  figures.push({ name: 'grade 1,000 cards in a row, total', value: total, unit: 'ms' });

  // Queue over the bundled pack.
  const packFile = path.join(__dirname, '..', '..', 'dist', 'content.json');
  if (fs.existsSync(packFile)) {
    const pack = ContentIndex.fromJson(fs.readFileSync(packFile, 'utf8'));
    const progress = progressFor(pack.cards, now);
    const lookup = (id: string) => progress.get(id);
    figures.push({
      name: `queue build over the pack (${pack.cards.length} cards)`,
      value: medianMs(() => buildQueue(pack.cards, lookup, { now, mode: 'due', newPerDay: 20, newToday: 0 }), 200),
      unit: 'ms',
    });
    const card = pack.cards.find((c) => c.kind === 'multipleChoice') ?? pack.cards[0];
    figures.push({
      name: 'render one card for the webview (toCardView)',
      value: medianUs(() => toCardView(card, { isNew: true }), 200),
      unit: 'µs',
    });
  }

  // Queue over 10,000 cards, shuffled and not: how it grows with size.
  const big = synthetic(10_000);
  const bigProgress = progressFor(big, now);
  const bigLookup = (id: string) => bigProgress.get(id);
  const small = synthetic(1000);
  const smallProgress = progressFor(small, now);
  const q1k = medianMs(() => buildQueue(small, (id) => smallProgress.get(id), { now, mode: 'due', newPerDay: 20, newToday: 0 }), 100);
  const q10k = medianMs(() => buildQueue(big, bigLookup, { now, mode: 'due', newPerDay: 20, newToday: 0 }), 50);
  figures.push({ name: 'queue build over 10,000 cards (due mode)', value: q10k, unit: 'ms', note: `1,000 cards: ${q1k.toFixed(3)} ms (x${(q10k / q1k).toFixed(1)} for 10x the cards)` });
  figures.push({
    name: 'queue build over 10,000 cards (cram, shuffled)',
    value: medianMs(() => buildQueue(big, bigLookup, { now, mode: 'cram', newPerDay: 20, newToday: 0, shuffle: true, seed: 3 }), 50),
    unit: 'ms',
  });

  // Opening a store of 10,000 records (validation on every activation).
  const kv = new MemoryStore();
  await kv.update('p', JSON.parse(JSON.stringify({ version: 1, cards: Object.fromEntries(bigProgress), log: [] })));
  figures.push({ name: `open + validate a store of ${bigProgress.size} records`, value: medianMs(() => ProgressStore.open(kv, 'p'), 30), unit: 'ms' });
  return figures;
}
