// Turns a card into what the flashcards panel shows: both sides rendered to
// safe HTML through src/core/markdown/render.ts (raw HTML off, only http(s)/mailto
// links), so the webview only ever inserts markup we produced.

import type { CardView } from '../../shared/flashcardsProtocol';
import { fillCloze } from '../content/cloze';
import { Card, Concept, listIsOrdered, Topic } from '../content/model';
import { renderClozeFront, renderInline, renderMarkdown } from '../markdown/render';
import { createRng, shuffled } from '../util/rng';
import { plainText } from '../markdown/plainText';

export interface CardContext {
  concept?: Pick<Concept, 'term'>;
  topic?: Pick<Topic, 'title'>;
  isNew: boolean;
  /** For a card from a note: "Your note · week3.md:12" (core/notes/noteLabels.ts). */
  noteLabel?: string;
  /**
   * A multiple choice card's showing: its options are shown in the order this
   * seed gives (choiceOrder), so a showing, and it alone, keeps one order. Without
   * one they come as written.
   */
  choiceSeed?: number;
}

/**
 * The order a showing puts a multiple choice card's options in: the written
 * index of the option shown first, second, and so on. The same seed always
 * gives the same order, so undo and a reload of the panel show it again.
 */
export function choiceOrder(seed: number, count: number): number[] {
  return shuffled(createRng(seed), Array.from({ length: count }, (_, i) => i));
}

export function toCardView(card: Card, context: CardContext): CardView {
  const view: CardView = {
    id: card.id,
    kind: card.kind,
    conceptId: card.conceptId,
    conceptTerm: context.concept?.term ?? card.conceptId,
    topicTitle: context.topic?.title ?? card.topic,
    source: card.source,
    isNew: context.isNew,
    ...(context.noteLabel ? { noteLabel: context.noteLabel } : {}),
    frontHtml: card.kind === 'cloze' ? renderClozeFront(card.prompt) : renderMarkdown(card.prompt),
    backHtml: '',
  };
  switch (card.kind) {
    case 'cloze':
      view.backHtml = renderClozeBack(card.prompt);
      break;
    case 'multipleChoice': {
      const choices = card.choices ?? [];
      const order = context.choiceSeed === undefined ? choices.map((_, i) => i) : choiceOrder(context.choiceSeed, choices.length);
      view.choices = order.map((written) => ({ html: renderInline(choices[written].text), correct: choices[written].correct, written }));
      if (context.choiceSeed !== undefined) view.choiceSeed = context.choiceSeed;
      view.backHtml = renderMarkdown(card.answer);
      break;
    }
    case 'essay':
      view.items = (card.keyPoints ?? []).map((point) => renderInline(point));
      view.backHtml = renderMarkdown(card.answer);
      break;
    case 'listRecall':
      view.items = (card.items ?? []).map((item) => renderInline(item));
      view.backHtml = renderMarkdown(card.answer);
      view.ordered = listIsOrdered(card);
      break;
    case 'basic':
      view.backHtml = renderMarkdown(card.answer);
      break;
  }
  if (card.explanation) view.explanationHtml = renderMarkdown(card.explanation);
  if (card.numeric) view.numeric = { ...card.numeric, answer: plainText(card.answer) };
  return view;
}

/** A cloze back: the full text with each deletion highlighted where it stood. */
export function renderClozeBack(text: string): string {
  // Private-use markers survive Markdown rendering as plain characters; the
  // deletion's text itself goes through the renderer like the rest.
  const marked = fillCloze(text, (answer) => `\uE010${answer}\uE011`);
  return renderMarkdown(marked)
    .replace(/\uE010/g, '<mark class="cloze-answer">')
    .replace(/\uE011/g, '</mark>');
}
