// The short citation a student pastes into a note ("Insert Definition into Note",
// "Copy Definition"): `> **Term** (ACRONYM): definition — Source`, and where it
// goes so it stays a quote of its own.

import { Concept } from '../content/model';

export function definitionQuote(concept: Concept): string {
  const acronym = concept.acronyms.find((a) => a !== concept.term);
  const head = `**${concept.term}**${acronym ? ` (${acronym})` : ''}`;
  const definition = concept.definition.replace(/\s*\n\s*/g, ' ').trim();
  return `> ${head}: ${definition}${concept.source ? ` — ${concept.source}` : ''}`;
}

/**
 * The text to insert at a cursor so the quote is a paragraph of its own: a blank
 * line before it when the cursor follows text on its line, and after it when text
 * follows (pass the rest of the line and the line below: a line right under a
 * quote would otherwise continue it).
 */
export function quoteInsertion(textBeforeCursor: string, textAfterCursor: string, quote: string): string {
  const before = textBeforeCursor.trim() ? '\n\n' : '';
  const after = textAfterCursor.trim() ? '\n\n' : '\n';
  return `${before}${quote}${after}`;
}
