// Which lines of a Markdown document are inside fenced code blocks (``` or ~~~),
// so term look-ups can skip code. Computed once per document, then kept up to
// date edit by edit: an edit rescans only from the block it touches until the
// fences settle back into their old pattern, not the whole document.
//
// Fences follow CommonMark (a run of three or more ` or ~, closed by a run of
// the same character at least as long, an unclosed fence runs to the end),
// with two allowances for notes: any indentation (fences inside list items) and
// a blockquote prefix ("> ```").

/** Read access to a document's lines; a VS Code TextDocument is adapted to this at the edge. */
export interface LineSource {
  readonly lineCount: number;
  lineAt(line: number): string;
}

/** A fenced block: its opening and closing fence lines, 0-based and inclusive. */
export interface FencedBlock {
  start: number;
  end: number;
}

const OPEN = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})(.*)$/;
const CLOSE = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})[ \t]*$/;

/** The fence a line opens ("```" or "~~~~"), if it opens one. */
function opening(line: string): string | undefined {
  if (!line.includes('``') && !line.includes('~~')) return undefined;
  const m = OPEN.exec(line);
  if (!m) return undefined;
  // A backtick fence's info string may not hold a backtick (that is inline code instead).
  if (m[1][0] === '`' && m[2].includes('`')) return undefined;
  return m[1];
}

function closes(line: string, fence: string): boolean {
  if (!line.includes(fence[0] + fence[0])) return false;
  const m = CLOSE.exec(line);
  return !!m && m[1][0] === fence[0] && m[1].length >= fence.length;
}

export class CodeFences {
  private constructor(private blocks: FencedBlock[]) {}

  static compute(lines: LineSource): CodeFences {
    return new CodeFences(scan(lines, 0, () => false).blocks);
  }

  /** The fenced blocks in document order. */
  get all(): readonly FencedBlock[] {
    return this.blocks;
  }

  isFenced(line: number): boolean {
    const i = this.firstEndingAtOrAfter(line);
    return i < this.blocks.length && this.blocks[i].start <= line;
  }

  /**
   * Lines [firstLine, firstLine + removedLines) of the old document were
   * replaced by lines [firstLine, firstLine + insertedLines) of `lines`, the
   * document as it is now.
   */
  update(firstLine: number, removedLines: number, insertedLines: number, lines: LineSource): void {
    const old = this.blocks;
    const delta = insertedLines - removedLines;
    const editEnd = firstLine + insertedLines;
    // Restart where the scanner's state is known: outside any block, at or before the edit.
    const touched = this.firstEndingAtOrAfter(firstLine);
    const restart = touched < old.length && old[touched].start <= firstLine ? old[touched].start : firstLine;
    const head = old.slice(0, touched);

    let tail: FencedBlock[] = [];
    const resume = (line: number): boolean => {
      if (line < editEnd) return false;
      const oldLine = line - delta;
      const i = this.firstEndingAtOrAfter(oldLine);
      if (i < old.length && old[i].start < oldLine) return false; // the old document was inside a block here
      tail = old.slice(i).map((b) => ({ start: b.start + delta, end: b.end + delta }));
      return true;
    };
    const scanned = scan(lines, Math.min(restart, lines.lineCount), resume);
    this.blocks = [...head, ...scanned.blocks, ...(scanned.resumed ? tail : [])];
  }

  /** Index of the first block whose end is at or after `line` (binary search). */
  private firstEndingAtOrAfter(line: number): number {
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid].end < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Scans from `from` (outside any block) to the end, or until `resume(line)` says the rest is known. */
function scan(lines: LineSource, from: number, resume: (line: number) => boolean): { blocks: FencedBlock[]; resumed: boolean } {
  const blocks: FencedBlock[] = [];
  let fence: string | undefined;
  let start = 0;
  const count = lines.lineCount;
  for (let i = from; i < count; i++) {
    const text = lines.lineAt(i);
    if (fence === undefined) {
      if (resume(i)) return { blocks, resumed: true };
      const opened = opening(text);
      if (opened) {
        fence = opened;
        start = i;
      }
    } else if (closes(text, fence)) {
      blocks.push({ start, end: i });
      fence = undefined;
    }
  }
  if (fence !== undefined) blocks.push({ start, end: Math.max(start, count - 1) });
  return { blocks, resumed: false };
}
