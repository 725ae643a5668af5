// Checking a student's notes against the course (issue 14): a section of a
// note about a framework the pack knows (its `### Parts`) is compared with the
// course's parts; an exam answer is compared with an essay card's key points.
// Pure: lines come through LineSource, concepts and cards from the content
// index. Lines are 0-based and character offsets 0-based, as in LineSource.

import type { Card, Concept } from '../content/model';

/** One item of the student's list, with where its text sits (for lenses, diagnostics and edits). */
export interface ListItem {
  line: number;
  /** Offsets of the item's own text in the line (after the list marker, without trailing spaces). */
  start: number;
  end: number;
  text: string;
  /** The list marker as written ("-", "3.", "2)"), for bullet and numbered items; it starts at the list's indent. "Add the missing parts" renumbers with it. */
  marker?: string;
}

/** How the student wrote the list, so "Add the missing parts" writes in the same style. */
export type ListStyle =
  /** `indent`: what comes before the marker, a blockquote's "> " included. */
  | { kind: 'bullet'; indent: string; marker: '-' | '*' | '+'; bold: boolean }
  | { kind: 'numbered'; indent: string; delimiter: '.' | ')'; bold: boolean }
  /**
   * "Suppliers, customers, owners and partners" on one line (after the lead-in or on the line below the heading).
   * `separator`, when not ", ": a run of "-"-led items (" -") or of single words (" "), with no conjunction.
   */
  | { kind: 'comma'; conjunction: 'and' | 'or' | ''; separator?: string }
  /** A Markdown table; the items are the cells of `column`. */
  | { kind: 'table'; column: number; columns: number };

/** A part of a note that lists a framework's parts. */
export interface FrameworkSection {
  concept: Concept;
  /** The heading or lead-in line that names the concept. */
  nameLine: number;
  via: 'heading' | 'leadIn';
  /** The lines the section covers: [startLine, endLine). */
  startLine: number;
  endLine: number;
  /** The length of the section's last line (endLine - 1): where an item added after the last one goes (when absent: the last item's end). */
  endCharacter?: number;
  style: ListStyle;
  items: ListItem[];
}

export interface SectionCheck {
  section: FrameworkSection;
  /** For each part of the concept, in course order: the item that names it, if any. */
  parts: Array<{ name: string; item?: ListItem }>;
  /** Items that name no part (the student's extra commentary or a wrong part). */
  extra: ListItem[];
  /** Indexes (into parts) of the missing ones, in course order. */
  missing: number[];
  /** Whether the course gives the parts in an order that matters (Dwyer's phases, the database-building steps...). */
  ordered: boolean;
  /** For ordered frameworks, the first pair out of order: parts[later] is listed before parts[earlier]. */
  outOfOrder?: { earlier: number; later: number };
  /** "SCOPE · 4 of 5 · missing: Employees" / "Dwyer's phases · 5 of 5 ✓". */
  lens: string;
  /** The information diagnostic, when something is missing or out of order. */
  message?: string;
}

/** An edit in the note's text; lines and characters 0-based; replaces [start, end) of `line` (insert when equal). */
export interface TextEdit {
  line: number;
  start: number;
  end: number;
  text: string;
}

/** Check My Answer: one key point of the essay card and what in the answer covers it. */
export interface KeyPointResult {
  keyPoint: string;
  covered: boolean;
  /** The words of the answer that cover it, as written there (empty when missing). */
  evidence: string[];
  /** Where the evidence is in the answer text: offsets [start, end). */
  spans: Array<[number, number]>;
  /** Concepts the key point is about (ids), for the "open the concept" links of a missing point. */
  concepts: string[];
}

export interface AnswerCheck {
  card: Card;
  results: KeyPointResult[];
  covered: number;
  total: number;
  /** covered / total, 0..1. */
  score: number;
}
