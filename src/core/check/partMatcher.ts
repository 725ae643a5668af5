// Matching a student's list items to a framework's parts (helper H1): which
// item names which part, the section's check (missing, order, the lens and
// diagnostic wording) and "Add the missing parts" in the list's own style.
//
// How an item names a part. Each item is read as a few candidates: the whole
// item, its head before a separator ("Customers (the buyers)", "Employees –
// staff who serve customers"), what follows a separator ("S - suppliers") and
// a parenthesis. Each part is read as its forms: its name, the name without
// its parenthesis, the parenthesis ("Owners (investors)") and each side of a
// label ("Perspective 1: narrow and tactical"). A candidate names a form when
// the form's words are nearly all in it (weighted: words shared by half the
// parts, generic words such as process/customer/management shared by two, and
// action words such as creation/definition weigh little),
// the first of them among its first two words (a part mentioned late in an
// explanation is not what the item names), each word forgiving plurals, stems,
// small typos and abbreviations (wordForms.ts). Besides: the quiz's own
// typed-answer grading (answerCost, for compounds and whole-name typos); a
// single initial where the framework is an acronym of its parts (SCOPE's "S");
// and the opening words of a part's description as its synonym ("Staff" for
// Employees, whose description opens with "the staff").
//
// Assignment is one item per part, one part per item, best pairs first; at
// equal strength, the part named earlier in the item wins (an item naming two
// parts counts for the first), then the earlier item.

import type { Card, Concept, Part } from '../content/model';
import { answerCost } from '../quiz/textMatch';
import type { FrameworkSection, ListItem, SectionCheck, TextEdit } from './checkModel';
import { CheckWord, checkWords, wordSimilarity, wordStem } from './wordForms';

/** Generic words weigh this much against 1 for the others (stems, see wordStem). */
const GENERIC_WEIGHT = 0.3;
const GENERIC = new Set(['process', 'manag', 'custom', 'crm', 'model', 'framework', 'phase', 'step', 'stage', 'typ', 'analysi', 'system', 'element', 'part']);
/** Words naming the doing of a part rather than the part ("creation of a multidisciplinary team", "objectives definition"). */
const ACTION = new Set(['creat', 'defin', 'definit']);
/** A pair weaker than this is no match. */
const THRESHOLD = 0.6;
/** How much of a form's weight an item must say. */
const COVERAGE = 0.75;
const WORD_MATCH = 0.8;

interface Form {
  text: string;
  words: CheckWord[];
  weights: number[];
  total: number;
}

interface PreparedPart {
  forms: Form[];
  /** The stems the description opens with (its first clause's first one or two words). */
  synonym: string[];
}

interface Prepared {
  parts: PreparedPart[];
  /** The letters of the acronym the parts spell (SCOPE), if they spell one. */
  initials?: string;
}

const prepared = new WeakMap<Concept, Prepared>();

/** The ways a part may be named: "Owners (investors)" -> itself, "Owners", "investors"; "Perspective 1: narrow" -> itself and each side. */
function partForms(name: string): string[] {
  const forms = [name];
  const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
  if (bare && bare !== name) forms.push(bare);
  for (const m of name.matchAll(/\(([^)]*)\)/g)) if (m[1].trim()) forms.push(m[1].trim());
  const colon = bare.indexOf(':');
  if (colon > 0) forms.push(bare.slice(0, colon).trim(), bare.slice(colon + 1).trim());
  return forms.filter((f) => checkWords(f).length > 0);
}

