// Markdown reduced to one line of plain text, for tooltips, picker details and
// the search index.

/** Markdown to one line of plain text: emphasis, code, links, list markers, cloze braces and backslash escapes removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\{\{([^}:]*)(?:::[^}]*)?\}\}/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, '$2')
    // A backslash escape (an imported note's `Q\:` or `\#` that must not start a card or a heading) reads as its character.
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
