// "Export Progress", "Import Progress", "Reset Progress" and "Export Review
// Log": the student's study history as files they own (the schedule as JSON,
// validated on the way back in; every grade as CSV for the FSRS optimizer).

import vscode = require('vscode');
import { ProgressStore } from '../../core/study/progressStore';
import type { LazyReviewLog } from './lazyReviewLog';
import { Commands } from '../../vscode/constants';

/** An import file larger than this is not a progress export. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function defaultExportUri(kind: 'progress' | 'review-log', ext: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `crm-study-${kind}-${new Date().toISOString().slice(0, 10)}.${ext}`;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

/** Writes every grade of the log as CSV (cram grades left out); resolves with the file and its rows. */
export async function exportReviewLog(reviewLog: LazyReviewLog, target?: vscode.Uri): Promise<{ uri: vscode.Uri; rows: number } | undefined> {
  const uri = target ?? await vscode.window.showSaveDialog({
    defaultUri: defaultExportUri('review-log', 'csv'),
    filters: { 'CSV': ['csv'] },
    saveLabel: vscode.l10n.t('Export Review Log'),
    title: vscode.l10n.t('Export the review log for the FSRS optimizer'),
  });
  if (!uri) return undefined;
  const { text, rows } = await reviewLog.csv();
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  if (!target) void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} reviews to {1}.', rows, vscode.workspace.asRelativePath(uri)));
  return { uri, rows };
}

export async function exportProgress(store: ProgressStore, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ?? await vscode.window.showSaveDialog({
    defaultUri: defaultExportUri('progress', 'json'),
    filters: { 'JSON': ['json'] },
    saveLabel: vscode.l10n.t('Export Progress'),
    title: vscode.l10n.t('Export flashcard progress'),
  });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(store.exportJson()));
  if (!target) void vscode.window.showInformationMessage(vscode.l10n.t('Exported the progress of {0} cards to {1}.', store.size, vscode.workspace.asRelativePath(uri)));
  return uri;
}

export async function importProgress(store: ProgressStore, log: (line: string) => void, source?: vscode.Uri): Promise<string | undefined> {
  const uri = source ?? (await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { 'JSON': ['json'] },
    openLabel: vscode.l10n.t('Import Progress'),
    title: vscode.l10n.t('Import flashcard progress'),
  }))?.[0];
  if (!uri) return undefined;
  let text: string;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_IMPORT_BYTES) throw new Error(vscode.l10n.t('the file is {0} MB; a progress export is far smaller', Math.round(stat.size / 1024 / 1024)));
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    const message = vscode.l10n.t('Could not import progress: {0}', error instanceof Error ? error.message : String(error));
    void vscode.window.showErrorMessage(message);
    return message;
  }
  const result = await store.importJson(text);
  for (const problem of result.problems) log(`Import ${uri.fsPath}: ${problem}`);
  const parts = [result.taken === 1 ? vscode.l10n.t('1 card taken') : vscode.l10n.t('{0} cards taken', result.taken)];
  if (result.skipped) parts.push(vscode.l10n.t('{0} kept as they were (reviewed more recently here)', result.skipped));
  if (result.dropped) parts.push(vscode.l10n.t('{0} dropped as unreadable (see Output)', result.dropped));
  const message = vscode.l10n.t('Imported progress: {0}.', parts.join(', '));
  if (result.taken === 0 && result.skipped === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing imported from {0}: {1}.', vscode.workspace.asRelativePath(uri), result.problems[0] ?? vscode.l10n.t('the file holds no progress')));
  } else if (result.dropped) {
    void vscode.window.showWarningMessage(message);
  } else {
    void vscode.window.showInformationMessage(message);
  }
  return message;
}

/**
 * Asks, then forgets the schedule and the review log everywhere. "Export, Then
 * Reset" saves the progress where the student picks and the review log's CSV
 * beside it (same folder, crm-study-review-log-DATE.csv), then resets.
 */
export async function resetProgress(store: ProgressStore, reviewLog: LazyReviewLog): Promise<boolean> {
  const exportFirst = vscode.l10n.t('Export, Then Reset');
  const reset = vscode.l10n.t('Reset Progress');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Reset all flashcard progress?'),
    { modal: true, detail: vscode.l10n.t('This forgets the schedule of {0} cards on every machine that syncs your settings, and the review log of every grade on this machine. It cannot be undone. "Export, Then Reset" saves both first: the progress as JSON and the review log as CSV beside it.', store.size) },
    exportFirst,
    reset,
  );
  if (choice === exportFirst) {
    const progressUri = await exportProgress(store);
    if (!progressUri) return false;
    const base = progressUri.path.slice(progressUri.path.lastIndexOf('/') + 1).replace(/\.json$/i, '');
    const csvName = /progress/i.test(base) ? base.replace(/progress/i, 'review-log') : `${base}-review-log`;
    const csvUri = vscode.Uri.joinPath(progressUri, '..', `${csvName}.csv`);
    try {
      await exportReviewLog(reviewLog, csvUri);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the review log, so nothing was reset: {0}', error instanceof Error ? error.message : String(error)));
      return false;
    }
  } else if (choice !== reset) {
    return false;
  }
  await store.reset();
  await reviewLog.clear();
  void vscode.window.showInformationMessage(vscode.l10n.t('Flashcard progress and review log reset.'));
  return true;
}

export function registerProgressCommands(store: ProgressStore, reviewLog: LazyReviewLog, log: (line: string) => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.exportProgress, (target?: unknown) => exportProgress(store, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(Commands.importProgress, (source?: unknown) => importProgress(store, log, source instanceof vscode.Uri ? source : undefined)),
    vscode.commands.registerCommand(Commands.resetProgress, () => resetProgress(store, reviewLog)),
    vscode.commands.registerCommand(Commands.exportReviewLog, (target?: unknown) => exportReviewLog(reviewLog, target instanceof vscode.Uri ? target : undefined)),
  );
}