function prepare(concept: Concept): Prepared {
  const cached = prepared.get(concept);
  if (cached) return cached;
  const texts = concept.parts.map((part) => partForms(part.name));
  // A word in half the parts or more (at least two) tells them apart no better than a generic word.
  const partsWith = new Map<string, number>();
  for (const forms of texts) {
    for (const s of new Set(forms.flatMap((f) => checkWords(f).map((w) => w.stem)))) partsWith.set(s, (partsWith.get(s) ?? 0) + 1);
  }
  // Light: a word in half the parts or more; a generic word in two parts or more (the one part saying "processes" is told by it); an action word.
  const light = (s: string): boolean => {
    const n = partsWith.get(s) ?? 0;
    return (n >= 2 && n * 2 >= concept.parts.length) || (GENERIC.has(s) && n >= 2) || ACTION.has(s);
  };
  const parts = concept.parts.map((part, i): PreparedPart => ({
    forms: texts[i].map((text) => {
      const words = checkWords(text);
      const weights = words.map((w) => (light(w.stem) ? GENERIC_WEIGHT : 1));
      return { text, words, weights, total: weights.reduce((a, b) => a + b, 0) };
    }),
    synonym: descriptionOpening(part),
  }));
  const acronym = concept.acronyms.find((a) => a.length === concept.parts.length);
  const initials = acronym && concept.parts.every((p, i) => p.name[0]?.toUpperCase() === acronym[i]) ? acronym : undefined;
  const result = { parts, initials };
  prepared.set(concept, result);
  return result;
}

function descriptionOpening(part: Part): string[] {
  const clause = part.description.split(/[,;.:]|\s(?:and|or|that|who|which|whose)\s/)[0] ?? '';
  return checkWords(clause).slice(0, 2).map((w) => w.stem);
}

interface Candidate {
  text: string;
  /** Where the candidate starts in the item. */
  offset: number;
  words: CheckWord[];
  /** Trust in this reading of the item. */
  weight: number;
}

const SEPARATOR = /\s*(?::|\s[-–—=]\s|[–—=([,;]|->|→)\s*/;
const INITIAL = /^([A-Za-z])\s*[-–—:=.)]\s*(.+)$/;

function candidates(item: string): { list: Candidate[]; letter?: string } {
  const list: Candidate[] = [];
  const add = (text: string, offset: number, weight: number): void => {
    const words = checkWords(text);
    if (words.length) list.push({ text, offset, words, weight });
  };
  add(item, 0, 1);
  const sep = SEPARATOR.exec(item);
  if (sep && sep.index > 0) {
    add(item.slice(0, sep.index), 0, 1);
    const tailStart = sep.index + sep[0].length;
    add(item.slice(tailStart).replace(/[)\]]\s*$/, ''), tailStart, 0.95);
  }
  for (const m of item.matchAll(/\(([^)]*)\)/g)) add(m[1], (m.index ?? 0) + 1, 0.9);
  let letter: string | undefined;
  const initial = INITIAL.exec(item.trim());
  if (initial) {
    letter = initial[1].toUpperCase();
    add(initial[2], item.indexOf(initial[2]), 1);
  } else if (/^[A-Za-z]$/.test(item.trim())) {
    letter = item.trim().toUpperCase();
  }
  return { list, letter };
}

/** How well a candidate names a form (0 when it does not), where in the candidate the naming starts, and whether any word came near. */
function formScore(c: Candidate, form: Form): { score: number; at: number; near: boolean } {
  const used = new Array<boolean>(c.words.length).fill(false);
  let matched = 0;
  let first = Infinity;
  for (let f = 0; f < form.words.length; f++) {
    let best = 0;
    let bestAt = -1;
    let bestSpan = 1;
    for (let k = 0; k < c.words.length; k++) {
      if (used[k]) continue;
      const sim = wordSimilarity(form.words[f], c.words[k]);
      if (sim > best) {
        best = sim;
        bestAt = k;
        bestSpan = 1;
      }
      // "multi channel" written apart for "multichannel".
      if (k + 1 < c.words.length && !used[k + 1] && best < 1) {
        const a = c.words[k];
        const b = c.words[k + 1];
        const joined = { norm: a.norm + b.norm, stem: a.norm + b.stem, start: a.start, end: b.end };
        let simJoined = wordSimilarity(form.words[f], joined);
        // "mobile commerce" for "M-commerce".
        const initial = form.words[f].initial;
        if (initial && a.norm[0] === initial[0] && a.norm.length > 1 && b.stem === wordStem(initial[1])) simJoined = Math.max(simJoined, 0.9);
        if (simJoined > best) {
          best = simJoined;
          bestAt = k;
          bestSpan = 2;
        }
      }
    }
    if (best >= WORD_MATCH && bestAt >= 0) {
      matched += form.weights[f] * best;
      for (let s = 0; s < bestSpan; s++) used[bestAt + s] = true;
      first = Math.min(first, bestAt);
    }
  }
  const coverage = form.total ? matched / form.total : 0;
  const near = first !== Infinity || nearCompound(c, form);
  // The part must be what the item opens with, not a word of its explanation.
  if (coverage < COVERAGE || first > 1) return { score: 0, at: 0, near };
  const extras = used.filter((u) => !u).length;
  return { score: coverage * (1 - Math.min(0.15, 0.03 * extras)), at: c.words[first].start, near };
}

