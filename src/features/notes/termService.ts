// The one term matcher of the extension (built on first use, from the pack and
// the notes indexed by then, and from there on kept current from the content's
// change events, one note's concepts at a time) and the per-note state that
// goes with it: each open Markdown note's fenced code blocks, kept current from
// the editor's change events so a look-up reads only the line asked about.

import vscode = require('vscode');
import { ContentIndex } from '../../core/content/contentIndex';
import { NoteTerms } from '../../core/notes/noteTerms';
import { TermMatch, TermMatcher } from '../../core/notes/termMatcher';
import { changedLines, linesOf } from '../../vscode/documentLines';

interface CachedNote {
  notes: NoteTerms;
  version: number;
}

export class TermService implements vscode.Disposable {
  private built: TermMatcher | undefined;
  private readonly notes = new Map<string, CachedNote>();
  private readonly termsChanged = new vscode.EventEmitter<void>();
  /** Fires when the student's concepts changed the terms the matcher knows (once it is built). */
  readonly onDidChangeTerms = this.termsChanged.event;
  private readonly subscriptions: Array<{ dispose(): void }>;

  constructor(private readonly pack: ContentIndex) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => this.onChange(e)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.notes.delete(doc.uri.toString())),
      // Before it is built there is nothing to follow: the first use reads the content as it is then.
      pack.onDidChange((change) => {
        if (!this.built || (change.addedConcepts.length === 0 && change.removedConcepts.length === 0)) return;
        this.built.apply(change);
        this.termsChanged.fire();
      }),
      this.termsChanged,
    ];
  }

  /** Built on first use so activation does not pay for it. */
  get matcher(): TermMatcher {
    this.built ??= TermMatcher.build(this.pack.concepts);
    return this.built;
  }

  termAt(document: vscode.TextDocument, position: vscode.Position): TermMatch | undefined {
    return this.noteOf(document).termAt(linesOf(document), position.line, position.character);
  }

  isCode(document: vscode.TextDocument, line: number): boolean {
    return this.noteOf(document).isCode(line);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.notes.clear();
  }

  private noteOf(document: vscode.TextDocument): NoteTerms {
    const key = document.uri.toString();
    const cached = this.notes.get(key);
    if (cached && cached.version === document.version) return cached.notes;
    // First look at this note, or a change we did not see: scan it once.
    const notes = new NoteTerms(this.matcher, linesOf(document));
    this.notes.set(key, { notes, version: document.version });
    return notes;
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    const cached = this.notes.get(e.document.uri.toString());
    const span = cached && changedLines(e.contentChanges);
    if (!cached || !span) return;
    cached.notes.edit(span.firstLine, span.removedLines, span.insertedLines, linesOf(e.document));
    cached.version = e.document.version;
  }
}
