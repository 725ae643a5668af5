// The Concepts sidebar (view crmStudy.concepts): topics → concepts → parts, with
// definitions as tooltips, optional "N due" badges from flashcards, and
// "Reveal in Concepts" for search results; after the pack's topics, "My notes"
// with the student's groups of notes, their concepts and cards, which open the
// note at their line. A change of the notes redraws the My notes rows only.

import vscode = require('vscode');
import { conceptIdOf } from '../../vscode/commandArgs';
import { Commands, Views } from '../../vscode/constants';
import { ContentIndex } from '../../core/content/contentIndex';
import { ConceptTreeModel, ConceptTreeNode, notesDescription, readinessTooltip, topicDescription } from '../../core/concepts/conceptTree';
import { fillCloze } from '../../core/content/cloze';
import { MY_NOTES } from '../../core/content/model';
import { plainText } from '../../core/markdown/plainText';
import { myNotesTitle, noteLocation, yourNoteLabel } from '../../core/notes/noteLabels';

export interface ConceptTreeOptions {
  /** How many cards of a topic are due now; shown as "N due" when above 0. */
  dueCount?: (topicId: string) => number;
  /** Mean predicted recall of a topic's cards now (0..1); shown as "62%" once a card of it is studied. */
  readiness?: (topicId: string) => number | undefined;
  /** Fires when due counts or readiness may have changed. */
  onDidChangeDue?: vscode.Event<void>;
}

