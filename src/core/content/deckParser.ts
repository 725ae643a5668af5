// Parses one Markdown file written in the content convention (content/README.md)
// into a topic, its concepts and their cards, with a diagnostic carrying file and
// line for everything it cannot accept. It never throws on any input: a bad
// concept or card is reported and skipped, and the rest of the file is kept.
//
// This is the one grammar of the convention (## concepts, field lines, ### Parts,
// ### Cards and the Q:/A:, Cloze:, MC:, List:, Essay: cards): the bundled pack is
// read by DeckParser as it is, a student's note by NoteParser
// (src/core/notes/noteParser.ts), which extends it through the protected hooks
// below (what a # or ## heading means, text outside concepts, card ids).

import { Block, normaliseSource, sliceSource, toBlocks } from '../markdown/markdownBlocks';
import { checkCloze, fillCloze, writtenWordings } from './cloze';
import { isValidId, slugify } from './ids';
import { ASKS_IN_ORDER, Card, CardKind, Choice, Concept, Diagnostic, Part, Topic } from './model';
import { parseNumericSpec } from '../quiz/numeric';

export interface ParseOptions {
  /** Whether a concept without `source:` is an error (the bundled pack) or fine (a student's notes). */
  requireSource?: boolean;
}

export interface ParsedFile {
  topic?: Topic;
  concepts: Concept[];
  cards: Card[];
  diagnostics: Diagnostic[];
  /** The line of each concept's `related:` field, so a bad link can be reported where it is written. */
  relatedLines: Map<string, number>;
}

