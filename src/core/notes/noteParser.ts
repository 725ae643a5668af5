// What a student's note holds, read into the content model with the pack's own
// grammar (DeckParser, src/core/content/deckParser.ts) and what notes add to it:
//   - the pack's convention anywhere: a `##` heading is a concept when it has
//     field lines right under it or a `### Parts` / `### Cards` section (any
//     other `##` is just a heading); `source:` is optional; `#` is the title;
//   - definition lists (`Term` then `: definition`) anywhere: a concept each;
//   - Obsidian Spaced Repetition's forms (`::`, `:::`, `?`, `??`, `==cloze==`,
//     src/core/notes/srCards.ts) in a note tagged #flashcards, or in a
//     `### Cards` section of any note.
// Card ids come from the card's front alone (src/core/notes/cardIds.ts) so
// progress survives edits. Malformed content is a diagnostic at its line, with
// the build's message and a fix where one is obvious; nothing else is lost.
// Lines are 1-based lines of the text given, columns 0-based in it.

import { checkCloze } from '../content/cloze';
import {
  CARD_MARKER,
  CardOwner,
  CONCEPT_FIELDS,
  DeckParser,
  DraftCard,
  DraftConcept,
  fieldKeys,
  isAcronym,
  PINNED_ID,
} from '../content/deckParser';
import { isValidId, slugify } from '../content/ids';
import { Block } from '../markdown/markdownBlocks';
import { Card, Concept, deckTopicId, Diagnostic, fileTopicId, Topic } from '../content/model';
import { plainText } from '../markdown/plainText';
import { editDistance } from '../util/editDistance';
import { derivedSuffix } from './cardIds';
import { hash53 } from '../util/hash';
import { deckOfTag, flashcardsTagIn, maskCodeSpans, prepareNote } from './noteSource';
import { holdsSrForm, readSrRun, RunLine, SrGroup } from './srCards';

/** Which note is being read. */
export interface NoteSource {
  /** The note's URI as vscode.Uri.toString() gives it: goes into Concept.uri / Card.uri / Topic.uri. */
  uri: string;
  /** The path a student sees (workspace-relative, "folder/notes/week3.md" in a multi-root workspace): goes into `file` and diagnostics. */
  file: string;
}

/** Where "Pin card id" would write `{#id}`: at the end of the card's first line. */
export interface PinPlace {
  /** 1-based line of the card's first line. */
  line: number;
  /** 0-based column at the end of that line (before trailing whitespace). */
  column: number;
  /** The id suffix to pin, exactly what the card (and its siblings) have now: pinning keeps its progress. */
  pin: string;
  /** The card ids this pin keeps (a cloze with two deletions or a two-way card has more than one). */
  cardIds: string[];
}

/** An edit that fixes a diagnostic where the fix is obvious. Lines 1-based, columns 0-based, in the note's text. */
export interface NoteFix {
  title: string;
  line: number;
  start: number;
  end: number;
  text: string;
}

export interface NoteDiagnostic extends Diagnostic {
  fix?: NoteFix;
}

export interface ParsedNote {
  /** The group the note belongs to: its deck (from #flashcards/<deck>) or, without one, the note itself. */
  topic: Topic;
  concepts: Concept[];
  cards: Card[];
  diagnostics: NoteDiagnostic[];
  /** Cards without a pinned id, where "Pin card id" would pin them. */
  pinnable: PinPlace[];
}

/** Card ids of notes start with this; pack card ids never contain ":". */
export const NOTE_CARD_PREFIX = 'notes:';

/**
 * Anything parseNote reads needs the word "flashcards" (the tag, in the text or
 * the front matter), or starts a line with a deflist marker, a `### Cards` /
 * `### Parts` heading or a concept field. Led by a line end (LF or CR) rather than a
 * multi-line `^`, the second test runs about three times faster; both are
 * generous (any indentation, any case).
 */
