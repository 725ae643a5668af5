// The Problems panel's "CRM Study" entries for notes: what the notes index
// found wrong in each note (malformed cards, a card id two notes share), at
// its file and line, updated whenever a note's diagnostics change and cleared
// when the note goes.

import vscode = require('vscode');
import type { NoteDiagnostic } from '../../core/notes/noteParser';
import type { NotesIndex } from '../../core/notes/notesIndex';

export const DIAGNOSTIC_SOURCE = 'CRM Study';

export function registerProblems(index: NotesIndex): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const listener = index.onDidChangeDiagnostics((uris) => {
    for (const uri of uris) {
      const found = index.diagnostics(uri);
      if (found.length === 0) collection.delete(vscode.Uri.parse(uri));
      else collection.set(vscode.Uri.parse(uri), found.map(toDiagnostic));
    }
  });
  return vscode.Disposable.from(listener, collection);
}

/** The whole line (VS Code clamps the end to the line's length). */
export function lineRange(line: number): vscode.Range {
  const at = Math.max(0, line - 1);
  return new vscode.Range(at, 0, at, Number.MAX_SAFE_INTEGER);
}

function toDiagnostic(found: NoteDiagnostic): vscode.Diagnostic {
  const severity = found.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
  const diagnostic = new vscode.Diagnostic(lineRange(found.line), found.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}
