// The browser's BundleLoader (../vscode/lazyBundles.ts). The web worker
// extension host evaluates dist/web/extension.js as CommonJS with a `require`
// that knows only 'vscode', so a feature's own bundle (dist/myNotes.js, ...,
// the same files the desktop requires) is read as text and evaluated the same
// way, with a `require` that also serves the libraries the main bundle holds
// (markdown-it, fuse.js, ts-fsrs...).
// No VS Code and no Node here: the reading is given, so this runs in unit tests.

import type { BundleLoader, BundleName, Bundles } from '../vscode/lazyBundles';

export interface BundleSources {
  /** The bundle's text (dist/<name>.js), and where it came from (for stack traces). */
  read(name: BundleName): Promise<{ source: string; url: string }>;
  /** What the bundles may require: 'vscode' and the libraries; anything else throws. */
  require(name: string): unknown;
  /** Bundles already in the main bundle, ready at once (the review log: its first use is synchronous). */
  inline?: Partial<Bundles>;
}

/** Evaluates a CommonJS file as the extension host does, and returns its exports. */
export function evaluateCommonJs(source: string, url: string, require: (name: string) => unknown): unknown {
  const module: { exports: unknown } = { exports: {} };
  // The bundle is our own file from dist/, evaluated as the host evaluates dist/web/extension.js.
  const run = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${url}`) as (m: typeof module, e: unknown, r: typeof require) => void;
  run(module, module.exports, require);
  return module.exports;
}

export function createBundleLoader(sources: BundleSources): BundleLoader {
  const loaded = new Map<BundleName, unknown>(Object.entries(sources.inline ?? {}) as [BundleName, unknown][]);
  const loading = new Map<BundleName, Promise<void>>();
  const fetchBundle = async (name: BundleName): Promise<void> => {
    const { source, url } = await sources.read(name);
    loaded.set(name, evaluateCommonJs(source, url, (request) => sources.require(request)));
  };
  return {
    ready(name) {
      if (loaded.has(name)) return Promise.resolve();
      let pending = loading.get(name);
      if (!pending) {
        pending = fetchBundle(name);
        loading.set(name, pending);
        // A failed read may succeed later (a flaky connection): the next `ready` tries again.
        pending.catch(() => loading.delete(name));
      }
      return pending;
    },
    isReady: (name) => loaded.has(name),
    load<N extends BundleName>(name: N): Bundles[N] {
      if (!loaded.has(name)) throw new Error(`dist/${name}.js has not been loaded yet`);
      return loaded.get(name) as Bundles[N];
    },
  };
}
