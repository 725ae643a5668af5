// The Markdown a hover shows for a concept: the term in bold, its definition,
// its parts in one compact line, the source, related concepts and the
// "Show Concept" / "Study" command links. Pure text so it is unit-testable; the
// hover feature wraps it in a MarkdownString trusted for these commands only.

import { Concept } from '../content/model';
import { l10n } from '../util/l10n';

export interface HoverCommands {
  /** Takes a concept id. */
  showConcept: string;
  /** Takes `{ conceptId }`. */
  study: string;
}

/** A `command:` link target, arguments JSON-encoded and URI-escaped as VS Code expects. */
export function commandUri(command: string, ...args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Escapes text so Markdown shows it literally. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

export function conceptHoverMarkdown(
  concept: Concept,
  commands: HoverCommands,
  relatedConcept: (id: string) => Pick<Concept, 'id' | 'term'> | undefined,
): string {
  const blocks: string[] = [];
  const acronyms = concept.acronyms.filter((a) => a.toLowerCase() !== concept.term.toLowerCase());
  blocks.push(`**${escapeMarkdown(concept.term)}**${acronyms.length ? ` (${acronyms.map(escapeMarkdown).join(', ')})` : ''}`);
  if (concept.definition) blocks.push(concept.definition);
  if (concept.parts.length) blocks.push(`**${l10n.t('Parts:')}** ${concept.parts.map((p) => escapeMarkdown(p.name)).join(' · ')}`);
  if (concept.source) blocks.push(`*${l10n.t('Source: {0}', escapeMarkdown(concept.source))}*`);
  const related = concept.related.map(relatedConcept).filter((c): c is Pick<Concept, 'id' | 'term'> => !!c);
  if (related.length) {
    const links = related.map((c) => `[${escapeMarkdown(c.term)}](${commandUri(commands.showConcept, c.id)} "${l10n.t('Show {0}', c.term).replace(/"/g, "'")}")`);
    blocks.push(l10n.t('Related: {0}', links.join(' · ')));
  }
  blocks.push(
    `[${l10n.t('Show Concept')}](${commandUri(commands.showConcept, concept.id)} "${l10n.t('Open the concept page')}") · ` +
      `[${l10n.t('Study')}](${commandUri(commands.study, { conceptId: concept.id })} "${l10n.t("Study this concept's flashcards")}")`,
  );
  return blocks.join('\n\n');
}
