// The one Markdown renderer for anything we show in a webview (concept pages,
// flashcards). Raw HTML is never passed through and links are limited to
// http(s) and mailto, so a card holding <img onerror=...> or a javascript: link
// renders as inert text.

import type MarkdownIt from 'markdown-it';
import { fillCloze } from '../content/cloze';
import { createMarkdownIt } from './libs';

const SAFE_LINK = /^(https?:|mailto:)/i;

let safeRenderer: MarkdownIt | undefined;

function renderer(): MarkdownIt {
  if (safeRenderer) return safeRenderer;
  const md = createMarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  // Links open outside the webview, never inside it.
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx].attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return (safeRenderer = md);
}

export function renderMarkdown(markdown: string): string {
  return renderer().render(markdown);
}

export function renderInline(markdown: string): string {
  return renderer().renderInline(markdown);
}

/** A cloze front: each deletion becomes a blank (or its hint) that the answer side fills. */
export function renderClozeFront(text: string): string {
  let n = 0;
  const marked = fillCloze(text, (_answer, hint) => `\uE000${n++}\uE001${hint ?? ''}\uE002`);
  return renderMarkdown(marked).replace(/\uE000(\d+)\uE001([^\uE002]*)\uE002/g, (_, i: string, hint: string) =>
    `<span class="cloze" data-cloze="${i}">[${hint ? hint : '…'}]</span>`);
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
