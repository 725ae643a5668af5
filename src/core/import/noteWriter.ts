// An ImportSet as an ordinary Markdown note in the project's convention
// (content/README.md), which the notes parser (src/core/notes/noteParser.ts)
// reads back to the set's entries: questions as loose cards in a `### Cards`
// section before any concept, terms as `##` concepts with a card asking for
// their definition. The student owns the note, so it is written to be read
// and edited: the convention's own markers, one blank line between cards.
//
// Entry text is Markdown and is kept as it is, except what would change the
// note's structure around it (a line starting with `#`, a card marker, a
// setext underline, a definition-list line, an unclosed fence, a comment, a
// pin, `{{` outside a cloze, and in a card's later paragraphs the Obsidian SR
// forms `::`, `==`, `?`). Those get a backslash escape where CommonMark
// honours one, so the card renders as the entry reads; card ids ignore
// backslashes (src/core/notes/cardIds.ts), so an escape never changes an id.

import { isAcronym } from '../content/deckParser';
import { CodeFences } from '../markdown/codeFences';
import { toBlocks } from '../markdown/markdownBlocks';
import { derivedSuffix } from '../notes/cardIds';
import { maskCodeSpans } from '../notes/noteSource';
import type { ClozeEntry, ImportDecision, ImportEntry, ImportFormat, ImportSet, ImportSettings, MultipleChoiceEntry, TermEntry } from './importModel';

export interface NoteWriterOptions {
  /** Where the set came from, for the note's opening line ("week3.txt", "the clipboard"). */
  origin: string;
  /** YYYY-MM-DD of the import. */
  date: string;
}

export interface WrittenNote {
  text: string;
  /** For each entry (same order as set.entries): the 1-based line of the note where its card or concept starts. */
  entryLines: number[];
  /** What the writer decided where the convention could not hold an entry as it came (a term whose definition is a list…). */
  decisions: ImportDecision[];
}

export const DEFAULT_IMPORT_TITLE = 'Imported flashcards';

export function writeImportNote(set: ImportSet, options: NoteWriterOptions): WrittenNote {
  return new NoteWriter(set).write(options);
}

/** How a set's format is named in the note's opening line. */
export function formatInWords(format: ImportFormat, settings: ImportSettings = {}): string {
  switch (format) {
    case 'quizlet':
      return 'a Quizlet export';
    case 'copyPaste':
      return 'a copied flashcard set';
    case 'anki':
      return 'an Anki export';
    case 'csv':
      return settings.fieldSeparator === '\t' ? 'a TSV file' : 'a CSV file';
  }
}

// ---- Neutralising entry text ----

/** Which lines the Obsidian SR forms (`::`, `==`, a `?` line) must be escaped on: the notes parser reads them in a `### Cards` section's paragraphs after a blank line. */
type SrScope = 'none' | 'afterBlank' | 'all';

interface Neutralise {
  sr: SrScope;
  /** `{{…}}` are the entry's gaps (a cloze): kept, and `::` inside them too. */
  cloze?: boolean;
  /** A multiple choice prompt: a list in it would be read as the options. */
  listMarkers?: boolean;
}

