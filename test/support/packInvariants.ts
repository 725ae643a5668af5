// The pack-quality invariants of issue 16, as functions over a compiled pack.
// Each returns the problems it finds, one line per offending card (its id
// first), so that a failing test tells a content writer exactly what to fix.
// test/unit/packInvariants.test.ts runs them over the bundled pack and over
// small packs built to break each rule.

import { fillCloze } from '../../src/core/content/cloze';
import { Card, Pack } from '../../src/core/content/model';
import { plainText } from '../../src/core/markdown/plainText';

/** No written position of the right option may hold more than this share of the pack's multiple choice cards. */
export const MAX_MC_POSITION_SHARE = 0.35;

const LETTERS = 'ABCDEFGHIJ';

function mcCards(pack: Pack): Card[] {
  return pack.cards.filter((c) => c.kind === 'multipleChoice');
}

/** The written position (0 = first) of each multiple choice card's right option. */
export function rightPositions(pack: Pack): Map<number, Card[]> {
  const byPosition = new Map<number, Card[]>();
  for (const card of mcCards(pack)) {
    const at = (card.choices ?? []).findIndex((c) => c.correct);
    byPosition.set(at, [...(byPosition.get(at) ?? []), card]);
  }
  return byPosition;
}

/** A position holding the right option on more than 35% of the MC cards: one line saying so, then the cards there. */
export function mcPositionProblems(pack: Pack): string[] {
  const total = mcCards(pack).length;
  const problems: string[] = [];
  for (const [at, cards] of [...rightPositions(pack)].sort((a, b) => a[0] - b[0])) {
    if (cards.length <= MAX_MC_POSITION_SHARE * total) continue;
    const letter = LETTERS[at] ?? String(at + 1);
    const allowed = Math.floor(MAX_MC_POSITION_SHARE * total);
    problems.push(`position ${letter} holds the right option on ${cards.length} of ${total} multiple choice cards ` +
      `(${Math.round((100 * cards.length) / total)}%, at most ${allowed} allowed): move it on ${cards.length - allowed} of these`);
    for (const card of cards) problems.push(`${card.id} (${card.file}:${card.line}): right option written ${letter}`);
  }
  return problems;
}

export function mcWithoutExplanation(pack: Pack): string[] {
  return mcCards(pack).filter((c) => !c.explanation?.trim()).map((c) => `${c.id} (${c.file}:${c.line}): no explanation after the options`);
}

export function listsWithoutOrder(pack: Pack): string[] {
  return pack.cards
    .filter((c) => c.kind === 'listRecall' && !c.orderStated)
    .map((c) => `${c.id} (${c.file}:${c.line}): write "List (in order):" or "List (any order):"`);
}

