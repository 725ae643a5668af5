// "Export Progress", "Import Progress" and "Reset Progress": the student's
// study history as a JSON file they own, validated on the way back in.

import vscode = require('vscode');
import { ProgressStore } from '../../core/study/progressStore';
import { Commands } from '../../vscode/constants';

/** An import file larger than this is not a progress export. */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

function defaultExportUri(): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `crm-study-progress-${new Date().toISOString().slice(0, 10)}.json`;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

export async function exportProgress(store: ProgressStore, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ?? await vscode.window.showSaveDialog({
    defaultUri: defaultExportUri(),
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

export async function resetProgress(store: ProgressStore): Promise<boolean> {
  const exportFirst = vscode.l10n.t('Export, Then Reset');
  const reset = vscode.l10n.t('Reset Progress');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Reset all flashcard progress?'),
    { modal: true, detail: vscode.l10n.t('This forgets the schedule of {0} cards on every machine that syncs your settings. It cannot be undone.', store.size) },
    exportFirst,
    reset,
  );
  if (choice === exportFirst) {
    if (!(await exportProgress(store))) return false;
  } else if (choice !== reset) {
    return false;
  }
  await store.reset();
  void vscode.window.showInformationMessage(vscode.l10n.t('Flashcard progress reset.'));
  return true;
}

export function registerProgressCommands(store: ProgressStore, log: (line: string) => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.exportProgress, (target?: unknown) => exportProgress(store, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(Commands.importProgress, (source?: unknown) => importProgress(store, log, source instanceof vscode.Uri ? source : undefined)),
    vscode.commands.registerCommand(Commands.resetProgress, () => resetProgress(store)),
  );
}
