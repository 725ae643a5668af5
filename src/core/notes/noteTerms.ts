// The terms of one open note: the shared term matcher plus that document's
// fenced code blocks, so look-ups skip code. Editors feed it their edits; each
// look-up reads only the line asked about.

import { CodeFences, LineSource } from '../markdown/codeFences';
import { TermMatch, TermMatcher } from './termMatcher';

export class NoteTerms {
  private readonly fences: CodeFences;

  constructor(
    private readonly matcher: TermMatcher,
    lines: LineSource,
  ) {
    this.fences = CodeFences.compute(lines);
  }

  /** See CodeFences.update: lines [firstLine, firstLine + removedLines) became [firstLine, firstLine + insertedLines). */
  edit(firstLine: number, removedLines: number, insertedLines: number, lines: LineSource): void {
    this.fences.update(firstLine, removedLines, insertedLines, lines);
  }

  isCode(line: number): boolean {
    return this.fences.isFenced(line);
  }

  termAt(lines: LineSource, line: number, character: number): TermMatch | undefined {
    if (line < 0 || line >= lines.lineCount || this.fences.isFenced(line)) return undefined;
    return this.matcher.matchAt(lines.lineAt(line), character);
  }

  termsInLine(lines: LineSource, line: number): TermMatch[] {
    if (line < 0 || line >= lines.lineCount || this.fences.isFenced(line)) return [];
    return this.matcher.matchesInLine(lines.lineAt(line));
  }
}