/** A prompt as a reader compares prompts: the cloze filled in, Markdown, case, punctuation and spacing ignored. */
export function normalisedPrompt(card: Card): string {
  const text = card.kind === 'cloze' ? fillCloze(card.prompt, (answer) => answer) : card.prompt;
  return plainText(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function duplicatePrompts(pack: Pack): string[] {
  const first = new Map<string, Card>();
  const problems: string[] = [];
  for (const card of pack.cards) {
    const key = normalisedPrompt(card);
    const earlier = first.get(key);
    if (earlier) problems.push(`${card.id} (${card.file}:${card.line}): same prompt as ${earlier.id} (${earlier.file}:${earlier.line})`);
    else first.set(key, card);
  }
  return problems;
}

/** An author (or group of authors) cited somewhere in the pack, by surname. */
export interface Author {
  /** The surnames as written, in order ("Lin", "Su"). */
  surnames: string[];
  /** Written "et al.": only the first surname is known. */
  etAl: boolean;
  /** How it was first written, for messages. */
  written: string;
}

const SURNAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;
const GROUP = String.raw`${SURNAME}(?:(?:,\s+|\s+(?:and|&)\s+|,\s+(?:and|&)\s+)${SURNAME})*(?:\s+et\s+al\.?)?`;
/** "Payne & Frow (2005)", "Lin and Su (2003)", "(Lin and Su, 2003)", "Mendoza et al. (2007)". */
const CITATION = new RegExp(String.raw`(${GROUP})(?:\s+\(|,\s+)(?:1[89]|20)\d\d[a-z]?\b`, 'gu');
/** Words that open a citation-like run but are no surname. */
const NOT_SURNAMES = new Set(['In', 'See', 'As', 'The', 'By', 'From', 'After', 'Since', 'Both', 'And', 'Also', 'Source', 'According', 'Following', 'Unlike']);

function readGroup(written: string): Author | undefined {
  const etAl = /\s+et\s+al\.?$/u.test(written);
  const surnames = written.replace(/\s+et\s+al\.?$/u, '').split(/,\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+/u)
    .map((s) => s.trim().replace(/['’]s?$/u, ''))
    .filter(Boolean);
  while (surnames.length && NOT_SURNAMES.has(surnames[0])) surnames.shift();
  if (!surnames.length) return undefined;
  const names = surnames.length > 2 ? `${surnames.slice(0, -1).join(', ')} and ${surnames[surnames.length - 1]}` : surnames.join(' and ');
  return { surnames, etAl, written: names + (etAl ? ' et al.' : '') };
}

/** Every author cited with a year in the pack: concepts' sources, cards' own sources, and citations in the text. */
export function citedAuthors(pack: Pack): Author[] {
  const texts = [
    ...pack.concepts.flatMap((c) => [c.source, c.definition, c.details, ...c.parts.map((p) => p.description)]),
    ...pack.cards.flatMap((c) => [c.sourceStated ? c.source : '', c.prompt, c.answer, c.explanation ?? '']),
  ];
  const byKey = new Map<string, Author>();
  for (const text of texts) {
    for (const match of text.matchAll(CITATION)) {
      const author = readGroup(match[1]);
      if (!author) continue;
      const key = author.surnames.join('|') + (author.etAl ? '|et al' : '');
      if (!byKey.has(key)) byKey.set(key, author);
    }
  }
  return [...byKey.values()];
}

const word = (surname: string) => String.raw`(?<![\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`;

/** How an author is recognised in a prompt: the whole group for two authors, the first surname for one, three or more, or "et al.". */
function mentionPattern(author: Author): RegExp {
  if (author.surnames.length === 2 && !author.etAl) {
    return new RegExp(`${word(author.surnames[0])}\\s+(?:and|&)\\s+${word(author.surnames[1])}`, 'u');
  }
  return new RegExp(word(author.surnames[0]), 'u');
}

/** Whether a card's source names the author (every surname of a two-author group; the first otherwise). */
function sourceNames(source: string, author: Author): boolean {
  const needed = author.surnames.length === 2 && !author.etAl ? author.surnames : author.surnames.slice(0, 1);
  return needed.every((s) => new RegExp(word(s), 'u').test(source));
}

/**
 * Every card takes its concept's source or states its own; and a card whose
 * prompt names an author cited in the pack must have that author in its source.
 */
export function sourceProblems(pack: Pack): string[] {
  const concepts = new Map(pack.concepts.map((c) => [c.id, c]));
  const authors = citedAuthors(pack);
  const problems: string[] = [];
  for (const card of pack.cards) {
    const concept = concepts.get(card.conceptId);
    if (!card.sourceStated && card.source !== concept?.source) {
      problems.push(`${card.id} (${card.file}:${card.line}): source "${card.source}" is neither its concept's ("${concept?.source ?? ''}") nor stated with "Source:"`);
    }
    const prompt = plainText(card.kind === 'cloze' ? fillCloze(card.prompt, (answer) => answer) : card.prompt);
    const missing = authors.filter((a) => mentionPattern(a).test(prompt) && !sourceNames(card.source, a));
    // "Payne and Frow" also mentions "Payne": report the fullest group only.
    const reported = missing.filter((a) => !missing.some((b) => b !== a && b.surnames.length > a.surnames.length && b.surnames.includes(a.surnames[0])));
    for (const author of reported) {
      problems.push(`${card.id} (${card.file}:${card.line}): the prompt names ${author.written} but the card's source is "${card.source}": add "Source: …" to the card`);
    }
  }
  return problems;
}
