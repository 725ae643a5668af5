// The built-in Markdown preview shows a tooltip with the definition on every
// course term: activate() hands VS Code this extendMarkdownIt (package.json
// declares "markdown.markdownItPlugins").

import type MarkdownIt from 'markdown-it';
import { termsMarkdownItPlugin } from '../../core/notes/termsMarkdownItPlugin';
import { TermService } from './termService';

export function previewTerms(terms: TermService): (md: MarkdownIt) => MarkdownIt {
  return (md) => md.use(termsMarkdownItPlugin, { matcher: () => terms.matcher });
}
