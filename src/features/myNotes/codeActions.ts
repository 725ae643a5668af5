// Code actions on notes: the quick fix of a diagnostic whose fix is obvious
// (NoteFix: the parser says what to replace), and "Pin card id" on a card's
// first line, which appends `{#id}` with the id the card has now, so rewording
// its prompt later keeps its progress. Both apply a WorkspaceEdit.

import vscode = require('vscode');
import type { NoteFix } from '../../core/notes/noteParser';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { DIAGNOSTIC_SOURCE } from './problems';

export const PIN_CARD_ID_KIND = vscode.CodeActionKind.RefactorRewrite.append('pinCardId');

export class NoteCodeActions implements vscode.CodeActionProvider {
  static readonly providedKinds = [vscode.CodeActionKind.QuickFix, PIN_CARD_ID_KIND];

  /** `fresh` applies an editor's pending unsaved edit to the index first, so lines match what the student sees. */
  constructor(private readonly index: NotesIndex, private readonly fresh: (uri: vscode.Uri) => void) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    this.fresh(document.uri);
    const uri = document.uri.toString();
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind);
    const actions: vscode.CodeAction[] = [];
    if (wants(vscode.CodeActionKind.QuickFix)) {
      const found = this.index.diagnostics(uri);
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const fix = found.find((d) => d.fix && d.line - 1 === diagnostic.range.start.line && d.message === diagnostic.message)?.fix;
        if (fix && fitsDocument(document, fix)) actions.push(quickFix(document, fix, diagnostic));
      }
    }
    if (wants(PIN_CARD_ID_KIND)) {
      for (const place of this.index.pinnable(uri)) {
        const line = place.line - 1;
        if (line < range.start.line || line > range.end.line || line >= document.lineCount) continue;
        // The index may lag behind the text by a keystroke: pin only where the line still ends at the column.
        const text = document.lineAt(line).text;
        if (text.length < place.column || text.slice(place.column).trim() !== '') continue;
        const action = new vscode.CodeAction(vscode.l10n.t('Pin card id'), PIN_CARD_ID_KIND);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.insert(document.uri, new vscode.Position(line, place.column), ` {#${place.pin}}`);
        actions.push(action);
      }
    }
    return actions;
  }
}

function fitsDocument(document: vscode.TextDocument, fix: NoteFix): boolean {
  return fix.line >= 1 && fix.line <= document.lineCount && fix.start <= fix.end && fix.end <= document.lineAt(fix.line - 1).text.length;
}

function quickFix(document: vscode.TextDocument, fix: NoteFix, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, new vscode.Range(fix.line - 1, fix.start, fix.line - 1, fix.end), fix.text);
  action.diagnostics = [diagnostic];
  action.isPreferred = true;
  return action;
}

export function registerNoteCodeActions(index: NotesIndex, fresh: (uri: vscode.Uri) => void): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new NoteCodeActions(index, fresh), {
    providedCodeActionKinds: NoteCodeActions.providedKinds,
  });
}
