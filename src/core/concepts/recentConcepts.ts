// The "recent concepts" list that search shows in an empty box: the concept
// page adds to it, search reads it. Kept under one key of a key-value store
// (globalState in the extension); most recent first, no duplicates, at most
// ten. A corrupt stored value reads as an empty list and is replaced on the
// next add.

import { KeyValueStore } from '../util/keyValueStore';

export const MAX_RECENT_CONCEPTS = 10;

export class RecentConcepts {
  constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
    private readonly max = MAX_RECENT_CONCEPTS,
  ) {}

  /** Concept ids, most recently opened first; only the strings of what is stored. */
  ids(): string[] {
    const stored = this.store.get<unknown>(this.key);
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string').slice(0, this.max) : [];
  }

  /** Puts a concept first (moving it if it was there already). */
  async add(conceptId: string): Promise<void> {
    await this.store.update(this.key, [conceptId, ...this.ids().filter((id) => id !== conceptId)].slice(0, this.max));
  }
}
