// Study progress: one review record per card id, plus a short review log, kept
// in a versioned JSON document behind a tiny key-value interface (globalState in
// the extension, a Map in tests). Everything read from storage or an import is
// validated: a corrupt record is dropped and reported, the rest is kept, and
// what was dropped is saved aside under `<key>.dropped` so nothing is lost.

import { Grade, GRADE_ORDER } from './types';
import { ReviewRecord } from './scheduler';
import { KeyValueStore } from '../util/keyValueStore';

export const PROGRESS_VERSION = 1;
/** The log only feeds "reviewed today", accuracy and undo; it is capped so synced state stays small. */
export const MAX_LOG = 1000;

export interface ReviewLogEntry {
  cardId: string;
  grade: Grade;
  /** Epoch milliseconds. */
  at: number;
  /** Cram reviews change no schedule. */
  cram?: boolean;
}

export interface ProgressData {
  version: 1;
  cards: Record<string, ReviewRecord>;
  log?: ReviewLogEntry[];
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
  const doc = raw as { version?: unknown; cards?: unknown; log?: unknown };
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

/** Newer review wins; a record never reviewed loses to one that was. */
function newer(a: ReviewRecord, b: ReviewRecord | undefined): boolean {
  return !b || (a.lastReview ?? -1) > (b.lastReview ?? -1);
}

function mergeLogs(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const seen = new Set<string>();
  const out: ReviewLogEntry[] = [];
  for (const e of [...a, ...b].sort((x, y) => x.at - y.at)) {
    const key = `${e.at}\u0000${e.cardId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.slice(-MAX_LOG);
}

type Listener = () => void;

/**
 * The progress document in memory, written through to the key-value store on
 * every change. Records themselves are never mutated (the scheduler returns new
 * ones, which is what makes undo exact); the `cards` map is updated in place,
 * because copying it on every grade costs milliseconds once it holds a few
 * thousand cards. A queued write therefore always carries the latest state.
 */
export class ProgressStore {
  private data: ProgressData;
  private readonly listeners = new Set<Listener>();
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly kv: KeyValueStore,
    private readonly key: string,
    loaded: ValidationResult,
    readonly loadProblems: readonly string[],
  ) {
    this.data = loaded.data;
  }

  /**
   * Reads and validates the stored document. Synchronous, so activation stays
   * fast; when something was dropped, its raw value is saved aside under
   * `<key>.dropped` before the cleaned document is written back (see `flushed`).
   */
  static open(kv: KeyValueStore, key: string): ProgressStore {
    const loaded = validateProgress(kv.get<unknown>(key));
    const store = new ProgressStore(kv, key, loaded, loaded.problems);
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

  /** A copy of the whole document. */
  snapshot(): ProgressData {
    return { version: PROGRESS_VERSION, cards: { ...this.data.cards }, log: [...this.log()] };
  }

  /** Sets (or, with undefined, removes) one record and optionally appends a log entry; resolves once stored. */
  set(cardId: string, record: ReviewRecord | undefined, logEntry?: ReviewLogEntry): Promise<void> {
    if (record) this.data.cards[cardId] = record;
    else delete this.data.cards[cardId];
    if (logEntry) {
      const log = (this.data.log ??= []);
      log.push(logEntry);
      if (log.length > MAX_LOG) log.splice(0, log.length - MAX_LOG);
    }
    return this.commit();
  }

  /** Puts back a record exactly as it was and removes the log entry the undone grade added. */
  restore(cardId: string, previous: ReviewRecord | undefined, logEntry?: ReviewLogEntry): Promise<void> {
    if (previous) this.data.cards[cardId] = previous;
    else delete this.data.cards[cardId];
    const log = this.data.log;
    if (logEntry && log) {
      const i = log.lastIndexOf(logEntry);
      const at = i >= 0 ? i : log.findIndex((e) => e.at === logEntry.at && e.cardId === logEntry.cardId);
      if (at >= 0) log.splice(at, 1);
    }
    return this.commit();
  }

  /** Sets many records in one write. */
  setMany(records: ReadonlyArray<[string, ReviewRecord]>): Promise<void> {
    if (records.length === 0) return this.writing;
    for (const [id, record] of records) this.data.cards[id] = record;
    return this.commit();
  }

  exportJson(): string {
    return JSON.stringify(this.snapshot(), null, 1);
  }

  /** Merges an exported document into ours: for each card the more recent review wins. */
  async importJson(text: string): Promise<ImportResult> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return { taken: 0, skipped: 0, dropped: 0, problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
    }
    const incoming = validateProgress(raw);
    const result = this.merge(incoming.data);
    if (result.taken > 0 || incoming.data.log?.length) await this.commit();
    return { taken: result.taken, skipped: result.skipped, dropped: incoming.dropped, problems: incoming.problems };
  }

  /** Re-reads storage (e.g. after Settings Sync brought progress from another machine) and merges it in. */
  refresh(): boolean {
    const stored = validateProgress(this.kv.get<unknown>(this.key));
    const { taken } = this.merge(stored.data);
    if (taken > 0) this.emit();
    return taken > 0;
  }

  async reset(): Promise<void> {
    this.data = emptyProgress();
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

  private merge(incoming: ProgressData): { taken: number; skipped: number } {
    let taken = 0;
    let skipped = 0;
    const cards = { ...this.data.cards };
    for (const [id, record] of Object.entries(incoming.cards)) {
      if (newer(record, cards[id])) {
        cards[id] = record;
        taken++;
      } else {
        skipped++;
      }
    }
    this.data = { version: PROGRESS_VERSION, cards, log: mergeLogs(this.log(), incoming.log ?? []) };
    return { taken, skipped };
  }

  private commit(): Promise<void> {
    this.emit();
    return this.persist();
  }

  /** Writes are chained so they reach storage in the order they were made. */
  private persist(): Promise<void> {
    const data = this.data;
    const write = this.writing.then(() => this.kv.update(this.key, data));
    // A failed write is reported to its caller but does not block the writes after it.
    this.writing = write.then(undefined, () => undefined);
    return Promise.resolve(write);
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
