// Matching a student's list items to a framework's parts (helper H1).
import type { Card, Concept } from '../content/model';
import type { FrameworkSection, SectionCheck, TextEdit } from './checkModel';

/** For each item, the index of the part it names (or undefined): aliases, plurals, abbreviations, small typos, word order, extra words. One item per part at most. */
export function matchParts(concept: Concept, items: readonly string[]): Array<number | undefined> {
  throw new Error('matchParts: not built yet');
}

/** `cards`: the concept's cards (a list card "in order" says the order matters). */
export function checkSection(section: FrameworkSection, cards: readonly Card[]): SectionCheck {
  throw new Error('checkSection: not built yet');
}

/** "Add the missing parts": the missing parts in the list's own style, in the course's order (each placed after the part before it, or at the list's end). */
export function addMissingParts(check: SectionCheck): TextEdit[] {
  throw new Error('addMissingParts: not built yet');
}
