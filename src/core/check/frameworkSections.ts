// Finding the sections of a note that list a framework's parts (helper H1).
import type { LineSource } from '../markdown/codeFences';
import type { TermMatcher } from '../notes/termMatcher';
import type { FrameworkSection } from './checkModel';

/** Every section in [fromLine, toLine) (default: the whole note) naming a concept with parts and followed by its list; never inside code blocks. */
export function findFrameworkSections(lines: LineSource, matcher: TermMatcher, fromLine = 0, toLine = lines.lineCount): FrameworkSection[] {
  throw new Error('findFrameworkSections: not built yet');
}
