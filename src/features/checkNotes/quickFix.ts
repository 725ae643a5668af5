// "Add the missing parts": the quick fix on a framework section (Ctrl+. on it,
// or the light bulb of its diagnostic) and the lens's click. Both write core's
// edits, the missing parts in the list's own style and the course's order, as
// one undoable WorkspaceEdit.

import vscode = require('vscode');
import type { SectionCheck } from '../../core/check/checkModel';
import { addMissingParts } from '../../core/check/partMatcher';
import { DIAGNOSTIC_SOURCE } from '../myNotes/problems';
import { FRAMEWORK_CHECK_CODE } from './diagnostics';
import type { NoteChecks } from './noteChecks';

export function missingPartsEdit(document: vscode.TextDocument, check: SectionCheck): vscode.WorkspaceEdit | undefined {
  const edits = addMissingParts(check);
  // Core's edits were made for the text the check read: a line that has changed since is left alone.
  const fits = edits.every((e) => e.line < document.lineCount && e.start <= e.end && e.end <= document.lineAt(e.line).text.length);
  if (edits.length === 0 || !fits) return undefined;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(e.line, e.start, e.line, e.end), e.text);
  return edit;
}

export class MissingPartsFix implements vscode.CodeActionProvider {
  static readonly providedKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly checks: NoteChecks) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const check of this.checks.checks(document)) {
      const { startLine, endLine, nameLine } = check.section;
      // Anywhere in the section, not only on its diagnostic's line.
      if (check.missing.length === 0 || range.end.line < startLine || range.start.line >= Math.max(endLine, nameLine + 1)) continue;
      const edit = missingPartsEdit(document, check);
      if (!edit) continue;
      const action = new vscode.CodeAction(vscode.l10n.t('Add the missing parts'), vscode.CodeActionKind.QuickFix);
      action.edit = edit;
      action.isPreferred = true;
      action.diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === FRAMEWORK_CHECK_CODE && d.range.start.line === nameLine);
      actions.push(action);
    }
    return actions;
  }
}

/** The lens's command: the section named on `nameLine` of the note `uri`, as it is now. */
export async function addMissingPartsAt(checks: NoteChecks, uri: unknown, nameLine: unknown): Promise<boolean> {
  if (typeof uri !== 'string' || typeof nameLine !== 'number') return false;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  const check = document && checks.checks(document).find((c) => c.section.nameLine === nameLine);
  const edit = check && missingPartsEdit(document, check);
  return edit ? vscode.workspace.applyEdit(edit) : false;
}
