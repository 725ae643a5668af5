// One open note's framework checks, kept current edit by edit: only the
// sections an edit touches are found and checked again (helper H1).
//
// What an edit can touch: a section depends only on its own lines (its naming
// line, the blank or intro lines after it, its list) and on the line just
// after its list (typing an item there extends it). So an edit re-finds the
// sections whose naming line lies in the edited lines widened upwards to the
// naming line that may own them (over blank, list and table lines, up to three
// other lines or a heading), and downwards over the sections it overlaps or
// adjoins; when the edit opens or closes a code fence, over the lines whose
// fencing changed. Every other section keeps its check, moved by the number
// of lines the edit added or removed.

import type { Card } from '../content/model';
import { CodeFences, FencedBlock, LineSource } from '../markdown/codeFences';
import type { TermMatcher } from '../notes/termMatcher';
import type { SectionCheck } from './checkModel';
import { findFrameworkSections } from './frameworkSections';
import { checkSection } from './partMatcher';

const BLANK = /^\s*$/;
const LISTISH = /^(?: {0,3}>[ \t]?)*(?:\s*(?:[-*+]\s|\d{1,9}[.)]\s|\|)|\s{2,}\S)/;
const HEADING = /^(?: {0,3}>[ \t]?)* {0,3}#{1,6}(?:\s|$)/;

export class NoteCheck {
  private readonly fences: CodeFences;
  private sections: SectionCheck[];

  constructor(
    private lines: LineSource,
    private readonly matcher: TermMatcher,
    private readonly cardsOf: (conceptId: string) => readonly Card[],
  ) {
    this.fences = CodeFences.compute(lines);
    this.sections = this.find(0, lines.lineCount);
  }

  /** Lines [firstLine, firstLine + removedLines) became [firstLine, firstLine + insertedLines); `lines` is the new text. */
  edit(firstLine: number, removedLines: number, insertedLines: number, lines: LineSource): void {
    this.lines = lines;
    const delta = insertedLines - removedLines;
    const oldBlocks = this.fences.all;
    this.fences.update(firstLine, removedLines, insertedLines, lines);

    // The edited range in the new text, widened to where the fencing changed.
    let from = firstLine;
    let to = firstLine + insertedLines;
    const fenced = changedFencing(oldBlocks, this.fences.all, firstLine + removedLines, delta);
    if (fenced) {
      from = Math.min(from, fenced[0]);
      to = Math.max(to, fenced[1]);
    }

    // Where each section is in the new text; those overlapping or adjoining the edit (or the refenced lines) are found again.
    const oldTo = firstLine + removedLines;
    const placed = this.sections.map((check) => {
      const { startLine, endLine } = check.section;
      const start = startLine >= oldTo ? startLine + delta : startLine;
      const end = endLine > oldTo ? endLine + delta : Math.min(endLine, firstLine + insertedLines);
      return { check, start, end, edited: startLine <= oldTo && endLine >= firstLine };
    });
    for (const p of placed) {
      if (p.edited || (p.start < to && p.end > from)) {
        from = Math.min(from, p.start);
        to = Math.max(to, p.end);
      }
    }
    const before: SectionCheck[] = [];
    const after: SectionCheck[] = [];
    for (const p of placed) {
      if (p.edited || (p.start < to && p.end > from)) continue;
      if (p.end <= from) before.push(p.check);
      else {
        if (delta) shift(p.check, delta);
        after.push(p.check);
      }
    }
    from = this.scanStart(from);
    // A kept section the widened start falls into is found again too.
    while (before.length && before[before.length - 1].section.endLine > from) from = Math.min(from, before.pop()!.section.startLine);
    // One line more: a title line depends on the blank line above it.
    to = Math.min(Math.max(to, from) + 1, lines.lineCount);

    const found = this.find(from, to);
    const reach = found.length ? Math.max(to, found[found.length - 1].section.endLine) : to;
    this.sections = [...before, ...found, ...after.filter((c) => c.section.startLine >= reach || !found.some((f) => overlaps(f, c)))];
    if (this.sections.some((c, i) => i > 0 && c.section.startLine < this.sections[i - 1].section.startLine)) {
      this.sections.sort((a, b) => a.section.startLine - b.section.startLine);
    }
  }

  /**
   * Every section's check, in line order. A check that an edit only moves is
   * the same object, its line numbers updated in place; a check found again
   * is a new one.
   */
  checks(): readonly SectionCheck[] {
    return this.sections;
  }

  private find(from: number, to: number): SectionCheck[] {
    return findFrameworkSections(this.lines, this.matcher, from, to, this.fences).map((s) => checkSection(s, this.cardsOf(s.concept.id)));
  }

  /** The line to look for naming lines from: up over blank, list and table lines to a heading, or past up to three other lines. */
  private scanStart(line: number): number {
    let others = 0;
    let i = Math.min(line, this.lines.lineCount) - 1;
    let start = Math.min(line, this.lines.lineCount);
    for (; i >= 0; i--) {
      const text = this.lines.lineAt(i);
      if (BLANK.test(text) || (LISTISH.test(text) && !HEADING.test(text))) {
        start = i;
        continue;
      }
      start = i;
      if (HEADING.test(text) || ++others >= 3) break;
    }
    return Math.max(0, start);
  }
}

function overlaps(a: SectionCheck, b: SectionCheck): boolean {
  return a.section.startLine < b.section.endLine && b.section.startLine < a.section.endLine;
}

/** Moves a section's check by `delta` lines, in place (its items are the same objects in section, parts and extra, so each moves once). */
function shift(check: SectionCheck, delta: number): void {
  const s = check.section;
  s.nameLine += delta;
  s.startLine += delta;
  s.endLine += delta;
  for (const item of s.items) item.line += delta;
}

/**
 * The lines (new text, [from, to)) whose fencing differs from before the edit
 * beyond the edited lines themselves, or undefined when the fences outside the
 * edit are as they were. `oldEnd`: the first old line after the edit.
 */
function changedFencing(old: readonly FencedBlock[], now: readonly FencedBlock[], oldEnd: number, delta: number): [number, number] | undefined {
  // Each end moves with the lines it sits on: an unclosed fence before the edit still reaches the old last line, now moved.
  const at = (line: number): number => (line >= oldEnd ? line + delta : line);
  const moved = (b: FencedBlock): FencedBlock => ({ start: at(b.start), end: at(b.end) });
  let head = 0;
  while (head < old.length && head < now.length && same(moved(old[head]), now[head])) head++;
  let tail = 0;
  while (tail < old.length - head && tail < now.length - head && same(moved(old[old.length - 1 - tail]), now[now.length - 1 - tail])) tail++;
  const changed = [...old.slice(head, old.length - tail).map(moved), ...now.slice(head, now.length - tail)];
  if (!changed.length) return undefined;
  return [Math.min(...changed.map((b) => b.start)), Math.max(...changed.map((b) => b.end)) + 1];
}

const same = (a: FencedBlock, b: FencedBlock): boolean => a.start === b.start && a.end === b.end;
