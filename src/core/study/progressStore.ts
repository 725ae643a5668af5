// Study progress: one review record per card id, plus a short review log, kept
// in a versioned JSON document behind a tiny key-value interface (globalState in
// the extension, a Map in tests). Everything read from storage or an import is
// validated: a corrupt record is dropped and reported, the rest is kept, and
// what was dropped is saved aside under `<key>.dropped` so nothing is lost.
//
// globalState is one value shared by every open window (each with its own
// ProgressStore) and by Settings Sync (which replaces the whole value), so
// deletions are written down rather than just left out: a reset leaves its time
// (`resetAt`), an undone grade leaves a tombstone, and every write first merges
// what storage holds (see `mergeInto` for the rules). Both fields are optional
// additions to version 1: a document without them (written before they existed)
// reads as "never reset, nothing undone", and a window still running the older
// code reads ours and keeps every record instead of setting it all aside as an
// unknown version (it drops the two fields when it writes, which costs only the
// deletions it does not know about, as before).

import { Grade, GRADE_ORDER } from './types';
import { ReviewRecord } from './scheduler';
import { KeyValueStore } from '../util/keyValueStore';

export const PROGRESS_VERSION = 1;
/** The log only feeds "reviewed today", accuracy and undo; it is capped so synced state stays small. */
export const MAX_LOG = 1000;
/**
 * Tombstones kept, newest first. One is left per undone grade; a student undoes
 * a handful a day, so this covers months, and the age limit below lets go sooner.
 */
export const MAX_TOMBSTONES = 1000;
/**
 * How long a tombstone is kept. It only matters while some window or machine
 * still holds a copy of the taken-back grade without having merged storage
 * since: open windows merge on every write and whenever they regain focus, and
 * a machine that syncs takes the synced value before its windows open. A copy
 * that outlives this is a window left untouched for three months; the worst it
 * can do is bring back one undone review of one card, never lose one.
 */
export const TOMBSTONE_MAX_AGE_MS = 90 * 86_400_000;

export interface ReviewLogEntry {
  cardId: string;
  grade: Grade;
  /** Epoch milliseconds. */
  at: number;
  /** Cram reviews change no schedule. */
  cram?: boolean;
}

/** "The grade of `cardId` made at `at` was taken back": its record and log entry are gone everywhere. */
export interface Tombstone {
  cardId: string;
  /** The undone record's review time (its `lastReview`), which is also its log entry's `at`. */
  at: number;
  /** When it was taken back (epoch ms): what the bounds go by. */
  deletedAt: number;
}

export interface ProgressData {
  version: 1;
  cards: Record<string, ReviewRecord>;
  log?: ReviewLogEntry[];
  /** The last reset (epoch ms): a copy that has not seen it loses every record and log entry from before it. */
  resetAt?: number;
  /** Undone grades, oldest first; absent when there are none. */
  tombstones?: Tombstone[];
  /** Names the write that stored this document, so a store can tell its own write from another window's (validation drops it). */
  rev?: string;
}

export interface ValidationResult {
  data: ProgressData;
  /** Records kept. */
  taken: number;
  /** Records (or the whole document) dropped. */
  dropped: number;
  /** One readable line per problem, naming the card id. */
  problems: string[];
  /** The raw values that were dropped, by card id ("*" for an unreadable document). */
  droppedRaw: Record<string, unknown>;
}

export interface ImportResult {
  /** Records taken from the file (new, or reviewed more recently than ours). */
  taken: number;
  /** Valid records in the file that lost to a newer review here. */
  skipped: number;
  /** Invalid records in the file. */
  dropped: number;
  problems: string[];
}

function emptyProgress(): ProgressData {
  return { version: PROGRESS_VERSION, cards: {}, log: [] };
}

