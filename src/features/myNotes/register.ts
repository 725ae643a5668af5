// What activate() registers of the notes index: a timer. When it fires (after
// activate has returned; activation never waits for the notes) the feature's
// own bundle, dist/myNotes.js, is loaded (../../vscode/lazyBundles.ts) and
// started, so neither its code nor the note parser costs activation anything.
// esbuild.js builds that file from ./index.ts.

import vscode = require('vscode');
import type { NotesIndex } from '../../core/notes/notesIndex';
import { bundles } from '../../vscode/lazyBundles';
import type { MyNotesDeps, MyNotesRunning } from './index';
import type { MyNotesTestHooks } from './testHooks';

export type { MyNotesDeps } from './index';
export type { MyNotesTestHooks } from './testHooks';

export interface MyNotes extends vscode.Disposable {
  /** Only in Test mode (activate asks for them then); they wait for the feature to start. */
  testHooks(): MyNotesTestHooks;
}

export function registerMyNotes(deps: MyNotesDeps): MyNotes {
  let running: MyNotesRunning | undefined;
  let current: MyNotesTestHooks | undefined;
  let failed: unknown;
  let markStarted!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  let disposed = false;
  const fail = (error: unknown): void => {
    failed = error;
    deps.output.appendLine(`Notes: your notes could not be indexed (${error instanceof Error ? error.message : String(error)}).`);
  };
  const start = (): void => {
    try {
      if (!disposed) running = bundles.load('myNotes').startMyNotes(deps);
      if (running && deps.testMode) current = running.testHooks();
    } catch (error) {
      fail(error);
    }
    markStarted();
  };
  // In Node the bundle is ready at once; in the browser it is read first.
  const timer = setTimeout(() => {
    bundles.ready('myNotes').then(start, (error: unknown) => {
      fail(error);
      markStarted();
    });
  }, 0);
  const hooks = async (): Promise<MyNotesTestHooks> => {
    await started;
    if (!current) throw new Error(`the notes index did not start: ${String(failed)}`);
    return current;
  };
  const now = (): MyNotesTestHooks => {
    if (!current) throw new Error('the notes index has not started yet: await notes.idle() first');
    return current;
  };
  return {
    testHooks: () => ({
      get index(): NotesIndex {
        return now().index;
      },
      get output() {
        return now().output;
      },
      get cacheUri() {
        return now().cacheUri;
      },
      idle: async () => (await hooks()).idle(),
      saveCache: async () => (await hooks()).saveCache(),
      coldStart: async () => (await hooks()).coldStart(),
    }),
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
      running?.dispose();
      markStarted();
    },
  };
}