export class ConceptTreeProvider implements vscode.TreeDataProvider<ConceptTreeNode>, vscode.Disposable {
  private readonly model: ConceptTreeModel;
  private readonly changed = new vscode.EventEmitter<ConceptTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: ContentIndex, private readonly options: ConceptTreeOptions = {}) {
    this.model = new ConceptTreeModel(index);
    this.subscription = index.onDidChange((change) => {
      const refresh = this.model.update(change);
      if (refresh.kind === 'root') this.changed.fire(undefined);
      else if (refresh.kind === 'notes') this.changed.fire(refresh.node);
    });
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
      case 'notes': {
        const item = new vscode.TreeItem(myNotesTitle(), vscode.TreeItemCollapsibleState.Collapsed);
        const cards = this.index.cardsIn(MY_NOTES).length;
        const readiness = this.readiness(MY_NOTES);
        item.description = notesDescription(this.index.conceptsIn(MY_NOTES).length, cards, this.due(MY_NOTES), readiness);
        item.tooltip = withReadiness(vscode.l10n.t('Concepts and cards from your own Markdown notes'), readiness, cards);
        item.iconPath = new vscode.ThemeIcon('notebook');
        // Study and Quiz act on it as on a topic (its topicId is MY_NOTES).
        return this.finish(item, node, 'topic');
      }
      case 'card': {
        const { card } = node;
        const prompt = plainText(card.kind === 'cloze' ? fillCloze(card.prompt, (_answer, hint) => `[${hint ?? '…'}]`) : card.prompt);
        const item = new vscode.TreeItem(shorten(prompt || card.id), vscode.TreeItemCollapsibleState.None);
        item.description = noteLocation(card);
        const tooltip = new vscode.MarkdownString();
        tooltip.appendText(prompt);
        tooltip.appendMarkdown('\n\n---\n\n');
        tooltip.appendText(plainText(card.answer));
        tooltip.appendMarkdown(`\n\n*${yourNoteLabel(card)}*`);
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon('note');
        if (card.uri) item.command = { command: Commands.openNote, title: vscode.l10n.t('Open Note'), arguments: [card.uri, card.line] };
        return this.finish(item, node, 'card');
      }
      case 'topic': {
        if (node.topic.id.startsWith(MY_NOTES)) {
          // A group of notes: a deck, or a note without one.
          const item = new vscode.TreeItem(node.topic.title, vscode.TreeItemCollapsibleState.Collapsed);
          const cards = this.index.cardsIn(node.topicId).length;
          const readiness = this.readiness(node.topicId);
          item.description = notesDescription(this.index.conceptsIn(node.topicId).length, cards, this.due(node.topicId), readiness);
          item.tooltip = withReadiness(node.topic.uri ? node.topic.file : vscode.l10n.t('Deck {0}', node.topic.title), readiness, cards);
          item.iconPath = new vscode.ThemeIcon(node.topic.uri ? 'markdown' : 'layers');
          return this.finish(item, node, 'topic');
        }
        const item = new vscode.TreeItem(node.topic.title, vscode.TreeItemCollapsibleState.Collapsed);
        const readiness = this.readiness(node.topicId);
        item.description = topicDescription(this.index.conceptsIn(node.topicId).length, this.due(node.topicId), readiness);
        const tooltip = new vscode.MarkdownString(`**${node.topic.title}**`);
        if (node.topic.summary) tooltip.appendMarkdown(`\n\n${node.topic.summary}`);
        // Our own sentence (digits and words): Markdown as it is, so the tooltip does not show escaped spaces.
        if (readiness !== undefined) tooltip.appendMarkdown(`\n\n${readinessTooltip(readiness, this.index.cardsIn(node.topicId).length)}`);
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon('book');
        return this.finish(item, node, 'topic');
      }
      case 'concept': {
        const { concept } = node;
        const item = new vscode.TreeItem(
          concept.term,
          this.model.hasChildren(node) ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        const acronym = concept.acronyms.find((a) => a !== concept.term);
        if (acronym) item.description = acronym;
        const tooltip = new vscode.MarkdownString(`**${concept.term}**\n\n${concept.definition}`);
        if (concept.source) tooltip.appendMarkdown(`\n\n*${concept.source}*`);
        item.tooltip = tooltip;
        item.iconPath = new vscode.ThemeIcon(concept.parts.length > 0 ? 'symbol-structure' : 'lightbulb');
        if (concept.uri) {
          // The student's own concept opens where they wrote it.
          tooltip.appendMarkdown(`\n\n*${yourNoteLabel(concept)}*`);
          item.command = { command: Commands.openNote, title: vscode.l10n.t('Open Note'), arguments: [concept.uri, concept.line] };
        } else {
          item.command = { command: Commands.showConcept, title: vscode.l10n.t('Show Concept'), arguments: [concept.id] };
        }
        return this.finish(item, node, 'concept');
      }
      case 'part': {
        const item = new vscode.TreeItem(`${node.index + 1}. ${node.part.name}`, vscode.TreeItemCollapsibleState.None);
        if (node.part.description) item.tooltip = new vscode.MarkdownString(`**${node.part.name}**: ${node.part.description}`);
        item.iconPath = new vscode.ThemeIcon('circle-small-filled');
        const concept = this.index.concept(node.conceptId);
        item.command = concept?.uri
          ? { command: Commands.openNote, title: vscode.l10n.t('Open Note'), arguments: [concept.uri, concept.line] }
          : { command: Commands.showConcept, title: vscode.l10n.t('Show Concept'), arguments: [node.conceptId, { atParts: true }] };
        return this.finish(item, node, 'part');
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }

  private finish(item: vscode.TreeItem, node: ConceptTreeNode, contextValue: string): vscode.TreeItem {
    item.id = node.id;
    item.contextValue = contextValue;
    return item;
  }

  private readiness(topicId: string): number | undefined {
    try {
      return this.options.readiness?.(topicId);
    } catch {
      return undefined;
    }
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

/** Reveals a concept (an id, a row, `{ conceptId }`) or a note's card (`{ cardId }`). */
async function revealConcept(provider: ConceptTreeProvider, view: vscode.TreeView<ConceptTreeNode>, arg: unknown): Promise<boolean> {
  const cardId = (arg as { cardId?: unknown } | null | undefined)?.cardId;
  const id = typeof cardId === 'string' ? cardId : conceptIdOf(arg);
  const node = id === undefined ? undefined : typeof cardId === 'string' ? provider.tree.cardNode(cardId) : provider.tree.conceptNode(id);
  if (!node) {
    void vscode.window.showWarningMessage(vscode.l10n.t('CRM Study: there is no concept "{0}" in the Concepts view.', String(id ?? '')));
    return false;
  }
  await view.reveal(node, { select: true, focus: true, expand: false });
  return true;
}

/** A tooltip with the line that explains the readiness figure, once there is one. */
function withReadiness(text: string, readiness: number | undefined, cards: number): string {
  return readiness === undefined || cards === 0 ? text : `${text}\n\n${readinessTooltip(readiness, cards)}`;
}

function shorten(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