const FLASHCARDS_WORD = /flashcards/i;
const STUDY_LINE = /(?:^|[\r\n])\s*(?:[:~](?:\s|$)|###[ \t]+(?:cards|parts)\b|(?:aliases|source|related|id)[ \t]*:)/i;

/**
 * The cheap first look: false when the text cannot hold study content (most
 * notes), so the full parse is skipped. May say true for a note that turns out
 * to hold nothing; never false for one that holds something.
 */
export function mayHoldStudyContent(text: string): boolean {
  return FLASHCARDS_WORD.test(text) || STUDY_LINE.test(text);
}

export function parseNote(text: string, note: NoteSource): ParsedNote {
  try {
    return new NoteParser(text, note).read();
  } catch (error) {
    // A bug here must cost the student this note's study content, not the index.
    const topic: Topic = { id: fileTopicId(note.file), title: fileTitle(note.file), order: Number.MAX_SAFE_INTEGER, summary: '', file: note.file, line: 1, uri: note.uri };
    const message = `could not read this note's study content (${error instanceof Error ? error.message : String(error)})`;
    return { topic, concepts: [], cards: [], diagnostics: [{ file: note.file, line: 1, severity: 'error', message }], pinnable: [] };
  }
}

function fileTitle(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.md$/i, '');
}

interface CardGroup {
  /** 1-based first line. */
  line: number;
  pinned: boolean;
  /** Whether a pin can be written (a card whose front is code only has no line for it). */
  pinnable: boolean;
  suffix: string;
  cards: Card[];
}

const FIELD_FIX_DISTANCE = 2;
const TAGS_ONLY = /^[ \t]*#[^\s#]+(?:[ \t]+#[^\s#]+)*[ \t]*$/;
const ANSWER_LINE = /^A:/;

class NoteParser extends DeckParser {
  private readonly bom: boolean;
  /** Whether the note is tagged #flashcards: Obsidian SR's forms count everywhere in it. */
  private readonly tagged: boolean;
  private readonly deck?: string;
  private title?: string;
  private readonly groups: CardGroup[] = [];
  /** The first line not yet read for Obsidian SR forms. */
  private srReadUntil = 0;
  /** In a `### Cards` section: a Q:/Cloze:/... card takes the blocks that follow it. */
  private markerOpen = false;
  private srCardsInSection = false;
  /** The suffix the last marker card's id was made from. */
  private lastSuffix = '';