const ATX_HEADING = /^#{1,6}(?=[ \t]|$)/;
const SETEXT_OR_RULE = /^(?:-+|=+)[ \t]*$/;
const MARKER = /^(?:Q|A|Cloze|MC|List|Essay|Calc)(?=:)/;
const DEFINITION_LINE = /^[:~][ \t]+\S/;
const REFERENCE = /^\[[^\]]*\]:/;
const BULLET = /^[-*+](?=[ \t]|$)/;
const ORDERED = /^\d{1,9}(?=[.)](?:[ \t]|$))/;
const SIDE_SEPARATOR = /^\?\??[ \t]*$/;
/** Over-approximates noteSource's tag pattern: escaping a `#flashcardsx` too is harmless. */
const FLASHCARDS_TAG = /(^|[\s([,;])#(?=flashcards)/giu;
const FENCE_OPEN = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})[ \t]*$/;
/** A first line that must stand on a line of its own, not after `Q: ` or `A: `, to mean what it does. */
const BLOCK_START = /^(?:[ \t]{0,3}(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|`{3}|~{3}|\|)|[ \t]{4}|\t)/;
/** Something markdown-it could read as code (a fence or an indented block): then code lines are found by parsing. */
const MAY_HOLD_CODE = /```|~~~|(?:^|\n)(?: {4}|\t)/;

/** The entry's text with every construct that would change the note's structure escaped; code is left alone. */
function neutralise(raw: string, how: Neutralise): string {
  const lines = closeFences(normalise(raw).split('\n'));
  const code = MAY_HOLD_CODE.test(lines.join('\n')) ? topLevelCode(lines.join('\n')) : undefined;
  let blankSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim()) {
      blankSeen = true;
      continue;
    }
    if (code?.[i]) continue;
    const sr = how.sr === 'all' || (how.sr === 'afterBlank' && blankSeen);
    lines[i] = escapeInline(escapeLineStart(line, how, sr), how, sr);
  }
  return lines.join('\n');
}

/**
 * Lines of code blocks at the top level, left as they are. Code inside a list
 * item is not: the item's marker line is still a list line (an MC prompt's
 * list must be escaped whatever it holds).
 */
function topLevelCode(markdown: string): boolean[] {
  const { blocks, code } = toBlocks(markdown);
  const top = new Array<boolean>(code.length).fill(false);
  for (const block of blocks) {
    if (block.type !== 'other') continue;
    for (let line = block.start; line < block.end; line++) top[line] = code[line];
  }
  return top;
}

function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/^\s*\n|\s+$/g, '').replace(/^[ \t]+/, '');
}

