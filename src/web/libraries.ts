// The libraries in the browser: the desktop's own files (dist/markdown-it.js,
// dist/fuse.js, dist/ts-fsrs.js, dist/markdown-it-deflist.js, dist/ignore.js),
// one copy of each in the .vsix. A concept page, a flashcard, a search or a
// grade needs its library at once, and nothing in the browser can read a file
// synchronously, so activation reads their text beside the pack (both at the
// same time); each is evaluated only on its first use, synchronously, as Node
// requires it on the desktop. esbuild.js points core's require('markdown-it')
// and the like at `library` in the browser build; the features' own bundles
// get them through the bundle loader's require (./extension.ts).
// No VS Code and no Node here: the reading is given, so this runs in unit tests.

import { evaluateCommonJs } from './bundleLoader';

/** The libraries by the names the bundles require them (esbuild.js LAZY_LIBRARIES, as dist/ files). */
export const LIBRARY_FILES = ['markdown-it', 'markdown-it-deflist', 'fuse', 'ignore', 'ts-fsrs'] as const;
export type LibraryFile = (typeof LIBRARY_FILES)[number];

export class Libraries {
  private readonly texts = new Map<string, { source: string; url: string }>();
  private readonly loaded = new Map<string, unknown>();
  private failed: unknown;

  /** Reads every library's text (not evaluated yet); a failure is kept and named by `library` later. */
  async preload(read: (file: LibraryFile) => Promise<{ source: string; url: string }>): Promise<void> {
    try {
      await Promise.all(LIBRARY_FILES.map(async (file) => this.texts.set(`./${file}.js`, await read(file))));
    } catch (error) {
      this.failed = error;
      throw error;
    }
  }

  /** True if `request` (`./markdown-it.js`...) is one of ours. */
  has(request: string): boolean {
    return (LIBRARY_FILES as readonly string[]).some((file) => request === `./${file}.js`);
  }

  /** The library's exports, evaluating its file on the first call. */
  library(request: string): unknown {
    if (this.loaded.has(request)) return this.loaded.get(request);
    const text = this.texts.get(request);
    if (!text) {
      const why = this.failed instanceof Error ? this.failed.message : this.failed === undefined ? 'not read yet' : String(this.failed);
      throw new Error(`dist/${request.slice(2)} could not be loaded in the browser (${why})`);
    }
    const exports = evaluateCommonJs(text.source, text.url, (name) => {
      throw new Error(`dist/${request.slice(2)} asked for '${name}', which the browser build does not have`);
    });
    this.loaded.set(request, exports);
    return exports;
  }
}

/** The one set the browser build uses (esbuild.js's stand-ins for the libraries reach it through `library`). */
export const libraries = new Libraries();

/**
 * A stand-in for a library that looks it up only when it is used (called,
 * constructed or read from), so it can be created before the file is read.
 * esbuild.js's stand-in modules export one each: esbuild keeps a module's
 * exports after its first evaluation, which must therefore not throw.
 */
export function libraryStandIn(request: string): unknown {
  const real = () => libraries.library(request) as (...args: unknown[]) => unknown;
  return new Proxy(function standIn() {}, {
    apply: (_target, self, args) => Reflect.apply(real(), self, args),
    construct: (_target, args) => Reflect.construct(real(), args) as object,
    get: (_target, key) => Reflect.get(real() as object, key),
    has: (_target, key) => Reflect.has(real() as object, key),
  });
}
