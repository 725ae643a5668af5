// The one in-memory stand-in for VS Code's globalState in unit tests: a
// KeyValueStore that keeps each value as JSON text, the way globalState keeps it
// on disk and hands it to every other window. So a value only comes back as
// plain JSON (no class instances, no undefined fields, no shared references),
// and two stores opened over one MemoryStore behave like two windows.

import { KeyValueStore } from '../../src/core/util/keyValueStore';

export class MemoryStore implements KeyValueStore {
  /** The stored JSON text by key, as on disk. */
  readonly data = new Map<string, string>();
  /** How many times update() was called. */
  writes = 0;

  /** A fresh copy on every read, as another window (or the next session) would see it. */
  get<T>(key: string): T | undefined {
    const text = this.data.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  /**
   * Stores at once (a read right after sees the new value, as with globalState)
   * and resolves; undefined removes the key, as globalState does.
   */
  update(key: string, value: unknown): Promise<void> {
    this.writes++;
    const text = value === undefined ? undefined : JSON.stringify(value);
    if (text === undefined) this.data.delete(key);
    else this.data.set(key, text);
    return Promise.resolve();
  }
}
