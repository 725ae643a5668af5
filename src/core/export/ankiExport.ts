// Cards as Anki's "Notes in Plain Text" import file (Anki 2.1.55 and later
// read its `#` headers): tab-separated, fields as HTML, one row per Anki note
// with its guid, note type, deck, two fields and tags:
//
//   guid | Basic or Cloze | CRM Study::<topic> | Front / Text | Back / Back Extra | tags
//
// The guid is our card id, so importing a later export again updates those
// notes in Anki instead of adding copies. Fields are rendered with the one safe
// renderer (src/core/markdown/render.ts: no raw HTML, links http(s)/mailto).
// Our cloze card hides every gap at once, so all its gaps are c1 (one Anki
// card); the highlights of one Obsidian-style paragraph, which are one card
// each here, become one Anki note with c1, c2… (one Anki card each).

import { fillCloze, readCloze } from '../content/cloze';
import type { Card, Concept, Topic } from '../content/model';
import { isNoteTopic } from '../content/model';
import { renderInline, renderMarkdown } from '../markdown/render';

export interface AnkiExportSource {
  cards: readonly Card[];
  concept(id: string): Concept | undefined;
  topic(id: string): Topic | undefined;
}

export interface AnkiExport {
  text: string;
  /** Anki notes written (a cloze with several gaps is one note). */
  notes: number;
  decks: string[];
}

export const ANKI_ROOT_DECK = 'CRM Study';
const NOTES_DECK = 'My notes';

const HEADERS = ['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:6'];

export function exportForAnki(source: AnkiExportSource): AnkiExport {
  const rows: string[] = [];
  const decks = new Set<string>();
  const seen = new Set<string>();
  for (const group of noteGroups(source.cards)) {
    const card = group[0];
    // One Anki note per guid: a second card with the same id would overwrite the first in Anki.
    if (seen.has(card.id)) continue;
    seen.add(card.id);
    const deck = deckOf(card, source);
    decks.add(deck);
    const [type, first, second] = fields(group);
    rows.push([card.id, type, deck, first, second, tagsOf(card, source)].map(field).join('\t'));
  }
  return { text: [...HEADERS, ...rows].join('\n') + '\n', notes: rows.length, decks: [...decks] };
}

/** The cards of one Anki note: a card alone, or an Obsidian-style cloze with its sibling highlights (`id`, `id-c2`, `id-c3`…). */
function noteGroups(cards: readonly Card[]): Card[][] {
  const groups: Card[][] = [];
  const clozeGroup = new Map<string, Card[]>();
  for (const card of cards) {
    const sibling = card.kind === 'cloze' ? /^(.*)-c\d+$/.exec(card.id) : null;
    const base = sibling ? clozeGroup.get(sibling[1]) : undefined;
    if (base && base[0].uri === card.uri && mergeable([...base, card])) {
      base.push(card);
      continue;
    }
    const group = [card];
    groups.push(group);
    if (card.kind === 'cloze') clozeGroup.set(card.id, group);
  }
  return groups;
}

interface Gap {
  at: number;
  answer: string;
  hint?: string;
}

/** A card hiding one highlight: the text with the highlight shown, and where it stood. */
function singleGap(prompt: string): { text: string; gap: Gap } | undefined {
  const gaps = [...prompt.matchAll(/\{\{([\s\S]+?)\}\}/g)];
  if (gaps.length !== 1) return undefined;
  const { answer, hint } = readCloze(gaps[0][1]);
  return { text: prompt.slice(0, gaps[0].index) + answer + prompt.slice(gaps[0].index + gaps[0][0].length), gap: { at: gaps[0].index, answer, hint } };
}

function mergeable(cards: Card[]): boolean {
  const read = cards.map((c) => singleGap(c.prompt));
  return read.every((r) => r && r.text === read[0]!.text);
}

/** The one text with each card's highlight as its own Anki deletion, c1 for the first card, c2 for the next… */
function mergedCloze(cards: Card[]): string {
  const read = cards.map((c, i) => ({ ...singleGap(c.prompt)!, n: i + 1 }));
  const text = read[0].text;
  let out = '';
  let from = 0;
  for (const { gap, n } of [...read].sort((a, b) => a.gap.at - b.gap.at)) {
    if (gap.at < from) return cards[0].prompt; // overlapping highlights: cannot be one note, keep the first card's text
    out += text.slice(from, gap.at) + `{{c${n}::${gap.answer}${gap.hint !== undefined ? `::${gap.hint}` : ''}}}`;
    from = gap.at + gap.answer.length;
  }
  return out + text.slice(from);
}

