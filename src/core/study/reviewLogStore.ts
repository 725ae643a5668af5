// The review log over the files of the extension's global storage folder
// (ReviewLog, implementing the contract in reviewLog.ts), and the CSV for the
// FSRS optimizer. The flashcards feature loads it as a bundle of its own on
// the first grade or read (dist/reviewLog.js, see esbuild.js LAZY_FEATURES),
// so activation does not pay for it.
//
// Files, all in the one folder:
// - `reviews-YYYY.json`, one per calendar year (UTC, so every window and
//   machine files a grade under the same year): { version: 1, year, cards:
//   [card ids], events: [[card index, at, rating, state, durationMs, cram?]],
//   removed: [[card index, at]] }. Card ids are written once per file and
//   events point at them, which keeps 50,000 events near 1.5 MB.
// - `reviews-reset.json`: { version: 1, resetAt } after "Reset Progress".
//
// Several windows share the folder, each with its own ReviewLog, so nothing is
// simply left out: an undone grade leaves a marker in its year's file (`removed`)
// and a reset leaves its time. Every write first re-reads the year's file and
// the reset marker and merges them in (the union of events by card id and time,
// less what a marker takes out), so no window writes over another's grades.

import type { CardState } from './scheduler';
import type { LogFiles, Rating, ReviewEvent, ReviewHistory } from './reviewLog';

export const REVIEW_LOG_VERSION = 1;
/**
 * Events kept per calendar year; beyond it the oldest of that year go. A
 * student who grades 200 cards every single day of a year makes 73,000; this
 * leaves room above that while a year's file stays near 3 MB.
 */
export const MAX_EVENTS_PER_YEAR = 100_000;
/** Undo markers kept per year, newest: a handful of undos a day fit many times over. */
export const MAX_REMOVED_PER_YEAR = 5_000;
/** Appends are gathered this long before the year's file is written. */
export const WRITE_DELAY_MS = 1_000;
export const RESET_FILE = 'reviews-reset.json';
const YEAR_FILE = /^reviews-(\d{4})\.json$/;

export function yearFileName(year: number): string {
  return `reviews-${year}.json`;
}

