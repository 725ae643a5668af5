// The concept page: the `crm-study:` document provider (F12 and hover links open
// it as text), "Show Concept" (the page rendered in one reusable panel, recorded
// as a recent concept) and the definition commands.

import * as vscode from 'vscode';
import { CONCEPT_SCHEME, Commands, StateKeys } from '../../constants';
import { ContentIndex } from '../../core/contentIndex';
import { pushRecent } from '../../core/recentConcepts';
import { CONCEPT_PANEL_VIEW_TYPE, ConceptPanel } from './conceptPanel';
import { registerDefinitionCommands } from './definitionCommands';
import { ConceptPageProvider } from './pageProvider';
import { resolveConcept } from './pickConcept';

export interface ConceptPageRegistration extends vscode.Disposable {
  /** The rendered page's panel (integration tests read which concept it shows). */
  readonly panel: ConceptPanel;
}

export function registerConceptPage(index: ContentIndex, state: vscode.Memento, extensionUri: vscode.Uri): ConceptPageRegistration {
  const panel = new ConceptPanel(index, extensionUri);
  const disposable = vscode.Disposable.from(
    panel,
    vscode.workspace.registerTextDocumentContentProvider(CONCEPT_SCHEME, new ConceptPageProvider(index)),
    vscode.window.registerWebviewPanelSerializer(CONCEPT_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (webviewPanel, saved) => panel.restore(webviewPanel, saved),
    }),
    // A second argument `{ atParts: true }` (a part in the Concepts view) opens the page at its parts.
    vscode.commands.registerCommand(Commands.showConcept, async (arg?: unknown, where?: unknown) => {
      const concept = await resolveConcept(index, arg, 'Show the concept…');
      if (!concept) return false;
      panel.show(concept, (where as { atParts?: unknown } | undefined)?.atParts === true);
      await state.update(StateKeys.recentConcepts, pushRecent(state.get<unknown>(StateKeys.recentConcepts), concept.id));
      return true;
    }),
    registerDefinitionCommands(index),
  );
  return { panel, dispose: () => disposable.dispose() };
}