  constructor(text: string, private readonly note: NoteSource) {
    const prepared = prepareNote(text);
    super(prepared.source, note.file, false);
    this.bom = prepared.bom;
    let deck: string | undefined;
    let deckLine = 0;
    for (const { tag, line } of prepared.frontMatterTags) {
      deck = deckOfTag(tag);
      deckLine = line;
      if (deck !== undefined) break;
    }
    if (deck === undefined && /#flashcards/i.test(prepared.source)) {
      for (let i = 0; i < this.lines.length && deck === undefined; i++) {
        if (this.code[i] || !/#flashcards/i.test(this.lines[i])) continue;
        deck = flashcardsTagIn(this.lines[i]);
        deckLine = i;
      }
    }
    this.tagged = deck !== undefined;
    this.deck = deck || undefined;
    this.topic = this.deck
      ? { id: deckTopicId(this.deck), title: this.deck, order: Number.MAX_SAFE_INTEGER, summary: '', file: note.file, line: deckLine + 1 }
      : { id: fileTopicId(note.file), title: fileTitle(note.file), order: Number.MAX_SAFE_INTEGER, summary: '', file: note.file, line: 1, uri: note.uri };
  }

  read(): ParsedNote {
    const parsed = this.parse();
    return { topic: parsed.topic!, concepts: this.concepts, cards: this.cards, diagnostics: this.diagnostics as NoteDiagnostic[], pinnable: this.pinnable };
  }

  private pinnable: PinPlace[] = [];

  // ---- Headings ----

  protected topicHeading(i: number): number {
    this.finishConcept();
    this.title ??= plainText((this.blocks[i] as Extract<Block, { type: 'heading' }>).text) || undefined;
    return i;
  }

  protected conceptHeading(i: number): number {
    if (this.looksLikeConcept(i)) return this.startConcept(i);
    this.finishConcept();
    return i;
  }

  /** Field lines right under the heading, or a `### Parts` / `### Cards` section before the next `##`. */
  private looksLikeConcept(i: number): boolean {
    const next = this.blocks[i + 1];
    if (next?.type === 'paragraph' && this.isFieldParagraph(fieldKeys(next.text), CONCEPT_FIELDS)) return true;
    for (let j = i + 1; j < this.blocks.length; j++) {
      const block = this.blocks[j];
      if (block.type !== 'heading') continue;
      if (block.level <= 2) return false;
      if (block.level === 3 && /^(?:parts|cards)$/i.test(block.text)) return true;
    }
    return false;
  }

  protected startConcept(i: number): number {
    const next = super.startConcept(i);
    this.markerOpen = false;
    this.srCardsInSection = false;
    return next;
  }

  protected startSection(heading: Extract<Block, { type: 'heading' }>): void {
    super.startSection(heading);
    this.markerOpen = false;
    this.srCardsInSection = false;
  }

  // ---- Blocks ----

  protected outsideConcept(i: number): number {
    const block = this.blocks[i];
    if (block.type === 'heading' && block.level === 3 && /^cards$/i.test(block.text)) {
      // A "### Cards" section outside any concept: its cards belong to the note alone.
      const concept: Concept = { id: '', term: '', topic: this.topic!.id, aliases: [], acronyms: [], definition: '', details: '', parts: [], source: '', related: [], file: this.file, line: block.start + 1 };
      this.draft = { concept, detailBlocks: [], cards: [], hasDefinition: true, sawCardsSection: true, sawPartsSection: false, reportedInCards: false, loose: true };
      this.section = 'cards';
      this.markerOpen = false;
      this.srCardsInSection = false;
      return i;
    }
    if (block.type === 'deflist') {
      this.glossary(block);
      return i;
    }
    return this.tagged ? this.readSr(i).last : i;
  }

  protected detailsBlock(i: number): number {
    const block = this.blocks[i];
    let last = i;
    if (block.type === 'deflist') this.glossary(block);
    else if (this.tagged) last = this.readSr(i).last;
    for (let j = i; j <= last; j++) super.detailsBlock(j);
    return last;
  }

  protected partsBlock(i: number): number {
    return this.blocks[i].type === 'list' ? super.partsBlock(i) : this.detailsBlock(i);
  }

  protected cardsBlock(i: number): number {
    const block = this.blocks[i];
    const draft = this.draft!;
    if (block.type === 'paragraph' && CARD_MARKER.test(block.text)) {
      this.markerOpen = true;
      return super.cardsBlock(i);
    }
    if (block.type === 'paragraph' && this.markerOpen && ANSWER_LINE.test(block.text)) return super.cardsBlock(i);
    // A list or code right under a card's paragraph (its options, items or key points) is part of it.
    if (this.markerOpen && i > 0 && block.start === lastLine(this.lines, this.blocks[i - 1]) + 1) return super.cardsBlock(i);
    if (block.type === 'deflist') {
      this.glossary(block);
      this.markerOpen = false;
      return i;
    }
    if (block.type !== 'heading') {
      const read = this.readSr(i);
      if (read.found) {
        this.markerOpen = false;
        this.srCardsInSection = true;
        draft.otherCards = (draft.otherCards ?? 0) + 1;
        return read.last;
      }
    }
    if (this.markerOpen || block.type === 'heading') return super.cardsBlock(i);
    // Text that is no card: the pack's message before the first card; after cards of this note's own forms, plain text is allowed.
    if (!this.srCardsInSection && draft.cards.length === 0) return super.cardsBlock(i);
    return i;
  }

  // ---- Concepts ----

  protected defaultConceptId(term: string): string {
    return slugify(term) || (term.trim() ? hash53(term.normalize('NFC').trim().toLowerCase()).toString(36) : '');
  }

  protected qualifyConceptId(id: string): string {
    return `${NOTE_CARD_PREFIX}${this.file}#${id}`;
  }

  protected isDefinition(block: Block): boolean {
    return super.isDefinition(block) && !(this.tagged && holdsSrForm(this.runLines(this.blocks.indexOf(block), this.blocks.indexOf(block))));
  }

  /** In a note, field lines are those whose first name is a field, or whose every line is `name:` with at least one a field. */
  protected isFieldParagraph(keys: Array<string | undefined>, known: readonly string[]): boolean {
    if (super.isFieldParagraph(keys, known)) return true;
    return keys.every((k) => k !== undefined) && keys.some((k) => known.includes(k!));
  }

  protected unknownField(line: number, name: string, known: readonly string[]): void {
    const lower = name.toLowerCase();
    let best: string | undefined;
    let bestDistance = FIELD_FIX_DISTANCE + 1;
    for (const field of known) {
      if (field.length < 4) continue; // "id" is two typos from any two-letter word
      const distance = editDistance(lower, field, FIELD_FIX_DISTANCE);
      if (distance < bestDistance) {
        best = field;
        bestDistance = distance;
      }
    }
    const start = this.lines[line - 1].indexOf(name);
    const fix = best && start !== -1 ? this.fix(`Change to "${best}"`, line, start, start + name.length, best) : undefined;
    this.report(line, `unknown field "${name}" (expected ${known.join(', ')})`, fix);
  }

  protected clozeProblem(line: number, message: string): void {
    let fix: NoteFix | undefined;
    if (message.startsWith('unterminated')) {
      const text = this.lines[line - 1];
      const pin = PINNED_ID.exec(text);
      const end = (pin ? text.slice(0, pin.index) : text).trimEnd().length;
      if (!checkCloze(text.slice(0, end) + '}}').error) fix = this.fix('Close the cloze with "}}"', line, end, end, '}}');
    }
    this.report(line, message, fix);
  }

  protected withoutDefinition(draft: DraftConcept): void {
    // The note keeps the cards of a section that is no concept: they belong to the note alone.
    const owner: CardOwner = { id: '', topic: this.topic!.id, source: draft.concept.source };
    for (const card of draft.cards) {
      const built = this.buildCard(card, owner);
      if (built) this.cards.push(built);
    }
  }

  protected finishConcept(): void {
    const draft = this.draft;
    if (!draft?.loose) return super.finishConcept();
    this.draft = undefined;
    this.withoutDefinition(draft);
  }

  /** Each term of a definition list: a concept; `Term (ACRONYM)` gives the acronym as an alias. */
  private glossary(block: Extract<Block, { type: 'deflist' }>): void {
    for (const entry of block.entries) {
      const written = plainText(entry.term);
      let term = written;
      let alias: string | undefined;
      const after = /^(.*\S)\s*\(([^()\s]+)\)$/.exec(written);
      const before = /^([^()\s]+)\s*\(([^()]*\s[^()]*)\)$/.exec(written);
      if (after) [term, alias] = [after[1], after[2]];
      else if (before && isAcronym(before[1])) [term, alias] = [before[2].trim(), before[1]];
      const line = entry.line + 1;
      const [definition, ...more] = entry.definitions.map((d) => d.text.trim());
      if (!definition) {
        this.report(line, `definition list term "${term}" has no definition after ":"`);
        continue;
      }
      const aliases = alias ? [alias] : [];
      this.concepts.push({
        id: this.qualifyConceptId(this.defaultConceptId(term)),
        term,
        topic: this.topic!.id,
        aliases,
        acronyms: aliases.filter(isAcronym),
        definition,
        details: more.filter(Boolean).join('\n\n'),
        parts: [],
        source: '',
        related: [],
        file: this.file,
        line,
      });
    }
  }

  // ---- Cards ----

  protected cardId(draft: DraftCard, prompt: string): string | undefined {
    if (draft.pinnedId !== undefined) {
      if (!isValidId(draft.pinnedId)) {
        this.report(draft.line, `card id "${draft.pinnedId}" must be lower case letters, digits and dashes`);
        return undefined;
      }
      this.lastSuffix = draft.pinnedId;
    } else {
      this.lastSuffix = derivedSuffix(prompt);
    }
    return NOTE_CARD_PREFIX + this.lastSuffix;
  }

  protected buildCard(draft: DraftCard, owner: CardOwner): Card | undefined {
    const card = super.buildCard(draft, owner);
    if (card) this.groups.push({ line: draft.line, pinned: draft.pinnedId !== undefined, pinnable: true, suffix: this.lastSuffix, cards: [card] });
    return card;
  }

  /** Reads Obsidian SR forms from the run of contiguous blocks starting at block i; `last` is its last block when it held any. */
  private readSr(i: number): { last: number; found: boolean } {
    const first = this.blocks[i];
    if (first.start < this.srReadUntil || first.type === 'heading' || first.type === 'deflist') return { last: i, found: false };
    let last = i;
    for (;;) {
      const next = this.blocks[last + 1];
      if (!next || next.type === 'heading' || next.type === 'deflist' || next.start !== lastLine(this.lines, this.blocks[last]) + 1) break;
      if (this.section === 'cards' && next.type === 'paragraph' && CARD_MARKER.test(next.text)) break;
      last++;
    }
    this.srReadUntil = lastLine(this.lines, this.blocks[last]) + 1;
    const { groups, problems } = readSrRun(this.runLines(i, last));
    for (const problem of problems) {
      const fix = problem.fix && this.fix(problem.fix.title, problem.line + 1, problem.fix.start, problem.fix.end, problem.fix.text);
      this.report(problem.line + 1, problem.message, fix);
    }
    const owner: CardOwner = this.draft && !this.draft.loose ? this.draft.concept : { id: '', topic: this.topic!.id, source: '' };
    for (const group of groups) this.addGroup(group, owner);
    return groups.length + problems.length > 0 ? { last, found: true } : { last: i, found: false };
  }

  /** The lines of blocks [from, to], told apart (text, code, other) with code spans masked. */
  private runLines(from: number, to: number): RunLine[] {
    const out: RunLine[] = [];
    for (let b = from; b <= to; b++) {
      const block = this.blocks[b];
      const end = lastLine(this.lines, block);
      const text = block.type === 'paragraph' || block.type === 'list';
      let ticks = false;
      for (let line = block.start; text && !ticks && line <= end; line++) ticks = !this.code[line] && this.lines[line].includes('`');
      // Code spans may run over lines of a paragraph: mask the block's text as one.
      const masked = ticks ? maskCodeSpans(this.lines.slice(block.start, end + 1).map((l, k) => (this.code[block.start + k] ? '' : l)).join('\n')).split('\n') : undefined;
      for (let line = block.start; line <= end; line++) {
        const raw = this.lines[line];
        const kind = this.code[line] ? 'code' : !text ? 'other' : raw.includes('#') && TAGS_ONLY.test(raw) ? 'tags' : 'text';
        out.push({ line, raw, masked: kind === 'text' && masked ? masked[line - block.start] : raw, kind, inList: block.type === 'list' });
      }
    }
    return out;
  }

  private addGroup(group: SrGroup, owner: CardOwner): void {
    const line = group.line + 1;
    let suffix: string;
    if (group.pinned !== undefined) {
      if (!isValidId(group.pinned)) return this.report(line, `card id "${group.pinned}" must be lower case letters, digits and dashes`);
      suffix = group.pinned;
    } else {
      suffix = derivedSuffix(group.key);
    }
    const cards = group.cards.map((c): Card => ({
      id: NOTE_CARD_PREFIX + suffix + c.variant,
      conceptId: owner.id,
      topic: this.topic!.id,
      source: owner.source,
      kind: c.kind,
      prompt: c.prompt,
      answer: c.answer,
      file: this.file,
      line,
    }));
    this.cards.push(...cards);
    this.groups.push({ line, pinned: group.pinned !== undefined, pinnable: group.pinnable, suffix, cards });
  }

  // ---- The whole note ----

  protected finish(): void {
    const topic = this.topic!;
    if (!this.deck) topic.title = this.title ?? fileTitle(this.file);

    // Concepts: one per id (a term written twice in one note is reported), related ids resolved within the note.
    const conceptAt = new Map<string, Concept>();
    const concepts = this.concepts.filter((concept) => {
      const first = conceptAt.get(concept.id);
      if (first) {
        this.report(concept.line, `duplicate concept id "${concept.id}" (first used at ${first.file}:${first.line})`);
        return false;
      }
      conceptAt.set(concept.id, concept);
      return true;
    });
    this.concepts.length = 0;
    for (const concept of concepts) {
      concept.uri = this.note.uri;
      concept.related = [...new Set(concept.related.map((id) => (conceptAt.has(this.qualifyConceptId(id)) ? this.qualifyConceptId(id) : id)))].filter((id) => id !== concept.id);
      this.concepts.push(concept);
    }

    // Cards: in note order, one per id; a card of a section that turned out to be no concept belongs to the note alone.
    let groupOf: Map<Card, CardGroup> | undefined; // only wanted when a duplicate turns up
    const inOrder = this.cards.every((card, i) => i === 0 || this.cards[i - 1].line <= card.line);
    const sorted = inOrder ? [...this.cards] : this.cards.map((card, index) => ({ card, index })).sort((a, b) => a.card.line - b.card.line || a.index - b.index).map((e) => e.card);
    const cardAt = new Map<string, Card>();
    const dropped = new Set<Card>();
    const reported = new Set<CardGroup>();
    for (const card of sorted) {
      const first = cardAt.get(card.id);
      if (!first) {
        cardAt.set(card.id, card);
        continue;
      }
      dropped.add(card);
      if (!groupOf) {
        groupOf = new Map();
        for (const g of this.groups) for (const c of g.cards) groupOf.set(c, g);
      }
      const group = groupOf.get(card);
      if (group && reported.has(group)) continue;
      if (group) reported.add(group);
      this.report(card.line, `duplicate card id "${card.id}" (first used at ${first.file}:${first.line}): pin a different id with {#some-id} at the end of the card's first line`, group && !group.pinned && group.pinnable ? this.pinFix(group, cardAt) : undefined);
    }
    this.cards.length = 0;
    for (const card of sorted) {
      if (dropped.has(card)) continue;
      card.uri = this.note.uri;
      if (card.conceptId && !conceptAt.has(card.conceptId)) card.conceptId = '';
      this.cards.push(card);
    }

    this.pinnable = this.groups
      .filter((g) => !g.pinned && g.pinnable)
      .map((g) => ({ g, kept: g.cards.filter((c) => !dropped.has(c)) }))
      .filter(({ kept }) => kept.length > 0)
      .map(({ g, kept }) => ({ line: g.line, column: this.endColumn(g.line), pin: g.suffix, cardIds: kept.map((c) => c.id) }))
      .sort((a, b) => a.line - b.line);
    this.diagnostics.sort((a, b) => a.line - b.line);
  }

  /** Pins `<suffix>-2` (or -3...) where no card of the note has that id yet. */
  private pinFix(group: CardGroup, taken: Map<string, Card>): NoteFix {
    const variants = group.cards.map((c) => c.id.slice(NOTE_CARD_PREFIX.length + group.suffix.length));
    let n = 2;
    while (variants.some((v) => taken.has(`${NOTE_CARD_PREFIX}${group.suffix}-${n}${v}`))) n++;
    const column = this.endColumn(group.line) - (this.bom && group.line === 1 ? 1 : 0);
    return this.fix('Pin a different card id', group.line, column, column, ` {#${group.suffix}-${n}}`);
  }

  /**
   * The column at the end of a line, before trailing spaces and tabs (a masked
   * scheduling comment counts as such): exactly the whitespace PINNED_ID allows
   * after a pin, so a pin written here is read back (U+2028 is no space for it).
   */
  private endColumn(line: number): number {
    return this.lines[line - 1].replace(/[ \t]+$/, '').length + (this.bom && line === 1 ? 1 : 0);
  }

  /** A fix at 0-based columns of the prepared line, moved past the byte order mark on line 1. */
  private fix(title: string, line: number, start: number, end: number, text: string): NoteFix {
    const shift = this.bom && line === 1 ? 1 : 0;
    return { title, line, start: start + shift, end: end + shift, text };
  }

  private report(line: number, message: string, fix?: NoteFix): void {
    const diagnostic: NoteDiagnostic = { file: this.file, line, severity: 'error', message };
    if (fix) diagnostic.fix = fix;
    this.diagnostics.push(diagnostic);
  }

  protected error(line: number, message: string): void {
    this.report(line, message);
  }
}

/** The 0-based last line of a block that is not blank (a list's range takes the blank lines after it). */
function lastLine(lines: readonly string[], block: Block): number {
  let end = block.end - 1;
  while (end > block.start && !lines[end]?.trim()) end--;
  return end;
}
