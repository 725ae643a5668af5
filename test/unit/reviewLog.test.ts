// The review log keeps every grade: validated when read (a bad entry dropped
// and named, the rest kept; an unreadable file set aside), bounded per year,
// written a moment after a grade, shared by several windows without losing
// one's grades to another, with undo and reset honoured in every window; and
// its CSV is the FSRS optimizer's.
import * as assert from 'assert';
import type { LogFiles, ReviewEvent } from '../../src/core/study/reviewLog';
import { LogTimer, MAX_EVENTS_PER_YEAR, RESET_FILE, ReviewLog, reviewLogCsv, WRITE_DELAY_MS, yearFileName } from '../../src/core/study/reviewLogStore';
import { ProgressStore } from '../../src/core/study/progressStore';
import { QueueCard } from '../../src/core/study/reviewQueue';
import { ReviewSession } from '../../src/core/study/reviewSession';
import { Scheduler } from '../../src/core/study/scheduler';
import { MemoryStore } from '../support/memoryStore';

const T0 = Date.UTC(2026, 2, 10, 9, 0);
const enc = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const dec = (bytes: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(bytes));

/** One folder in memory, shared by every ReviewLog given it (several windows). */
class MemoryFiles implements LogFiles {
  readonly map = new Map<string, Uint8Array>();
  writes = 0;
  async read(name: string) {
    return this.map.get(name);
  }
  async write(name: string, bytes: Uint8Array) {
    this.writes++;
    this.map.set(name, bytes);
  }
  async delete(name: string) {
    this.map.delete(name);
  }
  async list() {
    return [...this.map.keys()];
  }
}

/** A timer the test fires by hand. */
class ManualTimer implements LogTimer {
  pending: Array<{ fn: () => void; ms: number }> = [];
  set(fn: () => void, ms: number) {
    const entry = { fn, ms };
    this.pending.push(entry);
    return entry;
  }
  clear(handle: unknown) {
    this.pending = this.pending.filter((p) => p !== handle);
  }
  fire() {
    const due = this.pending;
    this.pending = [];
    for (const p of due) p.fn();
  }
}

const ev = (cardId: string, at: number, extra: Partial<ReviewEvent> = {}): ReviewEvent => ({ cardId, at, rating: 3, state: 2, durationMs: 4000, ...extra });

function open(files: MemoryFiles, clock = () => T0 + 3_600_000) {
  const problems: string[] = [];
  const timer = new ManualTimer();
  const log = new ReviewLog(files, { timer, clock, report: (p) => problems.push(p) });
  return { log, problems, timer };
}

