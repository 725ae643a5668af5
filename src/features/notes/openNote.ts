// "Open Note at Line" (crmStudy.openNote, hidden from the palette): opens a
// student's note at the line a concept or card is written on. Hover links, the
// Concepts view, search results, the flashcards panel, the concept page and the
// quiz's misses all go through it, so a note opens the same way everywhere.

import vscode = require('vscode');
import { Commands } from '../../vscode/constants';

/** Opens the note (a URI string as Concept.uri holds it) with the cursor at the start of `line` (1-based). */
export async function openNoteAt(uri: string | vscode.Uri, line: number): Promise<vscode.TextEditor> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const at = new vscode.Position(Math.max(0, Math.floor(line) - 1), 0);
  return vscode.window.showTextDocument(target, { selection: new vscode.Range(at, at), preview: true });
}

/** The note and line a command was given: `(uri, line)` or one `{ uri, line }`. */
function target(arg: unknown, line: unknown): { uri: string | vscode.Uri; line: number } | undefined {
  const from = (uri: unknown, at: unknown) =>
    (typeof uri === 'string' && uri) || uri instanceof vscode.Uri ? { uri: uri as string | vscode.Uri, line: typeof at === 'number' && Number.isFinite(at) ? at : 1 } : undefined;
  if (arg && typeof arg === 'object' && !(arg instanceof vscode.Uri)) {
    const o = arg as { uri?: unknown; line?: unknown };
    return from(o.uri, o.line);
  }
  return from(arg, line);
}

export function registerOpenNote(): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.openNote, async (arg?: unknown, line?: unknown): Promise<boolean> => {
    const note = target(arg, line);
    if (!note) return false;
    try {
      await openNoteAt(note.uri, note.line);
      return true;
    } catch (error) {
      void vscode.window.showWarningMessage(vscode.l10n.t('CRM Study: could not open the note {0}: {1}', String(note.uri), error instanceof Error ? error.message : String(error)));
      return false;
    }
  });
}
