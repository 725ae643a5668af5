// Quiz results kept per topic: a versioned record that survives bad data, and
// the "My weakest topics" ranking built from it.
import * as assert from 'assert';
import { parseResults, QuizResultsStore, recentAccuracy, weakestTopics } from '../../src/core/quiz/results';
import { MemoryStore } from '../support/memoryStore';

const KEY = 'crmStudy.quizResults';

suite('Quiz results', () => {
  test('a new student has no results and no weakest topics', () => {
    const store = new QuizResultsStore(new MemoryStore(), KEY);
    assert.deepStrictEqual(store.load(), { results: { version: 1, topics: {} }, dropped: 0 });
    assert.deepStrictEqual(store.weakest(), []);
  });

  test('a recorded session is stored per topic and read back', async () => {
    const memory = new MemoryStore();
    const store = new QuizResultsStore(memory, KEY);
    await store.record({ relationships: { asked: 3, points: 2 }, 'payne-frow': { asked: 2, points: 2 } }, 1000);
    assert.deepStrictEqual(memory.get(KEY), {
      version: 1,
      topics: { relationships: [{ at: 1000, asked: 3, points: 2 }], 'payne-frow': [{ at: 1000, asked: 2, points: 2 }] },
    });
  });

  test('a corrupt record is dropped and counted; the rest is kept', () => {
    const { results, dropped } = parseResults({
      version: 1,
      topics: {
        relationships: [{ at: 1, asked: 5, points: 3 }, { at: 'yesterday', asked: 5, points: 3 }, { at: 2, asked: 4, points: 9 }, null],
        foundations: 'oops',
        'payne-frow': [{ at: 3, asked: 2, points: 1.5 }],
      },
    });
    assert.strictEqual(dropped, 4);
    assert.deepStrictEqual(results.topics, { relationships: [{ at: 1, asked: 5, points: 3 }], 'payne-frow': [{ at: 3, asked: 2, points: 1.5 }] });
  });

  test('a record of another version or shape is set aside, not trusted', () => {
    assert.deepStrictEqual(parseResults({ version: 2, topics: {} }).results.topics, {});
    assert.strictEqual(parseResults('garbage').dropped, 1);
    assert.strictEqual(parseResults({ version: 1, topics: [] }).dropped, 1);
    assert.strictEqual(parseResults(undefined).dropped, 0);
  });

  test('recording over a corrupt record keeps the good sessions and reports the dropped ones', async () => {
    const memory = new MemoryStore();
    await memory.update(KEY, { version: 1, topics: { relationships: [{ at: 1, asked: 5, points: 1 }, { broken: true }] } });
    const store = new QuizResultsStore(memory, KEY);
    assert.strictEqual(await store.record({ relationships: { asked: 5, points: 5 } }, 2), 1);
    assert.deepStrictEqual(store.load(), { results: { version: 1, topics: { relationships: [{ at: 1, asked: 5, points: 1 }, { at: 2, asked: 5, points: 5 }] } }, dropped: 0 });
  });

  test('recent sessions weigh more than old ones', () => {
    const improving = recentAccuracy([{ at: 1, asked: 10, points: 2 }, { at: 2, asked: 10, points: 9 }]);
    const slipping = recentAccuracy([{ at: 1, asked: 10, points: 9 }, { at: 2, asked: 10, points: 2 }]);
    assert.ok(improving > 0.55 && slipping < 0.55, `${improving} vs ${slipping}`);
  });

  test('the weakest topic comes first', () => {
    const ranking = weakestTopics({
      version: 1,
      topics: {
        foundations: [{ at: 1, asked: 10, points: 9 }],
        relationships: [{ at: 1, asked: 10, points: 8 }, { at: 2, asked: 10, points: 3 }],
        'payne-frow': [{ at: 1, asked: 10, points: 2 }, { at: 2, asked: 10, points: 7 }],
      },
    });
    assert.deepStrictEqual(ranking.map((r) => r.topic), ['relationships', 'payne-frow', 'foundations']);
  });

  test('topics no longer in the pack are left out of the ranking', () => {
    const ranking = weakestTopics({ version: 1, topics: { gone: [{ at: 1, asked: 4, points: 0 }], foundations: [{ at: 1, asked: 4, points: 3 }] } }, ['foundations']);
    assert.deepStrictEqual(ranking.map((r) => r.topic), ['foundations']);
  });
});
