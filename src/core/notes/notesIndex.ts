// The index of a student's notes: for each note (by URI) what it was read from
// (mtime and size), what it holds and what is wrong with it. It feeds the
// shared ContentIndex one note at a time, settles card ids that two notes share,
// and saves and restores itself so a reload re-parses nothing that did not
// change. It never reads files: the VS Code side (src/features/myNotes) hands
// it text; this is plain TypeScript, tested in Node.

import { ContentIndex } from '../content/contentIndex';
import { Card } from '../content/model';
import { mayHoldStudyContent, NoteDiagnostic, NoteSource, parseNote, ParsedNote, PinPlace } from './noteParser';

/** What a saved note was read from; an editor's unsaved text has none. */
export interface NoteStamp {
  mtime: number;
  size: number;
}

export interface NoteFile extends NoteSource, NoteStamp {}

interface Entry {
  file: string;
  stamp?: NoteStamp;
  /** Undefined when the cheap first look found nothing to study. */
  parsed?: ParsedNote;
  /** Diagnostics the index added (card ids shared with another note). */
  extra: NoteDiagnostic[];
}

export const NOTES_CACHE_VERSION = 1;

export interface NotesCacheData {
  version: typeof NOTES_CACHE_VERSION;
  notes: Array<{ uri: string; file: string; mtime: number; size: number; parsed?: ParsedNote }>;
}

export type NoteParser = (text: string, note: NoteSource) => ParsedNote;

export class NotesIndex {
  private readonly entries = new Map<string, Entry>();
  /** Which note each card id of the notes belongs to. */
  private readonly cardOwners = new Map<string, string>();
  private readonly diagnosticListeners = new Set<(uris: readonly string[]) => void>();
  private changedDiagnostics = new Set<string>();
  private depth = 0;

  constructor(private readonly content: ContentIndex, private readonly parse: NoteParser = parseNote) {}

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

  /** Indexes the note's text (a saved file with its stamp, or an editor's unsaved text without). */
  update(note: NoteSource, text: string, stamp?: NoteStamp): void {
    const parsed = mayHoldStudyContent(text) ? this.parse(text, note) : undefined;
    this.put(note.uri, { file: note.file, stamp, parsed, extra: [] });
  }

  /** Forgets a deleted (or now excluded) note. */
  remove(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.batch(() => {
      this.release(uri, entry);
      this.entries.delete(uri);
      this.content.setNote(uri, undefined);
      if (entry.parsed?.diagnostics.length || entry.extra.length) this.changedDiagnostics.add(uri);
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

  diagnostics(uri: string): readonly NoteDiagnostic[] {
    const entry = this.entries.get(uri);
    if (!entry) return [];
    const own = entry.parsed?.diagnostics ?? [];
    return entry.extra.length ? [...own, ...entry.extra] : own;
  }

  pinnable(uri: string): readonly PinPlace[] {
    return this.entries.get(uri)?.parsed?.pinnable ?? [];
  }

  /** Hears which notes' diagnostics changed, once per batch. */
  onDidChangeDiagnostics(listener: (uris: readonly string[]) => void): { dispose(): void } {
    this.diagnosticListeners.add(listener);
    return { dispose: () => this.diagnosticListeners.delete(listener) };
  }

  /** What to save in workspace storage. */
  toCache(): NotesCacheData {
    const notes: NotesCacheData['notes'] = [];
    for (const [uri, entry] of this.entries) {
      if (!entry.stamp) continue; // unsaved editor text: the file on disk is what a reload sees
      notes.push({ uri, file: entry.file, mtime: entry.stamp.mtime, size: entry.stamp.size, parsed: entry.parsed });
    }
    return { version: NOTES_CACHE_VERSION, notes };
  }

  /**
   * Takes every cached note whose file is still there with the same stamp
   * (`stampOf` gives the current one, undefined when gone) without parsing it.
   * Returns how many were taken; anything unreadable in `data` is ignored.
   */
  restore(data: unknown, stampOf: (uri: string) => NoteStamp | undefined): number {
    const cache = data as Partial<NotesCacheData> | undefined;
    if (!cache || cache.version !== NOTES_CACHE_VERSION || !Array.isArray(cache.notes)) return 0;
    let restored = 0;
    this.batch(() => {
      for (const note of cache.notes!) {
        if (!note || typeof note.uri !== 'string' || typeof note.file !== 'string') continue;
        const stamp = stampOf(note.uri);
        if (!stamp || stamp.mtime !== note.mtime || stamp.size !== note.size) continue;
        this.put(note.uri, { file: note.file, stamp, parsed: note.parsed, extra: [] });
        restored++;
      }
    });
    return restored;
  }

  private put(uri: string, entry: Entry): void {
    this.batch(() => {
      const old = this.entries.get(uri);
      if (old) this.release(uri, old);
      this.entries.set(uri, entry);
      const cards = entry.parsed ? this.settleIds(uri, entry) : [];
      const parsed = entry.parsed;
      this.content.setNote(uri, parsed && (parsed.concepts.length || cards.length) ? { topic: parsed.topic, concepts: parsed.concepts, cards } : undefined);
      if (old?.parsed?.diagnostics.length || old?.extra.length || parsed?.diagnostics.length || entry.extra.length) this.changedDiagnostics.add(uri);
    });
  }

  /** Card ids another note already has get a suffix of this note's path, with a warning at the card. */
  private settleIds(uri: string, entry: Entry): Card[] {
    const cards: Card[] = [];
    for (const card of entry.parsed!.cards) {
      const owner = this.cardOwners.get(card.id);
      let settled = card;
      if (owner !== undefined && owner !== uri) {
        const ownerEntry = this.entries.get(owner);
        const first = ownerEntry?.parsed?.cards.find((c) => c.id === card.id);
        settled = { ...card, id: `${card.id}~${shortHash(entry.file)}` };
        entry.extra.push({
          file: entry.file,
          line: card.line,
          severity: 'warning',
          message: `the same card as ${first ? `${first.file}:${first.line}` : 'another note'}: its progress is kept apart; pin a different id with {#some-id} at the end of the card's first line`,
        });
      }
      if (!this.cardOwners.has(settled.id)) this.cardOwners.set(settled.id, uri);
      cards.push(settled);
    }
    return cards;
  }

  private release(uri: string, entry: Entry): void {
    const content = this.content.note(uri);
    for (const card of content?.cards ?? entry.parsed?.cards ?? []) {
      if (this.cardOwners.get(card.id) === uri) this.cardOwners.delete(card.id);
    }
  }
}

/** A short stable hash of a path (FNV-1a, base 36). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
