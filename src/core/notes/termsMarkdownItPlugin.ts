// A markdown-it plugin that marks the course's terms, and the student's own, in
// rendered notes: each recognised term in ordinary text becomes
// <abbr title="plain-text definition" class="crm-term">term</abbr>, so the
// Markdown preview shows the definition as a tooltip (the student's own
// definition of a course term on a line after the pack's). Code (inline or
// fenced) and link text are left alone; markdown-it's renderer escapes the title.

import type MarkdownIt from 'markdown-it';
import { Concept } from '../content/model';
import { l10n } from '../util/l10n';
import { TermMatch, TermMatcher } from './termMatcher';

export interface TermsPluginOptions {
  /** The shared matcher; a function so it can be built lazily, or be absent while the pack is missing. */
  matcher: () => TermMatcher | undefined;
  /** Turned off live (e.g. by a setting) without re-creating the Markdown engine. */
  enabled?: () => boolean;
}

export const TERM_CLASS = 'crm-term';

type Token = MarkdownIt.Token;

export function termsMarkdownItPlugin(md: MarkdownIt, options: TermsPluginOptions): void {
  // By the concept object: a note saved again brings new objects, so a changed definition is never stale.
  const titles = new WeakMap<Concept, string>();
  // inlineText parses with this same engine: keep the rule out of that parse (and
  // out of definitions that mention each other).
  let busy = false;
  const titleOf = (concept: Concept): string => {
    let title = titles.get(concept);
    if (title === undefined) {
      busy = true;
      try {
        title = inlineText(md, concept.definition ?? '') || concept.term;
      } finally {
        busy = false;
      }
      titles.set(concept, title);
    }
    return title;
  };
  const tooltip = (match: TermMatch): string => {
    const title = titleOf(match.concept);
    if (match.also.length === 0) return title;
    return [title, ...match.also.map((mine) => l10n.t('Your note: {0}', titleOf(mine)))].join('\n');
  };

  md.core.ruler.push('crm_terms', (state) => {
    if (busy || (options.enabled && !options.enabled())) return;
    const matcher = options.matcher();
    if (!matcher) return;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      let linkDepth = 0;
      let changed = false;
      const out: Token[] = [];
      for (const token of block.children) {
        if (token.type === 'link_open') linkDepth++;
        else if (token.type === 'link_close') linkDepth = Math.max(0, linkDepth - 1);
        const matches = token.type === 'text' && linkDepth === 0 && token.content ? matcher.matchesInLine(token.content, { codeSpans: false }) : [];
        if (matches.length === 0) {
          out.push(token);
          continue;
        }
        changed = true;
        let at = 0;
        const text = (content: string) => {
          const t = new state.Token('text', '', 0);
          t.content = content;
          t.level = token.level;
          out.push(t);
        };
        for (const match of matches) {
          if (match.start > at) text(token.content.slice(at, match.start));
          const open = new state.Token('crm_term_open', 'abbr', 1);
          open.attrs = [
            ['title', tooltip(match)],
            ['class', TERM_CLASS],
          ];
          open.level = token.level;
          out.push(open);
          text(match.text);
          const close = new state.Token('crm_term_close', 'abbr', -1);
          close.level = token.level;
          out.push(close);
          at = match.end;
        }
        if (at < token.content.length) text(token.content.slice(at));
      }
      if (changed) block.children = out;
    }
  });
}

/** The text of inline Markdown without its markup: "**KAM** is `x`" -> "KAM is x". */
export function inlineText(md: MarkdownIt, markdown: string): string {
  const parts: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      if (t.children) walk(t.children);
      else if (t.type === 'text' || t.type === 'code_inline' || t.type === 'text_special') parts.push(t.content);
      else if (t.type === 'softbreak' || t.type === 'hardbreak') parts.push(' ');
    }
  };
  walk(md.parseInline(markdown, {}));
  return parts.join('').replace(/\s+/g, ' ').trim();
}
