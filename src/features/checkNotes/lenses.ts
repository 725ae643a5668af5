// The line above each framework section of a note: "SCOPE · 4 of 5 · missing:
// Employees" or "Dwyer's phases · 5 of 5 ✓". Clicking it adds the missing
// parts when some are missing, else opens the framework's concept page.

import vscode = require('vscode');
import { Commands } from '../../vscode/constants';
import { nameRange } from './diagnostics';
import type { NoteChecks } from './noteChecks';

export class CheckLenses implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly listener: vscode.Disposable;

  constructor(private readonly checks: NoteChecks) {
    // VS Code asks again after an edit by itself; a setting or the terms changing needs telling.
    this.listener = checks.onDidChange(() => this.changed.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    return this.checks.checks(document).flatMap((check) => {
      const line = check.section.nameLine;
      if (line >= document.lineCount) return [];
      const command: vscode.Command = check.missing.length
        ? { title: check.lens, command: Commands.addMissingParts, arguments: [document.uri.toString(), line], tooltip: vscode.l10n.t('Add the missing parts') }
        : { title: check.lens, command: Commands.showConcept, arguments: [check.section.concept.id], tooltip: vscode.l10n.t('Show Concept') };
      return [new vscode.CodeLens(nameRange(document, line), command)];
    });
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