/** Checks a stored or imported document; never throws. */
export function validateProgress(raw: unknown): ValidationResult {
  const result: ValidationResult = { data: emptyProgress(), taken: 0, dropped: 0, problems: [], droppedRaw: {} };
  if (raw === undefined || raw === null) return result;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return unreadable(result, raw, 'progress data is not a JSON object');
  }
  const doc = raw as { version?: unknown; cards?: unknown; log?: unknown; resetAt?: unknown; tombstones?: unknown };
  if (doc.version !== PROGRESS_VERSION) {
    return unreadable(result, raw, `progress data has version ${JSON.stringify(doc.version)}; this extension reads version ${PROGRESS_VERSION}`);
  }
  if (typeof doc.cards !== 'object' || doc.cards === null || Array.isArray(doc.cards)) {
    return unreadable(result, raw, 'progress data has no "cards" object');
  }
  for (const [id, value] of Object.entries(doc.cards as Record<string, unknown>)) {
    const problem = checkId(id) ?? checkRecord(value);
    if (problem) {
      result.dropped++;
      result.problems.push(`${id || '(empty id)'}: ${problem}`);
      result.droppedRaw[id] = value;
    } else {
      result.data.cards[id] = cleanRecord(value as ReviewRecord);
      result.taken++;
    }
  }
  if (Array.isArray(doc.log)) {
    const entries = doc.log.filter(isLogEntry).map(cleanLogEntry);
    const bad = doc.log.length - entries.length;
    if (bad > 0) result.problems.push(`${bad} review log ${bad === 1 ? 'entry' : 'entries'} dropped`);
    result.data.log = entries.sort((a, b) => a.at - b.at).slice(-MAX_LOG);
  } else if (doc.log !== undefined) {
    result.problems.push('review log is not a list; dropped');
  }
  // The reset time and the tombstones are bookkeeping, not the student's data:
  // a bad one is reported and left out, like a bad log entry.
  if (isFiniteNumber(doc.resetAt)) result.data.resetAt = doc.resetAt;
  else if (doc.resetAt !== undefined) result.problems.push('the reset time is not a time; ignored');
  if (Array.isArray(doc.tombstones)) {
    const tombstones = doc.tombstones.filter(isTombstone).map((t) => ({ cardId: t.cardId, at: t.at, deletedAt: t.deletedAt }));
    const bad = doc.tombstones.length - tombstones.length;
    if (bad > 0) result.problems.push(`${bad} ${bad === 1 ? 'tombstone' : 'tombstones'} dropped`);
    if (tombstones.length) result.data.tombstones = tombstones.sort((a, b) => a.deletedAt - b.deletedAt);
  } else if (doc.tombstones !== undefined) {
    result.problems.push('tombstones are not a list; dropped');
  }
  return result;
}

function unreadable(result: ValidationResult, raw: unknown, problem: string): ValidationResult {
  result.dropped = 1;
  result.problems.push(problem);
  result.droppedRaw['*'] = raw;
  return result;
}

function checkId(id: string): string | undefined {
  if (!id.trim() || id.length > 300) return 'not a card id';
  return undefined;
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isCount(v: unknown): v is number {
  return isFiniteNumber(v) && v >= 0 && Number.isInteger(v);
}

/** Why a value is not a review record, or undefined if it is one. */
function checkRecord(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'record is not an object';
  const r = value as Record<string, unknown>;
  if (!isFiniteNumber(r.due)) return '"due" is not a time';
  if (!isFiniteNumber(r.stability) || r.stability < 0) return '"stability" is not a non-negative number';
  if (!isFiniteNumber(r.difficulty)) return '"difficulty" is not a number';
  if (!isFiniteNumber(r.scheduledDays) || r.scheduledDays < 0) return '"scheduledDays" is not a non-negative number';
  for (const key of ['learningSteps', 'reps', 'lapses'] as const) {
    if (!isCount(r[key])) return `"${key}" is not a whole number`;
  }
  if (r.state !== 0 && r.state !== 1 && r.state !== 2 && r.state !== 3) return '"state" is not 0, 1, 2 or 3';
  for (const key of ['lastReview', 'firstReview'] as const) {
    if (r[key] !== undefined && !isFiniteNumber(r[key])) return `"${key}" is not a time`;
  }
  return undefined;
}

/** Copies only the fields we know, so unknown junk never travels on. */
function cleanRecord(r: ReviewRecord): ReviewRecord {
  const record: ReviewRecord = {
    due: r.due,
    stability: r.stability,
    difficulty: r.difficulty,
    scheduledDays: r.scheduledDays,
    learningSteps: r.learningSteps,
    reps: r.reps,
    lapses: r.lapses,
    state: r.state,
  };
  if (r.lastReview !== undefined) record.lastReview = r.lastReview;
  if (r.firstReview !== undefined) record.firstReview = r.firstReview;
  return record;
}

function isLogEntry(value: unknown): value is ReviewLogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return typeof e.cardId === 'string' && (GRADE_ORDER as readonly unknown[]).includes(e.grade) && isFiniteNumber(e.at) &&
    (e.cram === undefined || typeof e.cram === 'boolean');
}