/** An unclosed fence would swallow the rest of the note: its opening line is escaped (a closed one is the entry's code, kept). */
function closeFences(lines: string[]): string[] {
  if (!lines.some((l) => l.includes('```') || l.includes('~~~'))) return lines;
  for (;;) {
    const fences = CodeFences.compute({ lineCount: lines.length, lineAt: (n) => lines[n] }).all;
    const open = fences.find((block) => !closesFence(lines[block.start], block.end > block.start ? lines[block.end] : undefined));
    if (!open) return lines;
    lines[open.start] = lines[open.start].replace(/[`~]/, '\\$&');
  }
}

function closesFence(opener: string, closer: string | undefined): boolean {
  const open = FENCE_OPEN.exec(opener);
  const close = closer === undefined ? null : FENCE_CLOSE.exec(closer);
  return !!open && !!close && close[1][0] === open[1][0] && close[1].length >= open[1].length;
}

function escapeLineStart(line: string, how: Neutralise, sr: boolean): string {
  const indent = /^[ \t]*/.exec(line)![0];
  const rest = line.slice(indent.length);
  const escaped = (at: number) => indent + rest.slice(0, at) + '\\' + rest.slice(at);
  if (ATX_HEADING.test(rest) || SETEXT_OR_RULE.test(rest) || DEFINITION_LINE.test(rest) || REFERENCE.test(rest)) return escaped(0);
  const marker = MARKER.exec(rest);
  if (marker) return escaped(marker[0].length);
  if (rest.startsWith('<!--')) return escaped(1);
  if (sr && SIDE_SEPARATOR.test(rest)) return escaped(0);
  if (how.listMarkers) {
    if (BULLET.test(rest)) return escaped(0);
    const ordered = ORDERED.exec(rest);
    if (ordered) return escaped(ordered[0].length);
  }
  return line;
}

/** Escapes inside a line, outside its code spans: comments, `{{` (not a cloze), `#flashcards`, and the SR forms where they are read. */
function escapeInline(line: string, how: Neutralise, sr: boolean): string {
  if (!/<!--|\{\{|#flashcards|::|==/i.test(line)) return line;
  const masked = maskCodeSpans(line);
  const at = new Set<number>();
  for (let i = masked.indexOf('<!--SR:'); i !== -1; i = masked.indexOf('<!--SR:', i + 1)) at.add(i + 1);
  const gaps: Array<[number, number]> = [];
  if (how.cloze) {
    for (const m of masked.matchAll(/\{\{[\s\S]*?\}\}/g)) gaps.push([m.index, m.index + m[0].length]);
  } else {
    for (let i = masked.indexOf('{{'); i !== -1; i = masked.indexOf('{{', i + 1)) at.add(i + 1);
  }
  for (const m of masked.matchAll(FLASHCARDS_TAG)) at.add(m.index + m[1].length);
  if (sr) {
    const inGap = (i: number) => gaps.some(([from, to]) => i > from && i < to);
    for (let i = masked.indexOf('::'); i !== -1; i = masked.indexOf('::', i + 1)) if (!inGap(i)) at.add(i + 1);
    for (let i = masked.indexOf('=='); i !== -1; i = masked.indexOf('==', i + 1)) at.add(i + 1);
  }
  if (at.size === 0) return line;
  let out = '';
  let from = 0;
  for (const i of [...at].sort((a, b) => a - b)) {
    out += line.slice(from, i) + '\\';
    from = i;
  }
  return out + line.slice(from);
}

/** `{#id}` at the end of a card's first line would pin its id: the `#` is escaped. */
function escapePin(firstLine: string): string {
  return firstLine.replace(/\{#([^}\s]*\}[ \t]*)$/, '{\\#$1');
}

/** A field paragraph right under a `##` heading would be read as the concept's fields: the first key's colon is escaped. */
function escapeFields(paragraph: string): string {
  const keys = paragraph.split('\n').map((text) => /^([A-Za-z]+)[ \t]*:/.exec(text.trim())?.[1].toLowerCase());
  const known = (k: string | undefined) => k === 'id' || k === 'aliases' || k === 'source' || k === 'related';
  const fields = known(keys[0]) || (keys.every((k) => k !== undefined) && keys.some(known));
  return fields ? paragraph.replace(/^([ \t]*[A-Za-z]+[ \t]*):/, '$1\\:') : paragraph;
}

/** Text in a single line (a title, a heading): line breaks become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Heading text: an ending `#` would be read as the closing sequence, so one is added for markdown-it to strip. */
function headingText(text: string): string {
  const escaped = escapeInline(text, { sr: 'none' }, false);
  return /#$/.test(escaped) ? `${escaped} #` : escaped;
}

/** "Customer lifetime value (CLV)" → term and acronym, as the glossary form reads it; the acronym must look like one. */
export function splitAcronym(written: string): { term: string; alias?: string } {
  const after = /^(.*\S)\s*\(([^()\s]+)\)$/.exec(written);
  if (after && isAcronym(after[2])) return { term: after[1], alias: after[2] };
  const before = /^([^()\s]+)\s*\(([^()]*\s[^()]*)\)$/.exec(written);
  if (before && isAcronym(before[1])) return { term: before[2].trim(), alias: before[1] };
  return { term: written };
}

/** Plain words in a paragraph (the origin): Markdown's inline punctuation escaped. */
function inlineText(text: string): string {
  return oneLine(text).replace(/[\\`*[\]<>]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\$&');
}

// ---- The note ----

class NoteWriter {
  private readonly lines: string[] = [];
  private readonly entryLines: number[];
  private readonly decisions: ImportDecision[] = [];
  private clozeExtras = 0;
  private firstExtraLine = 0;
  /** The first cloze of an Anki note with several c-numbers: its input line and id suffix, which its siblings' pins extend. */
  private clozeNote?: { line: number; suffix: string };

  constructor(private readonly set: ImportSet) {
    this.entryLines = new Array<number>(set.entries.length).fill(0);
  }

  write(options: NoteWriterOptions): WrittenNote {
    const title = oneLine(this.set.title) || DEFAULT_IMPORT_TITLE;
    this.emit(`# ${headingText(title)}`, '');
    this.emit(`Imported from ${inlineText(options.origin)} (${formatInWords(this.set.format, this.set.settings)}) on ${options.date}. This note is yours to edit: your progress on each card follows its front.`);

    const loose: number[] = [];
    const concepts: number[] = [];
    this.set.entries.forEach((entry, i) => {
      if (entry.kind === 'term' && this.asConcept(entry)) concepts.push(i);
      else loose.push(i);
    });

    if (loose.length > 0) this.emit('', '### Cards');
    for (const i of loose) {
      this.emit('');
      this.entryLines[i] = this.lines.length + 1;
      this.looseCard(this.set.entries[i]);
    }
    for (const i of concepts) {
      this.emit('');
      this.entryLines[i] = this.lines.length + 1;
      this.concept(this.set.entries[i] as TermEntry);
    }
    if (this.clozeExtras > 0) {
      const what = this.clozeExtras === 1 ? 'The extra text of a cloze card is' : `The extra text of ${this.clozeExtras} cloze cards is`;
      this.decisions.push({ line: this.firstExtraLine, message: `${what} kept as a comment under the card: a cloze card in a note has no back side to show it on` });
    }
    return { text: this.lines.join('\n') + '\n', entryLines: this.entryLines, decisions: this.decisions };
  }

  /** Whether a term can be a concept; if not, it becomes a loose card and the reason is a decision. */
  private asConcept(entry: TermEntry): boolean {
    const term = entry.term.trim();
    if (!term) return false;
    if (/[\r\n]/.test(term)) {
      this.decide(entry, `"${oneLine(term)}" is written as a card, not a concept: a term over several lines cannot be a heading`);
      return false;
    }
    const definition = neutralise(entry.definition, { sr: 'none' });
    if (definition && !startsWithParagraph(definition)) {
      this.decide(entry, `"${term}" is written as a card, not a concept: its definition starts with a list or other block, and a concept's definition is a paragraph`);
      return false;
    }
    return true;
  }

  private decide(entry: ImportEntry, message: string): void {
    this.decisions.push({ line: entry.line, message });
  }

  private looseCard(entry: ImportEntry): void {
    switch (entry.kind) {
      case 'term':
        return this.basic(entry.term, entry.definition);
      case 'basic':
        this.basic(entry.prompt, entry.answer);
        if (entry.reverse) {
          this.emit('');
          this.basic(entry.answer, entry.prompt);
        }
        return;
      case 'cloze':
        return this.cloze(entry);
      case 'multipleChoice':
        return this.multipleChoice(entry);
    }
  }

  private concept(entry: TermEntry): void {
    const written = entry.term.trim();
    const { term, alias } = splitAcronym(written);
    this.emit(`## ${headingText(term)}`);
    if (alias) this.emit(`aliases: ${alias}`);
    const definition = neutralise(entry.definition, { sr: 'none' });
    if (definition) this.emit('', alias ? definition : escapeFieldsOfFirstParagraph(definition));
    this.emit('', '### Cards', '');
    this.basic(written, entry.definition);
  }

  /** `Q:` and `A:`; an answer (or prompt) that opens with a list or other block starts on the line under its marker. */
  private basic(prompt: string, answer: string): void {
    const q = neutralise(prompt, { sr: 'afterBlank' });
    const oneParagraphPrompt = !q.includes('\n') && !BLOCK_START.test(q);
    // The answer's first paragraph starts with `A:`, which the parser takes before looking for SR forms.
    const a = neutralise(answer, { sr: 'afterBlank' });
    this.marked('Q', q);
    if (!oneParagraphPrompt) this.emit('');
    this.marked('A', a);
  }

  private cloze(entry: ClozeEntry): void {
    let text = normalise(entry.text);
    // A hint (`{{x::hint}}`) in a paragraph after a blank line would read as a `front::back` card: the paragraphs are joined.
    const later = text.split(/\n[ \t]*\n/).slice(1);
    if (later.some((paragraph) => /\{\{[^}]*::/.test(paragraph))) {
      text = text.replace(/\n[ \t]*\n/g, '\n');
      this.decide(entry, 'The paragraphs of this cloze are joined into one: a gap with a hint after a blank line would be read as a separate card');
    }
    const written = neutralise(text, { sr: 'afterBlank', cloze: true });
    this.marked('Cloze', written, this.siblingPin(entry, written));
    const extra = entry.extra ? normalise(entry.extra) : '';
    if (extra) {
      if (this.clozeExtras++ === 0) this.firstExtraLine = entry.line;
      this.emit('', `<!-- Back extra: ${extra.replace(/--(?=>)/g, '-\\-').replace(/<!--/g, '<\\!--')} -->`);
    }
  }

  /**
   * An Anki note's c2, c3… clozes differ from its c1 only in which words are
   * gaps, and a card id ignores gaps: each after the first is pinned to the
   * first's id with `-c2`, `-c3`… (the Anki export groups such ids back into
   * one note), so each number is a card of its own.
   */
  private siblingPin(entry: ClozeEntry, written: string): string | undefined {
    if (entry.number === undefined) {
      this.clozeNote = undefined;
      return undefined;
    }
    if (this.clozeNote?.line !== entry.line) {
      this.clozeNote = { line: entry.line, suffix: derivedSuffix(written) };
      return undefined;
    }
    return `${this.clozeNote.suffix}-c${entry.number}`;
  }

  private multipleChoice(entry: MultipleChoiceEntry): void {
    const prompt = neutralise(entry.prompt, { sr: 'afterBlank', listMarkers: true });
    const explanation = entry.explanation ? neutralise(entry.explanation, { sr: 'all' }) : '';
    // A list opening the explanation must not continue the options' list: the options take another bullet.
    const bullet = /^-(?:[ \t]|$)/.test(explanation) ? '*' : '-';
    this.marked('MC', prompt);
    // Options right under a prompt paragraph that follows a blank line are read with it for SR forms.
    const sr: SrScope = /\n[ \t]*\n/.test(prompt) ? 'all' : 'none';
    for (const choice of entry.choices) {
      const text = neutralise(choice.text, { sr }).replace(/\n/g, '\n  ');
      this.emit(`${bullet} [${choice.correct ? 'x' : ' '}] ${text}`.trimEnd());
    }
    if (explanation) this.emit('', explanation);
  }

  /** Lines of the note (a chunk may hold several: line numbers count each). */
  private emit(...chunks: string[]): void {
    for (const chunk of chunks) this.lines.push(...chunk.split('\n'));
  }

  /** A marker and its text: on the marker's line, or under it when the text opens with a block. */
  private marked(marker: string, text: string, pin?: string): void {
    const pinned = pin ? ` {#${pin}}` : '';
    if (!text) {
      this.emit(`${marker}:${pinned}`);
      return;
    }
    const [first, ...rest] = text.split('\n');
    if (BLOCK_START.test(first)) this.emit(`${marker}:${pinned}`, text);
    else this.emit(`${marker}: ${marker === 'A' ? first : escapePin(first)}${pinned}`, ...rest);
  }
}

/** Whether neutralised Markdown opens with a paragraph (what a concept's definition must be). */
function startsWithParagraph(markdown: string): boolean {
  if (!markdown.includes('\n')) return !BLOCK_START.test(markdown);
  return toBlocks(markdown).blocks[0]?.type === 'paragraph';
}

/** The fields check on the definition's first paragraph: its lines up to a blank line or a line that opens a block. */
function escapeFieldsOfFirstParagraph(markdown: string): string {
  const lines = markdown.split('\n');
  let end = 1;
  while (end < lines.length && lines[end].trim() && !BLOCK_START.test(lines[end])) end++;
  return [escapeFields(lines.slice(0, end).join('\n')), ...lines.slice(end)].join('\n');
}
