// The content model shared by the build, the extension and the tests: topics,
// concepts and cards exactly as they are stored in dist/content.json.

export const CARD_KINDS = ['basic', 'cloze', 'multipleChoice', 'listRecall', 'essay'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** Where something was written: a path relative to the content root and a 1-based line. */
export interface SourceLocation {
  file: string;
  line: number;
}

export interface Topic extends SourceLocation {
  id: string;
  title: string;
  order: number;
  summary: string;
  /**
   * For a group of a student's notes (see NOTES_TOPIC_PREFIX): the note's URI
   * when the group is one file; absent for a deck and for the pack's topics.
   */
  uri?: string;
}

export interface Part {
  name: string;
  description: string;
}

export interface Concept extends SourceLocation {
  id: string;
  /** For a concept from a student's note: the note's URI (vscode.Uri.toString()); the pack's concepts have none. */
  uri?: string;
  term: string;
  topic: string;
  aliases: string[];
  /** The aliases written in capitals; they match case-sensitively. */
  acronyms: string[];
  /** Markdown, one paragraph: the hover text. */
  definition: string;
  /** Markdown, possibly empty. */
  details: string;
  parts: Part[];
  source: string;
  related: string[];
}

export interface Choice {
  text: string;
  correct: boolean;
}

export interface Card extends SourceLocation {
  id: string;
  /** For a card from a student's note: the note's URI (vscode.Uri.toString()); the pack's cards have none. */
  uri?: string;
  /**
   * The concept the card belongs to. Empty for a card written in a student's
   * note outside any concept (an Obsidian-style `front::back` line): such a
   * card opens its note, not a concept page.
   */
  conceptId: string;
  topic: string;
  source: string;
  kind: CardKind;
  /** Markdown; for cloze cards the text with its {{...}} markers. */
  prompt: string;
  /** Markdown; always present. */
  answer: string;
  choices?: Choice[];
  items?: string[];
  keyPoints?: string[];
  /**
   * Optional Markdown shown after answering: for a multiple choice card why the
   * right option is right and each other option wrong; for a list or essay card
   * the reasoning; for a worked calculation (`numeric`) the worked solution.
   */
  explanation?: string;
  /**
   * listRecall only: whether the items must be recalled in the written order.
   * Written as `List (in order):` (true) or `List (any order):` (false). A bare
   * `List:` (students' notes, imports) is ordered when its prompt says "in order".
   * The bundled pack must say which (a pack invariant).
   */
  ordered?: boolean;
  /** listRecall only: set when the marker itself said `(in order)` or `(any order)` (a bare `List:` leaves it out). */
  orderStated?: true;
  /**
   * A worked calculation (`Calc:` marker; kind stays 'basic'): the typed answer
   * is read as a number and is right within `tolerance` (absolute, same unit as
   * `value`) of `value`. `unit` is how the answer is written around the number
   * ("£", "%", "months"); a typed answer's unit, thousands separators and
   * spaces are forgiven. `answer` holds the answer as written (`£205.11`).
   */
  numeric?: NumericAnswer;
  /**
   * Where the card's source differs from its concept's: written as a last
   * paragraph `Source: Author (year)` in the card. `source` then holds it and
   * this is true; otherwise `source` is the concept's and this is absent.
   */
  sourceStated?: true;
}

/** A bare `List:` (no `(in order)` or `(any order)`) asks for its items in order when its prompt says "in order". */
export const ASKS_IN_ORDER = /\bin order\b/i;

/** Whether a list card's items are graded in order: what its marker said (the parser sets `ordered`), else its prompt's wording. */
export function listIsOrdered(card: Pick<Card, 'ordered' | 'prompt'>): boolean {
  return card.ordered ?? ASKS_IN_ORDER.test(card.prompt);
}

export interface NumericAnswer {
  value: number;
  /** Absolute; `A: 205.11 ± 0.5` or `± 1%` (relative, resolved to absolute at parse). Default: 0.5% of |value|, at least half the last written decimal place. */
  tolerance: number;
  /** The unit as written around the number, e.g. "£", "%", "months"; "" when bare. */
  unit: string;
}

export interface Pack {
  version: 1;
  topics: Topic[];
  concepts: Concept[];
  cards: Card[];
}

/**
 * What a flashcard session, a quiz or a Study/Quiz command acts on: one concept,
 * one topic or, with neither, the whole course. The command-argument normaliser
 * (src/vscode/commandArgs.ts) sets at most one of the two.
 */
export interface StudyTarget {
  /** A topic of the pack, a group of notes ("notes:deck/…", "notes:file/…") or MY_NOTES for all of them. */
  topicId?: string;
  conceptId?: string;
}

/**
 * A student's notes are grouped into topics of their own, beside the pack's:
 * one per deck (`#flashcards/crm/week3` → "notes:deck/crm/week3") and, for a
 * note without a deck, one per file ("notes:file/<workspace-relative path>").
 * Pack topic ids are lower-case slugs, so they never start with this prefix.
 */
export const NOTES_TOPIC_PREFIX = 'notes:';
/** The study target "My notes": every group of notes at once. */
export const MY_NOTES = 'notes:';

export function isNoteTopic(topicId: string): boolean {
  return topicId.startsWith(NOTES_TOPIC_PREFIX);
}

export function deckTopicId(deck: string): string {
  return `${NOTES_TOPIC_PREFIX}deck/${deck}`;
}

export function fileTopicId(file: string): string {
  return `${NOTES_TOPIC_PREFIX}file/${file}`;
}

/** Whether a card or concept of `topic` is in the topic filter `filterTopic` (MY_NOTES takes every note topic). */
export function inTopic(topic: string, filterTopic: string): boolean {
  return filterTopic === MY_NOTES ? isNoteTopic(topic) : topic === filterTopic;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic extends SourceLocation {
  severity: Severity;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}
