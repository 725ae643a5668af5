// "Export Cards for Anki…": the scope from the argument (a topic id, MY_NOTES,
// a Concepts row) or a picker, the file from the second argument (tasks,
// tests) or the save dialog, then Anki's plain-text import file, and a message
// saying what was written and how to bring it into Anki.

import vscode = require('vscode');
import { exportForAnki } from '../../core/export/ankiExport';
import { exportedMessage, ExportScope, exportFileName, exportScopes, scopeOf } from './exportScopes';
import type { ImportExportDeps } from './index';
import type { ExportOutcome } from './outcomes';
import { cardsInWords } from './previewRows';

export async function exportForAnkiCommand(deps: ImportExportDeps, arg: unknown, target: unknown, run: typeof exportForAnki = exportForAnki): Promise<ExportOutcome> {
  const { content } = deps;
  const named = scopeOf(arg, content);
  if (named && 'unknown' in named) {
    return refuse(deps, vscode.l10n.t('There is nothing called "{0}" to export: pick a topic, a group of notes, My notes or everything.', named.unknown));
  }
  const scope = named ?? (await pickScope(exportScopes(content)));
  if (!scope) return { kind: 'cancelled' };
  if (!scope.cards.length) return refuse(deps, vscode.l10n.t('{0} has no cards to export.', scope.label));

  let exported: ReturnType<typeof exportForAnki>;
  try {
    exported = run({ cards: scope.cards, concept: (id) => content.concept(id), topic: (id) => content.topic(id) });
  } catch (error) {
    return refuse(deps, vscode.l10n.t('Could not export {0} for Anki: {1}', scope.label, error instanceof Error ? error.message : String(error)));
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = target instanceof vscode.Uri ? target : typeof target === 'string' && target ? vscode.Uri.parse(target) : await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, exportFileName(scope)) : undefined,
    filters: { [vscode.l10n.t('Anki plain text')]: ['txt'] },
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export {0} for Anki', scope.label),
  });
  if (!uri) return { kind: 'cancelled' };
  try {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(exported.text));
  } catch (error) {
    return refuse(deps, vscode.l10n.t('Could not write {0}: {1}', vscode.workspace.asRelativePath(uri), error instanceof Error ? error.message : String(error)));
  }
  const where = vscode.workspace.asRelativePath(uri);
  deps.output.appendLine(`Export for Anki: ${scope.label} → ${uri.toString(true)} (${scope.cards.length} cards, ${exported.notes} notes, ${exported.decks.length} decks)`);
  const openFile = vscode.l10n.t('Open File');
  const reveal = vscode.l10n.t('Reveal');
  // "Reveal" opens the system's file manager, which only a desktop window on local files has.
  const canReveal = uri.scheme === 'file' && vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
  void vscode.window.showInformationMessage(exportedMessage(scope.cards.length, exported.notes, exported.decks.length, where), ...(canReveal ? [openFile, reveal] : [openFile])).then(async (choice) => {
    if (choice === openFile) await vscode.window.showTextDocument(uri);
    else if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', uri);
  });
  return { kind: 'exported', uri: uri.toString(), cards: scope.cards.length, notes: exported.notes, decks: exported.decks };
}

async function pickScope(scopes: ExportScope[]): Promise<ExportScope | undefined> {
  // A scope without cards would only export an empty file.
  const items = scopes.filter((scope) => scope.cards.length > 0).map((scope) => ({ label: scope.label, description: cardsInWords(scope.cards.length), scope }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Export Cards for Anki'),
    placeHolder: vscode.l10n.t('What to export: one Anki deck per topic or group of notes'),
    ignoreFocusOut: true,
    matchOnDescription: true,
  });
  return picked?.scope;
}

function refuse(deps: ImportExportDeps, message: string): ExportOutcome {
  deps.output.appendLine(`Export for Anki: ${message}`);
  void vscode.window.showErrorMessage(message);
  return { kind: 'refused', message };
}
