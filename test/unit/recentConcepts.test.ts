// The recent concepts that an empty Search Concepts box lists: written by the
// concept page, read by search, through one store.
import * as assert from 'assert';
import { RecentConcepts } from '../../src/core/concepts/recentConcepts';

/** One key-value map, as globalState would hold it. */
function storeWith(value?: unknown) {
  const data = new Map<string, unknown>(value === undefined ? [] : [['recent', value]]);
  return { data, get: <T>(key: string) => data.get(key) as T | undefined, update: (key: string, v: unknown) => void data.set(key, v) };
}

suite('recent concepts', () => {
  test('nothing opened yet reads as an empty list', () => {
    assert.deepStrictEqual(new RecentConcepts(storeWith(), 'recent').ids(), []);
  });

  test('the latest concept comes first and appears once', async () => {
    const recent = new RecentConcepts(storeWith(['a', 'b', 'c']), 'recent');
    await recent.add('b');
    assert.deepStrictEqual(recent.ids(), ['b', 'a', 'c']);
    await recent.add('d');
    assert.deepStrictEqual(recent.ids(), ['d', 'b', 'a', 'c']);
  });

  test('the list keeps at most ten', async () => {
    const store = storeWith(Array.from({ length: 10 }, (_, i) => `c${i}`));
    const recent = new RecentConcepts(store, 'recent');
    await recent.add('new');
    assert.strictEqual(recent.ids().length, 10);
    assert.strictEqual(recent.ids()[0], 'new');
    assert.ok(!recent.ids().includes('c9'));
    assert.strictEqual((store.data.get('recent') as string[]).length, 10, 'what is stored is trimmed too');
  });

  test('a corrupt stored value reads as empty and is replaced by the next concept opened', async () => {
    assert.deepStrictEqual(new RecentConcepts(storeWith('oops'), 'recent').ids(), []);
    assert.deepStrictEqual(new RecentConcepts(storeWith({ 0: 'kam' }), 'recent').ids(), []);
    const mixed = new RecentConcepts(storeWith([1, 'scope', null]), 'recent');
    assert.deepStrictEqual(mixed.ids(), ['scope']);
    const store = storeWith('oops');
    await new RecentConcepts(store, 'recent').add('kam');
    assert.deepStrictEqual(store.data.get('recent'), ['kam']);
  });

  test('the list lives in the store: search reads what the concept page added through its own RecentConcepts', async () => {
    const store = storeWith();
    await new RecentConcepts(store, 'recent').add('kam');
    assert.deepStrictEqual(new RecentConcepts(store, 'recent').ids(), ['kam']);
  });
});
