// The framework checks of every open Markdown note, one core NoteCheck per
// document, fed the editor's edits line span by line span so a keystroke
// re-checks only its own section. Follows the setting per document (resource
// scope: a folder may turn it off), the student's concepts changing the terms
// (every note is checked again then), and documents closing. Listeners hear
// which document's checks changed, and whether they went.

import vscode = require('vscode');
import type { SectionCheck } from '../../core/check/checkModel';
import { NoteCheck } from '../../core/check/noteCheck';
import type { Card } from '../../core/content/model';
import type { TermMatcher } from '../../core/notes/termMatcher';
import { CONCEPT_SCHEME } from '../../vscode/constants';
import { changedLines, linesOf } from '../../vscode/documentLines';
import type { ResourceSetting } from '../../vscode/liveSetting';

export interface NoteChecksDeps {
  matcher(): TermMatcher;
  cardsOf(conceptId: string): readonly Card[];
  onDidChangeTerms: vscode.Event<void>;
  enabled: ResourceSetting<boolean>;
  /** Where a note the checker cannot read is reported (once per note). */
  report(message: string): void;
}

export interface ChecksChange {
  document: vscode.TextDocument;
  /** The document is closed, or its checks are off: nothing of it should show. */
  gone: boolean;
}

interface Tracked {
  check: NoteCheck;
  version: number;
}

/** Concept pages and old versions in diffs are the course's text or history, not the note being written. */
const SKIPPED_SCHEMES = new Set([CONCEPT_SCHEME, 'git']);

export class NoteChecks implements vscode.Disposable {
  private readonly notes = new Map<string, Tracked>();
  private readonly failed = new Set<string>();
  private readonly changed = new vscode.EventEmitter<ChecksChange>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: NoteChecksDeps) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((document) => this.drop(document)),
      deps.enabled.onDidChange((change) => {
        for (const document of vscode.workspace.textDocuments) if (change.affects(document.uri)) this.refresh(document);
      }),
      deps.onDidChangeTerms(() => {
        for (const document of vscode.workspace.textDocuments) if (this.notes.delete(document.uri.toString())) this.refresh(document);
      }),
    ];
    for (const document of vscode.workspace.textDocuments) this.refresh(document);
  }

  /** The document's checks, current with its text (an edit we did not see is caught up on here). */
  checks(document: vscode.TextDocument): readonly SectionCheck[] {
    if (!this.wants(document)) return [];
    const tracked = this.notes.get(document.uri.toString());
    if (tracked && tracked.version === document.version) return this.read(document, () => tracked.check.checks()) ?? [];
    return this.track(document)?.check.checks() ?? [];
  }

  /** The documents checked now. */
  documents(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((document) => this.notes.has(document.uri.toString()));
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.notes.clear();
  }

  private wants(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown' && !SKIPPED_SCHEMES.has(document.uri.scheme) && this.deps.enabled.get(document.uri);
  }

  /** Starts or stops checking a document as it and the setting are now. */
  private refresh(document: vscode.TextDocument): void {
    if (!this.wants(document)) return this.drop(document);
    if (this.notes.has(document.uri.toString())) return;
    if (this.track(document)) this.changed.fire({ document, gone: false });
  }

  private track(document: vscode.TextDocument): Tracked | undefined {
    const key = document.uri.toString();
    const tracked = this.read(document, () => ({ check: new NoteCheck(linesOf(document), this.deps.matcher(), this.deps.cardsOf), version: document.version }));
    if (tracked) this.notes.set(key, tracked);
    else this.notes.delete(key);
    return tracked;
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const tracked = this.notes.get(e.document.uri.toString());
    const span = tracked && changedLines(e.contentChanges);
    if (!tracked || !span) return;
    const ok = this.read(e.document, () => {
      tracked.check.edit(span.firstLine, span.removedLines, span.insertedLines, linesOf(e.document));
      return true;
    });
    if (!ok) return this.drop(e.document);
    tracked.version = e.document.version;
    this.changed.fire({ document: e.document, gone: false });
  }

  private drop(document: vscode.TextDocument): void {
    if (this.notes.delete(document.uri.toString())) this.changed.fire({ document, gone: true });
  }

  /** A note the checker trips over shows no checks and is reported once; typing on in the editor never throws. */
  private read<T>(document: vscode.TextDocument, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      const key = document.uri.toString();
      if (!this.failed.has(key)) {
        this.failed.add(key);
        this.deps.report(`Check notes: ${vscode.workspace.asRelativePath(document.uri)} could not be checked (${error instanceof Error ? error.message : String(error)}).`);
      }
      return undefined;
    }
  }
}
