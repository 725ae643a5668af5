// Study progress survives: validated on load, corrupt records dropped and
// reported (the rest kept), export/import round trip with "newer review wins",
// and a reset or an undone grade stays done when another window or a synced
// machine writes its (older) copy of the progress.
import * as assert from 'assert';
import { MAX_TOMBSTONES, ProgressStore, ReviewLogEntry, TOMBSTONE_MAX_AGE_MS, validateProgress } from '../../src/core/study/progressStore';
import { ReviewRecord, Scheduler } from '../../src/core/study/scheduler';
import { MemoryStore } from '../support/memoryStore';

const KEY = 'crmStudy.progress';
const T0 = new Date(2025, 2, 10, 9, 0).getTime();
const scheduler = new Scheduler();

const graded = (at = T0, grade: 'good' | 'again' = 'good'): ReviewRecord => scheduler.grade(undefined, grade, at);

suite('progress store', () => {
  test('a grade written through the store is there after re-opening (a window reload)', async () => {
    const kv = new MemoryStore();
    const store = ProgressStore.open(kv, KEY);
    const record = graded();
    await store.set('kam/what', record, { cardId: 'kam/what', grade: 'good', at: T0 });
    const reopened = ProgressStore.open(kv, KEY);
    assert.deepStrictEqual(reopened.get('kam/what'), record);
    assert.deepStrictEqual(reopened.log(), [{ cardId: 'kam/what', grade: 'good', at: T0 }]);
    assert.deepStrictEqual(reopened.loadProblems, []);
  });

  test('the stored document is the versioned schema { version: 1, cards, log, rev }', async () => {
    const kv = new MemoryStore();
    const store = ProgressStore.open(kv, KEY);
    await store.set('a', graded());
    const doc = kv.get(KEY) as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(doc).sort(), ['cards', 'log', 'rev', 'version']);
    assert.strictEqual(doc.version, 1);
  });

  test('a corrupt record is dropped and reported by card id; the others are kept', async () => {
    const kv = new MemoryStore();
    const good = graded();
    void kv.update(KEY, { version: 1, cards: { 'kam/ok': good, 'kam/bad': { due: 'tomorrow', reps: -1 }, 'scope/ok': good, 'x/null': null } });
    const store = ProgressStore.open(kv, KEY);
    assert.deepStrictEqual(store.get('kam/ok'), good);
    assert.deepStrictEqual(store.get('scope/ok'), good);
    assert.strictEqual(store.get('kam/bad'), undefined);
    assert.strictEqual(store.loadProblems.length, 2);
    assert.match(store.loadProblems.join('\n'), /kam\/bad: "due" is not a time/);
    assert.match(store.loadProblems.join('\n'), /x\/null: record is not an object/);
    await store.flushed();
    // What was dropped is saved aside, and the cleaned document written back.
    const aside = kv.get(`${KEY}.dropped`) as { values: Record<string, unknown> };
    assert.deepStrictEqual(aside.values['kam/bad'], { due: 'tomorrow', reps: -1 });
    assert.deepStrictEqual(Object.keys((kv.get(KEY) as { cards: object }).cards).sort(), ['kam/ok', 'scope/ok']);
  });

  test('an unreadable document (wrong version, not an object) starts empty and is set aside, never thrown', () => {
    for (const raw of ['garbage', 42, [], { version: 2, cards: {} }, { version: 1, cards: [] }]) {
      const kv = new MemoryStore();
      void kv.update(KEY, raw);
      const store = ProgressStore.open(kv, KEY);
      assert.strictEqual(store.size, 0);
      assert.strictEqual(store.loadProblems.length, 1, JSON.stringify(raw));
    }
  });

  test('nothing stored yet is not a problem', () => {
    const store = ProgressStore.open(new MemoryStore(), KEY);
    assert.strictEqual(store.size, 0);
    assert.deepStrictEqual(store.loadProblems, []);
  });

  test('unknown fields in a record do not travel on', () => {
    const result = validateProgress({ version: 1, cards: { a: { ...graded(), evil: '<script>' } } });
    assert.ok(!('evil' in result.data.cards.a));
  });

  test('restore puts back the exact previous record and removes the undone log entry', async () => {
    const store = ProgressStore.open(new MemoryStore(), KEY);
    const before = graded();
    await store.set('a', before);
    const entry = { cardId: 'a', grade: 'again' as const, at: T0 + 1 };
    await store.set('a', scheduler.grade(before, 'again', T0 + 1), entry);
    await store.restore('a', before, entry);
    assert.deepStrictEqual(store.get('a'), before);
    assert.deepStrictEqual(store.log(), []);
    await store.restore('a', undefined);
    assert.strictEqual(store.get('a'), undefined);
  });

  test('export then import into an empty store gives the same progress', async () => {
    const source = ProgressStore.open(new MemoryStore(), KEY);
    await source.set('a', graded(T0), { cardId: 'a', grade: 'good', at: T0 });
    await source.set('b', graded(T0 + 1000, 'again'), { cardId: 'b', grade: 'again', at: T0 + 1000 });
    const target = ProgressStore.open(new MemoryStore(), KEY);
    const result = await target.importJson(source.exportJson());
    assert.deepStrictEqual(result, { taken: 2, skipped: 0, dropped: 0, problems: [] });
    assert.deepStrictEqual(target.snapshot(), source.snapshot());
  });

  test('import merges: the more recent review of a card wins, either way', async () => {
    const older = graded(T0);
    const newer = graded(T0 + 86_400_000, 'again');
    const here = ProgressStore.open(new MemoryStore(), KEY);
    await here.set('mine-newer', newer);
    await here.set('theirs-newer', older);
    await here.set('only-here', older);
    const file = JSON.stringify({ version: 1, cards: { 'mine-newer': older, 'theirs-newer': newer, 'only-there': older } });
    const result = await here.importJson(file);
    assert.strictEqual(result.taken, 2);
    assert.strictEqual(result.skipped, 1);
    assert.deepStrictEqual(here.get('mine-newer'), newer);
    assert.deepStrictEqual(here.get('theirs-newer'), newer);
    assert.deepStrictEqual(here.get('only-here'), older);
    assert.deepStrictEqual(here.get('only-there'), older);
  });

  test('import reports how many records were taken and dropped, and survives junk files', async () => {
    const store = ProgressStore.open(new MemoryStore(), KEY);
    const result = await store.importJson(JSON.stringify({ version: 1, cards: { a: graded(), b: { nope: 1 } } }));
    assert.strictEqual(result.taken, 1);
    assert.strictEqual(result.dropped, 1);
    assert.match(result.problems[0], /^b: /);
    const junk = await store.importJson('{ this is not json');
    assert.strictEqual(junk.taken, 0);
    assert.match(junk.problems[0], /not JSON/);
    assert.strictEqual(store.size, 1, 'a bad import loses nothing');
  });

  test('reset empties the progress in storage', async () => {
    const kv = new MemoryStore();
    const store = ProgressStore.open(kv, KEY);
    await store.set('a', graded());
    await store.reset();
    assert.strictEqual(ProgressStore.open(kv, KEY).size, 0);
  });

  test('writes reach storage in order, and listeners hear each change', async () => {
    const kv = new MemoryStore();
    const store = ProgressStore.open(kv, KEY);
    let heard = 0;
    store.onDidChange(() => heard++);
    const last = graded(T0 + 5);
    void store.set('a', graded(T0));
    void store.set('a', graded(T0 + 1));
    await store.set('a', last);
    assert.deepStrictEqual(ProgressStore.open(kv, KEY).get('a'), last);
    assert.strictEqual(heard, 3);
  });

  test('refresh picks up progress another machine synced into storage', async () => {
    const kv = new MemoryStore();
    const store = ProgressStore.open(kv, KEY);
    await store.set('here', graded(T0));
    const elsewhere = ProgressStore.open(kv, KEY);
    await elsewhere.set('there', graded(T0 + 10));
    assert.strictEqual(store.get('there'), undefined);
    assert.strictEqual(store.refresh(), true);
    assert.ok(store.get('there') && store.get('here'));
  });
});

