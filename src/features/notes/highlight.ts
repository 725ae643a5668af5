// `crmStudy.highlightTerms`: a subtle dotted underline under the course terms
// in visible Markdown editors. Only the visible lines (plus a small margin) are
// looked at, a line's terms are remembered by its text so an edit re-reads only
// the lines it changed, and updates wait for a short pause in typing or
// scrolling so the editor never lags.

import vscode = require('vscode');
import { TermMatch } from '../../core/notes/termMatcher';
import { LiveSetting, whileEnabled } from '../../vscode/liveSetting';
import { TermService } from './termService';

export const TERM_UNDERLINE_COLOR = 'crmStudy.termUnderline';
const DEBOUNCE_MS = 120;
/** Lines above and below the visible ones, so a short scroll already shows underlines. */
const MARGIN = 30;
/** Remembered lines per note before the memory is dropped and rebuilt. */
const MAX_CACHED_LINES = 5000;

class TermHighlighter implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    borderStyle: 'dotted',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor(TERM_UNDERLINE_COLOR),
  });
  /** Per note: line text -> its terms. Terms depend only on the text, not on the line number. */
  private readonly lineCache = new Map<string, Map<string, TermMatch[]>>();
  /** The matcher's version the remembered lines were matched with: a note's new terms drop them. */
  private cachedVersion = -1;
  private readonly pending = new Set<vscode.TextEditor>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly terms: TermService) {
    this.subscriptions = [
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.schedule(e))),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule(e.textEditor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0) return;
        for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) this.schedule(editor);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.lineCache.delete(doc.uri.toString())),
      // A note's new or renamed term is underlined in every visible note, not only the one saved.
      terms.onDidChangeTerms(() => vscode.window.visibleTextEditors.forEach((e) => this.schedule(e))),
    ];
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor);
  }

  private schedule(editor: vscode.TextEditor): void {
    if (editor.document.languageId !== 'markdown') return;
    this.pending.add(editor);
    this.timer ??= setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    this.timer = undefined;
    const visible = new Set(vscode.window.visibleTextEditors);
    for (const editor of this.pending) if (visible.has(editor)) this.update(editor);
    this.pending.clear();
  }

  private update(editor: vscode.TextEditor): void {
    const document = editor.document;
    const key = document.uri.toString();
    if (this.terms.matcher.version !== this.cachedVersion) {
      this.lineCache.clear();
      this.cachedVersion = this.terms.matcher.version;
    }
    let cache = this.lineCache.get(key);
    if (!cache || cache.size > MAX_CACHED_LINES) {
      cache = new Map();
      this.lineCache.set(key, cache);
    }
    const ranges: vscode.Range[] = [];
    let done = -1;
    for (const visible of editor.visibleRanges) {
      const from = Math.max(done + 1, visible.start.line - MARGIN);
      const to = Math.min(document.lineCount - 1, visible.end.line + MARGIN);
      for (let line = from; line <= to; line++) {
        if (this.terms.isCode(document, line)) continue;
        const text = document.lineAt(line).text;
        let matches = cache.get(text);
        if (!matches) {
          matches = this.terms.matcher.matchesInLine(text); // not code: checked above
          cache.set(text, matches);
        }
        for (const m of matches) ranges.push(new vscode.Range(line, m.start, line, m.end));
      }
      done = Math.max(done, to);
    }
    editor.setDecorations(this.decoration, ranges);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    // Disposing the type removes its underlines from every editor.
    this.decoration.dispose();
    this.lineCache.clear();
    this.pending.clear();
  }
}

export function registerHighlight(terms: TermService, enabled: LiveSetting<boolean>): vscode.Disposable {
  return whileEnabled(enabled, () => new TermHighlighter(terms));
}