suite('review log', () => {
  test('a grade appended is there at once, and in its year\'s file after the write delay', async () => {
    const files = new MemoryFiles();
    const { log, timer } = open(files);
    let changes = 0;
    log.onDidChange(() => changes++);
    log.append(ev('kam/what', T0));
    assert.strictEqual(changes, 1);
    assert.deepStrictEqual(await log.events(), [ev('kam/what', T0)]);
    assert.strictEqual(files.map.size, 0, 'nothing written yet');
    assert.strictEqual(timer.pending[0].ms, WRITE_DELAY_MS);
    log.append(ev('kam/why', T0 + 1));
    assert.strictEqual(timer.pending.length, 1, 'one write for both grades');
    timer.fire();
    await log.flush();
    const doc = dec(files.map.get(yearFileName(2026)));
    assert.strictEqual(doc.version, 1);
    assert.deepStrictEqual(doc.cards, ['kam/what', 'kam/why']);
    assert.deepStrictEqual(doc.events, [[0, T0, 3, 2, 4000], [1, T0 + 1, 3, 2, 4000]]);
    // A window reload reads it back.
    assert.deepStrictEqual(await open(files).log.events(), [ev('kam/what', T0), ev('kam/why', T0 + 1)]);
  });

  test('opening a log reads nothing; appends made before the first read are kept beside what the files hold', async () => {
    const files = new MemoryFiles();
    const first = open(files).log;
    first.append(ev('a', T0));
    await first.flush();
    let reads = 0;
    const counting: LogFiles = { ...files, read: (n) => (reads++, files.read(n)), write: (n, b) => files.write(n, b), delete: (n) => files.delete(n), list: () => files.list() };
    const second = new ReviewLog(counting, { timer: new ManualTimer() });
    second.append(ev('b', T0 + 5));
    assert.strictEqual(reads, 0);
    assert.deepStrictEqual((await second.events()).map((e) => e.cardId), ['a', 'b']);
  });

  test('each year has its own file; a cram grade keeps its flag', async () => {
    const files = new MemoryFiles();
    const { log } = open(files);
    log.append(ev('a', Date.UTC(2025, 11, 31, 23)));
    log.append(ev('b', Date.UTC(2026, 0, 1, 1), { cram: true }));
    await log.flush();
    assert.deepStrictEqual([...files.map.keys()].sort(), ['reviews-2025.json', 'reviews-2026.json']);
    const again = await open(files).log.events();
    assert.strictEqual(again[1].cram, true);
    assert.strictEqual(again[0].cram, undefined);
  });

  test('a bad entry is dropped and reported with what it was, the rest kept, and the file as it was kept aside', async () => {
    const files = new MemoryFiles();
    const bad = { version: 1, year: 2026, cards: ['a', 'b'], events: [[0, T0, 3, 2, 100], [1, T0 + 1, 9, 2, 100], [5, T0 + 2, 3, 2, 0], [1, T0 + 3, 1, 0, -1], [1, T0 + 4, 1, 0, 0]], removed: [] };
    files.map.set(yearFileName(2026), enc(bad));
    const { log, problems } = open(files);
    const events = await log.events();
    assert.deepStrictEqual(events.map((e) => e.at), [T0, T0 + 4]);
    assert.ok(problems.some((p) => p.includes('[1,' + (T0 + 1) + ',9,2,100]') && p.includes('rating')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('names no card')));
    assert.ok(problems.some((p) => p.includes('duration')));
    assert.deepStrictEqual(dec(files.map.get('reviews-2026.json.dropped')), bad, 'the file as it was is kept aside');
  });

  test('a file of another version (or not JSON) is set aside, never silently overwritten, and the log goes on', async () => {
    const files = new MemoryFiles();
    files.map.set(yearFileName(2026), enc({ version: 2, whatever: true }));
    files.map.set(yearFileName(2025), enc('{not json'));
    const { log, problems } = open(files);
    assert.deepStrictEqual(await log.events(), []);
    assert.ok(problems.some((p) => p.includes('version 2')));
    assert.ok(problems.some((p) => p.includes('not JSON')));
    assert.deepStrictEqual(dec(files.map.get('reviews-2026.json.dropped')), { version: 2, whatever: true });
    assert.strictEqual(new TextDecoder().decode(files.map.get('reviews-2025.json.dropped')), '{not json');
    log.append(ev('a', T0));
    await log.flush();
    assert.strictEqual(dec(files.map.get(yearFileName(2026))).events.length, 1);
    assert.ok(files.map.has('reviews-2026.json.dropped'), 'the set-aside copy stays');
  });

  test(`a year keeps at most ${MAX_EVENTS_PER_YEAR} events: beyond that its oldest go`, async () => {
    const files = new MemoryFiles();
    const { log } = open(files);
    for (let i = 0; i < MAX_EVENTS_PER_YEAR + 3; i++) log.append(ev(`c${i % 50}`, T0 + i));
    log.append(ev('last-year', Date.UTC(2025, 5, 1)));
    await log.flush();
    const events = await open(files).log.events();
    assert.strictEqual(events.length, MAX_EVENTS_PER_YEAR + 1);
    assert.strictEqual(events[0].cardId, 'last-year', 'another year is not touched');
    assert.strictEqual(events[1].at, T0 + 3, 'the three oldest of 2026 went');
  });

  test('two windows over one folder: each write merges, so neither loses the other\'s grades', async () => {
    const files = new MemoryFiles();
    const a = open(files).log;
    const b = open(files).log;
    a.append(ev('a1', T0));
    b.append(ev('b1', T0 + 1));
    await a.flush();
    await b.flush();
    a.append(ev('a2', T0 + 2));
    await a.flush();
    const fresh = await open(files).log.events();
    assert.deepStrictEqual(fresh.map((e) => e.cardId), ['a1', 'b1', 'a2']);
    let told = 0;
    a.onDidChange(() => told++);
    assert.ok((await a.events()).some((e) => e.cardId === 'b1'), 'a merged b\'s grade when it wrote');
    b.append(ev('b2', T0 + 3));
    await b.flush();
    assert.strictEqual(await a.refresh(), true);
    assert.strictEqual(told, 1);
    assert.deepStrictEqual((await a.events()).map((e) => e.cardId), ['a1', 'b1', 'a2', 'b2']);
  });

  test('an undone grade stays gone even when another window still holds its copy', async () => {
    const files = new MemoryFiles();
    const a = open(files).log;
    const b = open(files).log;
    a.append(ev('x', T0));
    a.append(ev('y', T0 + 1));
    await a.flush();
    assert.strictEqual((await b.events()).length, 2, 'b has read both');
    a.remove('x', T0);
    assert.deepStrictEqual((await a.events()).map((e) => e.cardId), ['y']);
    await a.flush();
    b.append(ev('z', T0 + 2));
    await b.flush();
    assert.deepStrictEqual((await b.events()).map((e) => e.cardId), ['y', 'z'], 'b dropped its copy when it merged');
    assert.deepStrictEqual((await open(files).log.events()).map((e) => e.cardId), ['y', 'z']);
  });

  test('clear forgets every event in every window; a grade made after it survives', async () => {
    const files = new MemoryFiles();
    let now = T0 + 10;
    const a = open(files, () => now).log;
    const b = open(files, () => now).log;
    a.append(ev('a', T0));
    a.append(ev('old', Date.UTC(2025, 1, 1)));
    await a.flush();
    b.append(ev('b', T0 + 1));
    await b.flush();
    await a.clear();
    assert.deepStrictEqual(await a.events(), []);
    assert.deepStrictEqual([...files.map.keys()], [RESET_FILE], 'the year files are gone, the reset marker stays');
    now = T0 + 1000;
    b.append(ev('after', T0 + 500));
    await b.flush();
    assert.deepStrictEqual((await b.events()).map((e) => e.cardId), ['after'], 'b honoured the reset when it wrote');
    assert.deepStrictEqual((await open(files).log.events()).map((e) => e.cardId), ['after']);
    await a.refresh();
    assert.deepStrictEqual((await a.events()).map((e) => e.cardId), ['after']);
  });

  test('a failed write keeps the grade in memory and writes it on the next flush', async () => {
    const files = new MemoryFiles();
    const { log } = open(files);
    const write = files.write.bind(files);
    files.write = async () => {
      throw new Error('disk full');
    };
    log.append(ev('a', T0));
    await assert.rejects(log.flush(), /disk full/);
    files.write = write;
    await log.flush();
    assert.strictEqual((await open(files).log.events()).length, 1);
  });
});

