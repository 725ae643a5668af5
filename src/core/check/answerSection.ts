// Which text "Check My Answer" reads when nothing is selected: the section the
// cursor is in, from the heading above it to the next heading of the same or a
// higher level (a "###" inside it stays part of it), with that heading's text
// for guessing the question. Headings inside fenced code are not headings.

import { CodeFences, LineSource } from '../markdown/codeFences';

export interface Heading {
  line: number;
  level: number;
  /** Without its #s and closing #s. */
  text: string;
}

export interface AnswerSection {
  /** The heading the section starts with; none when the cursor is above the note's first heading. */
  heading?: Heading;
  /** The answer's lines, [startLine, endLine): below the heading, up to the next heading of its level or higher. */
  startLine: number;
  endLine: number;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

function headingOf(text: string, line: number): Heading | undefined {
  const m = ATX.exec(text);
  return m ? { line, level: m[1].length, text: (m[2] ?? '').trim() } : undefined;
}

/** The nearest heading at or above `line` (not in code). */
export function headingAbove(lines: LineSource, line: number, fences = CodeFences.compute(lines)): Heading | undefined {
  for (let at = Math.min(line, lines.lineCount - 1); at >= 0; at--) {
    if (fences.isFenced(at)) continue;
    const heading = headingOf(lines.lineAt(at), at);
    if (heading) return heading;
  }
  return undefined;
}

/** The section holding `line`. */
export function sectionAt(lines: LineSource, line: number): AnswerSection {
  const fences = CodeFences.compute(lines);
  const heading = headingAbove(lines, line, fences);
  // Above the first heading, the section is what precedes any heading.
  const level = heading?.level ?? 6;
  const startLine = heading ? heading.line + 1 : 0;
  let endLine = startLine;
  for (; endLine < lines.lineCount; endLine++) {
    if (fences.isFenced(endLine)) continue;
    const next = headingOf(lines.lineAt(endLine), endLine);
    if (next && next.level <= level) break;
  }
  return { heading, startLine, endLine };
}
