// The one place that loads the libraries activation does not need, and only on
// first use. markdown-it is more than half of the extension's code (its HTML
// entity table alone is 75 KB), markdown-it-deflist serves only the reading of
// students' notes and fuse.js only Search Concepts, so esbuild.js ships each as
// a file of its own (dist/markdown-it.js, dist/markdown-it-deflist.js,
// dist/fuse.js) that the bundle requires from here when a concept page, a
// flashcard, the first note or the first search needs it. `ignore` (.gitignore rules) is needed
// only by the notes index, after activation, and only in a folder with a
// .gitignore: it ships as dist/ignore.js the same way. ts-fsrs (dist/ts-fsrs.js)
// waits for the first card previewed or graded.

import type MarkdownIt from 'markdown-it';
import type Fuse from 'fuse.js';
import type ignore from 'ignore';
import type * as TsFsrs from 'ts-fsrs';

export function createMarkdownIt(options: MarkdownIt.Options): MarkdownIt {
  const Constructor = require('markdown-it') as typeof MarkdownIt;
  return new Constructor(options);
}

/** The definition-list plugin (`Term` then `: definition`), for the block parser of notes and the pack. */
export function loadDeflist(): MarkdownIt.PluginSimple {
  return require('markdown-it-deflist') as MarkdownIt.PluginSimple;
}

export function loadFuse(): typeof Fuse {
  return require('fuse.js') as typeof Fuse;
}

export function loadIgnore(): typeof ignore {
  return require('ignore') as typeof ignore;
}

/** ts-fsrs, for the scheduler's first preview or grade (activation never needs it). */
export function loadFsrs(): typeof TsFsrs {
  return require('ts-fsrs') as typeof TsFsrs;
}