/** Whether the candidate's letters, run together, start like the form's ("valuecreation…" for a word split oddly): worth the whole-name test. */
function nearCompound(c: Candidate, form: Form): boolean {
  const a = c.words.map((w) => w.norm).join('');
  const b = form.words.map((w) => w.norm).join('');
  return a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4);
}

const HAS_DIGIT = /\d/;
const digitsOf = (text: string): string => (text.match(/\d+/g) ?? []).join(' ');

/** The quiz's typed-answer grading on the whole candidate: a compound, a typo across words, the words in another order. */
function answerScore(c: Candidate, form: Form): number {
  if ((HAS_DIGIT.test(c.text) || HAS_DIGIT.test(form.text)) && digitsOf(c.text) !== digitsOf(form.text)) return 0;
  const cost = answerCost(c.text, form.text);
  return cost === undefined ? 0 : 1 - cost;
}

interface Pair {
  item: number;
  part: number;
  score: number;
  /** Where in the item the part is named. */
  at: number;
}

/** Per concept, the pairs each item text makes (item index 0): a section is matched several times while it is found and checked, and a note repeats its items. */
const pairCache = new WeakMap<Concept, Map<string, Pair[]>>();
const PAIR_CACHE_SIZE = 4096;

function pairsOf(concept: Concept, items: readonly string[]): Pair[] {
  let cache = pairCache.get(concept);
  if (!cache) pairCache.set(concept, (cache = new Map()));
  const pairs: Pair[] = [];
  items.forEach((item, i) => {
    let own = cache.get(item);
    if (!own) {
      if (cache.size >= PAIR_CACHE_SIZE) cache.clear();
      own = itemPairs(concept, item);
      cache.set(item, own);
    }
    for (const pair of own) pairs.push({ ...pair, item: i });
  });
  return pairs;
}

function itemPairs(concept: Concept, item: string): Pair[] {
  const prep = prepare(concept);
  const pairs: Pair[] = [];
  const i = 0;
  {
    const { list, letter } = candidates(item);
    prep.parts.forEach((part, p) => {
      let best = 0;
      let at = 0;
      for (const c of list) {
        for (const form of part.forms) {
          const byWords = formScore(c, form);
          // The quiz's grading only where the words come near (it is the costly test, and a wrong part shares no word).
          const score = Math.max(byWords.score, byWords.near ? answerScore(c, form) : 0) * c.weight;
          if (score > best) {
            best = score;
            at = c.offset + (byWords.score ? byWords.at : 0);
          }
        }
        // "Staff" for Employees: the whole candidate is how the description opens.
        if (best < 0.65 && part.synonym.length && c.words.length <= part.synonym.length && c.words.every((w, k) => w.stem === part.synonym[k])) {
          best = 0.65 * c.weight;
          at = c.offset;
        }
      }
      if (best < 0.6 && letter && prep.initials?.[p] === letter) {
        best = 0.6;
        at = 0;
      }
      if (best >= THRESHOLD) pairs.push({ item: i, part: p, score: Math.round(best * 100) / 100, at });
    });
  }
  return pairs;
}

