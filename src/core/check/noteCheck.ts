// One open note's framework checks, kept current edit by edit: only the
// sections an edit touches are found and checked again (helper H1).
import type { Card } from '../content/model';
import type { LineSource } from '../markdown/codeFences';
import type { TermMatcher } from '../notes/termMatcher';
import type { SectionCheck } from './checkModel';

export class NoteCheck {
  constructor(lines: LineSource, matcher: TermMatcher, cardsOf: (conceptId: string) => readonly Card[]) {
    throw new Error('NoteCheck: not built yet');
  }

  /** Lines [firstLine, firstLine + removedLines) became [firstLine, firstLine + insertedLines); `lines` is the new text. */
  edit(firstLine: number, removedLines: number, insertedLines: number, lines: LineSource): void {
    throw new Error('NoteCheck.edit: not built yet');
  }

  /** Every section's check, in line order. */
  checks(): readonly SectionCheck[] {
    throw new Error('NoteCheck.checks: not built yet');
  }
}
