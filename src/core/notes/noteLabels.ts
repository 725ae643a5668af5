// How the student's notes are named wherever they appear beside the pack: the
// "My notes" study target, a group of notes, and where a concept or card is
// written ("Your note · week3.md:12"). One place, so the sidebar, search,
// hover, flashcards and quiz all say it the same way.

import { Card, Concept, MY_NOTES, SourceLocation, Topic } from '../content/model';
import { l10n } from '../util/l10n';

/** What a student sees for every note topic at once. */
export function myNotesTitle(): string {
  return l10n.t('My notes');
}

/** "My notes · week3.md": a note's file (or a group's title) under My notes. */
export function inMyNotes(name: string): string {
  return l10n.t('My notes · {0}', name);
}

/** A group of notes as a scope: "My notes · week3". */
export function noteGroupTitle(topic: Pick<Topic, 'title'>): string {
  return inMyNotes(topic.title);
}

/** "week3.md:12": where something is written in a note. */
export function noteLocation(at: SourceLocation): string {
  return `${at.file}:${at.line}`;
}

/** "Your note · week3.md:12". */
export function yourNoteLabel(at: SourceLocation): string {
  return l10n.t('Your note · {0}', noteLocation(at));
}

/** True for a concept or card from a student's note (it carries the note's URI). */
export function fromNote(item: Pick<Concept | Card, 'uri'>): item is { uri: string } {
  return typeof item.uri === 'string';
}

/** The title of a study scope: MY_NOTES, a group of notes, or a pack topic (its own title). */
export function scopeTitle(topicId: string, topic: (id: string) => Topic | undefined): string {
  if (topicId === MY_NOTES) return myNotesTitle();
  return topic(topicId)?.title ?? topicId;
}
