// The notes index as saved in workspace storage between windows: compact (a
// note that holds nothing is its URI, shortened against the previous one, and
// its stamp; what notes hold is written without the fields every item of a
// note repeats) and read defensively (another version, another grammar or not
// a cache at all is ignored; a malformed note is skipped and read again).

import { Card, CARD_KINDS, Concept, Topic } from '../content/model';
import { NoteDiagnostic, ParsedNote, PinPlace } from './noteParser';
import { hash53 } from '../util/hash';

export const NOTES_CACHE_VERSION = 2;
const FORMAT = 'crm-study-notes/notes-index';

/**
 * One row per note, sorted by URI. A row starts with the URI, front-coded (how
 * many leading characters it shares with the previous row's URI, then the
 * rest), then the file's mtime and size; then, for a note the cheap first look
 * let through, the hash of its text; then, for a note that holds something,
 * its workspace-relative path and what it holds.
 */
export type CacheRow =
  | [shared: number, rest: string, mtime: number, size: number]
  | [shared: number, rest: string, mtime: number, size: number, hash: number]
  | [shared: number, rest: string, mtime: number, size: number, hash: number, file: string, note: PackedNote];

/** A ParsedNote without what its items repeat (see DEFAULTS); a field an item lacks is written as null. */
export interface PackedNote {
  t: Record<string, unknown>;
  c?: Record<string, unknown>[];
  k?: Record<string, unknown>[];
  d?: Record<string, unknown>[];
  p?: PinPlace[];
}

export interface NotesCacheData {
  format: typeof FORMAT;
  version: typeof NOTES_CACHE_VERSION;
  grammar: string;
  notes: CacheRow[];
}

export interface CachedNote {
  uri: string;
  /** '' for a note that holds nothing (its path is not needed). */
  file: string;
  stamp: { mtime: number; size: number };
  hash?: number;
  parsed?: ParsedNote;
}

type Defaults = Record<string, unknown>;

/** What the items of one note have in common, left out when writing and put back when reading. */
function defaults(uri: string, file: string, topic: string): { topic: Defaults; concept: Defaults; card: Defaults; diagnostic: Defaults } {
  return {
    topic: { uri, file },
    concept: { uri, file, topic, source: '', details: '' },
    card: { uri, file, topic, source: '', conceptId: '' },
    diagnostic: { file },
  };
}

export function writeCache(notes: readonly CachedNote[], grammar: string): NotesCacheData {
  const sorted = [...notes].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const rows: CacheRow[] = [];
  let previous = '';
  for (const note of sorted) {
    const shared = sharedPrefix(previous, note.uri);
    const head: [number, string, number, number] = [shared, note.uri.slice(shared), note.stamp.mtime, note.stamp.size];
    previous = note.uri;
    if (note.hash === undefined && !note.parsed) rows.push(head);
    else if (!note.parsed) rows.push([...head, note.hash ?? 0]);
    else rows.push([...head, note.hash ?? 0, note.file, pack(note.uri, note.file, note.parsed)]);
  }
  return { format: FORMAT, version: NOTES_CACHE_VERSION, grammar, notes: rows };
}

/**
 * Reads a cache: for every note `stampOf` gives the same stamp for, calls
 * `take` with the note. Returns false when `data` is not a cache this grammar
 * can use. Never throws.
 */
export function readCache(data: unknown, grammar: string, stampOf: (uri: string) => { mtime: number; size: number } | undefined, take: (note: CachedNote) => void): boolean {
  const cache = data as Partial<NotesCacheData> | null | undefined;
  if (!cache || typeof cache !== 'object' || cache.format !== FORMAT || cache.version !== NOTES_CACHE_VERSION || cache.grammar !== grammar || !Array.isArray(cache.notes)) return false;
  let previous = '';
  for (const row of cache.notes as unknown[]) {
    // A row that cannot be read breaks the chain of shortened URIs: stop there (the rest is read from disk).
    if (!Array.isArray(row) || row.length < 4 || typeof row[0] !== 'number' || typeof row[1] !== 'string' || row[0] < 0 || row[0] > previous.length) return true;
    const uri = previous.slice(0, row[0]) + row[1];
    previous = uri;
    const [, , mtime, size, hash, file, packed] = row as unknown[];
    if (typeof mtime !== 'number' || typeof size !== 'number' || (hash !== undefined && typeof hash !== 'number')) continue;
    let stamp: { mtime: number; size: number } | undefined;
    try {
      stamp = stampOf(uri);
    } catch {
      stamp = undefined;
    }
    if (!stamp || stamp.mtime !== mtime || stamp.size !== size) continue;
    if (packed === undefined) {
      take({ uri, file: '', stamp, hash: hash as number | undefined });
      continue;
    }
    if (typeof file !== 'string') continue;
    const parsed = unpack(uri, file, packed);
    if (parsed) take({ uri, file, stamp, hash: hash as number, parsed });
  }
  return true;
}

