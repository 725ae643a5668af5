// What the import will give the student, read back from the note it will write (helper B).
import type { CardKind } from '../content/model';
import type { ImportDecision, ImportSet, ImportSeverity } from './importModel';
import type { NoteWriterOptions } from './noteWriter';

export interface PreviewCard {
  kind: CardKind;
  /** The card's first line as plain text (prompt, or cloze with gaps shown as [...]). */
  firstLine: string;
  inputLine: number;
  noteLine: number;
}

export interface PreviewProblem {
  /** Where in the input, when the problem is the input's. */
  inputLine?: number;
  /** Where in the note it will show in the Problems panel, when it will. */
  noteLine?: number;
  severity: ImportSeverity;
  message: string;
}

export interface ImportPreview {
  title: string;
  /** The note's text, exactly what will be written. */
  noteText: string;
  concepts: number;
  cards: PreviewCard[];
  byKind: Partial<Record<CardKind, number>>;
  problems: PreviewProblem[];
  decisions: ImportDecision[];
}

/** `file` is the workspace-relative path the note will have (diagnostics name it). */
export function previewImport(set: ImportSet, options: NoteWriterOptions & { file: string; uri: string }): ImportPreview {
  throw new Error('previewImport: not built yet');
}
