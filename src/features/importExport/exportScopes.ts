// What "Export Cards for Anki…" can export: everything, the course pack, the
// student's notes, one topic or one group of notes; which one a command
// argument names; the default file name; and the message after the export.
// No vscode import: unit-tested in plain Node.

import type { ContentIndex } from '../../core/content/contentIndex';
import type { Card } from '../../core/content/model';
import { isNoteTopic, MY_NOTES } from '../../core/content/model';
import { myNotesTitle, noteGroupTitle } from '../../core/notes/noteLabels';
import { l10n } from '../../core/util/l10n';
import { toStudyTarget } from '../../vscode/commandArgs';

export type ScopeContent = Pick<ContentIndex, 'cards' | 'packTopics' | 'noteTopics' | 'cardsIn' | 'topic'>;

export interface ExportScope {
  /** 'everything', 'pack', or a topic id (MY_NOTES, a pack topic, a group of notes). */
  id: string;
  /** As the picker lists it. */
  label: string;
  /** As the file name says it: "CRM Study - <name>.txt". */
  name: string;
  cards: readonly Card[];
}

export const EVERYTHING = 'everything';
export const PACK = 'pack';

function everything(content: ScopeContent): ExportScope {
  return { id: EVERYTHING, label: l10n.t('Everything (pack and your notes)'), name: l10n.t('Everything'), cards: content.cards };
}

function pack(content: ScopeContent): ExportScope {
  return { id: PACK, label: l10n.t('The course pack'), name: l10n.t('Course pack'), cards: content.cards.filter((card) => !isNoteTopic(card.topic)) };
}

function topicScope(content: ScopeContent, topicId: string): ExportScope | undefined {
  if (topicId === MY_NOTES) return { id: MY_NOTES, label: myNotesTitle(), name: myNotesTitle(), cards: content.cardsIn(MY_NOTES) };
  const topic = content.topic(topicId);
  if (!topic) return undefined;
  const label = isNoteTopic(topicId) ? noteGroupTitle(topic) : topic.title;
  return { id: topicId, label, name: label, cards: content.cardsIn(topicId) };
}

/** The picker's list: Everything, the pack, My notes, each pack topic, each group of notes. */
export function exportScopes(content: ScopeContent): ExportScope[] {
  const scopes = [everything(content), pack(content), topicScope(content, MY_NOTES)!];
  for (const topic of [...content.packTopics, ...content.noteTopics]) scopes.push(topicScope(content, topic.id)!);
  return scopes;
}

/**
 * The scope a command argument names: a topic id, MY_NOTES, 'everything',
 * 'pack', or a Concepts row (a topic, My notes or a group of notes). undefined
 * when there is no argument (ask) ; `{ unknown }` when it names nothing exportable.
 */
export function scopeOf(arg: unknown, content: ScopeContent): ExportScope | { unknown: string } | undefined {
  if (arg === undefined || arg === null) return undefined;
  if (arg === EVERYTHING) return everything(content);
  if (arg === PACK) return pack(content);
  const target = toStudyTarget(arg, (id) => !!content.topic(id));
  if (target.topicId !== undefined) return topicScope(content, target.topicId) ?? { unknown: target.topicId };
  return { unknown: target.conceptId ?? String(arg) };
}

/** "CRM Study - Payne & Frow.txt", safe as a file name everywhere. */
export function exportFileName(scope: Pick<ExportScope, 'name'>): string {
  const printable = [...`CRM Study - ${scope.name}`].filter((ch) => ch >= ' ').join('');
  // "Payne & Frow: processes" reads "Payne & Frow - processes"; other characters Windows refuses become "-".
  const name = printable.replace(/\s*[:|]\s*/g, ' - ').replace(/[\\/*?"<>]+/g, '-').replace(/\s+/g, ' ').trim();
  return `${name.slice(0, 120).replace(/[. ]+$/, '')}.txt`;
}

/** "Exported 361 cards as 340 Anki notes in 8 decks to CRM Study - Everything.txt. In Anki: File > Import, then pick the file." */
export function exportedMessage(cards: number, notes: number, decks: number, where: string): string {
  const c = cards === 1 ? l10n.t('1 card') : l10n.t('{0} cards', cards);
  const n = notes === 1 ? l10n.t('1 Anki note') : l10n.t('{0} Anki notes', notes);
  const d = decks === 1 ? l10n.t('1 deck') : l10n.t('{0} decks', decks);
  return l10n.t('Exported {0} as {1} in {2} to {3}. In Anki: File > Import, then pick the file.', c, n, d, where);
}
