// The look-up lists of the ContentIndex (cards of a concept, cards and concepts
// of a topic) kept up to date one note at a time. Each group holds the pack's
// items and, per note, that note's items; replacing a note touches only the
// groups its old and new items are in, and a group's list is rebuilt on its
// next read, so saving one note costs what that note holds, not what the whole
// index holds. Notes are listed in the order of their keys (URIs), so the order
// is the same whatever order the notes were indexed in.

interface Group<T> {
  pack: T[];
  /** The keys of the notes with items here, sorted. */
  keys: string[];
  byNote: Map<string, readonly T[]>;
  /** The list as read: pack items, then each note's; rebuilt after a change. */
  flat?: readonly T[];
}

const NONE: readonly never[] = Object.freeze([]);

export class GroupedList<T> {
  private readonly groups = new Map<string, Group<T>>();

  constructor(private readonly groupOf: (item: T) => string) {}

  addPack(item: T): void {
    const group = this.group(this.groupOf(item));
    group.pack.push(item);
    group.flat = undefined;
  }

  /** Replaces the items the note `key` has (its old items leave their groups, its new ones join theirs). */
  replace(key: string, oldItems: readonly T[], newItems: readonly T[]): void {
    for (const item of oldItems) {
      const id = this.groupOf(item);
      const group = this.groups.get(id);
      if (!group || !group.byNote.delete(key)) continue;
      removeSorted(group.keys, key);
      group.flat = undefined;
      if (group.keys.length === 0 && group.pack.length === 0) this.groups.delete(id);
    }
    if (newItems.length === 0) return;
    let firstGroup: string | undefined;
    let buckets: Map<string, T[]> | undefined;
    for (const item of newItems) {
      const id = this.groupOf(item);
      if (firstGroup === undefined) firstGroup = id;
      else if (id !== firstGroup) buckets ??= new Map();
    }
    if (!buckets) {
      // The usual case: every item of the note is in one group (its topic, or its concept).
      this.put(firstGroup!, key, newItems);
      return;
    }
    for (const item of newItems) {
      const id = this.groupOf(item);
      const bucket = buckets.get(id);
      if (bucket) bucket.push(item);
      else buckets.set(id, [item]);
    }
    for (const [id, items] of buckets) this.put(id, key, items);
  }

  /** The items of a group: the pack's first, then the notes' by key. Do not modify. */
  get(id: string): readonly T[] {
    const group = this.groups.get(id);
    if (!group) return NONE;
    if (group.flat) return group.flat;
    if (group.keys.length === 0) return (group.flat = group.pack);
    const flat = group.pack.slice();
    for (const key of group.keys) {
      for (const item of group.byNote.get(key)!) flat.push(item);
    }
    return (group.flat = flat);
  }

  private put(id: string, key: string, items: readonly T[]): void {
    const group = this.group(id);
    if (!group.byNote.has(key)) insertSorted(group.keys, key);
    group.byNote.set(key, items);
    group.flat = undefined;
  }

  private group(id: string): Group<T> {
    let group = this.groups.get(id);
    if (!group) this.groups.set(id, (group = { pack: [], keys: [], byNote: new Map() }));
    return group;
  }
}

/** Inserts `value` into the sorted array `list` (code-unit order); no-op if present. */
export function insertSorted(list: string[], value: string): void {
  const at = lowerBound(list, value);
  if (list[at] !== value) list.splice(at, 0, value);
}

/** Removes `value` from the sorted array `list`, if there. */
export function removeSorted(list: string[], value: string): void {
  const at = lowerBound(list, value);
  if (list[at] === value) list.splice(at, 1);
}

function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
