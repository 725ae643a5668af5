// Markdown reduced to one line of plain text, for tooltips, picker details and
// the search index.

/** Markdown to one line of plain text: emphasis, code, links, list markers and cloze braces removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\{\{([^}:]*)(?:::[^}]*)?\}\}/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}
