// The framework checks in the Problems panel: one Information diagnostic per
// section with something missing or out of order, on the line that names the
// framework, in a collection of our own (source "CRM Study", beside the notes
// index's problems). Published a moment after typing pauses, so the squiggle
// does not flicker while a list is being written; cleared at once when the
// note closes or its checks are turned off.

import vscode = require('vscode');
import type { SectionCheck } from '../../core/check/checkModel';
import { DIAGNOSTIC_SOURCE } from '../myNotes/problems';
import type { NoteChecks } from './noteChecks';

/** The diagnostics' code: how the quick fix tells its own diagnostics from the notes index's. */
export const FRAMEWORK_CHECK_CODE = 'framework-check';
const DEBOUNCE_MS = 300;

/** The name line's text, without its indentation and trailing spaces. */
export function nameRange(document: vscode.TextDocument, line: number): vscode.Range {
  const text = document.lineAt(line);
  return new vscode.Range(line, text.firstNonWhitespaceCharacterIndex, line, text.text.trimEnd().length);
}

export function toDiagnostic(document: vscode.TextDocument, check: SectionCheck): vscode.Diagnostic | undefined {
  if (!check.message || check.section.nameLine >= document.lineCount) return undefined;
  const diagnostic = new vscode.Diagnostic(nameRange(document, check.section.nameLine), check.message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = FRAMEWORK_CHECK_CODE;
  return diagnostic;
}

export class CheckDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('crmStudy.checkNotes');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listener: vscode.Disposable;

  constructor(private readonly checks: NoteChecks) {
    this.listener = checks.onDidChange(({ document, gone }) => (gone ? this.clear(document.uri) : this.schedule(document)));
    for (const document of checks.documents()) this.schedule(document);
  }

  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed) return this.collection.delete(document.uri);
        const found = this.checks.checks(document).flatMap((check) => toDiagnostic(document, check) ?? []);
        this.collection.set(document.uri, found);
      }, DEBOUNCE_MS),
    );
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    this.listener.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.collection.dispose();
  }
}
