// The Markdown of a concept's read-only page (what "Show Concept", F12 and the
// hover's "Open" link show): term, topic, definition, parts, details, source
// (for the student's own concept: the note it is written in), related concepts
// as links and a compact list of the concept's study cards. Pure: the caller
// decides what a related link points at.

import { Card, Concept } from '../content/model';
import { fillCloze } from '../content/cloze';
import { ContentIndex } from '../content/contentIndex';
import { l10n } from '../util/l10n';
import { noteGroupTitle, yourNoteLabel } from '../notes/noteLabels';

/** URI scheme of the read-only concept pages that hover links and F12 open (package.json's when clauses name it too). */
export const CONCEPT_SCHEME = 'crm-study';

export interface ConceptPageOptions {
  /** The link target for a related concept; by default a `crm-study:` page address. */
  linkTo?: (concept: Concept) => string;
  /** False leaves the related section out, for a page that lists related concepts its own way. */
  includeRelated?: boolean;
}

// Looked up when a page is built, not at import, so the translator set at activation applies.
const KIND_LABEL: Record<Card['kind'], () => string> = {
  basic: () => l10n.t('question'),
  cloze: () => l10n.t('fill in the blank'),
  multipleChoice: () => l10n.t('multiple choice'),
  listRecall: () => l10n.t('list'),
  essay: () => l10n.t('essay'),
};

export function conceptPageMarkdown(concept: Concept, index: ContentIndex, options: ConceptPageOptions = {}): string {
  const linkTo = options.linkTo ?? conceptPageAddress;
  const out: string[] = [];
  out.push(`# ${concept.term}`);
  const topic = index.topic(concept.topic);
  const topicTitle = topic ? (concept.uri ? noteGroupTitle(topic) : topic.title) : concept.topic;
  const meta = [l10n.t('Topic: {0}', `**${topicTitle}**`)];
  const aliases = concept.aliases.filter((a) => a.toLowerCase() !== concept.term.toLowerCase());
  if (aliases.length > 0) meta.push(l10n.t('Also: {0}', aliases.join(', ')));
  out.push(meta.join(' · '));
  if (concept.uri) out.push(`*${yourNoteLabel(concept)}*`);
  out.push(concept.definition.trim());

  if (concept.parts.length > 0) {
    out.push(`## ${l10n.t('Parts')}`);
    out.push(concept.parts.map((p, i) => `${i + 1}. **${p.name}**${p.description ? `: ${oneLine(p.description)}` : ''}`).join('\n'));
  }
  if (concept.details.trim()) {
    out.push(`## ${l10n.t('Details')}`);
    out.push(concept.details.trim());
  }
  if (concept.source) out.push(l10n.t('Source: {0}', concept.source));

  const related = options.includeRelated === false ? [] : relatedConcepts(concept, index);
  if (related.length > 0) {
    out.push(`## ${l10n.t('Related concepts')}`);
    out.push(related.map((c) => `- [${escapeLinkText(c.term)}](${encodeLink(linkTo(c))})`).join('\n'));
  }

  const cards = index.cardsOf(concept.id);
  if (cards.length > 0) {
    out.push(`## ${l10n.t('Study cards')}`);
    cards.forEach((card, i) => out.push(...cardMarkdown(card, i + 1)));
  }
  return out.join('\n\n') + '\n';
}

/** The related concepts that exist in the pack, in the order the author listed them. */
export function relatedConcepts(concept: Concept, index: ContentIndex): Concept[] {
  return concept.related.map((id) => index.concept(id)).filter((c): c is Concept => c !== undefined);
}

/** One card as a prompt line and its answer as a quote, readable for every kind. */
export function cardMarkdown(card: Card, n: number): string[] {
  const label = `**${n}.** *(${card.numeric ? l10n.t('worked calculation') : KIND_LABEL[card.kind]()})*`;
  switch (card.kind) {
    case 'cloze':
      return [`${label} ${filledCloze(card.prompt)}`];
    case 'multipleChoice': {
      const choices = (card.choices ?? []).map((c) => (c.correct ? `- **${oneLine(c.text)}** ✓` : `- ${oneLine(c.text)}`));
      const lines = [`${label} ${card.prompt.trim()}`, choices.length > 0 ? choices.join('\n') : quote(card.answer)];
      if (card.explanation) lines.push(quote(card.explanation));
      return lines;
    }
    case 'essay': {
      const points = card.keyPoints && card.keyPoints.length > 0 ? card.keyPoints.map((p) => `- ${oneLine(p)}`).join('\n') : card.answer;
      return [`${label} ${card.prompt.trim()}`, quote(`${l10n.t('Key points:')}\n\n${points}`)];
    }
    case 'basic':
    case 'listRecall':
      // A worked calculation's answer is followed by its worked solution.
      return [`${label} ${card.prompt.trim()}`, quote(card.answer), ...(card.numeric && card.explanation ? [quote(card.explanation)] : [])];
  }
}

/** A cloze with every deletion shown, in bold. */
export function filledCloze(text: string): string {
  return fillCloze(text.trim(), (answer) => `**${answer}**`);
}

/** The `crm-study:` address of a concept's page, the same shape as src/vscode/conceptUri.ts builds. */
export function conceptPageAddress(concept: { id: string; term: string }): string {
  return `${CONCEPT_SCHEME}:/${conceptPageFileName(concept.term)}?id=${encodeURIComponent(concept.id)}`;
}

/** The page's file name: the term, minus characters a file name cannot hold. */
export function conceptPageFileName(term: string): string {
  return `${term.replace(/[\\/:*?"<>|#]/g, '-')}.md`;
}

function quote(markdown: string): string {
  return markdown.trim().split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function escapeLinkText(text: string): string {
  return text.replace(/([[\]\\])/g, '\\$1');
}

/** Spaces and parentheses would end a Markdown link destination. */
function encodeLink(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
