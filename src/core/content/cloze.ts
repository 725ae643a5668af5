// The cloze syntax shared by everything that shows or checks a cloze card:
// {{answer}} or {{answer::hint}} marks a deletion, and {{answer|other|another}}
// (with or without a hint) lists other wordings that are right too. The first
// is the answer shown; a typed answer may be any of them. The deck parser
// checks it, the renderer, the concept page, the flashcards and search fill it in.

/** One deletion's inside, read: every accepted wording (the shown one first) and the hint. */
export interface ClozeParts {
  /** The answer shown (the first wording); "" only for a deletion the parser has reported as empty. */
  answer: string;
  /** Every wording that is right, the shown one first, each trimmed; empty ones left out. */
  answers: string[];
  hint?: string;
}

/** The wordings of what stands between `{{` and `}}`, before its hint, as written: `a | b::hint` → ['a ', ' b'] (empty ones kept). */
export function writtenWordings(inner: string): string[] {
  return inner.split('::')[0].split('|');
}

/** Reads what stands between `{{` and `}}`: `answer|other::hint`. */
export function readCloze(inner: string): ClozeParts {
  const answers = writtenWordings(inner).map((w) => w.trim()).filter(Boolean);
  const hint = inner.split('::')[1];
  return { answer: answers[0] ?? '', answers, hint: hint?.trim() };
}

/** Every wording a deletion accepts, the shown one first (`{{CLV|customer lifetime value}}` → both). */
export function clozeAnswers(inner: string): string[] {
  return readCloze(inner).answers;
}

/** Counts {{...}} deletions and finds the first unterminated or empty one (or one with an empty alternative). */
export function checkCloze(text: string): { deletions: number; error?: string; lineOffset: number } {
  let deletions = 0;
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open === -1) return { deletions, lineOffset: 0 };
    const close = text.indexOf('}}', open + 2);
    const nested = text.indexOf('{{', open + 2);
    const lineOffset = text.slice(0, open).split('\n').length - 1;
    if (close === -1 || (nested !== -1 && nested < close)) {
      return { deletions, lineOffset, error: 'unterminated cloze: "{{" without a closing "}}"' };
    }
    const inner = text.slice(open + 2, close);
    const wordings = writtenWordings(inner).map((w) => w.trim());
    if (wordings.length === 1 && !wordings[0]) return { deletions, lineOffset, error: 'empty cloze deletion "{{}}"' };
    if (wordings.some((w) => !w)) {
      return { deletions, lineOffset, error: `empty alternative in cloze "{{${inner}}}": write a wording between each pair of "|"` };
    }
    deletions++;
    at = close + 2;
  }
}

/** Replaces every {{answer|other::hint}} with what `show` makes of it (given the shown answer, the hint and every wording). */
export function fillCloze(text: string, show: (answer: string, hint: string | undefined, answers: string[]) => string): string {
  return text.replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => {
    const { answer, hint, answers } = readCloze(inner);
    return show(answer, hint, answers);
  });
}
