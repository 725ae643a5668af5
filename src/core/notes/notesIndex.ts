// The index of a student's notes: for each note (by URI) what it was read from
// (mtime and size, and a hash of its text), what it holds and what is wrong
// with it. It feeds the shared ContentIndex one note at a time, settles ids
// that two notes share, and saves and restores itself (notesCache.ts) so a
// reload re-parses nothing that did not change. It never reads files: the VS
// Code side (src/features/myNotes) hands it text; this is plain TypeScript,
// tested in Node.
//
// Ids: a card keeps the id the parser gives it, always. Progress is keyed by
// card id, so the same id in two notes (the same prompt written twice, a copied
// note, the same pinned id) is one card with one progress: it is studied once,
// from the note that owns it, and the other note gets a warning at the card
// (with a quick fix that pins it an id of its own). The owner is the note with
// the first path (then URI): a function of which notes exist, not of the order
// they were read in, so a cold index, a warm start and another machine agree.
// Removing the owner hands the card to the next note with it, under the same
// id; renaming a note (remove + update) keeps every id; a card deleted and
// restored gets its id, and so its progress, back.

import { ContentIndex, NoteContent } from '../content/contentIndex';
import { Card, Concept, fileTopicId } from '../content/model';
import { mayHoldStudyContent, NoteDiagnostic, NoteSource, parseNote, ParsedNote, PinPlace } from './noteParser';
import { CachedNote, hashText, readCache, writeCache } from './notesCache';
import { fnv1a } from '../util/hash';

/** What a saved note was read from; an editor's unsaved text has none. */
export interface NoteStamp {
  mtime: number;
  size: number;
}

export interface NoteFile extends NoteSource, NoteStamp {}

export type NoteParser = (text: string, note: NoteSource) => ParsedNote;

export interface NotesIndexOptions {
  /**
   * Names the grammar the notes were parsed with; a cache written under
   * another name is ignored. Pass the extension's version, so that an update
   * with a new grammar re-reads every note once.
   */
  grammar?: string;
}

export { NOTES_CACHE_VERSION } from './notesCache';
export type { NotesCacheData } from './notesCache';

interface Entry {
  file: string;
  stamp?: NoteStamp;
  /** The hash of the text it was parsed from; undefined when the cheap first look found nothing to parse. */
  hash?: number;
  /** Undefined when the note holds nothing at all (no content, no diagnostics). */
  parsed?: ParsedNote;
}

const NO_DIAGNOSTICS: readonly NoteDiagnostic[] = Object.freeze([]);

type Owner = { file: string; line: number };

