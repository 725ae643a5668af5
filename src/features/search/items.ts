// What the Search Concepts picker lists: search hits turned into QuickPick items,
// the empty state (recent concepts, then every topic's concepts) and the
// no-match item. Pure conversion; the picker itself lives in index.ts. What
// comes from the student's notes says so ("My notes · week3.md") and opens the
// note at its line; its reveal button shows it under My notes in the sidebar.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { Concept, isNoteTopic } from '../../core/content/model';
import { inMyNotes, noteGroupTitle } from '../../core/notes/noteLabels';
import { plainText } from '../../core/markdown/plainText';
import { SearchHit, SearchIndex } from '../../core/search/searchIndex';

export interface SearchItem extends vscode.QuickPickItem {
  /** The concept that Enter opens (unless `note` is set); absent on the no-match item and separators. */
  conceptId?: string;
  /** From a student's note: Enter opens the note at this line. */
  note?: { uri: string; line: number };
  /** What the reveal button hands "Reveal in Concepts": a concept id or `{ cardId }`. */
  reveal?: string | { cardId: string };
}

export const REVEAL_BUTTON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('list-tree'),
  tooltip: vscode.l10n.t('Reveal in Concepts'),
};

const ICONS = {
  concept: new vscode.ThemeIcon('book'),
  card: new vscode.ThemeIcon('question'),
  none: new vscode.ThemeIcon('search-stop'),
} as const;

const DETAIL_LENGTH = 160;
const RECENT_SHOWN = 5;
const RESULTS_SHOWN = 50;

/** The items for what is in the box: ranked hits, or the no-match item. */
export function resultItems(search: SearchIndex, pack: ContentIndex, query: string): SearchItem[] {
  const hits = search.search(query, { limit: RESULTS_SHOWN });
  if (!hits.length) return [noMatchItem(query)];
  return hits.map((hit) => hitItem(hit, pack));
}

/** The empty box: recently opened concepts, then every topic's concepts as starting points. */
export function emptyStateItems(pack: ContentIndex, recentIds: readonly string[]): SearchItem[] {
  const items: SearchItem[] = [];
  // Ids of concepts no longer in the pack are skipped.
  const recent = recentIds
    .map((id) => pack.concept(id))
    .filter((c): c is Concept => !!c)
    .slice(0, RECENT_SHOWN);
  if (recent.length) {
    items.push(separator(vscode.l10n.t('recent')));
    for (const concept of recent) items.push(conceptItem(concept, pack));
  }
  for (const topic of pack.topics) {
    const concepts = pack.conceptsIn(topic.id);
    if (!concepts.length) continue;
    items.push(separator(isNoteTopic(topic.id) ? noteGroupTitle(topic) : topic.title));
    for (const concept of concepts) items.push(conceptItem(concept, pack));
  }
  return items;
}

export function noMatchItem(query: string): SearchItem {
  const shown = query.trim().length > 40 ? `${query.trim().slice(0, 40)}…` : query.trim();
  return {
    label: vscode.l10n.t("No concept matches '{0}'", shown),
    detail: vscode.l10n.t('Try fewer letters or an acronym like KAM'),
    iconPath: ICONS.none,
    alwaysShow: true,
  };
}

function hitItem(hit: SearchHit, pack: ContentIndex): SearchItem {
  const doc = hit.doc;
  const mine = doc.note ? inMyNotes(doc.note.file) : undefined;
  const topic = mine ?? (doc.topic ? pack.topic(doc.topic)?.title : undefined);
  const note = doc.note && { uri: doc.note.uri, line: doc.note.line };
  if (doc.kind === 'concept') {
    const concept = pack.concept(doc.id);
    const description = [hit.matchedAlias, topic].filter(Boolean).join(' · ');
    return {
      label: doc.title,
      description,
      detail: shorten(doc.definition ?? (concept ? plainText(concept.definition) : '')),
      iconPath: ICONS.concept,
      alwaysShow: true,
      buttons: [REVEAL_BUTTON],
      conceptId: doc.id,
      note,
      reveal: doc.id,
    };
  }
  const concept = doc.conceptId ? pack.concept(doc.conceptId) : undefined;
  // A note's card is a row of its own in the sidebar; a pack card is revealed through its concept.
  const reveal = note ? { cardId: doc.id } : doc.conceptId;
  return {
    label: doc.title,
    description: [concept ? vscode.l10n.t('card · {0}', concept.term) : vscode.l10n.t('card'), topic].filter(Boolean).join(' · '),
    detail: shorten(doc.text ?? ''),
    iconPath: ICONS.card,
    alwaysShow: true,
    buttons: reveal ? [REVEAL_BUTTON] : undefined,
    conceptId: doc.conceptId,
    note,
    reveal,
  };
}

function conceptItem(concept: Concept, pack: ContentIndex): SearchItem {
  return {
    label: concept.term,
    description: concept.uri ? inMyNotes(concept.file) : pack.topic(concept.topic)?.title,
    detail: shorten(plainText(concept.definition)),
    iconPath: ICONS.concept,
    alwaysShow: true,
    buttons: [REVEAL_BUTTON],
    conceptId: concept.id,
    note: concept.uri ? { uri: concept.uri, line: concept.line } : undefined,
    reveal: concept.id,
  };
}

function separator(label: string): SearchItem {
  return { label, kind: vscode.QuickPickItemKind.Separator };
}

function shorten(text: string): string {
  return text.length > DETAIL_LENGTH ? `${text.slice(0, DETAIL_LENGTH - 1).trimEnd()}…` : text;
}
