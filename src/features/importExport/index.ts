// Import and export as a feature: "Import Flashcards…", "Import Flashcards
// from Clipboard" and "Export Cards for Anki…". This module ships as
// dist/importExport.js and is loaded on the first run of one of them (see
// register.ts): activation pays neither its code nor the readers'.

import vscode = require('vscode');
import type { ContentIndex } from '../../core/content/contentIndex';
import { useTranslator } from '../../core/util/l10n';
import { exportForAnkiCommand } from './exportFlow';
import { importFromClipboard, importFromFile } from './importFlow';
import type { ExportOutcome, ImportOutcome } from './outcomes';
import type { ImportExportProbe } from './testHooks';

export interface ImportExportDeps {
  /** The shared content: what Export reads, and where an imported note's cards show up once indexed. */
  content: ContentIndex;
  /** Remembers the folder imports go to, per workspace. */
  workspaceState: vscode.Memento;
  output: vscode.OutputChannel;
  /** Test mode: the preview reports what it shows. */
  probe?: ImportExportProbe;
}

export interface ImportExportFeature extends vscode.Disposable {
  importFromFile(source: unknown): Promise<ImportOutcome>;
  importFromClipboard(): Promise<ImportOutcome>;
  exportForAnki(scope: unknown, target: unknown): Promise<ExportOutcome>;
}

export function startImportExport(deps: ImportExportDeps): ImportExportFeature {
  // This bundle has its own copy of core's l10n port: the readers' messages go through VS Code's too.
  useTranslator(vscode.l10n.t);
  const cancel = new vscode.CancellationTokenSource();
  return {
    importFromFile: (source) => importFromFile(deps, source, cancel.token),
    importFromClipboard: () => importFromClipboard(deps, cancel.token),
    exportForAnki: (scope, target) => exportForAnkiCommand(deps, scope, target),
    dispose: () => {
      cancel.cancel();
      cancel.dispose();
    },
  };
}
