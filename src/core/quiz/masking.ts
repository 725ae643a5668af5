// Turning a concept's text into question text that does not give the answer
// away: a definition cut to a glance-sized run of sentences with the concept's
// own names hidden, and the expansions an acronym question accepts.

import { Concept } from '../content/model';
import { plainText } from '../markdown/plainText';

/** Definitions longer than this are cut at a sentence end: a quiz question should read at a glance. */
const MAX_DEFINITION_CHARS = 220;

/** As many whole sentences as fit in `max` characters, and at least enough to say something (a third of `max`). */
export function firstSentences(text: string, max: number): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/);
  let result = sentences[0];
  for (const sentence of sentences.slice(1)) {
    if (result.length >= max / 3 && result.length + 1 + sentence.length > max) break;
    result += ` ${sentence}`;
  }
  return result;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The definition with the concept's own names hidden, so it does not give the answer away. */
export function maskDefinition(concept: Concept): string {
  let text = firstSentences(plainText(concept.definition), MAX_DEFINITION_CHARS);
  // The term, its acronyms and aliases that share a word with it. An alias with no word of the term
  // (co-authors such as "Schurr and Oh", kept so notes that cite them get a hover) stays readable.
  const termWords = new Set(significantWords(concept.term));
  const names = [concept.term, ...concept.aliases]
    .filter((n) => n.trim().length > 1)
    .filter((n) => n === concept.term || concept.acronyms.includes(n) || significantWords(n).some((w) => termWords.has(w)))
    .sort((a, b) => b.length - a.length);
  for (const name of names) {
    const flags = concept.acronyms.includes(name) ? 'g' : 'gi';
    text = text.replace(new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?:s|es)?(?![\\w-])`, flags), '…');
  }
  return text
    .replace(/\(\s*…\s*\)/g, '')
    .replace(/…(?:\s*(?:,|or|and)?\s*…)+/g, '…')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case words of three letters or more, possessives dropped: "Dwyer's phases" → dwyer, phases. */
function significantWords(name: string): string[] {
  return name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
}

/** The expansions of an acronym among a concept's names ("Key account management" for KAM). */
export function acronymExpansions(concept: Concept, acronym: string): string[] {
  const letters = acronym.replace(/s$/, '').toLowerCase();
  if (letters.length < 2) return [];
  return [concept.term, ...concept.aliases].filter((name) => {
    if (concept.acronyms.includes(name)) return false;
    const words = name.split(/[\s-]+/).filter((w) => w && !/^(of|and|&)$/i.test(w));
    return words.length === letters.length && words.map((w) => w[0].toLowerCase()).join('') === letters;
  });
}
