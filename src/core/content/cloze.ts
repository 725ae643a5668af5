// The cloze syntax shared by everything that shows or checks a cloze card:
// {{answer}} or {{answer::hint}} marks a deletion. The deck parser checks it,
// the renderer, the concept page, the flashcards and search fill it in.

/** Counts {{...}} deletions and finds the first unterminated or empty one. */
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
    const answer = text.slice(open + 2, close).split('::')[0].trim();
    if (!answer) return { deletions, lineOffset, error: 'empty cloze deletion "{{}}"' };
    deletions++;
    at = close + 2;
  }
}

/** Replaces every {{answer::hint}} with what `show` makes of it. */
export function fillCloze(text: string, show: (answer: string, hint: string | undefined) => string): string {
  return text.replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => {
    const [answer, hint] = inner.split('::');
    return show(answer.trim(), hint?.trim());
  });
}