/** Best pairs first, one part per item and one item per part: each item's part and how strongly it names it. */
function assign(concept: Concept, items: readonly string[]): Array<{ part: number; score: number } | undefined> {
  const result = new Array<{ part: number; score: number } | undefined>(items.length).fill(undefined);
  if (!concept.parts.length) return result;
  const pairs = pairsOf(concept, items);
  pairs.sort((a, b) => b.score - a.score || a.at - b.at || a.item - b.item || Math.abs(a.item - a.part) - Math.abs(b.item - b.part) || a.part - b.part);
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (result[pair.item] !== undefined || taken.has(pair.part)) continue;
    result[pair.item] = { part: pair.part, score: pair.score };
    taken.add(pair.part);
  }
  return result;
}

/** For each item, the index of the part it names (or undefined): aliases, plurals, abbreviations, small typos, word order, extra words. One item per part at most. */
export function matchParts(concept: Concept, items: readonly string[]): Array<number | undefined> {
  return assign(concept, items).map((a) => a?.part);
}

/** How strongly a list names the concept's parts: the sum of its matched items' strengths (a table's columns compete on it). */
export function matchStrength(concept: Concept, items: readonly string[]): number {
  return assign(concept, items).reduce((sum, a) => sum + (a?.score ?? 0), 0);
}

// ---------------------------------------------------------------------------
// The section's check

/**
 * Whether the course gives the parts in an order that matters: a list card of
 * the concept says so by its marker (`List (in order):` / `List (any order):`);
 * failing that, a list card asks for them "in order" or "from X to Y" (narrowest to widest,
 * largest to smallest), or the definition or details say the parts come in
 * sequence. Any other list (SCOPE's stakeholders, STARTS) may come in any order.
 */
export function isOrdered(concept: Concept, cards: readonly Card[]): boolean {
  // A list card that says `List (in order):` or `List (any order):` settles it.
  const stated = cards.filter((c) => c.conceptId === concept.id && c.kind === 'listRecall' && c.orderStated);
  if (stated.length) return stated.some((c) => c.ordered === true);
  const asksOrder = /\bin order\b|\border\b|\bfrom (?:the )?\w+ to (?:the )?\w+/i;
  if (cards.some((c) => c.conceptId === concept.id && c.kind === 'listRecall' && asksOrder.test(c.prompt))) return true;
  return /\b(?:in (?:this|that|a fixed) order|in sequence|sequential(?:ly)?|one after (?:the )?another)\b/i.test(`${concept.definition}\n${concept.details}`);
}

/**
 * The name a lens and a diagnostic use: the acronym if the concept has one;
 * else the shortest alias that begins and ends as a long term does ("Dwyer's
 * phases" for "Dwyer's relationship development phases"); else the term.
 */
export function shortName(concept: Concept): string {
  if (concept.acronyms.length) return concept.acronyms[0];
  const words = concept.term.split(/\s+/);
  if (words.length < 3) return concept.term;
  const first = words[0].toLowerCase();
  const last = words[words.length - 1].toLowerCase();
  let best = concept.term;
  for (const alias of concept.aliases) {
    const a = alias.split(/\s+/);
    if (a.length >= 2 && a[0].toLowerCase() === first && a[a.length - 1].toLowerCase() === last && alias.length < best.length) best = alias;
  }
  return /^\p{Lu}/u.test(concept.term) ? best.charAt(0).toUpperCase() + best.slice(1) : best;
}

