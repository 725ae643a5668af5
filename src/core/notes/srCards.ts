// The card forms of Obsidian Spaced Repetition, read from one run of
// contiguous lines of a note (no blank line between them): `front::back` and
// `front:::back` on one line; a front, a line holding only `?` (or `??`) and a
// back; `==highlights==` in a paragraph as cloze deletions, one card each. The
// note parser decides where these forms count (a #flashcards note, a
// `### Cards` section) and hands the run over line by line, with code already
// told apart and code spans masked, so nothing in code is ever a card.

import { fillCloze } from '../content/cloze';
import { PINNED_ID } from '../content/deckParser';

export interface RunLine {
  /** 0-based line in the note. */
  line: number;
  /** The line as written (comments already blanked). */
  raw: string;
  /** The same line with code spans masked (same length); what markers are looked for in. */
  masked: string;
  /** text: a paragraph's or a list's line; code: inside a code block; other: a table, a quote, a rule...; tags: a line of tags only. */
  kind: 'text' | 'code' | 'other' | 'tags';
  /** The line belongs to a list (its marker is not part of a one-line card's front). */
  inList: boolean;
}

export interface SrCardDraft {
  kind: 'basic' | 'cloze';
  prompt: string;
  answer: string;
  /** Appended to the group's id: "" for the first card, "-r" for the reverse, "-c2", "-c3"... for further deletions. */
  variant: string;
}

/** The cards one piece of text makes (a two-way card or a cloze with several deletions makes several). */
export interface SrGroup {
  /**
   * 0-based line of the card's first paragraph or list line: where its id is
   * pinned. A rule, quote or table line before it is part of the card but
   * cannot take a pin (text after `---` or `>` changes what the Markdown is).
   */
  line: number;
  /** The id pinned with {#id} at the end of `line`. */
  pinned?: string;
  /** False for a card whose front is code only: it has no line a pin could go on. */
  pinnable: boolean;
  /** The front the id is derived from. */
  key: string;
  cards: SrCardDraft[];
}

export interface SrProblem {
  line: number;
  message: string;
  /** An edit of `line` (0-based columns) that fixes it. */
  fix?: { title: string; start: number; end: number; text: string };
}

export function readSrRun(lines: readonly RunLine[]): { groups: SrGroup[]; problems: SrProblem[] } {
  const groups: SrGroup[] = [];
  const problems: SrProblem[] = [];
  let segment: RunLine[] = [];
  const flush = () => {
    if (segment.length > 0) readSegment(segment, groups, problems);
    segment = [];
  };
  for (const line of lines) {
    if (line.kind === 'tags') {
      flush();
      continue;
    }
    const separator = line.kind === 'text' ? separatorIn(line.masked) : undefined;
    if (separator) {
      flush();
      oneLineCard(line, separator, groups, problems);
    } else {
      segment.push(line);
    }
  }
  flush();
  return { groups, problems };
}

/** Whether a run holds anything these forms read (a card or a malformed one). */
export function holdsSrForm(lines: readonly RunLine[]): boolean {
  const { groups, problems } = readSrRun(lines);
  return groups.length > 0 || problems.length > 0;
}

/** The first `::` or `:::` of a line (a longer run of colons is not one; a `:::` container fence is no card). */
function separatorIn(masked: string): { at: number; length: number } | undefined {
  if (/^[ \t]*:::/.test(masked)) return undefined;
  for (let from = 0; ;) {
    const at = masked.indexOf('::', from);
    if (at === -1) return undefined;
    let end = at + 2;
    while (masked.charCodeAt(end) === 0x3a) end++;
    if (end - at <= 3) return { at, length: end - at };
    from = end;
  }
}

function isSideSeparator(masked: string): boolean {
  const t = masked.trim();
  return t === '?' || t === '??';
}

const LIST_PREFIX = /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;

function oneLineCard(line: RunLine, separator: { at: number; length: number }, groups: SrGroup[], problems: SrProblem[]): void {
  const pin = PINNED_ID.exec(line.raw);
  const backEnd = pin && pin.index >= separator.at + separator.length ? pin.index : line.raw.length;
  let front = line.raw.slice(0, separator.at);
  if (line.inList) front = front.replace(LIST_PREFIX, '');
  front = front.trim();
  const back = line.raw.slice(separator.at + separator.length, backEnd).trim();
  const mark = separator.length === 3 ? ':::' : '::';
  if (!front) return void problems.push({ line: line.line, message: `basic card has an empty question before ${mark}` });
  if (!back) return void problems.push({ line: line.line, message: `basic card has an empty answer after ${mark}` });
  const cards: SrCardDraft[] = [{ kind: 'basic', prompt: front, answer: back, variant: '' }];
  if (separator.length === 3) cards.push({ kind: 'basic', prompt: back, answer: front, variant: '-r' });
  groups.push({ line: line.line, pinned: pin && backEnd === pin.index ? pin[1] : undefined, pinnable: true, key: front, cards });
}

function readSegment(segment: RunLine[], groups: SrGroup[], problems: SrProblem[]): void {
  const side = segment.findIndex((l) => l.kind === 'text' && isSideSeparator(l.masked));
  if (side !== -1) twoSidedCard(segment, side, groups, problems);
  else clozeCards(segment, groups, problems);
}

