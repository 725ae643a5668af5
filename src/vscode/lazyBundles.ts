// The features' own bundles, which load after activation (esbuild.js
// LAZY_FEATURES): the notes index, import and export, the note checks, the
// progress dashboard and the review log. On the desktop each is a file beside
// dist/extension.js that Node requires on first use, at once. In the browser
// the extension host's require knows only 'vscode', so ../web/bundleLoader.ts
// reads the same file (fetch, else vscode.workspace.fs) and evaluates it: that
// is asynchronous, hence `ready` before `load` at every first use.

export interface Bundles {
  myNotes: typeof import('../features/myNotes/index');
  importExport: typeof import('../features/importExport/index');
  checkNotes: typeof import('../features/checkNotes/index');
  dashboard: typeof import('../features/dashboard/index');
  reviewLog: typeof import('../core/study/reviewLogStore');
}
export type BundleName = keyof Bundles;

export interface BundleLoader {
  /** Settles once `load(name)` can give the bundle at once; rejects (with the reason) if it cannot load. */
  ready(name: BundleName): Promise<void>;
  /** True once `load(name)` would give the bundle at once (always in Node). */
  isReady(name: BundleName): boolean;
  /** The bundle; throws if it is not ready (in the browser: `ready` has not settled yet). */
  load<N extends BundleName>(name: N): Bundles[N];
}

/** Node: the files ship beside dist/extension.js; require is synchronous, so every bundle is always ready. */
const nodeBundles: { [N in BundleName]: () => Bundles[N] } = {
  myNotes: () => require('./myNotes.js') as Bundles['myNotes'],
  importExport: () => require('./importExport.js') as Bundles['importExport'],
  checkNotes: () => require('./checkNotes.js') as Bundles['checkNotes'],
  dashboard: () => require('./dashboard.js') as Bundles['dashboard'],
  reviewLog: () => require('./reviewLog.js') as Bundles['reviewLog'],
};

const nodeLoader: BundleLoader = {
  ready: () => Promise.resolve(),
  isReady: () => true,
  load: (name) => nodeBundles[name](),
};

let current: BundleLoader = nodeLoader;

/** The loader the features use: Node's unless the browser entry installed its own. */
export const bundles: BundleLoader = {
  ready: (name) => current.ready(name),
  isReady: (name) => current.isReady(name),
  load: (name) => current.load(name),
};

/** The browser entry installs its loader before composing (src/web/extension.ts). */
export function useBundleLoader(loader: BundleLoader): void {
  current = loader;
}
