// Runs async tasks one at a time, in the order they were pushed. A task that
// fails rejects only its own promise: the tasks after it still run, so one bad
// message never stalls a panel's later ones.

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task pushed before it has settled; resolves or rejects as `task` does. */
  push<T>(task: () => T | Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.then(undefined, () => undefined);
    return run;
  }
}
