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
}

export interface Part {
  name: string;
  description: string;
}

export interface Concept extends SourceLocation {
  id: string;
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
  /** Optional Markdown shown after answering a multiple choice card. */
  explanation?: string;
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
  topicId?: string;
  conceptId?: string;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic extends SourceLocation {
  severity: Severity;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}