function twoSidedCard(segment: RunLine[], side: number, groups: SrGroup[], problems: SrProblem[]): void {
  const frontLines = segment.slice(0, side);
  const head = frontLines.findIndex((l) => l.kind === 'text');
  const pin = head === -1 ? null : PINNED_ID.exec(frontLines[head].raw);
  const front = joinLines(frontLines.map((l, i) => (i === head && pin ? l.raw.slice(0, pin.index) : l.raw)));
  const back = joinLines(segment.slice(side + 1).map((l) => l.raw));
  const mark = segment[side].masked.trim();
  const line = (head === -1 ? segment[0] : frontLines[head]).line;
  if (!front) return void problems.push({ line: segment[side].line, message: `basic card has an empty question before ${mark}` });
  if (!back) return void problems.push({ line, message: `basic card has an empty answer after ${mark}` });
  const cards: SrCardDraft[] = [{ kind: 'basic', prompt: front, answer: back, variant: '' }];
  if (mark === '??') cards.push({ kind: 'basic', prompt: back, answer: front, variant: '-r' });
  groups.push({ line, pinned: pin?.[1], pinnable: head !== -1, key: front, cards });
}

/** Lines of a card side: each without trailing whitespace, the whole without leading and trailing blank lines. */
function joinLines(lines: string[]): string {
  return lines.map((l) => l.trimEnd()).join('\n').trim();
}

interface Deletion {
  /** Column of the opening `==`. */
  open: number;
  /** Column of the closing `==`. */
  close: number;
  /** Column just after the deletion (after its `^[hint]`, if any). */
  end: number;
  hint?: string;
}

function clozeCards(segment: RunLine[], groups: SrGroup[], problems: SrProblem[]): void {
  const head = segment.findIndex((l) => l.kind === 'text');
  if (head === -1) return;
  const pin = PINNED_ID.exec(segment[head].raw);
  const texts = segment.map((l, i) => (i === head && pin ? l.raw.slice(0, pin.index) : l.raw));
  const found: Deletion[][] = [];
  let total = 0;
  let broken = false;
  segment.forEach((line, i) => {
    const masked = i === head && pin ? line.masked.slice(0, pin.index) : line.masked;
    const scan = line.kind === 'text' ? deletionsIn(masked, texts[i]) : { deletions: [] };
    found.push(scan.deletions);
    total += scan.deletions.length;
    if (scan.unterminated === undefined) return;
    broken = true;
    const end = masked.trimEnd().length;
    const fixed = masked.slice(0, end) + '==' + masked.slice(end);
    problems.push({
      line: line.line,
      message: 'unterminated cloze: "==" without a closing "=="',
      fix: deletionsIn(fixed, fixed).unterminated === undefined ? { title: 'Close the highlight with "=="', start: end, end, text: '==' } : undefined,
    });
  });
  if (broken || total === 0) return;
  const render = (ask: number): string => {
    let n = 0;
    return joinLines(texts.map((text, i) => {
      let out = '';
      let at = 0;
      for (const d of found[i]) {
        const answer = text.slice(d.open + 2, d.close);
        out += text.slice(at, d.open) + (n === ask ? `{{${answer}${d.hint ? `::${d.hint}` : ''}}}` : answer);
        at = d.end;
        n++;
      }
      return out + text.slice(at);
    }));
  };
  const cards: SrCardDraft[] = [];
  for (let k = 0; k < total; k++) {
    const prompt = render(k);
    cards.push({ kind: 'cloze', prompt, answer: fillCloze(prompt, (answer) => `**${answer}**`), variant: k === 0 ? '' : `-c${k + 1}` });
  }
  groups.push({ line: segment[head].line, pinned: pin?.[1], pinnable: true, key: render(-1), cards });
}

/** `==text==` deletions of one line (an opener is followed, a closer preceded, by a non-space; only runs of exactly two `=`). */
function deletionsIn(masked: string, raw: string): { deletions: Deletion[]; unterminated?: number } {
  const deletions: Deletion[] = [];
  for (let pos = 0; ;) {
    const open = nextRun(masked, pos);
    if (open === -1) return { deletions };
    const after = masked.charAt(open + 2);
    if (!after || /\s/.test(after)) {
      pos = open + 2;
      continue;
    }
    let close = -1;
    for (let from = open + 3; ;) {
      const at = nextRun(masked, from);
      if (at === -1) break;
      if (!/\s/.test(masked.charAt(at - 1))) {
        close = at;
        break;
      }
      from = at + 2;
    }
    if (close === -1) return { deletions, unterminated: open };
    let end = close + 2;
    let hint: string | undefined;
    const hinted = /^\^\[([^\]]*)\]/.exec(raw.slice(end));
    if (hinted) {
      hint = hinted[1].trim() || undefined;
      end += hinted[0].length;
    }
    deletions.push({ open, close, end, hint });
    pos = end;
  }
}

/** The column of the next run of exactly two `=` at or after `from`, or -1. */
function nextRun(text: string, from: number): number {
  for (let at = text.indexOf('==', from); at !== -1; ) {
    let end = at + 2;
    while (text.charCodeAt(end) === 0x3d) end++;
    if (end - at === 2 && text.charCodeAt(at - 1) !== 0x3d) return at;
    at = text.indexOf('==', end);
  }
  return -1;
}