export const CONCEPT_FIELDS = ['id', 'aliases', 'source', 'related'] as const;
const TOPIC_FIELDS = ['id', 'order'] as const;
/** A card's marker; a list card may say whether its order counts: `List (in order):`, `List (any order):` (group 2). */
export const CARD_MARKER = /^(Q|Cloze|MC|List|Essay|Calc)(?: \((in|any) order\))?:[ \t]*/;
/** Something that looks like a list marker with an order but is not one of the two forms. */
const NEAR_LIST_MARKER = /^List[ \t]*\([^)\n]*\)[ \t]*:/;
/** A card's last paragraph (or last line) naming the source of its own idea. */
const SOURCE_LINE = /^Source:[ \t]*(.*?)[ \t]*$/;
const ANSWER_MARKER = /^A:[ \t]*/;
export const PINNED_ID = /[ \t]*\{#([^}\s]*)\}[ \t]*$/;
const KIND_BY_MARKER: Record<string, CardKind> = {
  Q: 'basic',
  Cloze: 'cloze',
  MC: 'multipleChoice',
  List: 'listRecall',
  Essay: 'essay',
  Calc: 'basic', // a worked calculation: a basic card with a numeric answer
};

type Section = 'details' | 'parts' | 'cards';

export interface DraftCard {
  kind: CardKind;
  line: number;
  pinnedId?: string;
  blocks: Block[];
  /** The marker paragraph's text without its marker (and pinned id). */
  head: string;
  /** A list card's `(in order)` or `(any order)`, when its marker says. */
  order?: 'in' | 'any';
  /** Written with `Calc:`: a worked calculation. */
  calc?: true;
}

export interface DraftConcept {
  concept: Concept;
  detailBlocks: Block[];
  cards: DraftCard[];
  hasDefinition: boolean;
  sawCardsSection: boolean;
  sawPartsSection: boolean;
  /** Set when something in "### Cards" was already reported, so an empty section is not reported twice. */
  reportedInCards: boolean;
  /** In a note: how many cards of the note's own forms (`::`, `?`, `==`) its sections hold. */
  otherCards?: number;
  /** In a note: a "### Cards" section outside any concept, whose cards belong to no concept. */
  loose?: boolean;
}

export function parseDeck(text: string, file: string, options: ParseOptions = {}): ParsedFile {
  return new DeckParser(normaliseSource(text), file, options.requireSource ?? true).parse();
}

/** What a card belongs to: a concept, or (in a note) nothing, with the note's topic. */
export type CardOwner = Pick<Concept, 'id' | 'topic' | 'source'>;

export class DeckParser {
  protected readonly diagnostics: Diagnostic[] = [];
  protected readonly concepts: Concept[] = [];
  protected readonly cards: Card[] = [];
  private readonly relatedLines = new Map<string, number>();
  protected readonly lines: string[];
  protected readonly blocks: Block[];
  /** Per line: inside a code block (any depth). */
  protected readonly code: boolean[];
  protected topic?: Topic;
  protected draft?: DraftConcept;
  protected section: Section = 'details';
  private reportedPreamble = false;

  constructor(source: string, protected readonly file: string, private readonly requireSource: boolean) {
    const { blocks, lines, code } = toBlocks(source);
    this.blocks = blocks;
    this.lines = lines;
    this.code = code;
  }

  parse(): ParsedFile {
    for (let i = 0; i < this.blocks.length; i++) {
      i = this.visit(i);
    }
    this.finishConcept();
    this.finish();
    return { topic: this.topic, concepts: this.concepts, cards: this.cards, diagnostics: this.diagnostics, relatedLines: this.relatedLines };
  }

  /** Handles the block at index i and returns the index of the last block it consumed. */
  private visit(i: number): number {
    const block = this.blocks[i];
    if (block.type === 'heading' && block.level === 1) return this.topicHeading(i);
    if (block.type === 'heading' && block.level === 2) return this.conceptHeading(i);
    if (!this.draft) return this.outsideConcept(i);
    if (block.type === 'heading' && block.level === 3) {
      this.startSection(block);
      return i;
    }
    switch (this.section) {
      case 'details':
        return this.detailsBlock(i);
      case 'parts':
        return this.partsBlock(i);
      case 'cards':
        return this.cardsBlock(i);
    }
  }

  // ---- Hooks: the pack's meaning of each construct; NoteParser gives a note's. ----

  /** A `#` heading: the file's topic. */
  protected topicHeading(i: number): number {
    return this.startTopic(i);
  }

  /** A `##` heading: a concept. */
  protected conceptHeading(i: number): number {
    return this.startConcept(i);
  }

  /** A block before the first concept (after the topic heading and its summary). */
  protected outsideConcept(i: number): number {
    const block = this.blocks[i];
    if (!this.topic && !this.reportedPreamble) {
      this.reportedPreamble = true;
      this.error(block.start + 1, 'content before the topic heading: start the file with "# Topic title"');
    }
    return i; // Topic-level text after the summary is allowed and ignored.
  }

  protected detailsBlock(i: number): number {
    this.draft!.detailBlocks.push(this.blocks[i]);
    return i;
  }

  protected partsBlock(i: number): number {
    this.addParts(this.blocks[i]);
    return i;
  }

  protected cardsBlock(i: number): number {
    this.addToCards(this.blocks[i]);
    return i;
  }

  /** After the last block. */
  protected finish(): void {
    if (!this.topic && !this.reportedPreamble) {
      this.error(1, 'no topic heading: start the file with "# Topic title"');
    }
  }

  /** The id a concept gets when its fields give none (empty when none can be made). */
  protected defaultConceptId(term: string): string {
    return slugify(term);
  }

  /** The concept's id from its own id (given or made): the pack uses it as it is. */
  protected qualifyConceptId(id: string): string {
    return id;
  }

  /** Whether the paragraph right under a `##` heading is its definition. */
  protected isDefinition(block: Block): boolean {
    return block.type === 'paragraph' && !CARD_MARKER.test(block.text);
  }

  /** Whether a paragraph under a heading is its field lines (given its keys in order, lower case). */
  protected isFieldParagraph(keys: Array<string | undefined>, known: readonly string[]): boolean {
    return keys[0] !== undefined && known.includes(keys[0]);
  }

  /** A field line with a name the convention does not know. */
  protected unknownField(line: number, name: string, known: readonly string[]): void {
    this.error(line, `unknown field "${name}" (expected ${known.join(', ')})`);
  }

  /** A problem with a cloze (its line and the message of src/core/content/cloze.ts). */
  protected clozeProblem(line: number, message: string): void {
    this.error(line, message);
  }

  /** A concept without a definition has been reported; the pack drops it with its cards. */
  protected withoutDefinition(draft: DraftConcept): void {
    void draft;
  }

  /** The card's id, or undefined (after reporting why) when it cannot have one. */
  protected cardId(draft: DraftCard, prompt: string, owner: CardOwner): string | undefined {
    const suffix = draft.pinnedId ?? slugify(idSource(prompt), 48);
    if (!suffix || !isValidId(suffix)) {
      this.error(draft.line, draft.pinnedId !== undefined
        ? `card id "${draft.pinnedId}" must be lower case letters, digits and dashes`
        : 'cannot make an id from this prompt: pin one with {#some-id} at the end of the first line');
      return undefined;
    }
    return `${owner.id}/${suffix}`;
  }

  // ---- The convention itself. ----

  private startTopic(i: number): number {
    const heading = this.blocks[i] as Extract<Block, { type: 'heading' }>;
    const line = heading.start + 1;
    if (this.topic) {
      this.error(line, 'a second "#" topic heading: one file holds one topic');
      return i;
    }
    this.finishConcept();
    const fields = this.readFields(i + 1, TOPIC_FIELDS);
    let next = fields ? i + 1 : i;
    const id = fields?.values.get('id') ?? slugify(heading.text);
    if (!isValidId(id)) this.error(fields?.lines.get('id') ?? line, `topic id "${id}" must be lower case letters, digits and dashes`);
    let order = Number.MAX_SAFE_INTEGER;
    const orderText = fields?.values.get('order');
    if (orderText !== undefined) {
      if (/^-?\d+$/.test(orderText)) order = Number(orderText);
      else this.error(fields!.lines.get('order')!, `order must be a whole number, not "${orderText}"`);
    }
    let summary = '';
    const after = this.blocks[next + 1];
    if (after?.type === 'paragraph') {
      summary = after.text.trim();
      next++;
    }
    this.topic = { id, title: heading.text, order, summary, file: this.file, line };
    return next;
  }

  protected startConcept(i: number): number {
    this.finishConcept();
    const heading = this.blocks[i] as Extract<Block, { type: 'heading' }>;
    const line = heading.start + 1;
    if (!this.topic && !this.reportedPreamble) {
      this.reportedPreamble = true;
      this.error(line, 'concept before the topic heading: start the file with "# Topic title"');
    }
    const fields = this.readFields(i + 1, CONCEPT_FIELDS);
    let next = fields ? i + 1 : i;
    const term = heading.text;
    const ownId = fields?.values.get('id') ?? this.defaultConceptId(term);
    const source = fields?.values.get('source') ?? '';
    if (!term) this.error(line, 'concept heading has no term');
    if (!ownId) this.error(line, `cannot make an id from "${term}": add a line "id: some-id" under the heading`);
    else if (!isValidId(ownId)) this.error(fields?.lines.get('id') ?? line, `concept id "${ownId}" must be lower case letters, digits and dashes`);
    if (this.requireSource && !source) this.error(line, `concept "${term}" has no source: add "source: Author (year)" under the heading`);
    const id = ownId ? this.qualifyConceptId(ownId) : '';

    const aliases = unique(splitList(fields?.values.get('aliases')));
    const concept: Concept = {
      id,
      term,
      topic: this.topic?.id ?? '',
      aliases,
      acronyms: aliases.filter(isAcronym),
      definition: '',
      details: '',
      parts: [],
      source,
      related: unique(splitList(fields?.values.get('related'))),
      file: this.file,
      line,
    };
    const relatedLine = fields?.lines.get('related');
    if (relatedLine) this.relatedLines.set(id, relatedLine);
    this.draft = { concept, detailBlocks: [], cards: [], hasDefinition: false, sawCardsSection: false, sawPartsSection: false, reportedInCards: false };
    this.section = 'details';

    const definition = this.blocks[next + 1];
    if (definition?.type === 'paragraph' && this.isDefinition(definition)) {
      concept.definition = definition.text.trim();
      this.draft.hasDefinition = true;
      next++;
    }
    return next;
  }

  protected startSection(heading: Extract<Block, { type: 'heading' }>): void {
    const draft = this.draft!;
    const name = heading.text.toLowerCase();
    if (name === 'parts') {
      this.section = 'parts';
      draft.sawPartsSection = true;
    } else if (name === 'cards') {
      this.section = 'cards';
      draft.sawCardsSection = true;
    } else {
      this.section = 'details';
      draft.detailBlocks.push(heading);
    }
  }

  private addParts(block: Block): void {
    const draft = this.draft!;
    if (block.type !== 'list') {
      draft.detailBlocks.push(block);
      return;
    }
    for (const item of block.items) {
      const part = splitNamed(item.text);
      if (!part.name) this.error(item.start + 1, 'empty part');
      else draft.concept.parts.push(part);
    }
  }

  protected addToCards(block: Block): void {
    const draft = this.draft!;
    const marker = block.type === 'paragraph' ? CARD_MARKER.exec(block.text) : null;
    if (block.type === 'paragraph' && marker) {
      let head = block.text.slice(marker[0].length);
      const firstLineEnd = head.indexOf('\n') === -1 ? head.length : head.indexOf('\n');
      const pinned = PINNED_ID.exec(head.slice(0, firstLineEnd));
      if (pinned) head = head.slice(0, pinned.index) + head.slice(firstLineEnd);
      const kind = KIND_BY_MARKER[marker[1]];
      const order = marker[2] as 'in' | 'any' | undefined;
      // "(in order)" belongs to list cards alone; on another card it is reported, and the card is kept without it.
      if (order && kind !== 'listRecall') this.error(block.start + 1, `"(${order} order)" belongs to a list card: write "List (${order} order):", or "${marker[1]}:" alone`);
      draft.cards.push({ kind, line: block.start + 1, pinnedId: pinned?.[1], blocks: [], head, order: kind === 'listRecall' ? order : undefined, ...(marker[1] === 'Calc' ? { calc: true as const } : {}) });
      return;
    }
    if (block.type === 'paragraph' && NEAR_LIST_MARKER.test(block.text)) {
      draft.reportedInCards = true;
      this.error(block.start + 1, 'a list card\'s marker is "List (in order):", "List (any order):" or "List:"');
      return;
    }
    const current = draft.cards[draft.cards.length - 1];
    if (block.type === 'heading' || !current) draft.reportedInCards = true;
    if (block.type === 'heading') {
      this.error(block.start + 1, 'a heading inside "### Cards": write cards as Q:, Cloze:, MC:, List:, Calc: or Essay: paragraphs');
    } else if (!current) {
      this.error(block.start + 1, 'text in "### Cards" before the first card: start a card with Q:, Cloze:, MC:, List:, Calc: or Essay:');
    } else {
      current.blocks.push(block);
    }
  }

  protected finishConcept(): void {
    const draft = this.draft;
    if (!draft) return;
    this.draft = undefined;
    const { concept } = draft;
    if (!draft.hasDefinition) {
      this.error(concept.line, `concept "${concept.term}" has no definition: write one paragraph right after its fields`);
      this.withoutDefinition(draft);
      return;
    }
    concept.details = draft.detailBlocks.map((b) => sliceSource(this.lines, b.start, b.end)).join('\n\n');
    if (draft.sawPartsSection && concept.parts.length === 0) {
      this.error(concept.line, `concept "${concept.term}" has a "### Parts" section with no list`);
    }
    if (draft.sawCardsSection && draft.cards.length === 0 && !draft.otherCards && !draft.reportedInCards) {
      this.error(concept.line, `concept "${concept.term}" has a "### Cards" section with no card`);
    }
    if (!concept.id) return;
    this.concepts.push(concept);
    for (const drafted of draft.cards) {
      const card = this.buildCard(drafted, concept);
      if (card) this.cards.push(card);
    }
  }

  protected buildCard(written: DraftCard, concept: CardOwner): Card | undefined {
    const stated = this.takeSource(written);
    if (!stated) return undefined;
    const { draft, source } = stated;
    const base = {
      conceptId: concept.id, topic: concept.topic, source: source ?? concept.source, kind: draft.kind, file: this.file, line: draft.line,
      ...(source !== undefined ? { sourceStated: true as const } : {}),
    };
    let built: Omit<Card, keyof typeof base | 'id'> | undefined;
    switch (draft.kind) {
      case 'basic':
        built = draft.calc ? this.calcCard(draft) : this.basicCard(draft);
        break;
      case 'cloze':
        built = this.clozeCard(draft);
        break;
      case 'multipleChoice':
        built = this.choiceCard(draft);
        break;
      case 'listRecall':
      case 'essay':
        built = this.listCard(draft);
        break;
    }
    if (!built) return undefined;
    const id = this.cardId(draft, built.prompt, concept);
    if (id === undefined) return undefined;
    return { id, ...base, ...built };
  }

  /**
   * Takes a card's own `Source: Author (year)` off its end: its last paragraph,
   * or the last line of it (a `Source:` line right under `A:`). Undefined, after
   * reporting, when the line names nothing.
   */
  private takeSource(draft: DraftCard): { draft: DraftCard; source?: string } | undefined {
    const lastBlock = draft.blocks[draft.blocks.length - 1];
    if (lastBlock?.type === 'list') return this.takeSourceFromList(draft, lastBlock);
    if (lastBlock && lastBlock.type !== 'paragraph') return { draft };
    const last = lastBlock as Extract<Block, { type: 'paragraph' }> | undefined;
    const text = last ? last.text : draft.head;
    const lines = text.split('\n');
    const found = SOURCE_LINE.exec(lines[lines.length - 1]);
    if (!found || (!last && lines.length === 1)) return { draft };
    const line = (last ? last.start + 1 : draft.line) + lines.length - 1;
    if (!found[1]) return this.fail({ line }, 'a card\'s "Source:" names no source: write "Source: Author (year)", or leave the line out to use the concept\'s');
    const rest = lines.slice(0, -1).join('\n');
    if (!last) return { draft: { ...draft, head: rest }, source: found[1] };
    const blocks = draft.blocks.slice(0, -1);
    if (rest.trim()) blocks.push({ ...last, text: rest, end: last.end - 1 });
    return { draft: { ...draft, blocks }, source: found[1] };
  }

  /** `Source:` written right under a card's options or items, with no blank line: Markdown makes it part of the last item. */
  private takeSourceFromList(draft: DraftCard, list: Extract<Block, { type: 'list' }>): { draft: DraftCard; source?: string } | undefined {
    const item = list.items[list.items.length - 1];
    const lines = item?.text.split('\n') ?? [];
    const found = lines.length > 1 ? SOURCE_LINE.exec(lines[lines.length - 1].trim()) : null;
    if (!found) return { draft };
    if (!found[1]) return this.fail({ line: item.start + lines.length }, 'a card\'s "Source:" names no source: write "Source: Author (year)", or leave the line out to use the concept\'s');
    const items = [...list.items.slice(0, -1), { ...item, text: lines.slice(0, -1).join('\n') }];
    return { draft: { ...draft, blocks: [...draft.blocks.slice(0, -1), { ...list, items, end: list.end - 1 }] }, source: found[1] };
  }

  private basicCard(draft: DraftCard): Pick<Card, 'prompt' | 'answer'> | undefined {
    const prompt: string[] = [];
    const answer: string[] = [];
    let inAnswer = false;
    const take = (markdown: string) => {
      for (const paragraphLine of markdown.split('\n')) {
        if (!inAnswer && ANSWER_MARKER.test(paragraphLine)) {
          inAnswer = true;
          answer.push(paragraphLine.replace(ANSWER_MARKER, ''));
        } else {
          (inAnswer ? answer : prompt).push(paragraphLine);
        }
      }
    };
    take(draft.head);
    for (const block of draft.blocks) {
      const markdown = this.source(block);
      (inAnswer ? answer : prompt).push('');
      if (block.type === 'paragraph') take(markdown);
      else (inAnswer ? answer : prompt).push(markdown);
    }
    const promptText = prompt.join('\n').trim();
    const answerText = answer.join('\n').trim();
    if (!promptText) return this.fail(draft, 'basic card has an empty question after Q:');
    if (!inAnswer) return this.fail(draft, 'basic card has no answer: add a line starting with "A:"');
    if (!answerText) return this.fail(draft, 'basic card has an empty answer after A:');
    return { prompt: promptText, answer: answerText };
  }

  /**
   * A worked calculation: the question, an `A:` line with the number (unit and
   * tolerance allowed, see src/core/quiz/numeric.ts), then the worked solution.
   */
  private calcCard(draft: DraftCard): Pick<Card, 'prompt' | 'answer' | 'numeric' | 'explanation'> | undefined {
    const prompt: string[] = [];
    const after: string[] = [];
    let answerLine: { text: string; line: number } | undefined;
    const take = (markdown: string, firstLine: number) => {
      markdown.split('\n').forEach((text, offset) => {
        if (!answerLine && ANSWER_MARKER.test(text)) answerLine = { text: text.replace(ANSWER_MARKER, ''), line: firstLine + offset };
        else (answerLine ? after : prompt).push(text);
      });
    };
    take(draft.head, draft.line);
    for (const block of draft.blocks) {
      (answerLine ? after : prompt).push('');
      if (block.type === 'paragraph') take(block.text, block.start + 1);
      else (answerLine ? after : prompt).push(this.source(block));
    }
    const promptText = prompt.join('\n').trim();
    if (!promptText) return this.fail(draft, 'worked calculation has an empty question after Calc:');
    if (!answerLine) return this.fail(draft, 'worked calculation has no answer: add a line "A: 205.11" (a unit and "± 0.5" allowed)');
    if (!answerLine.text.trim()) return this.fail({ line: answerLine.line }, 'worked calculation has an empty answer after A:');
    const spec = parseNumericSpec(answerLine.text);
    if (!spec.ok) return this.fail({ line: answerLine.line }, spec.message);
    const explanation = after.join('\n').trim();
    return { prompt: promptText, answer: spec.display, numeric: spec.answer, ...(explanation ? { explanation } : {}) };
  }

  private clozeCard(draft: DraftCard): Pick<Card, 'prompt' | 'answer'> | undefined {
    const pieces = [{ text: draft.head, line: draft.line }, ...draft.blocks.map((b) => ({ text: this.source(b), line: b.start + 1 }))];
    let deletions = 0;
    for (const piece of pieces) {
      const problem = checkCloze(piece.text);
      if (problem.error) {
        this.clozeProblem(piece.line + problem.lineOffset, problem.error);
        return undefined;
      }
      deletions += problem.deletions;
    }
    const prompt = pieces.map((p) => p.text.trim()).join('\n\n').trim();
    if (deletions === 0) return this.fail(draft, 'cloze card hides nothing: wrap the hidden words in {{double braces}}');
    return { prompt, answer: fillCloze(prompt, (answer) => `**${answer}**`) };
  }

  private choiceCard(draft: DraftCard): Pick<Card, 'prompt' | 'answer' | 'choices' | 'explanation'> | undefined {
    const split = this.splitAtList(draft);
    if (!split) return this.fail(draft, 'multiple choice card has no options: list them as "- [x] right" and "- [ ] wrong"');
    const choices: Choice[] = [];
    for (const item of split.list.items) {
      const box = /^\[( |x|X)\][ \t]+([\s\S]*)$/.exec(item.text);
      if (!box || !box[2].trim()) return this.fail({ ...draft, line: item.start + 1 }, 'each option must start with "[x]" (right) or "[ ]" (wrong) and have text');
      choices.push({ text: box[2].trim(), correct: box[1] !== ' ' });
    }
    const right = choices.filter((c) => c.correct);
    if (right.length !== 1) return this.fail(draft, `multiple choice card needs exactly one right answer ([x]); found ${right.length}`);
    if (choices.length < 2) return this.fail(draft, 'multiple choice card needs at least two options');
    const texts = choices.map((c) => c.text.toLowerCase());
    if (new Set(texts).size !== texts.length) return this.fail(draft, 'multiple choice card repeats an option');
    return withExplanation({ prompt: split.prompt, answer: right[0].text, choices }, split.after);
  }

  private listCard(draft: DraftCard): Pick<Card, 'prompt' | 'answer' | 'items' | 'keyPoints' | 'explanation' | 'ordered' | 'orderStated'> | undefined {
    const essay = draft.kind === 'essay';
    const split = this.splitAtList(draft);
    if (!split || split.list.items.every((item) => !item.text.trim())) {
      return this.fail(draft, essay ? 'essay card has no key points: list them under the question' : 'list card has no items: list them under the prompt');
    }
    if (!split.prompt) return this.fail(draft, `${essay ? 'essay' : 'list'} card has an empty prompt`);
    const texts = split.list.items.map((item) => item.text.trim()).filter(Boolean);
    const marker = (i: number) => (split.list.ordered && !essay ? `${i + 1}.` : '-');
    const answer = texts.map((t, i) => `${marker(i)} ${t.replace(/\n/g, '\n   ')}`).join('\n');
    const result = essay
      ? { prompt: split.prompt, answer, keyPoints: texts }
      : {
        prompt: split.prompt, answer, items: texts.map((t) => splitNamed(t).name),
        ordered: draft.order ? draft.order === 'in' : ASKS_IN_ORDER.test(split.prompt),
        ...(draft.order ? { orderStated: true as const } : {}),
      };
    return withExplanation(result, split.after);
  }

  /** Splits a card into the prompt before its first list, the list, and the Markdown after it. */
  private splitAtList(draft: DraftCard): { prompt: string; list: Extract<Block, { type: 'list' }>; after: string } | undefined {
    const index = draft.blocks.findIndex((b) => b.type === 'list');
    if (index === -1) return undefined;
    const prompt = [draft.head, ...draft.blocks.slice(0, index).map((b) => this.source(b))].join('\n\n').trim();
    const after = draft.blocks.slice(index + 1).map((b) => this.source(b)).join('\n\n').trim();
    return { prompt, list: draft.blocks[index] as Extract<Block, { type: 'list' }>, after };
  }

  /** Reads a `field: value` paragraph at block index i, if that block is one. */
  protected readFields(i: number, known: readonly string[]): { values: Map<string, string>; lines: Map<string, number> } | undefined {
    const block = this.blocks[i];
    if (block?.type !== 'paragraph') return undefined;
    if (!this.isFieldParagraph(fieldKeys(block.text), known)) return undefined;
    const values = new Map<string, string>();
    const lines = new Map<string, number>();
    block.text.split('\n').forEach((text, offset) => {
      const line = block.start + 1 + offset;
      const match = /^([A-Za-z]+)[ \t]*:[ \t]*(.*)$/.exec(text.trim());
      if (!match) return this.error(line, `expected "field: value" here (fields: ${known.join(', ')})`);
      const key = match[1].toLowerCase();
      if (!known.includes(key)) return this.unknownField(line, match[1], known);
      if (values.has(key)) return this.error(line, `field "${key}" given twice`);
      values.set(key, match[2].trim());
      lines.set(key, line);
    });
    return { values, lines };
  }

  protected source(block: Block): string {
    return block.type === 'paragraph' ? block.text : sliceSource(this.lines, block.start, block.end);
  }

  protected fail(draft: Pick<DraftCard, 'line'>, message: string): undefined {
    this.error(draft.line, message);
    return undefined;
  }

  protected error(line: number, message: string): void {
    this.diagnostics.push({ file: this.file, line, severity: 'error', message });
  }
}

/** The `name:` opening each line of a paragraph, lower case (undefined for a line that opens with none). */
export function fieldKeys(paragraph: string): Array<string | undefined> {
  return paragraph.split('\n').map((text) => /^([A-Za-z]+)[ \t]*:/.exec(text.trim())?.[1].toLowerCase());
}

/** "**Name**: explanation", "Name: explanation" or just "Name". */
export function splitNamed(text: string): Part {
  const trimmed = text.trim();
  const bold = /^\*\*(.+?)\*\*[ \t]*(?:[:—–-][ \t]*)?([\s\S]*)$/.exec(trimmed);
  if (bold) return { name: bold[1].trim(), description: bold[2].trim() };
  const colon = /^([^:\n]{1,60}):[ \t]+([\s\S]+)$/.exec(trimmed);
  if (colon) return { name: colon[1].trim(), description: colon[2].trim() };
  return { name: trimmed, description: '' };
}

function withExplanation<T extends object>(card: T, after: string): T & { explanation?: string } {
  return after ? { ...card, explanation: after } : card;
}

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** An alias written in capitals (KAM, SCOPE, CSFs) is an acronym and matches case-sensitively. */
export function isAcronym(alias: string): boolean {
  return /^[A-Z0-9&]+s?$/.test(alias) && /[A-Z].*[A-Z]/.test(alias);
}

/**
 * The words a card id is made from (see `slugify` in ./ids.ts). Not a general
 * Markdown-to-text helper (that is src/core/markdown/plainText.ts): ids of cards
 * without a pinned id are derived from this, so its output must never change or
 * students' saved progress would stop matching their cards.
 */
function idSource(markdown: string): string {
  return markdown
    .replace(/\{\{([\s\S]+?)\}\}/g, (_, inner: string) => writtenWordings(inner)[0])
    .replace(/[*_`#>[\]()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