function cleanLogEntry(e: ReviewLogEntry): ReviewLogEntry {
  return e.cram ? { cardId: e.cardId, grade: e.grade, at: e.at, cram: true } : { cardId: e.cardId, grade: e.grade, at: e.at };
}

function isTombstone(value: unknown): value is Tombstone {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t.cardId === 'string' && checkId(t.cardId) === undefined && isFiniteNumber(t.at) && isFiniteNumber(t.deletedAt);
}

/** Newer review wins; a record never reviewed loses to one that was. */
function newer(a: ReviewRecord, b: ReviewRecord | undefined): boolean {
  return !b || (a.lastReview ?? -1) > (b.lastReview ?? -1);
}

/**
 * When a record was made: its review time, or for a card queued but never
 * reviewed (quiz misses), its due time, which is when it was queued.
 */
function stampOf(record: ReviewRecord): number {
  return record.lastReview ?? record.due;
}

function graveKey(cardId: string, at: number): string {
  return `${at}\u0000${cardId}`;
}

function mergeLogs(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const seen = new Set<string>();
  const out: ReviewLogEntry[] = [];
  for (const e of [...a, ...b].sort((x, y) => x.at - y.at)) {
    const key = graveKey(e.cardId, e.at);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.slice(-MAX_LOG);
}

function sameLog(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[] | undefined): boolean {
  const other = b ?? [];
  return a.length === other.length && a.every((e, i) => e.at === other[i].at && e.cardId === other[i].cardId);
}

/**
 * The tombstones worth keeping, oldest first. A reset made after a tombstone
 * makes it redundant: every copy that has not seen the reset loses everything
 * from before it anyway, and a copy that has seen it no longer holds the
 * undone grade (only an import made after the reset could bring it back, and
 * that is the student's choice).
 */
function boundTombstones(tombstones: readonly Tombstone[], resetAt: number | undefined, now: number): Tombstone[] {
  const byKey = new Map<string, Tombstone>();
  for (const t of tombstones) {
    if (resetAt !== undefined && t.deletedAt <= resetAt) continue;
    if (now - t.deletedAt > TOMBSTONE_MAX_AGE_MS) continue;
    const key = graveKey(t.cardId, t.at);
    const seen = byKey.get(key);
    if (!seen || t.deletedAt > seen.deletedAt) byKey.set(key, t);
  }
  return [...byKey.values()].sort((a, b) => a.deletedAt - b.deletedAt).slice(-MAX_TOMBSTONES);
}

function laterOf(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

interface MergeOutcome {
  /** `ours` changed in a way a reader sees (records or log). */
  changed: boolean;
  /** `theirs` lacks something `ours` has (a reset, a tombstone, a record, a log entry): it is worth writing back. */
  behind: boolean;
}

/**
 * Merges another copy of the progress (storage, written by another window or
 * brought by Settings Sync) into ours, in place. The rules:
 * - The later reset wins. A copy that has not seen it (its own `resetAt` is
 *   older) loses every record and log entry made at or before it; a grade made
 *   after the reset survives, whichever window made it. A copy that has seen
 *   the reset is trusted whole, which is what lets an import after a reset
 *   bring old records back.
 * - A tombstone removes the record and the log entry of the grade it names, in
 *   every copy. It names one review time, so a later grade of the same card (in
 *   any window) is untouched, and an undo in one window cannot delete a grade
 *   another window has made since.
 * - Between two live records of a card, the more recent review wins; on a tie
 *   ours stays (it may carry a change that is not a review, such as a queued quiz miss).
 */
function mergeInto(ours: ProgressData, theirs: ProgressData, now: number): MergeOutcome {
  const resetAt = laterOf(ours.resetAt, theirs.resetAt);
  const staleOf = (doc: ProgressData) => resetAt !== undefined && (doc.resetAt === undefined || doc.resetAt < resetAt);
  const oursStale = staleOf(ours);
  const theirsStale = staleOf(theirs);
  let changed = false;
  let behind = theirsStale;

  const tombstones = boundTombstones([...(ours.tombstones ?? []), ...(theirs.tombstones ?? [])], resetAt, now);
  const dead = new Set(tombstones.map((t) => graveKey(t.cardId, t.at)));
  const theirGraves = new Set((theirs.tombstones ?? []).map((t) => graveKey(t.cardId, t.at)));
  if (tombstones.some((t) => !theirGraves.has(graveKey(t.cardId, t.at)))) behind = true;
  const lives = (stale: boolean, cardId: string, at: number) =>
    !(stale && resetAt !== undefined && at <= resetAt) && !dead.has(graveKey(cardId, at));

  for (const [id, record] of Object.entries(ours.cards)) {
    if (!lives(oursStale, id, stampOf(record))) {
      delete ours.cards[id];
      changed = true;
    } else if (!Object.prototype.hasOwnProperty.call(theirs.cards, id)) {
      behind = true;
    }
  }
  for (const [id, record] of Object.entries(theirs.cards)) {
    if (!lives(theirsStale, id, stampOf(record))) {
      behind = true;
      continue;
    }
    const mine = Object.prototype.hasOwnProperty.call(ours.cards, id) ? ours.cards[id] : undefined;
    if (newer(record, mine)) {
      ours.cards[id] = record;
      changed = true;
    } else if (mine && newer(mine, record)) {
      behind = true;
    }
  }

  const log = mergeLogs(
    (ours.log ?? []).filter((e) => lives(oursStale, e.cardId, e.at)),
    (theirs.log ?? []).filter((e) => lives(theirsStale, e.cardId, e.at)),
  );
  if (!sameLog(log, ours.log)) changed = true;
  if (!sameLog(log, theirs.log)) behind = true;

  ours.log = log;
  if (resetAt !== undefined) ours.resetAt = resetAt;
  if (tombstones.length) ours.tombstones = tombstones;
  else delete ours.tombstones;
  return { changed, behind };
}

type Listener = () => void;

export interface ProgressStoreOptions {
  /** Wall-clock time for reset times and tombstones; tests pass their own. */
  clock?: () => number;
}

/**
 * The progress document in memory, written through to the key-value store on
 * every change. Records themselves are never mutated (the scheduler returns new
 * ones, which is what makes undo exact); the `cards` map is updated in place,
 * because copying it on every grade costs milliseconds once it holds a few
 * thousand cards. A queued write therefore always carries the latest state.
 *
 * Each write first merges what storage holds, so another window's reset, undo
 * or grade since our last look is kept rather than overwritten. globalState
 * hands back the very object it was given until another window (or Settings
 * Sync) writes, and a copy of our own write still carries our `rev`, so
 * "storage still holds what we wrote" is one comparison and the common case
 * costs nothing.
 */
export class ProgressStore {
  private data: ProgressData;
  private readonly listeners = new Set<Listener>();
  private writing: Promise<void> = Promise.resolve();
  /** The stored value we last wrote or merged, and the name of our last write. */
  private seen: unknown;
  private lastRev: string | undefined;
  /** Tells this store's writes from any other window's: another would need the same random draw. */
  private readonly writer = Math.random().toString(36).slice(2, 10);
  private writes = 0;
  /** When this store learned of its current reset (made it or merged it in); a grade made before that belongs to the world before it. */
  private resetKnownSince = -Infinity;

  private constructor(
    private readonly kv: KeyValueStore,
    private readonly key: string,
    loaded: ValidationResult,
    readonly loadProblems: readonly string[],
    private readonly clock: () => number,
  ) {
    this.data = loaded.data;
  }

  /**
   * Reads and validates the stored document. Synchronous, so activation stays
   * fast; when something was dropped, its raw value is saved aside under
   * `<key>.dropped` before the cleaned document is written back (see `flushed`).
   */
  static open(kv: KeyValueStore, key: string, options: ProgressStoreOptions = {}): ProgressStore {
    const raw = kv.get<unknown>(key);
    const loaded = validateProgress(raw);
    const store = new ProgressStore(kv, key, loaded, loaded.problems, options.clock ?? Date.now);
    store.seen = raw;
    if (loaded.dropped > 0) {
      const aside = Promise.resolve(kv.update(`${key}.dropped`, { at: Date.now(), problems: loaded.problems, values: loaded.droppedRaw }));
      store.writing = aside.then(() => undefined, () => undefined);
      void store.persist().catch(() => undefined);
    }
    return store;
  }

  get(cardId: string): ReviewRecord | undefined {
    return Object.prototype.hasOwnProperty.call(this.data.cards, cardId) ? this.data.cards[cardId] : undefined;
  }

  get size(): number {
    return Object.keys(this.data.cards).length;
  }

  records(): ReviewRecord[] {
    return Object.values(this.data.cards);
  }

  log(): readonly ReviewLogEntry[] {
    return this.data.log ?? [];
  }

  /** A copy of the student's progress (records and log) as exported; the reset time and tombstones stay behind. */
  snapshot(): ProgressData {
    return { version: PROGRESS_VERSION, cards: { ...this.data.cards }, log: [...this.log()] };
  }

  /**
   * Sets (or, with undefined, removes) one record and optionally appends a log
   * entry; resolves once stored. Passing back the record `get` returned (as a
   * cram grade does) changes nothing, even if another window's grade of the
   * card arrives before the write.
   */
  set(cardId: string, record: ReviewRecord | undefined, logEntry?: ReviewLogEntry): Promise<void> {
    const current = this.get(cardId);
    if (record !== current) {
      if (record) {
        this.data.cards[cardId] = record;
        this.unbury(cardId, stampOf(record));
      } else if (current) {
        delete this.data.cards[cardId];
        this.bury(cardId, stampOf(current));
      }
    }
    if (logEntry) {
      const log = (this.data.log ??= []);
      log.push(logEntry);
      if (log.length > MAX_LOG) log.splice(0, log.length - MAX_LOG);
    }
    return this.commit();
  }

  /**
   * Takes back a grade: puts back the record exactly as it was before it and
   * removes the log entry it added, leaving a tombstone so no other window's
   * copy brings the grade back. If another window has graded the card since
   * (and we have merged that), its grade stands and only the log entry goes.
   */
  restore(cardId: string, previous: ReviewRecord | undefined, logEntry?: ReviewLogEntry): Promise<void> {
    const current = this.get(cardId);
    // A cram grade changed no record; otherwise the grade's record carries its time.
    const undoesRecord = !logEntry || (!logEntry.cram && current !== undefined && current.lastReview === logEntry.at);
    // Graded here before we heard of another window's reset: what came before the grade is what that reset forgot.
    const resetAt = this.data.resetAt;
    if (previous && logEntry && resetAt !== undefined && stampOf(previous) <= resetAt && logEntry.at <= this.resetKnownSince) previous = undefined;
    if (undoesRecord && current !== previous) {
      if (previous) this.data.cards[cardId] = previous;
      else delete this.data.cards[cardId];
      if (current) this.bury(cardId, stampOf(current));
    }
    const log = this.data.log;
    if (logEntry && log) {
      const i = log.lastIndexOf(logEntry);
      const at = i >= 0 ? i : log.findIndex((e) => e.at === logEntry.at && e.cardId === logEntry.cardId);
      if (at >= 0) log.splice(at, 1);
    }
    if (logEntry) this.bury(logEntry.cardId, logEntry.at);
    return this.commit();
  }

  /** Sets many records in one write. */
  setMany(records: ReadonlyArray<[string, ReviewRecord]>): Promise<void> {
    if (records.length === 0) return this.writing;
    for (const [id, record] of records) {
      this.data.cards[id] = record;
      this.unbury(id, stampOf(record));
    }
    return this.commit();
  }

  exportJson(): string {
    return JSON.stringify(this.snapshot(), null, 1);
  }

  /**
   * Merges an exported document into ours: for each card the more recent review
   * wins. A record taken from the file is the student's choice, so it stands
   * even if it is older than the last reset or was undone here since the export.
   */
  async importJson(text: string): Promise<ImportResult> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { taken: 0, skipped: 0, dropped: 0, problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
    }
    const incoming = validateProgress(raw);
    // Land on the latest state: a reset another window made a moment ago must not wipe what we take.
    this.refresh();
    let taken = 0;
    let skipped = 0;
    for (const [id, record] of Object.entries(incoming.data.cards)) {
      if (newer(record, this.get(id))) {
        this.data.cards[id] = record;
        this.unbury(id, stampOf(record));
        taken++;
      } else {
        skipped++;
      }
    }
    const dead = new Set((this.data.tombstones ?? []).map((t) => graveKey(t.cardId, t.at)));
    const fileLog = (incoming.data.log ?? []).filter((e) => !dead.has(graveKey(e.cardId, e.at)));
    this.data.log = mergeLogs(this.log(), fileLog);
    if (taken > 0 || incoming.data.log?.length) await this.commit();
    return { taken, skipped, dropped: incoming.dropped, problems: incoming.problems };
  }

  /**
   * Re-reads storage (e.g. after Settings Sync brought progress from another
   * machine) and merges it in; true if what we show changed. When storage lacks
   * something we have (Settings Sync replaced it with another machine's older
   * copy), the merge is written back, so the reset or undo reaches that machine.
   */
  refresh(): boolean {
    const { changed, behind, readable } = this.absorbStored();
    if (behind && readable) void this.persist().catch(() => undefined);
    return changed;
  }

  /**
   * Forgets every record and the log, here and in every window and machine that
   * shares or syncs this storage: anything made at or before the reset time is
   * gone from every copy that has not seen the reset. The time is at least the
   * newest review we know, so a record from a machine whose clock runs ahead
   * does not outlive the reset.
   */
  async reset(): Promise<void> {
    this.absorbStored();
    let resetAt = Math.max(this.clock(), this.data.resetAt ?? -Infinity);
    for (const record of this.records()) resetAt = Math.max(resetAt, stampOf(record));
    for (const entry of this.log()) resetAt = Math.max(resetAt, entry.at);
    this.data = { version: PROGRESS_VERSION, cards: {}, log: [], resetAt };
    this.resetKnownSince = this.clock();
    await this.commit();
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Resolves when every write so far has reached storage. */
  flushed(): Promise<void> {
    return this.writing;
  }

  /** Leaves a tombstone for the grade of `cardId` made at `at`, unless that is the record we now hold. */
  private bury(cardId: string, at: number): void {
    const kept = this.get(cardId);
    if (kept && stampOf(kept) === at) return;
    const tombstones = (this.data.tombstones ??= []);
    if (tombstones.some((t) => t.at === at && t.cardId === cardId)) return;
    tombstones.push({ cardId, at, deletedAt: this.clock() });
    if (tombstones.length > MAX_TOMBSTONES) tombstones.splice(0, tombstones.length - MAX_TOMBSTONES);
  }

  /** A record made now with a buried time (an import, or two grades in one millisecond) is alive again. */
  private unbury(cardId: string, at: number): void {
    const tombstones = this.data.tombstones;
    if (!tombstones) return;
    const i = tombstones.findIndex((t) => t.at === at && t.cardId === cardId);
    if (i >= 0) tombstones.splice(i, 1);
  }

  /** Applies the bounds before a write; they are kept oldest first, so looking at the first one is enough to know. */
  private boundOwnTombstones(): void {
    const tombstones = this.data.tombstones;
    if (!tombstones) return;
    const oldest = tombstones[0];
    const resetAt = this.data.resetAt;
    const now = this.clock();
    if (oldest && tombstones.length <= MAX_TOMBSTONES && now - oldest.deletedAt <= TOMBSTONE_MAX_AGE_MS && (resetAt === undefined || oldest.deletedAt > resetAt)) return;
    const kept = boundTombstones(tombstones, resetAt, now);
    if (kept.length) this.data.tombstones = kept;
    else delete this.data.tombstones;
  }

  /** Merges what storage holds if another window or Settings Sync wrote since we last looked. */
  private absorbStored(): MergeOutcome & { readable: boolean } {
    const raw = this.kv.get<unknown>(this.key);
    if (raw === this.seen) return { changed: false, behind: false, readable: true };
    this.seen = raw;
    // Our own write handed back as a copy (the test fake always copies; globalState
    // may once the window's storage echoes the write): nothing in it is new to us.
    if (this.lastRev !== undefined && typeof raw === 'object' && raw !== null && (raw as { rev?: unknown }).rev === this.lastRev) {
      return { changed: false, behind: false, readable: true };
    }
    const stored = validateProgress(raw);
    const resetBefore = this.data.resetAt;
    const outcome = mergeInto(this.data, stored.data, this.clock());
    if (this.data.resetAt !== resetBefore) this.resetKnownSince = this.clock();
    if (outcome.changed) this.emit();
    // An unreadable value (say, a newer version's) is not ours to overwrite just because we looked.
    return { ...outcome, readable: !('*' in stored.droppedRaw) };
  }

  private commit(): Promise<void> {
    this.emit();
    return this.persist();
  }

  /**
   * Writes are chained so they reach storage in the order they were made; each
   * merges storage first, at the last moment, so it overwrites nothing another
   * window wrote while it waited.
   */
  private persist(): Promise<void> {
    const write = this.writing.then(() => {
      this.absorbStored();
      this.boundOwnTombstones();
      this.data.rev = this.lastRev = `${this.writer}.${++this.writes}`;
      this.seen = this.data;
      return this.kv.update(this.key, this.data);
    });
    // A failed write is reported to its caller but does not block the writes after it.
    this.writing = write.then(undefined, () => undefined);
    return Promise.resolve(write);
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