suite('progress across windows and Settings Sync', () => {
  const MINUTE = 60_000;
  const DAY = 86_400_000;
  /** Every window's store reads the same wall clock; tests move it by hand. */
  let now = T0;
  const clock = () => now;
  const open = (kv: MemoryStore) => ProgressStore.open(kv, KEY, { clock });
  const ids = (store: ProgressStore) => Object.keys(store.snapshot().cards).sort();
  const logged = (store: ProgressStore) => store.log().map((e) => e.cardId);
  /** Grades a card now, in that window, as a review session does. */
  async function grade(store: ProgressStore, cardId: string, grade: 'good' | 'again' = 'good'): Promise<ReviewLogEntry> {
    now += MINUTE;
    const entry: ReviewLogEntry = { cardId, grade, at: now };
    await store.set(cardId, scheduler.grade(store.get(cardId), grade, now), entry);
    return entry;
  }
  setup(() => {
    now = T0;
  });

  test('after a reset in window A, a card graded in window B (which still held the old records) is all either window has', async () => {
    const kv = new MemoryStore();
    const a = open(kv);
    await grade(a, 'old/1');
    await grade(a, 'old/2');
    const b = open(kv);
    assert.deepStrictEqual(ids(b), ['old/1', 'old/2']);
    await grade(b, 'old/3'); // before the reset, which A has not seen
    await grade(a, 'old/1', 'again');
    now += MINUTE;
    await a.reset();
    await grade(b, 'new/y'); // B has not refreshed: it still holds old/1..3 in memory
    a.refresh();
    b.refresh();
    for (const store of [a, b, open(kv)]) {
      assert.deepStrictEqual(ids(store), ['new/y']);
      assert.deepStrictEqual(logged(store), ['new/y']);
    }
  });

  test('a reset survives a synced machine bringing its pre-reset copy, and reaches that machine', async () => {
    const here = new MemoryStore();
    const there = new MemoryStore();
    const a = open(here);
    await grade(a, 'kam/what');
    await here.update(KEY, here.get(KEY)); // nothing new yet; a no-op "sync"
    const m = open(there);
    await grade(m, 'scope/why'); // on the other machine, before the reset
    await grade(a, 'kam/how');
    now += MINUTE;
    await a.reset();
    // Settings Sync replaces the stored value with the other machine's document.
    await here.update(KEY, there.get(KEY));
    a.refresh();
    assert.deepStrictEqual(ids(a), []);
    await a.flushed();
    assert.deepStrictEqual(ids(open(here)), [], 'the reset was written back over the synced copy');
    await there.update(KEY, here.get(KEY));
    m.refresh();
    assert.deepStrictEqual(ids(m), []);
    await grade(m, 'after/reset');
    await here.update(KEY, there.get(KEY));
    a.refresh();
    assert.deepStrictEqual(ids(a), ['after/reset']);
  });

  test('undoing a first grade in A stays undone when B, which had seen that grade, grades another card', async () => {
    const kv = new MemoryStore();
    const a = open(kv);
    const b = open(kv);
    const x = await grade(a, 'card/x');
    b.refresh();
    assert.ok(b.get('card/x'), 'B sees X');
    await a.restore('card/x', undefined, x);
    await grade(b, 'card/y');
    a.refresh();
    b.refresh();
    for (const store of [a, b, open(kv)]) {
      assert.deepStrictEqual(ids(store), ['card/y']);
      assert.deepStrictEqual(logged(store), ['card/y']);
    }
  });

  test('undoing a grade that was not the first puts the earlier record back in every window', async () => {
    const kv = new MemoryStore();
    const a = open(kv);
    await grade(a, 'card/x');
    const before = a.get('card/x');
    const b = open(kv);
    const lapse = await grade(a, 'card/x', 'again');
    b.refresh();
    await a.restore('card/x', before, lapse);
    await grade(b, 'card/y');
    a.refresh();
    for (const store of [a, b, open(kv)]) {
      assert.deepStrictEqual(store.get('card/x'), before);
      assert.deepStrictEqual(logged(store), ['card/x', 'card/y']);
    }
  });

  test('an undo in A leaves alone a grade B has made on that card since', async () => {
    const kv = new MemoryStore();
    const a = open(kv);
    const b = open(kv);
    const first = await grade(a, 'card/x');
    b.refresh();
    await grade(b, 'card/x', 'again');
    const theirs = b.get('card/x');
    await a.restore('card/x', undefined, first); // A has not refreshed: it still shows its own grade
    a.refresh();
    b.refresh();
    for (const store of [a, b, open(kv)]) {
      assert.deepStrictEqual(store.get('card/x'), theirs);
      assert.deepStrictEqual(store.log().map((e) => e.grade), ['again']);
    }
  });

  test('a card taken back in A and graded later in B, which never saw it, comes back with the new grade', async () => {
    const kv = new MemoryStore();
    const a = open(kv);
    const b = open(kv);
    const x = await grade(a, 'card/x');
    await a.restore('card/x', undefined, x);
    await grade(b, 'card/x', 'again');
    const later = b.get('card/x');
    a.refresh();
    for (const store of [a, b, open(kv)]) {
      assert.deepStrictEqual(store.get('card/x'), later);
      assert.deepStrictEqual(logged(store), ['card/x']);
    }
  });

  test('undoing, in B, a grade made before B heard of A\'s reset does not bring back the record from before the reset', async () => {
    const kv = new MemoryStore();
    const a = open(kv);
    await grade(a, 'card/x');
    const b = open(kv);
    const previous = b.get('card/x'); // what B's session keeps for undo
    now += MINUTE;
    await a.reset();
    now += MINUTE;
    const entry: ReviewLogEntry = { cardId: 'card/x', grade: 'again', at: now };
    await b.set('card/x', scheduler.grade(previous, 'again', now), entry); // B hears of the reset as it writes this grade
    await b.restore('card/x', previous, entry);
    a.refresh();
    for (const store of [a, b, open(kv)]) assert.deepStrictEqual(ids(store), []);
  });

  test('export, reset, import brings the exported progress back in every window, and nothing else', async () => {
    const kv = new MemoryStore();
    const a = open(kv);
    await grade(a, 'kept/1');
    await grade(a, 'kept/2');
    const file = a.exportJson();
    const b = open(kv);
    await grade(b, 'after-export'); // not in the file
    now += MINUTE;
    await a.reset();
    now += MINUTE;
    const result = await a.importJson(file);
    assert.deepStrictEqual([result.taken, result.skipped], [2, 0]);
    await grade(b, 'new/y'); // B still holds every old record in memory
    a.refresh();
    b.refresh();
    for (const store of [a, b, open(kv)]) assert.deepStrictEqual(ids(store), ['kept/1', 'kept/2', 'new/y']);
  });

  test('progress written by the previous version (no reset time, no tombstones) loads unchanged', async () => {
    const kv = new MemoryStore();
    const record = graded(T0);
    const old = { version: 1, cards: { 'kam/what': record, 'scope/why': graded(T0 + 1000, 'again') }, log: [{ cardId: 'kam/what', grade: 'good', at: T0 }] };
    await kv.update(KEY, old);
    now = T0 + DAY;
    const store = open(kv);
    assert.deepStrictEqual(store.loadProblems, []);
    assert.deepStrictEqual(store.snapshot(), old);
    assert.deepStrictEqual(validateProgress(old).problems, []);
    // A window still running the previous version reads what we write, and writes back what it read.
    await grade(store, 'new/card');
    const written = kv.get<Record<string, unknown>>(KEY)!;
    assert.strictEqual(written.version, 1);
    assert.deepStrictEqual((written.cards as Record<string, ReviewRecord>)['kam/what'], record);
    await kv.update(KEY, { version: 1, cards: written.cards, log: written.log });
    store.refresh();
    assert.deepStrictEqual(ids(store), ['kam/what', 'new/card', 'scope/why']);
  });

  test('tombstones are bounded: the newest are kept, a reset covers the older ones, and old ones are let go', async () => {
    const kv = new MemoryStore();
    const graves = () => kv.get<{ tombstones?: Array<{ cardId: string }> }>(KEY)!.tombstones?.map((t) => t.cardId) ?? [];
    // A long-lived store, more undone grades than are kept (written by another window).
    const many = Array.from({ length: MAX_TOMBSTONES + 20 }, (_, i) => ({ cardId: `old/${i}`, at: T0 + i, deletedAt: T0 + i }));
    await kv.update(KEY, { version: 1, cards: {}, log: [], tombstones: many });
    now = T0 + DAY;
    const store = open(kv);
    const x = await grade(store, 'card/x');
    await store.restore('card/x', undefined, x);
    assert.strictEqual(store.get('card/x'), undefined);
    assert.strictEqual(graves().length, MAX_TOMBSTONES);
    assert.ok(graves().includes('card/x') && !graves().includes('old/0'), 'the newest are kept');
    now += MINUTE;
    await store.reset();
    assert.deepStrictEqual(graves(), [], 'a reset covers every earlier deletion');
    const late = await grade(store, 'card/late');
    await store.restore('card/late', undefined, late);
    assert.deepStrictEqual(graves(), ['card/late']);
    now += TOMBSTONE_MAX_AGE_MS + DAY;
    await grade(store, 'card/other');
    assert.deepStrictEqual(graves(), [], 'an old tombstone is let go');
  });

  test('a corrupt reset time or tombstone is reported and dropped; the records are kept', () => {
    const good = graded(T0);
    const kv = new MemoryStore();
    void kv.update(KEY, { version: 1, cards: { a: good }, resetAt: 'yesterday', tombstones: [{ cardId: 'b', at: T0, deletedAt: T0 }, { cardId: 7 }] });
    const store = open(kv);
    assert.deepStrictEqual(store.get('a'), good);
    assert.match(store.loadProblems.join('\n'), /reset time/);
    assert.match(store.loadProblems.join('\n'), /1 tombstone dropped/);
  });
});

