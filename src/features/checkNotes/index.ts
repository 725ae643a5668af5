// Checking notes against the course as a feature: each open Markdown note's
// framework sections (the lens above each, the Information diagnostic, the
// "Add the missing parts" quick fix) and "Check My Answer". This module ships
// as dist/checkNotes.js and is loaded once a Markdown note is open, after
// activation, or on the first use of one of its providers or commands (see
// register.ts): activation pays for none of it.

import vscode = require('vscode');
import type { ContentIndex } from '../../core/content/contentIndex';
import type { TermMatcher } from '../../core/notes/termMatcher';
import { useTranslator } from '../../core/util/l10n';
import { Settings } from '../../vscode/constants';
import { resourceSetting } from '../../vscode/liveSetting';
import { checkMyAnswer } from './checkMyAnswer';
import { CheckDiagnostics } from './diagnostics';
import { CheckLenses } from './lenses';
import { NoteChecks } from './noteChecks';
import { addMissingPartsAt, MissingPartsFix } from './quickFix';
import type { CheckMyAnswerOutcome, CheckNotesProbe } from './testHooks';

export interface CheckNotesDeps {
  /** The pack and the student's notes: the frameworks' parts, the essay questions. */
  content: ContentIndex;
  /** The extension's one term matcher (built on first use) and when the student's concepts change it. */
  terms: { readonly matcher: TermMatcher; readonly onDidChangeTerms: vscode.Event<void> };
  output: vscode.OutputChannel;
  /** Test mode: the pickers report what they show. */
  probe?: CheckNotesProbe;
}

export interface CheckNotesFeature extends vscode.Disposable {
  readonly lenses: vscode.CodeLensProvider;
  readonly fixes: vscode.CodeActionProvider;
  addMissingParts(uri: unknown, nameLine: unknown): Promise<boolean>;
  checkMyAnswer(): Promise<CheckMyAnswerOutcome>;
}

export function startCheckNotes(deps: CheckNotesDeps): CheckNotesFeature {
  // This bundle has its own copy of core's l10n port: the result's text goes through VS Code's too.
  useTranslator(vscode.l10n.t);
  const enabled = resourceSetting(Settings.section, Settings.checkNotesEnabled, true);
  const matcher = () => deps.terms.matcher;
  const checks = new NoteChecks({
    matcher,
    cardsOf: (id) => deps.content.cardsOf(id),
    onDidChangeTerms: deps.terms.onDidChangeTerms,
    enabled,
    report: (message) => deps.output.appendLine(message),
  });
  const diagnostics = new CheckDiagnostics(checks);
  const lenses = new CheckLenses(checks);
  const disposable = vscode.Disposable.from(lenses, diagnostics, checks, enabled);
  return {
    lenses,
    fixes: new MissingPartsFix(checks),
    addMissingParts: (uri, nameLine) => addMissingPartsAt(checks, uri, nameLine),
    checkMyAnswer: () => checkMyAnswer({ content: deps.content, matcher, probe: deps.probe }),
    dispose: () => disposable.dispose(),
  };
}
