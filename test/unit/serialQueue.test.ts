// The flashcards panel handles its messages through one SerialQueue: a grade
// arriving while the previous one is still being saved waits its turn, and a
// message that fails must not block the ones after it.
import * as assert from 'assert';
import { SerialQueue } from '../../src/core/util/serialQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

suite('SerialQueue', () => {
  test('runs tasks one at a time in the order pushed, even when an earlier one is slower', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const slow = queue.push(async () => {
      order.push('slow start');
      await tick();
      await tick();
      order.push('slow end');
    });
    const fast = queue.push(() => {
      order.push('fast');
    });
    await Promise.all([slow, fast]);
    assert.deepStrictEqual(order, ['slow start', 'slow end', 'fast']);
  });

  test('a failed task rejects its own promise, and every later task still runs', async () => {
    const queue = new SerialQueue();
    const failed = queue.push(() => Promise.reject(new Error('store write failed')));
    const later = queue.push(() => 'graded');
    const last = queue.push(async () => 'undone');
    await assert.rejects(failed, /store write failed/);
    assert.strictEqual(await later, 'graded');
    assert.strictEqual(await last, 'undone');
  });

  test('a task that throws synchronously is a failure of that task only', async () => {
    const queue = new SerialQueue();
    const failed = queue.push(() => {
      throw new Error('bad message');
    });
    await assert.rejects(failed, /bad message/);
    assert.strictEqual(await queue.push(() => 42), 42);
  });
});