function pack(uri: string, file: string, parsed: ParsedNote): PackedNote {
  const common = defaults(uri, file, parsed.topic.id);
  const packed: PackedNote = { t: packObject(parsed.topic, common.topic) };
  if (parsed.concepts.length) packed.c = parsed.concepts.map((c) => packObject(c, common.concept));
  if (parsed.cards.length) packed.k = parsed.cards.map((c) => packObject(c, common.card));
  if (parsed.diagnostics.length) packed.d = parsed.diagnostics.map((d) => packObject(d, common.diagnostic));
  if (parsed.pinnable.length) packed.p = parsed.pinnable;
  return packed;
}

function unpack(uri: string, file: string, data: unknown): ParsedNote | undefined {
  if (!isObject(data) || !isObject(data.t)) return undefined;
  const packed = data as unknown as PackedNote;
  const topicId = packed.t.id;
  if (typeof topicId !== 'string') return undefined;
  const common = defaults(uri, file, topicId);
  const topic = unpackObject(packed.t, common.topic);
  if (!validTopic(topic)) return undefined;
  const concepts = unpackList<Concept>(packed.c, common.concept, validConcept);
  const cards = unpackList<Card>(packed.k, common.card, validCard);
  const diagnostics = unpackList<NoteDiagnostic>(packed.d, common.diagnostic, validDiagnostic);
  const pinnable = packed.p === undefined ? [] : Array.isArray(packed.p) && packed.p.every(validPin) ? packed.p : undefined;
  if (!concepts || !cards || !diagnostics || !pinnable) return undefined;
  return { topic, concepts, cards, diagnostics, pinnable };
}

function packObject(item: object, common: Defaults): Record<string, unknown> {
  const source = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in source) {
    const value = source[key];
    if (value === undefined || (key in common && value === common[key])) continue;
    out[key] = value;
  }
  for (const key in common) if (source[key] === undefined) out[key] = null;
  return out;
}

function unpackObject(packed: Record<string, unknown>, common: Defaults): Record<string, unknown> {
  // Built key by key (no spread, no delete): objects keep V8's fast shape, which a warm start of thousands of cards feels.
  const out: Record<string, unknown> = {};
  for (const key in packed) {
    const value = packed[key];
    if (value !== null) out[key] = value;
  }
  for (const key in common) if (!(key in packed)) out[key] = common[key];
  return out;
}

function unpackList<T>(list: unknown, common: Defaults, valid: (item: Record<string, unknown>) => boolean): T[] | undefined {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  const out: T[] = [];
  for (const packed of list) {
    if (!isObject(packed)) return undefined;
    const item = unpackObject(packed, common);
    if (!valid(item)) return undefined;
    out.push(item as T);
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isLine = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every(isString);

function validTopic(t: Record<string, unknown>): t is Record<string, unknown> & Topic {
  return isString(t.id) && isString(t.title) && typeof t.order === 'number' && isString(t.summary) && isString(t.file) && isLine(t.line);
}

function validConcept(c: Record<string, unknown>): boolean {
  const concept = c as Partial<Concept>;
  return isString(concept.id) && isString(concept.term) && isString(concept.topic) && isString(concept.definition) && isString(concept.details) &&
    isString(concept.source) && isString(concept.file) && isLine(concept.line) && isStrings(concept.aliases) && isStrings(concept.acronyms) &&
    isStrings(concept.related) && Array.isArray(concept.parts) && concept.parts.every((p) => isObject(p) && isString(p.name) && isString(p.description));
}

function validCard(c: Record<string, unknown>): boolean {
  const card = c as Partial<Card>;
  return isString(card.id) && isString(card.conceptId) && isString(card.topic) && isString(card.source) && isString(card.prompt) &&
    isString(card.answer) && isString(card.file) && isLine(card.line) && CARD_KINDS.includes(card.kind!) &&
    (card.choices === undefined || (Array.isArray(card.choices) && card.choices.every((x) => isObject(x) && isString(x.text) && typeof x.correct === 'boolean'))) &&
    (card.items === undefined || isStrings(card.items)) && (card.keyPoints === undefined || isStrings(card.keyPoints)) &&
    (card.explanation === undefined || isString(card.explanation));
}

function validDiagnostic(d: Record<string, unknown>): boolean {
  const diagnostic = d as Partial<NoteDiagnostic>;
  const fix = diagnostic.fix;
  return isString(diagnostic.file) && isLine(diagnostic.line) && isString(diagnostic.message) && (diagnostic.severity === 'error' || diagnostic.severity === 'warning') &&
    (fix === undefined || (isObject(fix) && isString(fix.title) && isLine(fix.line) && isLine(fix.start) && isLine(fix.end) && isString(fix.text)));
}

function validPin(p: unknown): boolean {
  return isObject(p) && isLine(p.line) && isLine(p.column) && isString(p.pin) && isStrings(p.cardIds);
}

function sharedPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** A 53-bit hash of a note's text: tells whether text is what the note was parsed from. */
export function hashText(text: string): number {
  return hash53(text);
}
