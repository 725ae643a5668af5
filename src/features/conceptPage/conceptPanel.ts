// The one reusable webview panel that shows a concept page rendered. Related
// concepts open in the same panel; its buttons run the matching commands. The
// panel is restored after a window reload by its serializer.

import vscode = require('vscode');
import { Commands } from '../../vscode/constants';
import { webviewHtml, webviewOptions } from '../../vscode/webviewShell';
import { ContentIndex } from '../../core/content/contentIndex';
import { conceptPageBody } from '../../core/concepts/conceptPageHtml';
import { Concept } from '../../core/content/model';
import { yourNoteLabel } from '../../core/notes/noteLabels';
import { ConceptPageAction, ConceptPageSetup, ConceptPageState, isFromConceptPage } from '../../shared/conceptPageProtocol';

export const CONCEPT_PANEL_VIEW_TYPE = 'crmStudy.conceptPage';

const COMMAND_FOR: Record<ConceptPageAction, string> = {
  study: Commands.openFlashcards,
  quiz: Commands.startQuiz,
  insert: Commands.insertDefinition,
  copy: Commands.copyDefinition,
  reveal: Commands.revealConcept,
};

export class ConceptPanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private panelDisposables: vscode.Disposable[] = [];

  constructor(private readonly index: ContentIndex, private readonly extensionUri: vscode.Uri) {}

  show(concept: Concept, atParts = false): void {
    if (this.panel) {
      this.panel.reveal(this.panel.viewColumn, false);
    } else {
      const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
      this.attach(vscode.window.createWebviewPanel(CONCEPT_PANEL_VIEW_TYPE, concept.term, column, this.webviewOptions()));
    }
    this.render(concept, atParts);
  }

  /** Called by the serializer after a reload. */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const id = (state as Partial<ConceptPageState> | undefined)?.conceptId;
    const concept = typeof id === 'string' ? this.index.concept(id) : undefined;
    if (!concept) {
      // The concept left the pack (or the state is corrupt): nothing worth restoring.
      panel.dispose();
      return;
    }
    if (this.panel) {
      // Only one concept panel: keep the one already open.
      panel.dispose();
      return;
    }
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
    this.render(concept);
  }

  dispose(): void {
    this.panel?.dispose();
    this.detach();
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    // A page one reads: Find (Ctrl+F) works in it.
    return { ...webviewOptions(this.extensionUri), enableFindWidget: true };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message)),
      panel.onDidDispose(() => this.detach()),
    ];
  }

  private detach(): void {
    for (const d of this.panelDisposables) d.dispose();
    this.panelDisposables = [];
    this.panel = undefined;
  }

  private render(concept: Concept, atParts = false): void {
    if (!this.panel) return;
    this.panel.title = concept.term;
    const setup: ConceptPageSetup = { conceptId: concept.id, atParts };
    if (concept.uri) setup.note = { label: vscode.l10n.t('Open note'), title: yourNoteLabel(concept) };
    this.panel.webview.html = webviewHtml(this.panel.webview, this.extensionUri, {
      bundle: 'conceptPage',
      title: concept.term,
      setup,
      body: conceptPageBody(concept, this.index),
    });
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!isFromConceptPage(message)) return;
    switch (message.type) {
      case 'openConcept':
        await vscode.commands.executeCommand(Commands.showConcept, message.conceptId);
        return;
      case 'openNote': {
        const concept = this.index.concept(message.conceptId);
        if (concept?.uri) await vscode.commands.executeCommand(Commands.openNote, concept.uri, concept.line);
        return;
      }
      case 'action': {
        const command = COMMAND_FOR[message.action];
        try {
          // Every action's command takes { conceptId } (a bare id would be ambiguous to Study and Quiz).
          await vscode.commands.executeCommand(command, { conceptId: message.conceptId });
        } catch (error) {
          void vscode.window.showWarningMessage(vscode.l10n.t('CRM Study: could not {0} ({1}).', message.action, error instanceof Error ? error.message : String(error)));
        }
        return;
      }
      default: {
        // A new message type fails to compile here until it is handled.
        const unhandled: never = message;
        return unhandled;
      }
    }
  }
}
