// The one place that loads markdown-it, and only on first use. markdown-it is
// more than half of the extension's code (its HTML entity table alone is 75 KB)
// and activation never renders Markdown, so esbuild.js ships it as a file of
// its own, dist/markdown-it.js, that the bundle requires from here when a
// concept page, a flashcard or a note's code blocks first need it.

import type MarkdownIt from 'markdown-it';

export function createMarkdownIt(options: MarkdownIt.Options): MarkdownIt {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Constructor = require('markdown-it') as typeof MarkdownIt;
  return new Constructor(options);
}
