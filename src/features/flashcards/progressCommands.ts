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
    saveLabel: 'Export Progress',
    title: 'Export flashcard progress',
  });
  if (!uri) return undefined;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(store.exportJson()));
  if (!target) void vscode.window.showInformationMessage(`Exported the progress of ${store.size} cards to ${vscode.workspace.asRelativePath(uri)}.`);
  return uri;
}

export async function importProgress(store: ProgressStore, log: (line: string) => void, source?: vscode.Uri): Promise<string | undefined> {
  const uri = source ?? (await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { 'JSON': ['json'] },
    openLabel: 'Import Progress',
    title: 'Import flashcard progress',
  }))?.[0];
  if (!uri) return undefined;
  let text: string;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_IMPORT_BYTES) throw new Error(`the file is ${Math.round(stat.size / 1024 / 1024)} MB; a progress export is far smaller`);
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    const message = `Could not import progress: ${error instanceof Error ? error.message : String(error)}`;
    void vscode.window.showErrorMessage(message);
    return message;
  }
  const result = await store.importJson(text);
  for (const problem of result.problems) log(`Import ${uri.fsPath}: ${problem}`);
  const parts = [`${result.taken} ${result.taken === 1 ? 'card' : 'cards'} taken`];
  if (result.skipped) parts.push(`${result.skipped} kept as they were (reviewed more recently here)`);
  if (result.dropped) parts.push(`${result.dropped} dropped as unreadable (see Output)`);
  const message = `Imported progress: ${parts.join(', ')}.`;
  if (result.taken === 0 && result.skipped === 0) {
    void vscode.window.showErrorMessage(`Nothing imported from ${vscode.workspace.asRelativePath(uri)}: ${result.problems[0] ?? 'the file holds no progress'}.`);
  } else if (result.dropped) {
    void vscode.window.showWarningMessage(message);
  } else {
    void vscode.window.showInformationMessage(message);
  }
  return message;
}

export async function resetProgress(store: ProgressStore): Promise<boolean> {
  const exportFirst = 'Export, Then Reset';
  const reset = 'Reset Progress';
  const choice = await vscode.window.showWarningMessage(
    'Reset all flashcard progress?',
    { modal: true, detail: `This forgets the schedule of ${store.size} cards on every machine that syncs your settings. It cannot be undone.` },
    exportFirst,
    reset,
  );
  if (choice === exportFirst) {
    if (!(await exportProgress(store))) return false;
  } else if (choice !== reset) {
    return false;
  }
  await store.reset();
  void vscode.window.showInformationMessage('Flashcard progress reset.');
  return true;
}

export function registerProgressCommands(store: ProgressStore, log: (line: string) => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.exportProgress, (target?: unknown) => exportProgress(store, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand(Commands.importProgress, (source?: unknown) => importProgress(store, log, source instanceof vscode.Uri ? source : undefined)),
    vscode.commands.registerCommand(Commands.resetProgress, () => resetProgress(store)),
  );
}
