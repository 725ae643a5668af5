// The concept page: the `crm-study:` document provider (the Markdown that F12
// resolves to and Peek shows; an editor opening it gets the rendered page
// instead), "Show Concept" (the page rendered in one reusable panel, recorded
// as a recent concept) and the definition commands.

import vscode = require('vscode');
import { conceptIdFromUri } from '../../vscode/conceptUri';
import { CONCEPT_SCHEME, Commands } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { RecentConcepts } from '../../core/concepts/recentConcepts';
import { CONCEPT_PANEL_VIEW_TYPE, ConceptPanel } from './conceptPanel';
import { registerDefinitionCommands } from './definitionCommands';
import { ConceptPageProvider } from './pageProvider';
import { resolveConcept } from './pickConcept';

/**
 * F12 / Ctrl+click on a term goes to the concept's Markdown page (a definition
 * has to be a text location; Peek shows that Markdown inline). Opened in an
 * editor, the source tab is swapped for the readable concept page.
 */
async function showInsteadOfSource(uri: vscode.Uri, conceptId: string): Promise<void> {
  const tabs = vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri.toString());
  await vscode.window.tabGroups.close(tabs, true);
  await vscode.commands.executeCommand(Commands.showConcept, conceptId);
}

export function registerConceptPage(index: ContentIndex, recent: RecentConcepts, extensionUri: vscode.Uri): vscode.Disposable {
  const panel = new ConceptPanel(index, extensionUri);
  return vscode.Disposable.from(
    panel,
    vscode.workspace.registerTextDocumentContentProvider(CONCEPT_SCHEME, new ConceptPageProvider(index)),
    vscode.window.registerWebviewPanelSerializer(CONCEPT_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (webviewPanel, saved) => panel.restore(webviewPanel, saved),
    }),
    // A second argument `{ atParts: true }` (a part in the Concepts view) opens the page at its parts.
    vscode.commands.registerCommand(Commands.showConcept, async (arg?: unknown, where?: unknown) => {
      const concept = await resolveConcept(index, arg, vscode.l10n.t('Show the concept…'));
      if (!concept) return false;
      panel.show(concept, (where as { atParts?: unknown } | undefined)?.atParts === true);
      await recent.add(concept.id);
      return true;
    }),
    registerDefinitionCommands(index),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const id = editor && conceptIdFromUri(editor.document.uri);
      if (id) void showInsteadOfSource(editor.document.uri, id);
    }),
  );
}