export class NotesIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly cardHolders: Holders;
  private readonly conceptHolders: Holders;
  private readonly diagnosticListeners = new Set<(uris: readonly string[]) => void>();
  private changedDiagnostics = new Set<string>();
  private depth = 0;
  private readonly grammar: string;

  constructor(private readonly content: ContentIndex, private readonly parse: NoteParser = parseNote, options: NotesIndexOptions = {}) {
    this.grammar = options.grammar ?? '';
    const precedes = (a: string, b: string) => {
      const fileA = this.entries.get(a)?.file ?? '';
      const fileB = this.entries.get(b)?.file ?? '';
      return fileA !== fileB ? fileA < fileB : a < b;
    };
    this.cardHolders = new Holders(precedes);
    this.conceptHolders = new Holders(precedes);
  }

  /** True when the note was indexed from exactly this file state: it need not be read again. */
  isCurrent(uri: string, stamp: NoteStamp): boolean {
    const entry = this.entries.get(uri);
    return !!entry?.stamp && entry.stamp.mtime === stamp.mtime && entry.stamp.size === stamp.size;
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  uris(): IterableIterator<string> {
    return this.entries.keys();
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Indexes the note's text: a saved file with its stamp, or an editor's
   * unsaved text without one. Text the note was already indexed from is not
   * parsed again (a save after the editor's text was indexed costs a hash).
   */
  update(note: NoteSource, text: string, stamp?: NoteStamp): void {
    const old = this.entries.get(note.uri);
    const hash = mayHoldStudyContent(text) ? hashText(text) : undefined;
    // A note that holds nothing holds nothing under any path (a restored one has none: the cache leaves it out).
    const samePlace = !!old && (old.file === note.file || (old.parsed === undefined && hash === undefined));
    const sameText = samePlace && (hash === undefined ? old!.parsed === undefined : old!.hash === hash);
    if (old && sameText) {
      // Nothing to parse: the note holds what it held. Unsaved text equal to the file keeps the file's stamp.
      if (stamp) old.stamp = stamp;
      old.hash = hash;
      old.file = note.file;
      return;
    }
    const parsed = hash === undefined ? undefined : this.safeParse(text, note);
    this.put(note.uri, { file: note.file, stamp, hash, parsed });
  }

  /** Forgets a deleted (or now excluded) note. */
  remove(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.batch(() => {
      if (this.hasDiagnostics(uri, entry)) this.changedDiagnostics.add(uri);
      const settle = new Set<string>();
      this.share(uri, entry, undefined, settle, false);
      this.entries.delete(uri);
      this.content.setNote(uri, undefined);
      for (const other of settle) if (other !== uri) this.settle(other);
    });
  }

  /** Runs `apply` and tells the content index's and the diagnostics' listeners once, at the end. */
  batch(apply: () => void): void {
    this.depth++;
    try {
      this.content.batch(apply);
    } finally {
      this.depth--;
    }
    if (this.depth === 0 && this.changedDiagnostics.size > 0) {
      const uris = [...this.changedDiagnostics];
      this.changedDiagnostics = new Set();
      for (const listener of [...this.diagnosticListeners]) listener(uris);
    }
  }

  /** The parser's diagnostics of the note, then the index's warnings about ids it shares. */
  diagnostics(uri: string): readonly NoteDiagnostic[] {
    const entry = this.entries.get(uri);
    const parsed = entry?.parsed;
    if (!entry || !parsed) return NO_DIAGNOSTICS;
    const warnings: NoteDiagnostic[] = [];
    this.owned(uri, entry, parsed.cards, this.cardHolders, (card, owner) => warnings.push(this.cardClash(entry, parsed, card, owner)));
    this.owned(uri, entry, parsed.concepts, this.conceptHolders, (concept, owner) => warnings.push(conceptClash(entry, concept, owner)));
    return warnings.length ? [...parsed.diagnostics, ...warnings] : parsed.diagnostics;
  }

  pinnable(uri: string): readonly PinPlace[] {
    return this.entries.get(uri)?.parsed?.pinnable ?? [];
  }

  /** Hears which notes' diagnostics changed, once per batch. */
  onDidChangeDiagnostics(listener: (uris: readonly string[]) => void): { dispose(): void } {
    this.diagnosticListeners.add(listener);
    return { dispose: () => this.diagnosticListeners.delete(listener) };
  }

  /** What to save in workspace storage (JSON-ready; see notesCache.ts for its shape). */
  toCache(): ReturnType<typeof writeCache> {
    const notes: CachedNote[] = [];
    for (const [uri, entry] of this.entries) {
      if (!entry.stamp) continue; // unsaved editor text: the file on disk is what a reload sees
      notes.push({ uri, file: entry.file, stamp: entry.stamp, hash: entry.hash, parsed: entry.parsed });
    }
    return writeCache(notes, this.grammar);
  }

  /**
   * Takes every cached note whose file is still there with the same stamp
   * (`stampOf` gives the current one, undefined when gone) without parsing it,
   * unless the note is already indexed. Returns how many were taken. A cache
   * of another version or grammar, or not a cache at all, is ignored; a
   * malformed note in it is skipped (it is read again instead). Never throws.
   */
  restore(data: unknown, stampOf: (uri: string) => NoteStamp | undefined): number {
    let restored = 0;
    this.batch(() => {
      readCache(data, this.grammar, (uri) => (this.entries.has(uri) ? undefined : stampOf(uri)), (note) => {
        this.put(note.uri, { file: note.file, stamp: note.stamp, hash: note.hash, parsed: note.parsed });
        restored++;
      });
    });
    return restored;
  }

  private safeParse(text: string, note: NoteSource): ParsedNote | undefined {
    let parsed: ParsedNote;
    try {
      parsed = this.parse(text, note);
    } catch (error) {
      // The parser never throws on purpose; if it does, the note says so in Problems and nothing else is lost.
      const title = note.file.replace(/^.*\//, '');
      return {
        topic: { id: fileTopicId(note.file), title, order: Number.MAX_SAFE_INTEGER, summary: '', file: note.file, line: 1, uri: note.uri },
        concepts: [], cards: [], pinnable: [],
        diagnostics: [{ file: note.file, line: 1, severity: 'error', message: `could not read this note's study content (${error instanceof Error ? error.message : String(error)})` }],
      };
    }
    const empty = parsed.concepts.length === 0 && parsed.cards.length === 0 && parsed.diagnostics.length === 0 && parsed.pinnable.length === 0;
    return empty ? undefined : parsed;
  }

  private put(uri: string, entry: Entry): void {
    this.batch(() => {
      const old = this.entries.get(uri);
      if (old && this.hasDiagnostics(uri, old)) this.changedDiagnostics.add(uri);
      const settle = new Set<string>([uri]);
      // A note whose path changed (a multi-root workspace renamed its folder) may now come before or after others.
      const reorder = !!old && old.file !== entry.file;
      if (old && reorder) this.share(uri, old, undefined, settle, false);
      this.entries.set(uri, entry);
      this.share(uri, reorder ? undefined : old, entry, settle, true);
      if (this.hasDiagnostics(uri, entry)) this.changedDiagnostics.add(uri);
      for (const other of settle) this.settle(other);
    });
  }

  /**
   * Updates who holds the ids of a note going from `before` to `after`.
   * Notes that gain or lose an id's ownership go into `settle`; every holder of
   * an id whose owner (or owner's line) changed has its warnings changed.
   */
  private share(uri: string, before: Entry | undefined, after: Entry | undefined, settle: Set<string>, present: boolean): void {
    const touched = (id: string, holders: Holders, except?: string) => {
      for (const holder of holders.all(id)) if (holder !== except) this.changedDiagnostics.add(holder);
    };
    for (const [holders, oldItems, newItems] of [
      [this.cardHolders, before?.parsed?.cards, after?.parsed?.cards],
      [this.conceptHolders, before?.parsed?.concepts, after?.parsed?.concepts],
    ] as const) {
      if (!oldItems?.length && !newItems?.length) continue;
      const oldLines = lines(oldItems);
      const newLines = lines(newItems);
      for (const [id, line] of oldLines) {
        if (newLines.has(id)) {
          // Kept: if this note owns a shared id and its line moved, the others' warnings name a new line.
          if (present && newLines.get(id) !== line && holders.owner(id) === uri && holders.count(id) > 1) touched(id, holders, uri);
          continue;
        }
        const next = holders.release(id, uri);
        if (next !== undefined) {
          settle.add(next);
          touched(id, holders);
        }
      }
      for (const id of newLines.keys()) {
        if (oldLines.has(id)) continue;
        const previous = holders.claim(id, uri);
        if (previous !== undefined) {
          settle.add(previous);
          touched(id, holders);
        }
      }
    }
  }

  /** Gives the content index what the note owns. */
  private settle(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    const parsed = entry.parsed;
    let next: NoteContent | undefined;
    if (parsed) {
      const cards = this.owned(uri, entry, parsed.cards, this.cardHolders);
      const concepts = this.owned(uri, entry, parsed.concepts, this.conceptHolders);
      if (cards.length || concepts.length) next = { topic: parsed.topic, concepts, cards };
    }
    if (!sameContent(this.content.note(uri), next)) this.content.setNote(uri, next);
  }

  /** Whether the note has diagnostics to show (the parser's, or warnings about shared ids). */
  private hasDiagnostics(uri: string, entry: Entry): boolean {
    const parsed = entry.parsed;
    if (!parsed) return false;
    if (parsed.diagnostics.length) return true;
    return this.owned(uri, entry, parsed.cards, this.cardHolders) !== parsed.cards || this.owned(uri, entry, parsed.concepts, this.conceptHolders) !== parsed.concepts;
  }

  /**
   * The items the note owns (the parser's own array when it owns all, the
   * usual case); `clash` hears each other one with where its owner has it.
   */
  private owned<T extends Card | Concept>(uri: string, entry: Entry, items: readonly T[], holders: Holders, clash?: (item: T, owner: Owner) => void): readonly T[] {
    let kept: T[] | undefined;
    let seen: Map<string, T> | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      let owner: Owner | undefined;
      const holder = holders.owner(item.id);
      if (holder !== uri) {
        const other = holder === undefined ? undefined : this.entries.get(holder);
        const theirs = other?.parsed && findById<Card | Concept>(isCard(item) ? other.parsed.cards : other.parsed.concepts, item.id);
        owner = theirs ? { file: theirs.file, line: theirs.line } : { file: other?.file ?? 'another note', line: 0 };
      } else if (items.length > 1) {
        seen ??= new Map();
        const first = seen.get(item.id);
        if (first) owner = { file: entry.file, line: first.line };
        else seen.set(item.id, item);
      }
      if (!owner) {
        const existing = isCard(item) ? this.content.card(item.id) : this.content.concept(item.id);
        // Never shadow the course pack (its ids have no "notes:" prefix, so this is a parser's slip).
        if (existing && existing.uri === undefined) owner = { file: existing.file, line: existing.line };
      }
      if (owner) {
        kept ??= items.slice(0, i);
        clash?.(item, owner);
      } else if (kept) {
        kept.push(item);
      }
    }
    return kept ?? items;
  }

  private cardClash(entry: Entry, parsed: ParsedNote, card: Card, owner: Owner): NoteDiagnostic {
    const where = owner.file === entry.file ? `line ${owner.line}` : owner.line ? `${owner.file}:${owner.line}` : owner.file;
    const diagnostic: NoteDiagnostic = {
      file: entry.file,
      line: card.line,
      severity: 'warning',
      message: `the same card as ${where} (the same id): it is studied once, from there; to study this one on its own, pin it a different id with {#some-id} at the end of its first line`,
    };
    const place = parsed.pinnable.find((p) => p.cardIds.includes(card.id));
    if (place) {
      const pin = `${place.pin}-${shortHash(`${entry.file}:${place.line}`)}`;
      diagnostic.fix = { title: `Pin this card its own id {#${pin}}`, line: place.line, start: place.column, end: place.column, text: ` {#${pin}}` };
    }
    return diagnostic;
  }
}

function conceptClash(entry: Entry, concept: Concept, owner: { file: string; line: number }): NoteDiagnostic {
  const where = owner.file === entry.file ? `line ${owner.line}` : owner.line ? `${owner.file}:${owner.line}` : owner.file;
  return { file: entry.file, line: concept.line, severity: 'warning', message: `"${concept.term}" has the same id as the concept at ${where}: only that one is shown` };
}

/**
 * For each id, the notes holding it, the owner first (by path, then URI).
 * Almost every id has one note, so that case is stored as the bare URI.
 */
class Holders {
  private readonly byId = new Map<string, string | string[]>();

  constructor(private readonly precedes: (a: string, b: string) => boolean) {}

  owner(id: string): string | undefined {
    const held = this.byId.get(id);
    return typeof held === 'string' ? held : held?.[0];
  }

  count(id: string): number {
    const held = this.byId.get(id);
    return held === undefined ? 0 : typeof held === 'string' ? 1 : held.length;
  }

  all(id: string): readonly string[] {
    const held = this.byId.get(id);
    return held === undefined ? [] : typeof held === 'string' ? [held] : held;
  }

  /** Note `uri` now holds `id`; returns the note that owned it until now, if `uri` takes it over. */
  claim(id: string, uri: string): string | undefined {
    const held = this.byId.get(id);
    if (held === undefined) {
      this.byId.set(id, uri);
      return undefined;
    }
    const list = typeof held === 'string' ? [held] : held;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.precedes(list[mid], uri)) lo = mid + 1;
      else hi = mid;
    }
    if (list[lo] === uri) return undefined;
    list.splice(lo, 0, uri);
    this.byId.set(id, list);
    return lo === 0 ? list[1] : undefined;
  }

  /** Note `uri` no longer holds `id`; returns the note that owns it from now, if `uri` owned it. */
  release(id: string, uri: string): string | undefined {
    const held = this.byId.get(id);
    if (held === undefined) return undefined;
    if (typeof held === 'string') {
      if (held === uri) this.byId.delete(id);
      return undefined;
    }
    const at = held.indexOf(uri);
    if (at === -1) return undefined;
    held.splice(at, 1);
    if (held.length === 1) this.byId.set(id, held[0]);
    return at === 0 ? held[0] : undefined;
  }
}

/** Each item's id and line (the first line, for an id the note has twice). */
function lines(items: readonly { id: string; line: number }[] | undefined): Map<string, number> {
  const map = new Map<string, number>();
  if (items) for (const item of items) if (!map.has(item.id)) map.set(item.id, item.line);
  return map;
}

function isCard(item: Card | Concept): item is Card {
  return 'prompt' in item;
}

function findById<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

function sameContent(a: NoteContent | undefined, b: NoteContent | undefined): boolean {
  if (!a || !b) return a === b;
  return a.topic === b.topic && sameItems(a.cards, b.cards) && sameItems(a.concepts, b.concepts);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A short stable hash (FNV-1a, base 36): what a "Pin" fix appends to keep a shared card apart. */
function shortHash(text: string): string {
  return (fnv1a(text) >>> 0).toString(36);
}