function fields(group: Card[]): [string, string, string] {
  const card = group[0];
  const explanation = card.explanation ? renderMarkdown(card.explanation) : '';
  switch (card.kind) {
    case 'basic':
      // A worked calculation's back is its answer, then the worked solution.
      return ['Basic', renderMarkdown(card.prompt), renderMarkdown(card.answer) + explanation];
    case 'cloze': {
      const text = group.length > 1
        ? mergedCloze(group)
        : fillCloze(card.prompt, (answer, hint) => `{{c1::${answer}${hint !== undefined ? `::${hint}` : ''}}}`);
      return ['Cloze', renderMarkdown(text), explanation];
    }
    case 'multipleChoice': {
      const choices = card.choices ?? [];
      const options = choices.map((c) => `<li>${renderInline(c.text)}</li>`).join('');
      const right = choices.findIndex((c) => c.correct);
      const back = right === -1
        ? renderMarkdown(card.answer)
        : `<p><b>${letter(right)}.</b> ${renderInline(choices[right].text)}</p>`;
      return ['Basic', `${renderMarkdown(card.prompt)}<ol type="A">${options}</ol>`, back + explanation];
    }
    case 'listRecall':
      return ['Basic', renderMarkdown(card.prompt), renderMarkdown(numbered(card.answer)) + explanation];
    case 'essay':
      return ['Basic', renderMarkdown(card.prompt), renderMarkdown(card.answer) + explanation];
  }
}

function letter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/** A list card's answer (`- item` or `1. item` lines, continuations indented) as a numbered list. */
function numbered(answer: string): string {
  let n = 0;
  return answer.replace(/^(?:-|\d+\.) /gm, () => `${++n}. `);
}

function deckOf(card: Card, source: AnkiExportSource): string {
  const topic = source.topic(card.topic);
  const title = deckPart(topic?.title || card.topic);
  return isNoteTopic(card.topic) ? `${ANKI_ROOT_DECK}::${NOTES_DECK}::${title}` : `${ANKI_ROOT_DECK}::${title}`;
}

/** A deck name's part: `::` would nest a deck, so it becomes one colon; line breaks and tabs become spaces. */
function deckPart(title: string): string {
  return title.replace(/\s+/g, ' ').replace(/:{2,}/g, ':').trim() || 'Untitled';
}

/** The concept's and the topic's ids as Anki tags (no spaces; a note's ids as `my-notes::…`). */
function tagsOf(card: Card, source: AnkiExportSource): string {
  const tags: string[] = [];
  if (card.conceptId) tags.push(conceptTag(card.conceptId, source));
  tags.push(topicTag(card.topic));
  return [...new Set(tags.filter(Boolean))].join(' ');
}

function conceptTag(id: string, source: AnkiExportSource): string {
  if (!id.startsWith('notes:')) return tag(id);
  // "notes:lectures/week5.md#kam" → "kam": the concept's own id, readable, shared with the pack's when they agree.
  const own = id.slice(id.lastIndexOf('#') + 1) || source.concept(id)?.term || '';
  return tag(own);
}

function topicTag(id: string): string {
  const file = /^notes:file\/(.*?)(?:\.md)?$/i.exec(id);
  if (file) return tag(`my-notes::${file[1]}`);
  const deck = /^notes:deck\/(.*)$/.exec(id);
  if (deck) return tag(`my-notes::${deck[1]}`);
  return tag(id);
}

function tag(text: string): string {
  return text.trim().replace(/\s+/g, '_').replace(/"/g, '');
}

/** A field of the file: quoted (quotes doubled) when it still holds a tab, a line break or a quote. */
function field(value: string): string {
  const text = compact(value);
  return /[\t\n\r"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rendered HTML on one line where that changes nothing Anki shows: the line
 * breaks markdown-it puts between block tags go, a soft break inside text is a
 * space; inside <pre> they are the code's own lines and stay (the field is then quoted).
 */
function compact(html: string): string {
  return html
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part, i) => (i % 2 ? part : part.replace(/>\n+(?=<|$)/g, '>').replace(/\n+/g, ' ')))
    .join('')
    .trim();
}
