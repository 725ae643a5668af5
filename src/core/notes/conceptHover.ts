// The Markdown a hover shows for a concept: the term in bold, its definition,
// its parts in one compact line, the source, related concepts and the
// "Show Concept" / "Study" command links. A concept from a student's note says
// where it is written, with a link that opens the note at that line; where the
// student defines a course term too, their definition follows the pack's,
// marked as theirs. Pure text so it is unit-testable; the hover feature wraps
// it in a MarkdownString trusted for these commands only.

import { Concept } from '../content/model';
import { l10n } from '../util/l10n';
import { fromNote, noteLocation } from './noteLabels';

export interface HoverCommands {
  /** Takes a concept id. */
  showConcept: string;
  /** Takes `{ conceptId }`. */
  study: string;
  /** Takes a note's URI and a 1-based line. Without it, a note concept's place is shown without a link. */
  openNote?: string;
}

export interface HoverOptions {
  /** The student's concepts for the same phrase (TermMatch.also), shown after the hovered one. */
  also?: readonly Concept[];
  /** Whether a concept has cards to study; without it, "Study" is always offered. */
  hasCards?: (conceptId: string) => boolean;
}

/** A `command:` link target, arguments JSON-encoded and URI-escaped as VS Code expects. */
export function commandUri(command: string, ...args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Escapes text so Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** At most this many of the student's other definitions of one phrase. */
const MAX_ALSO = 3;

export function conceptHoverMarkdown(
  concept: Concept,
  commands: HoverCommands,
  relatedConcept: (id: string) => Pick<Concept, 'id' | 'term'> | undefined,
  options: HoverOptions = {},
): string {
  const blocks: string[] = [];
  const acronyms = concept.acronyms.filter((a) => a.toLowerCase() !== concept.term.toLowerCase());
  blocks.push(`**${escapeMarkdown(concept.term)}**${acronyms.length ? ` (${acronyms.map(escapeMarkdown).join(', ')})` : ''}`);
  if (concept.definition) blocks.push(concept.definition);
  if (concept.parts.length) blocks.push(partsLine(concept));
  if (concept.source) blocks.push(`*${l10n.t('Source: {0}', escapeMarkdown(concept.source))}*`);
  if (fromNote(concept)) blocks.push(`*${l10n.t('Your note · {0}', noteLink(concept, commands))}*`);
  const related = concept.related.map(relatedConcept).filter((c): c is Pick<Concept, 'id' | 'term'> => !!c);
  if (related.length) {
    const links = related.map((c) => `[${escapeMarkdown(c.term)}](${commandUri(commands.showConcept, c.id)} "${l10n.t('Show {0}', c.term).replace(/"/g, "'")}")`);
    blocks.push(l10n.t('Related: {0}', links.join(' · ')));
  }
  const actions = [`[${l10n.t('Show Concept')}](${commandUri(commands.showConcept, concept.id)} "${l10n.t('Open the concept page')}")`];
  if (!options.hasCards || options.hasCards(concept.id)) {
    actions.push(`[${l10n.t('Study')}](${commandUri(commands.study, { conceptId: concept.id })} "${l10n.t("Study this concept's flashcards")}")`);
  }
  blocks.push(actions.join(' · '));
  for (const mine of (options.also ?? []).filter((c) => c.id !== concept.id).slice(0, MAX_ALSO)) {
    blocks.push('---');
    blocks.push(`**${l10n.t('Your definition')}** · ${noteLink(mine, commands)}`);
    if (mine.definition) blocks.push(mine.definition);
    if (mine.parts.length) blocks.push(partsLine(mine));
  }
  return blocks.join('\n\n');
}

function partsLine(concept: Concept): string {
  return `**${l10n.t('Parts:')}** ${concept.parts.map((p) => escapeMarkdown(p.name)).join(' · ')}`;
}

/** "week3.md:12", a link that opens the note at that line when the hover may run the command. */
function noteLink(concept: Concept, commands: HoverCommands): string {
  const where = escapeMarkdown(noteLocation(concept));
  if (!commands.openNote || !concept.uri) return where;
  return `[${where}](${commandUri(commands.openNote, concept.uri, concept.line)} "${l10n.t('Open your note at line {0}', concept.line)}")`;
}