/** The calendar year (UTC) an event is filed under. */
export function yearOf(at: number): number {
  // Most calls ask about the same year as the last: a range check, not a Date.
  if (at >= cachedYear.start && at < cachedYear.end) return cachedYear.year;
  const year = new Date(at).getUTCFullYear();
  cachedYear = { year, start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  return year;
}

let cachedYear = { year: 0, start: 0, end: 0 };

/** setTimeout and clearTimeout, or a fake in tests. */
export interface LogTimer {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimer: LogTimer = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface ReviewLogOptions {
  timer?: LogTimer;
  clock?: () => number;
  /** Told about each problem met reading a file (a bad entry dropped, a file set aside), in words. */
  report?: (problem: string) => void;
}

interface YearFile {
  version: 1;
  year: number;
  cards: string[];
  events: Array<[number, number, number, number, number] | [number, number, number, number, number, 1]>;
  removed: Array<[number, number]>;
}

export interface YearValidation {
  events: ReviewEvent[];
  /** Undo markers, as keys (see `eventKey`). */
  removed: string[];
  problems: string[];
  /** The whole file could not be read (not JSON, another version): it is set aside, not merged. */
  unreadable: boolean;
}

function eventKey(cardId: string, at: number): string {
  return `${at}\u0000${cardId}`;
}

function keyParts(key: string): { cardId: string; at: number } {
  const i = key.indexOf('\u0000');
  return { at: Number(key.slice(0, i)), cardId: key.slice(i + 1) };
}

function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function isCardId(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '' && v.length <= 300;
}

function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Why an encoded event is not one, or undefined if it is. */
function checkEvent(raw: unknown, cards: readonly unknown[]): string | undefined {
  if (!Array.isArray(raw) || raw.length < 5 || raw.length > 6) return 'not a list of 5 or 6 values';
  const [card, at, rating, state, duration, cram] = raw as unknown[];
  if (!Number.isInteger(card) || (card as number) < 0 || (card as number) >= cards.length || !isCardId(cards[card as number])) return 'names no card';
  if (!isTime(at)) return 'its time is not a time';
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) return 'its rating is not 1 to 4';
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return 'its state is not 0 to 3';
  if (!isTime(duration) || duration < 0) return 'its duration is not a non-negative number';
  if (cram !== undefined && cram !== 1) return 'its cram flag is not 1';
  return undefined;
}

/** Reads one year's file; never throws. A bad entry is dropped and named, the rest kept. */
export function validateYearFile(name: string, bytes: Uint8Array | undefined): YearValidation {
  const result: YearValidation = { events: [], removed: [], problems: [], unreadable: false };
  if (!bytes) return result;
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    result.unreadable = true;
    result.problems.push(`${name}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    return result;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    result.unreadable = true;
    result.problems.push(`${name}: not a JSON object`);
    return result;
  }
  const doc = raw as Record<string, unknown>;
  if (doc.version !== REVIEW_LOG_VERSION) {
    result.unreadable = true;
    result.problems.push(`${name}: version ${shown(doc.version)}; this extension reads version ${REVIEW_LOG_VERSION}`);
    return result;
  }
  if (!Array.isArray(doc.cards) || !Array.isArray(doc.events)) {
    result.unreadable = true;
    result.problems.push(`${name}: no "cards" and "events" lists`);
    return result;
  }
  const cards = doc.cards as unknown[];
  for (const entry of doc.events as unknown[]) {
    const problem = checkEvent(entry, cards);
    if (problem) {
      result.problems.push(`${name}: review ${shown(entry)} dropped: ${problem}`);
      continue;
    }
    const [card, at, rating, state, durationMs, cram] = entry as [number, number, Rating, CardState, number, 1?];
    const event: ReviewEvent = { cardId: cards[card] as string, at, rating, state, durationMs };
    if (cram === 1) event.cram = true;
    result.events.push(event);
  }
  if (Array.isArray(doc.removed)) {
    for (const entry of doc.removed as unknown[]) {
      const ok = Array.isArray(entry) && entry.length === 2 && Number.isInteger(entry[0]) && isCardId(cards[entry[0] as number]) && isTime(entry[1]);
      if (ok) result.removed.push(eventKey(cards[entry[0] as number] as string, entry[1] as number));
      else result.problems.push(`${name}: undo marker ${shown(entry)} dropped`);
    }
  } else if (doc.removed !== undefined) {
    result.problems.push(`${name}: "removed" is not a list; dropped`);
  }
  return result;
}

function encodeYear(year: number, events: readonly ReviewEvent[], removed: Iterable<string>): Uint8Array {
  const index = new Map<string, number>();
  const cards: string[] = [];
  const idOf = (cardId: string) => {
    let i = index.get(cardId);
    if (i === undefined) {
      i = cards.length;
      cards.push(cardId);
      index.set(cardId, i);
    }
    return i;
  };
  const doc: YearFile = { version: REVIEW_LOG_VERSION, year, cards, events: [], removed: [] };
  for (const e of events) {
    doc.events.push(e.cram ? [idOf(e.cardId), e.at, e.rating, e.state, e.durationMs, 1] : [idOf(e.cardId), e.at, e.rating, e.state, e.durationMs]);
  }
  for (const key of removed) {
    const { cardId, at } = keyParts(key);
    doc.removed.push([idOf(cardId), at]);
  }
  return new TextEncoder().encode(JSON.stringify(doc));
}

function readResetAt(bytes: Uint8Array | undefined): { resetAt?: number; problem?: string } {
  if (!bytes) return {};
  try {
    const doc = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown> | null;
    if (doc && doc.version === REVIEW_LOG_VERSION && isTime(doc.resetAt)) return { resetAt: doc.resetAt };
  } catch {
    // Reported below, like any other shape.
  }
  return { problem: `${RESET_FILE}: not a reset marker; ignored` };
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function byTime(a: ReviewEvent, b: ReviewEvent): number {
  return a.at - b.at;
}

/**
 * The review log over the files of one folder. Appends and undos act on memory
 * at once and reach the files a moment later (or on `flush()`); the files are
 * read on first need, so opening one costs nothing.
 */
export class ReviewLog implements ReviewHistory {
  /** Every event known here, oldest first. */
  private list: ReviewEvent[] = [];
  private readonly keys = new Set<string>();
  /** Undo markers by year. */
  private readonly removed = new Map<number, Set<string>>();
  private resetAt: number | undefined;
  /** Years changed here since they were last written. */
  private readonly dirty = new Set<number>();
  private loading: Promise<void> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private timer: unknown;
  private snapshot: readonly ReviewEvent[] | undefined;
  private readonly listeners = new Set<() => void>();
  /** The bytes of each year's file as we last wrote it. */
  private readonly written = new Map<string, Uint8Array>();
  /** The bytes of each file last set aside, so one bad file is copied once, not on every merge. */
  private readonly setAside = new Map<string, Uint8Array>();
  private readonly timers: LogTimer;
  private readonly clock: () => number;
  private readonly report: (problem: string) => void;

  constructor(private readonly files: LogFiles, options: ReviewLogOptions = {}) {
    this.timers = options.timer ?? realTimer;
    this.clock = options.clock ?? Date.now;
    this.report = options.report ?? (() => undefined);
  }

  async events(): Promise<readonly ReviewEvent[]> {
    await this.load();
    return (this.snapshot ??= this.list.slice());
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Logs a grade: in memory now, in its year's file after WRITE_DELAY_MS. */
  append(event: ReviewEvent): void {
    const key = eventKey(event.cardId, event.at);
    if (this.keys.has(key)) return;
    const year = yearOf(event.at);
    // A grade made again at an undone grade's very time is a new grade.
    this.removed.get(year)?.delete(key);
    this.keys.add(key);
    const copy: ReviewEvent = { cardId: event.cardId, at: event.at, rating: event.rating, state: event.state, durationMs: event.durationMs };
    if (event.cram) copy.cram = true;
    const last = this.list[this.list.length - 1];
    if (!last || last.at <= event.at) this.list.push(copy);
    else this.list.splice(this.insertionPoint(event.at), 0, copy);
    this.changed(year);
  }

  /** Takes back the grade of `cardId` made at `at` (undo), here and in every window's copy. */
  remove(cardId: string, at: number): void {
    const key = eventKey(cardId, at);
    const year = yearOf(at);
    let graves = this.removed.get(year);
    if (!graves) this.removed.set(year, (graves = new Set()));
    graves.add(key);
    if (this.keys.delete(key)) {
      for (let i = this.list.length - 1; i >= 0; i--) {
        if (this.list[i].at === at && this.list[i].cardId === cardId) {
          this.list.splice(i, 1);
          break;
        }
      }
    }
    this.changed(year);
  }

  /**
   * Forgets every event, in every window: the reset marker's time is at least
   * the newest event known, and every merge drops what was made at or before it.
   */
  async clear(): Promise<void> {
    await this.load();
    const write = this.writing.then(async () => {
      const stored = readResetAt(await this.files.read(RESET_FILE)).resetAt;
      let resetAt = Math.max(this.clock(), this.resetAt ?? -Infinity, stored ?? -Infinity);
      const last = this.list[this.list.length - 1];
      if (last) resetAt = Math.max(resetAt, last.at);
      this.resetAt = resetAt;
      await this.files.write(RESET_FILE, new TextEncoder().encode(JSON.stringify({ version: REVIEW_LOG_VERSION, resetAt })));
      for (const name of await this.files.list()) {
        if (YEAR_FILE.test(name)) await this.files.delete(name);
      }
      this.list = [];
      this.written.clear();
      this.keys.clear();
      this.removed.clear();
      this.dirty.clear();
      this.cancelTimer();
      this.snapshot = undefined;
      this.emit();
    });
    this.writing = write.then(undefined, () => undefined);
    return write;
  }

  /** Writes every changed year now; resolves once written (a failed write rejects, and its year stays to write). */
  flush(): Promise<void> {
    this.cancelTimer();
    const years = [...this.dirty];
    this.dirty.clear();
    const write = this.writing.then(async () => {
      await this.load();
      const failed: unknown[] = [];
      for (const year of years) {
        try {
          await this.writeYear(year);
        } catch (error) {
          this.dirty.add(year);
          failed.push(error);
        }
      }
      if (failed.length) throw failed[0];
    });
    this.writing = write.then(undefined, () => undefined);
    return write;
  }

  /**
   * Re-reads the files (another window may have written) and merges them in;
   * true if what a reader sees changed. Does nothing before the first read.
   */
  async refresh(): Promise<boolean> {
    if (!this.loading) return false;
    await this.loading;
    const work = this.writing.then(() => this.readAll());
    this.writing = work.then(undefined, () => undefined);
    const changed = await work;
    if (changed) {
      this.snapshot = undefined;
      this.emit();
    }
    return changed;
  }

  /** How many events are known here (without reading the files). */
  get size(): number {
    return this.list.length;
  }

  dispose(): Promise<void> {
    return this.flush().catch(() => undefined);
  }

  private load(): Promise<void> {
    this.loading ??= this.readAll().then((changed) => {
      if (changed) {
        this.snapshot = undefined;
        this.emit();
      }
    });
    return this.loading;
  }

  /** Reads the reset marker and every year's file and merges them in; true if memory changed. */
  private async readAll(): Promise<boolean> {
    let changed = await this.readReset();
    const names = (await this.files.list()).filter((name) => YEAR_FILE.test(name)).sort();
    for (const name of names) {
      const year = Number(YEAR_FILE.exec(name)![1]);
      if (await this.mergeYear(year)) changed = true;
    }
    return changed;
  }

  private async readReset(): Promise<boolean> {
    const { resetAt, problem } = readResetAt(await this.files.read(RESET_FILE));
    if (problem) this.report(problem);
    if (resetAt === undefined || (this.resetAt !== undefined && resetAt <= this.resetAt)) return false;
    this.resetAt = resetAt;
    const before = this.list.length;
    this.list = this.list.filter((e) => e.at > resetAt);
    if (this.list.length === before) return false;
    this.keys.clear();
    for (const e of this.list) this.keys.add(eventKey(e.cardId, e.at));
    return true;
  }

  /**
   * Merges one year's file into memory: its undo markers take out our copies,
   * its events join ours unless a marker or the reset says otherwise. An
   * unreadable file is copied aside first and its year rewritten from memory.
   */
  private async mergeYear(year: number): Promise<boolean> {
    const name = yearFileName(year);
    const bytes = await this.files.read(name);
    // Unchanged since our own last write (the usual case, one window): nothing in it is new to us.
    if (bytes && sameBytes(this.written.get(name), bytes)) return false;
    const file = validateYearFile(name, bytes);
    for (const problem of file.problems) this.report(problem);
    if (file.problems.length && bytes && !sameBytes(this.setAside.get(name), bytes)) {
      // Before it is rewritten without what could not be read, the file as it was goes aside.
      const aside = await this.freeName(`${name}.dropped`);
      await this.files.write(aside, bytes);
      this.setAside.set(name, bytes);
      this.report(file.unreadable
        ? `${name} was set aside as ${aside}; the log of ${year} starts afresh`
        : `${name} as it was is kept as ${aside}; everything else in it was kept`);
      this.markDirty(year);
    }
    if (file.unreadable) return false;
    let changed = false;
    let graves = this.removed.get(year);
    if (file.removed.length) {
      if (!graves) this.removed.set(year, (graves = new Set()));
      for (const key of file.removed) {
        graves.add(key);
        if (this.keys.delete(key)) {
          const { cardId, at } = keyParts(key);
          const i = this.list.findIndex((e) => e.at === at && e.cardId === cardId);
          if (i >= 0) this.list.splice(i, 1);
          changed = true;
        }
      }
    }
    let added = false;
    for (const event of file.events) {
      const key = eventKey(event.cardId, event.at);
      if (this.keys.has(key) || graves?.has(key) || (this.resetAt !== undefined && event.at <= this.resetAt)) continue;
      this.keys.add(key);
      this.list.push(event);
      added = true;
    }
    if (added) {
      this.list.sort(byTime);
      changed = true;
    }
    return changed;
  }

  /** Re-reads the year (and the reset marker), merges, bounds, writes. */
  private async writeYear(year: number): Promise<void> {
    const changed = (await this.readReset()) || (await this.mergeYear(year));
    this.dirty.delete(year);
    const events = this.list.filter((e) => yearOf(e.at) === year);
    if (events.length > MAX_EVENTS_PER_YEAR) {
      const gone = new Set(events.splice(0, events.length - MAX_EVENTS_PER_YEAR));
      for (const e of gone) this.keys.delete(eventKey(e.cardId, e.at));
      this.list = this.list.filter((e) => !gone.has(e));
    }
    let graves = this.removed.get(year) ?? new Set<string>();
    if (graves.size > MAX_REMOVED_PER_YEAR) {
      graves = new Set([...graves].sort((a, b) => keyParts(a).at - keyParts(b).at).slice(-MAX_REMOVED_PER_YEAR));
      this.removed.set(year, graves);
    }
    const bytes = encodeYear(year, events, graves);
    await this.files.write(yearFileName(year), bytes);
    this.written.set(yearFileName(year), bytes);
    if (changed) {
      this.snapshot = undefined;
      this.emit();
    }
  }

  private async freeName(base: string): Promise<string> {
    const taken = new Set(await this.files.list());
    if (!taken.has(base)) return base;
    for (let i = 2; ; i++) if (!taken.has(`${base}.${i}`)) return `${base}.${i}`;
  }

  private insertionPoint(at: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].at <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private changed(year: number): void {
    this.snapshot = undefined;
    this.markDirty(year);
    this.emit();
  }

  private markDirty(year: number): void {
    this.dirty.add(year);
    if (this.timer === undefined) {
      this.timer = this.timers.set(() => {
        this.timer = undefined;
        void this.flush().catch((error) => this.report(`writing the review log failed: ${error instanceof Error ? error.message : String(error)}`));
      }, WRITE_DELAY_MS);
    }
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clear(this.timer);
    this.timer = undefined;
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

// ---- the CSV for the FSRS optimizer --------------------------------------------

export const REVIEW_LOG_CSV_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';

function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The log as the FSRS optimizer reads it (open-spaced-repetition/fsrs-optimizer,
 * "Review Logs Schema"): one row per grade, times and durations in ms, rating
 * 1-4, state 0-3 before the grade. The optimizer takes a card id as an integer
 * or a string, so our ids are written as they are (quoted where CSV needs it).
 * Cram grades are left out: they changed no schedule, and the optimizer would
 * read them as reviews the schedule had asked for.
 */
export function reviewLogCsv(events: readonly ReviewEvent[]): string {
  const rows = [REVIEW_LOG_CSV_HEADER];
  for (const e of events) {
    if (e.cram) continue;
    rows.push(`${csvField(e.cardId)},${Math.round(e.at)},${e.rating},${e.state},${Math.round(e.durationMs)}`);
  }
  return rows.join('\n') + '\n';
}

/** How many rows reviewLogCsv writes for `events`. */
export function reviewLogCsvRows(events: readonly ReviewEvent[]): number {
  let n = 0;
  for (const e of events) if (!e.cram) n++;
  return n;
}
