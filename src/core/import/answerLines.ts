// The shapes an answer takes inside a line of a copied or exported set, and
// their Markdown: list lines (`-`, `•`, `*`, `–`, `—`) normalised to `- item`,
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

/** A list line as `- item`; any other line unchanged (trailing spaces dropped). */
export function listItem(line: string): string {
  const trimmed = line.trimEnd();
  return isListLine(trimmed) ? `- ${trimmed.replace(MARKER, '')}` : trimmed;
}

/**
 * One answer line as Markdown lines: a run of items becomes one `- item` per item,
 * a list line `- item`, a plain line stays as it is (or becomes an item when `asItem`,
 * as after a lead-in line ending in ":").
 */
export function answerLineMarkdown(line: string, asItem = false): string[] {
  const items = runItems(line);
  if (items) return items.map((item) => `- ${item}`);
  if (isListLine(line)) return [listItem(line)];
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