/** A part's name inside a sentence: "expansion", but "IT systems" and "CRM vision" keep their capitals. */
function inSentence(name: string): string {
  return /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

function listing(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const byPosition = (a: ListItem, b: ListItem): number => a.line - b.line || a.start - b.start;

/** `cards`: the concept's cards (a list card "in order" says the order matters). */
export function checkSection(section: FrameworkSection, cards: readonly Card[]): SectionCheck {
  const { concept, items } = section;
  const matched = matchParts(concept, items.map((i) => i.text));
  const parts: SectionCheck['parts'] = concept.parts.map((p) => ({ name: p.name }));
  const extra: ListItem[] = [];
  items.forEach((item, i) => {
    const p = matched[i];
    if (p === undefined) extra.push(item);
    else parts[p].item = item;
  });
  const missing = parts.flatMap((p, i) => (p.item ? [] : [i]));
  const ordered = isOrdered(concept, cards);
  let outOfOrder: SectionCheck['outOfOrder'];
  if (ordered) {
    // In list order, the first part listed after one that the course puts later.
    const listed = parts.flatMap((p, i) => (p.item ? [{ part: i, item: p.item }] : [])).sort((a, b) => byPosition(a.item, b.item));
    for (let k = 1; k < listed.length && !outOfOrder; k++) {
      const earlierListed = listed.slice(0, k).find((x) => x.part > listed[k].part);
      if (earlierListed) outOfOrder = { earlier: listed[k].part, later: earlierListed.part };
    }
  }
  const name = shortName(concept);
  const n = parts.length;
  const k = n - missing.length;
  const missingNames = missing.map((i) => parts[i].name);
  const lens = missing.length
    ? `${name} · ${k} of ${n} · missing: ${missingNames.join(', ')}`
    : outOfOrder
      ? `${name} · ${n} of ${n} · out of order`
      : `${name} · ${n} of ${n} ✓`;
  const problems: string[] = [];
  if (missing.length) problems.push(`${k} of ${n} parts; missing ${listing(missingNames)}`);
  if (outOfOrder) problems.push(`${inSentence(parts[outOfOrder.later].name)} is listed before ${inSentence(parts[outOfOrder.earlier].name)}`);
  const check: SectionCheck = { section, parts, extra, missing, ordered, lens };
  if (outOfOrder) check.outOfOrder = outOfOrder;
  if (problems.length) check.message = `${name}: ${problems.join('; ')}`;
  return check;
}

// ---------------------------------------------------------------------------
// "Add the missing parts"

/** Where the inserted parts go: after an item (its index in the list), or -1 for before the first. */
function slots(check: SectionCheck): Map<number, string[]> {
  const { items } = check.section;
  const index = new Map(items.map((item, i) => [item, i]));
  const out = new Map<number, string[]>();
  for (const m of check.missing) {
    let anchor = -1;
    for (let j = m - 1; j >= 0; j--) {
      const item = check.parts[j].item;
      if (item) {
        anchor = index.get(item) ?? -1;
        break;
      }
    }
    const names = out.get(anchor) ?? [];
    names.push(check.parts[m].name);
    out.set(anchor, names);
  }
  return out;
}

/** In a list the student writes in lower case, the parts go in lower case too. */
function caseLike(items: readonly ListItem[]): (name: string) => string {
  const lower = items.length > 0 && items.every((i) => !/^\p{Lu}/u.test(i.text));
  return lower ? inSentence : (name) => name;
}

/** Edits sharing a line where one inserts at the start of another's range become one edit, so none overlap. */
function merge(edits: TextEdit[]): TextEdit[] {
  edits.sort((a, b) => a.line - b.line || a.start - b.start || a.end - a.start - (b.end - b.start));
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && last.line === e.line && last.start === e.start && (last.end === last.start || e.end === e.start)) {
      out[out.length - 1] = { line: e.line, start: e.start, end: Math.max(last.end, e.end), text: last.end === last.start ? last.text + e.text : e.text + last.text };
    } else {
      out.push(e);
    }
  }
  return out;
}

