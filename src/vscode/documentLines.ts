// A TextDocument as core's LineSource, and an edit event as the span of lines
// it replaced: the two things every per-note incremental model (the term
// service's code fences, the framework checks) needs from the editor.

import vscode = require('vscode');
import type { LineSource } from '../core/markdown/codeFences';

/** A TextDocument seen as lines, read on demand. */
export function linesOf(document: vscode.TextDocument): LineSource {
  return {
    get lineCount() {
      return document.lineCount;
    },
    lineAt: (line: number) => document.lineAt(line).text,
  };
}

/** Lines [firstLine, firstLine + removedLines) of the old text became [firstLine, firstLine + insertedLines). */
export interface LineEdit {
  firstLine: number;
  removedLines: number;
  insertedLines: number;
}

/**
 * The one span of lines an edit event replaced. The changes of one event do
 * not overlap and each is placed as if the others had not happened (VS Code
 * sends them last-first), so one span covers them all.
 */
export function changedLines(changes: readonly vscode.TextDocumentContentChangeEvent[]): LineEdit | undefined {
  if (changes.length === 0) return undefined;
  let first = Number.MAX_SAFE_INTEGER;
  let lastOld = -1;
  let delta = 0;
  for (const change of changes) {
    first = Math.min(first, change.range.start.line);
    lastOld = Math.max(lastOld, change.range.end.line);
    delta += countNewlines(change.text) - (change.range.end.line - change.range.start.line);
  }
  const removed = lastOld - first + 1;
  return { firstLine: first, removedLines: removed, insertedLines: removed + delta };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
