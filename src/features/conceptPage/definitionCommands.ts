// "Insert Definition into Note" and "Copy Definition": the concept's one-line
// quote with its source, at the cursor of the Markdown note or on the clipboard.

import vscode = require('vscode');
import { CONCEPT_SCHEME, Commands } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { definitionQuote, quoteInsertion } from '../../core/notes/definitionQuote';
import { resolveConcept } from './pickConcept';

export function registerDefinitionCommands(index: ContentIndex): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.insertDefinition, (arg?: unknown) => insertDefinition(index, arg)),
    vscode.commands.registerCommand(Commands.copyDefinition, (arg?: unknown) => copyDefinition(index, arg)),
  );
}

/** The Markdown note being edited: the active editor, else the only visible Markdown editor. */
function markdownEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active && isNote(active.document)) return active;
  const visible = vscode.window.visibleTextEditors.filter((e) => isNote(e.document));
  return visible.length === 1 ? visible[0] : undefined;
}

function isNote(document: vscode.TextDocument): boolean {
  // Concept pages are Markdown too, but read-only.
  return document.languageId === 'markdown' && document.uri.scheme !== CONCEPT_SCHEME;
}

export async function insertDefinition(index: ContentIndex, arg: unknown): Promise<boolean> {
  const editor = markdownEditor();
  if (!editor) {
    const copy = vscode.l10n.t('Copy Definition');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('CRM Study: open a Markdown note and place the cursor where the definition should go.'),
      copy,
    );
    if (choice === copy) await copyDefinition(index, arg);
    return false;
  }
  const concept = await resolveConcept(index, arg, vscode.l10n.t('Insert the definition of…'));
  if (!concept) return false;
  const quote = definitionQuote(concept);
  const document = editor.document;
  const done = await editor.edit((edit) => {
    for (const selection of editor.selections) {
      const line = document.lineAt(selection.start.line);
      const before = line.text.slice(0, selection.start.character);
      const below = selection.end.line + 1 < document.lineCount ? document.lineAt(selection.end.line + 1).text : '';
      const after = document.lineAt(selection.end.line).text.slice(selection.end.character) + below;
      edit.replace(selection, quoteInsertion(before, after, quote));
    }
  });
  if (!done) void vscode.window.showWarningMessage(vscode.l10n.t('CRM Study: the note changed while inserting; nothing was inserted.'));
  return done;
}

export async function copyDefinition(index: ContentIndex, arg: unknown): Promise<boolean> {
  const concept = await resolveConcept(index, arg, vscode.l10n.t('Copy the definition of…'));
  if (!concept) return false;
  await vscode.env.clipboard.writeText(definitionQuote(concept));
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Copied the definition of {0}', concept.term), 4000);
  return true;
}
