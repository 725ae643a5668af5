// The Concepts sidebar (view crmStudy.concepts): topics → concepts → parts, with
// definitions as tooltips, optional "N due" badges from flashcards, and
// "Reveal in Concepts" for search results.

import vscode = require('vscode');
import { conceptIdOf } from '../../vscode/commandArgs';
import { Commands, Views } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { ConceptTreeModel, ConceptTreeNode, topicDescription } from '../../core/concepts/conceptTree';

export interface ConceptTreeOptions {
  /** How many cards of a topic are due now; shown as "N due" when above 0. */
  dueCount?: (topicId: string) => number;
  /** Fires when due counts may have changed. */
  onDidChangeDue?: vscode.Event<void>;
}

export class ConceptTreeProvider implements vscode.TreeDataProvider<ConceptTreeNode>, vscode.Disposable {
  private readonly model: ConceptTreeModel;
  private readonly changed = new vscode.EventEmitter<ConceptTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly index: ContentIndex, private readonly options: ConceptTreeOptions = {}) {
    this.model = new ConceptTreeModel(index);
  }

  get tree(): ConceptTreeModel {
    return this.model;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: ConceptTreeNode): ConceptTreeNode[] {
    return [...this.model.children(node)];
  }

  getParent(node: ConceptTreeNode): ConceptTreeNode | undefined {
    return this.model.parent(node);
  }

  getTreeItem(node: ConceptTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'topic': {
        const item = new vscode.TreeItem(node.topic.title, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = topicDescription(this.index.conceptsIn(node.topicId).length, this.due(node.topicId));
        if (node.topic.summary) item.tooltip = new vscode.MarkdownString(`**${node.topic.title}**\n\n${node.topic.summary}`);
        item.iconPath = new vscode.ThemeIcon('book');
        return this.finish(item, node, 'topic');
      }
      case 'concept': {
        const { concept } = node;
        const framework = this.model.hasChildren(node);
        const item = new vscode.TreeItem(
          concept.term,
          framework ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        const acronym = concept.acronyms.find((a) => a !== concept.term);
        if (acronym) item.description = acronym;
        const tooltip = new vscode.MarkdownString(`**${concept.term}**\n\n${concept.definition}`);
        if (concept.source) tooltip.appendMarkdown(`\n\n*${concept.source}*`);
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon(framework ? 'symbol-structure' : 'lightbulb');
        item.command = { command: Commands.showConcept, title: vscode.l10n.t('Show Concept'), arguments: [concept.id] };
        return this.finish(item, node, 'concept');
      }
      case 'part': {
        const item = new vscode.TreeItem(`${node.index + 1}. ${node.part.name}`, vscode.TreeItemCollapsibleState.None);
        if (node.part.description) item.tooltip = new vscode.MarkdownString(`**${node.part.name}**: ${node.part.description}`);
        item.iconPath = new vscode.ThemeIcon('circle-small-filled');
        item.command = { command: Commands.showConcept, title: vscode.l10n.t('Show Concept'), arguments: [node.conceptId, { atParts: true }] };
        return this.finish(item, node, 'part');
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }

  private finish(item: vscode.TreeItem, node: ConceptTreeNode, contextValue: string): vscode.TreeItem {
    item.id = node.id;
    item.contextValue = contextValue;
    return item;
  }

  private due(topicId: string): number {
    try {
      return this.options.dueCount?.(topicId) ?? 0;
    } catch {
      // A badge is decoration: a failing counter must not take the tree down.
      return 0;
    }
  }
}

export interface ConceptTreeRegistration extends vscode.Disposable {
  /** For tests and other features: the data behind the view. */
  readonly provider: ConceptTreeProvider;
  readonly view: vscode.TreeView<ConceptTreeNode>;
}

export function registerConceptTree(index: ContentIndex, options: ConceptTreeOptions = {}): ConceptTreeRegistration {
  const provider = new ConceptTreeProvider(index, options);
  const view = vscode.window.createTreeView(Views.concepts, { treeDataProvider: provider, showCollapseAll: true });
  const disposables: vscode.Disposable[] = [
    provider,
    view,
    vscode.commands.registerCommand(Commands.revealConcept, (arg?: unknown) => revealConcept(provider, view, arg)),
    vscode.commands.registerCommand(Commands.studyItem, (row?: unknown) => vscode.commands.executeCommand(Commands.openFlashcards, row)),
    vscode.commands.registerCommand(Commands.quizItem, (row?: unknown) => vscode.commands.executeCommand(Commands.startQuiz, row)),
  ];
  if (options.onDidChangeDue) disposables.push(options.onDidChangeDue(() => provider.refresh()));
  const disposable = vscode.Disposable.from(...disposables);
  return { provider, view, dispose: () => disposable.dispose() };
}

async function revealConcept(provider: ConceptTreeProvider, view: vscode.TreeView<ConceptTreeNode>, arg: unknown): Promise<boolean> {
  const id = conceptIdOf(arg);
  const node = id === undefined ? undefined : provider.tree.conceptNode(id);
  if (!node) {
    void vscode.window.showWarningMessage(vscode.l10n.t('CRM Study: there is no concept "{0}" in the Concepts view.', String(id ?? '')));
    return false;
  }
  await view.reveal(node, { select: true, focus: true, expand: false });
  return true;
}
