// Study progress survives: validated on load, corrupt records dropped and
// reported (the rest kept), export/import round trip with "newer review wins".
import * as assert from 'assert';
import { ProgressStore, validateProgress } from '../../src/core/study/progressStore';
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

  test('the stored document is the versioned schema { version: 1, cards, log }', async () => {
    const kv = new MemoryStore();
    const store = ProgressStore.open(kv, KEY);
    await store.set('a', graded());
    const doc = kv.get(KEY) as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(doc).sort(), ['cards', 'log', 'version']);
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
