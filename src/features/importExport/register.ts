// What activate() registers of import and export: three commands, and nothing
// else. The first run of any of them loads the feature's own bundle,
// dist/importExport.js (the readers, the note writer, papaparse, the Anki
// export; ../../vscode/lazyBundles.ts), so none of that costs activation
// anything. esbuild.js builds that file from ./index.ts.

import vscode = require('vscode');
import { Commands } from '../../vscode/constants';
import { bundles } from '../../vscode/lazyBundles';
import type { ImportExportDeps, ImportExportFeature } from './index';
import type { ImportExportProbe, ImportExportTestHooks } from './testHooks';

export type { ImportExportDeps } from './index';
export type { ImportExportTestHooks } from './testHooks';

export interface ImportExport extends vscode.Disposable {
  /** Only in Test mode (activate asks for them then). */
  testHooks(): ImportExportTestHooks;
}

export function registerImportExport(deps: Omit<ImportExportDeps, 'probe'> & { testMode?: boolean }): ImportExport {
  const probe: ImportExportProbe | undefined = deps.testMode ? { preview: undefined } : undefined;
  let feature: ImportExportFeature | undefined;
  const load = async (): Promise<ImportExportFeature> => {
    if (!feature) {
      await bundles.ready('importExport');
      feature ??= bundles.load('importExport').startImportExport({ ...deps, probe });
    }
    return feature;
  };
  /** Runs `run` on the loaded feature; a bundle that cannot load says so instead of failing silently. */
  const command = <A extends unknown[]>(id: string, run: (f: ImportExportFeature, ...args: A) => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async (...args: A) => {
      let loaded: ImportExportFeature;
      try {
        loaded = await load();
      } catch (error) {
        const message = vscode.l10n.t('CRM Study: import and export could not start ({0}).', error instanceof Error ? error.message : String(error));
        deps.output.appendLine(message);
        void vscode.window.showErrorMessage(message);
        return undefined;
      }
      return run(loaded, ...args);
    });
  const disposable = vscode.Disposable.from(
    command(Commands.importFlashcards, (f, source?: unknown) => f.importFromFile(source)),
    command(Commands.importFlashcardsFromClipboard, (f) => f.importFromClipboard()),
    command(Commands.exportForAnki, (f, scope?: unknown, target?: unknown) => f.exportForAnki(scope, target)),
  );
  return {
    testHooks: () => ({
      get preview() {
        return probe?.preview;
      },
    }),
    dispose: () => {
      disposable.dispose();
      feature?.dispose();
    },
  };
}