/** The missing parts in the list's own style, in the course's order: each after the item of the part before it, else before the first item. */
export function addMissingParts(check: SectionCheck): TextEdit[] {
  const { section } = check;
  const { items, style } = section;
  if (!check.missing.length || !items.length) return [];
  const cased = caseLike(items);
  const groups = slots(check);
  const edits: TextEdit[] = [];

  if (style.kind === 'comma' && style.separator && style.separator !== ', ') {
    // "Suppliers -Customers -Owners" or "Awareness Exploration": the same separator, no conjunction.
    const sep = style.separator;
    for (const [anchor, raw] of groups) {
      const names = raw.map(cased);
      if (anchor < 0) edits.push({ line: items[0].line, start: items[0].start, end: items[0].start, text: names.map((n) => `${n}${sep}`).join('') });
      else edits.push({ line: items[anchor].line, start: items[anchor].end, end: items[anchor].end, text: names.map((n) => `${sep}${n}`).join('') });
    }
    return merge(edits);
  }

  if (style.kind === 'comma') {
    const last = items.length - 1;
    for (const [anchor, raw] of groups) {
      const names = raw.map(cased);
      if (anchor < 0) {
        edits.push({ line: items[0].line, start: items[0].start, end: items[0].start, text: `${names.join(', ')}, ` });
      } else if (anchor < last || !style.conjunction || last === 0) {
        edits.push({ line: items[anchor].line, start: items[anchor].end, end: items[anchor].end, text: `, ${names.join(', ')}` });
      } else {
        // After the last item: the conjunction moves to the new end ("A, B and C" -> "A, B, C and D").
        const prev = items[last - 1];
        const end = items[last];
        const oxford = end.start - prev.end > style.conjunction.length + 2;
        edits.push({ line: end.line, start: prev.end, end: end.start, text: ', ' });
        const head = names.slice(0, -1).map((n) => `, ${n}`).join('');
        edits.push({ line: end.line, start: end.end, end: end.end, text: `${head}${oxford ? ',' : ''} ${style.conjunction} ${names[names.length - 1]}` });
      }
    }
    return merge(edits);
  }

  const lineOf = (name: string, number?: number): string => {
    const shown = cased(name);
    switch (style.kind) {
      case 'bullet':
        return `${style.indent}${style.marker} ${style.bold ? `**${shown}**` : shown}`;
      case 'numbered':
        return `${style.indent}${number ?? 1}${style.delimiter} ${style.bold ? `**${shown}**` : shown}`;
      case 'table': {
        const cells = new Array<string>(style.columns).fill(' ');
        cells[style.column] = ` ${shown} `;
        return `|${cells.join('|')}|`;
      }
    }
  };

  // Numbered lists: the numbers the list ends up with when it counts up, else each new item gets its neighbour's number + 1.
  const numbers = items.map((i) => Number.parseInt(i.marker ?? '', 10));
  const counts = style.kind === 'numbered' && numbers.every((n, i) => Number.isFinite(n) && n === numbers[0] + i);
  const allSame = style.kind === 'numbered' && numbers.every((n) => n === numbers[0]);
  const inserted = new Map<number, number>();
  for (const [anchor, names] of groups) inserted.set(anchor, names.length);
  /** How many new items go before the original item at `itemIndex` (slots anchored on an earlier item, or before the first). */
  const before = (itemIndex: number): number => {
    let n = 0;
    for (const [anchor, count] of inserted) if (anchor < itemIndex) n += count;
    return n;
  };

  for (const [anchor, names] of groups) {
    const numberOf = (k: number): number | undefined => {
      if (style.kind !== 'numbered') return undefined;
      if (allSame) return numbers[0];
      // Counting: its place in the new list (items up to the anchor, the new ones before them, its rank in the slot).
      if (counts) return numbers[0] + anchor + 1 + before(anchor) + k;
      return (anchor < 0 ? numbers[0] : numbers[anchor] + 1) + k;
    };
    const lines = names.map((name, k) => lineOf(name, numberOf(k)));
    if (anchor === items.length - 1) {
      const last = items[items.length - 1];
      const line = section.endCharacter === undefined ? last.line : section.endLine - 1;
      const at = section.endCharacter ?? last.end;
      edits.push({ line, start: at, end: at, text: lines.map((l) => `\n${l}`).join('') });
    } else {
      const next = items[anchor + 1];
      edits.push({ line: next.line, start: 0, end: 0, text: lines.map((l) => `${l}\n`).join('') });
    }
  }

  if (counts && !allSame && style.kind === 'numbered') {
    items.forEach((item, i) => {
      const shift = before(i);
      if (!shift || !item.marker) return;
      const digits = String(numbers[i]);
      const at = style.indent.length;
      edits.push({ line: item.line, start: at, end: at + digits.length, text: String(numbers[i] + shift) });
    });
  }
  return merge(edits);
}
