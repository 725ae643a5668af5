// The shapes an answer takes inside a line of a copied or exported set, and
// their Markdown: list lines (`-`, `•`, `*`, `–`, `—`) normalised to `- item`,
// numbered items (`1.`, `1)`, `a)`) kept as an ordered list or `- a) item`,
// a run of items written on one line ("-Define it -Collect it -Use it"), and
// multiple choice options written inline ("A) one B) two C) three"). The
// copied-set and Quizlet readers share it so a definition reads the same
// whichever way it came in.

/** A list marker at the start of a line, with or without a space after it ("-Item", "• Item"). */
const MARKER = /^\s*(?:[-*•–—])\s*(?=\S)/u;

/** " -Item": a space, a hyphen and a letter straight after it (not " - ", a dash used as punctuation). */
const RUN_ITEM = /\s-(?=\p{L})/gu;

/** True when the line starts with a list marker. `**bold**` and `*emphasis*` are not markers. */
export function isListLine(line: string): boolean {
  if (/^\s*\*\*?\S[^*]*\*/.test(line)) return false;
  return MARKER.test(line);
}

/**
 * The items of a line written as a run of `-` items, or undefined when it is not one.
 * A run is a line starting with a marker and holding at least one more " -Item", or a
 * line holding at least two (seed-shaped "Suppliers -Customers -Partners").
 */
export function runItems(line: string): string[] | undefined {
  const inner = (line.match(RUN_ITEM) ?? []).length;
  const startsWithMarker = /^\s*-(?=\S)/.test(line);
  if (inner < (startsWithMarker ? 1 : 2)) {
    return bulletItems(line);
  }
  const items = line.replace(/^\s*-/, '').split(RUN_ITEM).map((item) => item.trim()).filter(Boolean);
  return items.length >= 2 ? items : undefined;
}

/** "• one • two • three": bullets are never punctuation, so two of them make a run. */
function bulletItems(line: string): string[] | undefined {
  if ((line.match(/•/g) ?? []).length < 2) return undefined;
  const items = line.split('•').map((item) => item.trim()).filter(Boolean);
  return items.length >= 2 ? items : undefined;
}

/** "1. Apologise", "2) Fix it", "b) Follow up": a numbered item (letters only with ")", so "e.g." is none). */
const NUMBERED = /^\s*(?:(\d{1,3})[.)]|([a-z])\))\s+(?=\S)/;

export interface NumberedLine {
  /** 1 for "1." and for "a)". */
  number: number;
  letter: boolean;
  text: string;
}

/** The number and text of a numbered line, or undefined. Whether it is a list item or a website's numbering of its questions depends on the lines around it. */
export function numberedLine(line: string): NumberedLine | undefined {
  const match = NUMBERED.exec(line);
  if (!match) return undefined;
  const letter = match[2] !== undefined;
  return { number: letter ? match[2].charCodeAt(0) - 0x60 : parseInt(match[1], 10), letter, text: line.slice(match[0].length).trim() };
}

/** Two numbered lines one after the other in one list: "1." then "2.", "a)" then "b)". */
export function followsInList(before: NumberedLine | undefined, after: NumberedLine | undefined): boolean {
  return !!before && !!after && before.letter === after.letter && after.number === before.number + 1;
}

/** A study website's numbering in front of a prompt: "1. ", "12) ", "Q1. ", "Q 3: ", "Question 4: ". */
export const PROMPT_NUMBERING = /^\s*(?:(?:q|question)\s?\d{1,3}[.):]?|\d{1,3}[.)])\s+(?=\S)/i;

/** A list line as `- item`, a numbered one as `1. item` (`- a) item` for a letter); any other line unchanged (trailing spaces dropped). */
export function listItem(line: string): string {
  const trimmed = line.trimEnd();
  if (isListLine(trimmed)) return `- ${trimmed.replace(MARKER, '')}`;
  const numbered = numberedLine(trimmed);
  if (numbered) return numbered.letter ? `- ${String.fromCharCode(0x60 + numbered.number)}) ${numbered.text}` : `${numbered.number}. ${numbered.text}`;
  return trimmed;
}

/**
 * One answer line as Markdown lines: a run of items becomes one `- item` per item,
 * a list line `- item`, a plain line stays as it is (or becomes an item when `asItem`,
 * as after a lead-in line ending in ":").
 */
export function answerLineMarkdown(line: string, asItem = false): string[] {
  const items = runItems(line);
  if (items) return items.map((item) => `- ${item}`);
  if (isListLine(line) || numberedLine(line)) return [listItem(line)];
  const text = line.trim();
  return [asItem && text ? `- ${text}` : text];
}

/** Option letters must follow each other from A (or a), so "B) ..." alone or "Plan A) ..." is no option list. */
const OPTION = /(?:^|\s)\(?([A-Ha-h])[).]\s+/g;

/** The options of a line holding at least two of them inline, or undefined. */
export function inlineChoices(line: string): string[] | undefined {
  const marks: Array<{ letter: string; start: number; end: number }> = [];
  for (const match of line.matchAll(OPTION)) {
    marks.push({ letter: match[1].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  if (marks.length < 2 || marks[0].letter !== 'a' || line.slice(0, marks[0].start).trim()) return undefined;
  for (let i = 0; i < marks.length; i++) {
    if (marks[i].letter.charCodeAt(0) !== 'a'.charCodeAt(0) + i) return undefined;
  }
  const texts = marks.map((mark, i) => line.slice(mark.end, i + 1 < marks.length ? marks[i + 1].start : undefined).trim());
  return texts.every(Boolean) ? texts : undefined;
}

/** One option on its own line ("B) Desire to be liked"): its letter (lower case) and text. */
export function choiceLine(line: string): { letter: string; text: string } | undefined {
  const match = /^\s*\(?([A-Ha-h])[).]\s+(\S.*)$/.exec(line);
  return match ? { letter: match[1].toLowerCase(), text: match[2].trim() } : undefined;
}

/** "Answer: B", "Correct answer: (c)": the letter a set gives as the right option. */
export function answerLetter(line: string): string | undefined {
  const match = /^\s*(?:the\s+)?(?:correct\s+|right\s+)?answer\s*(?:is)?\s*[:=-]?\s*\(?([A-Ha-h])\)?\s*\.?\s*$/i.exec(line);
  return match ? match[1].toLowerCase() : undefined;
}
