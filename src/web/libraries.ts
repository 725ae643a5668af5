// The libraries dist/web/extension.js holds itself, by the names the
// features' own bundles require them (esbuild.js builds those with the
// libraries external, as on the desktop). In the browser nothing can be
// required synchronously from a file, and the concept page, a flashcard, a
// search and the scheduler need theirs at once; each is still evaluated only
// on first use (esbuild wraps a module required from inside a function).

export const libraries: Record<string, () => unknown> = {
  './markdown-it.js': () => require('markdown-it'),
  './markdown-it-deflist.js': () => require('markdown-it-deflist'),
  './fuse.js': () => require('fuse.js'),
  './ignore.js': () => require('ignore'),
  './ts-fsrs.js': () => require('ts-fsrs'),
};