suite('review log CSV', () => {
  test('header and rows in the FSRS optimizer\'s format: ms times and durations, rating 1-4, state before; cram left out', () => {
    const csv = reviewLogCsv([
      ev('kam/what', T0, { rating: 1, state: 0, durationMs: 5200 }),
      ev('kam/what', T0 + 600_000, { rating: 3, state: 1, durationMs: 2100 }),
      ev('idic/a', T0 + 700_000, { cram: true }),
      ev('note:my notes.md#a,b "x"', T0 + 800_000, { rating: 4, state: 2, durationMs: 0 }),
    ]);
    assert.strictEqual(csv, [
      'card_id,review_time,review_rating,review_state,review_duration',
      `kam/what,${T0},1,0,5200`,
      `kam/what,${T0 + 600_000},3,1,2100`,
      `"note:my notes.md#a,b ""x""",${T0 + 800_000},4,2,0`,
      '',
    ].join('\n'));
  });
});

suite('review session and the log', () => {
  const pack: QueueCard[] = [{ id: 'c/0', topic: 'a', conceptId: 'c' }, { id: 'c/1', topic: 'a', conceptId: 'c' }];

  function session(mode: 'due' | 'cram', clock: () => number) {
    const store = ProgressStore.open(new MemoryStore(), 'p');
    const log = new ReviewLog(new MemoryFiles(), { timer: new ManualTimer() });
    const s = new ReviewSession(pack, store, new Scheduler(), { mode, shuffle: false, seed: 1, newPerDay: 20, history: log }, clock);
    return { store, log, s };
  }

  test('a grade logs the card, the time, its rating, the state before and the duration; undo takes it out', async () => {
    let now = T0;
    const { log, s } = session('due', () => now);
    await s.grade('again', 3200);
    now += 60_000;
    await s.grade('good', 1500);
    // c/0 came back (learning) after c/1.
    now += 60_000;
    assert.strictEqual(s.current()?.id, 'c/0');
    await s.grade('good', 900);
    assert.deepStrictEqual(await log.events(), [
      { cardId: 'c/0', at: T0, rating: 1, state: 0, durationMs: 3200 },
      { cardId: 'c/1', at: T0 + 60_000, rating: 3, state: 0, durationMs: 1500 },
      { cardId: 'c/0', at: T0 + 120_000, rating: 3, state: 1, durationMs: 900 },
    ]);
    await s.undo();
    assert.deepStrictEqual((await log.events()).map((e) => e.at), [T0, T0 + 60_000]);
  });

  test('a cram grade is logged as cram; a grade without a duration logs 0', async () => {
    const { log, s } = session('cram', () => T0);
    await s.grade('easy');
    assert.deepStrictEqual(await log.events(), [{ cardId: 'c/0', at: T0, rating: 4, state: 0, durationMs: 0, cram: true }]);
  });
});

suite('review log, loaded on first use', () => {
  test('the feature\'s stand-in loads the log only at the first grade, and passes on listeners given before', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle the stand-in would require in dist/
    const { LazyReviewLog } = require('../../src/features/flashcards/lazyReviewLog') as typeof import('../../src/features/flashcards/lazyReviewLog');
    let loads = 0;
    const lazy = new LazyReviewLog(new MemoryFiles(), { timer: new ManualTimer() }, () => {
      loads++;
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- what dist/reviewLog.js is built from
      return require('../../src/core/study/reviewLogStore');
    });
    let told = 0;
    lazy.onDidChange(() => told++);
    assert.strictEqual(await lazy.refresh(), false);
    await lazy.flush();
    assert.strictEqual(loads, 0, 'focus changes and disposal load nothing');
    lazy.append(ev('a', T0));
    lazy.append(ev('b', T0 + 1, { cram: true }));
    assert.strictEqual(loads, 1);
    assert.strictEqual(told, 2);
    const { text, rows } = await lazy.csv();
    assert.strictEqual(rows, 1);
    assert.strictEqual(text.split('\n')[1], `a,${T0},3,2,4000`);
  });
});
