// The shape of the Concepts sidebar: topics in pack order, their concepts, and
// for frameworks and lists their parts; then, once the student's notes hold
// something, "My notes": its groups (decks, then files), each with its concepts
// (a note concept's parts and cards under it) and its loose cards. Nodes are
// built once and kept, so the same object always stands for the same row
// (TreeView.reveal relies on it) and commands can read `topicId` / `conceptId`
// off any node they are given. A change of the notes rebuilds only the groups
// it touched; the pack's rows are never rebuilt.

import { ContentChange, ContentIndex } from '../content/contentIndex';
import { Card, Concept, deckTopicId, MY_NOTES, Part, Topic } from '../content/model';
import { l10n } from '../util/l10n';

export interface TopicNode {
  readonly kind: 'topic';
  readonly id: string;
  readonly topicId: string;
  /** For a group of notes, the group as the content index has it now. */
  readonly topic: Topic;
}

/** "My notes": every group of notes. Study and Quiz on it act on MY_NOTES. */
export interface NotesNode {
  readonly kind: 'notes';
  readonly id: string;
  readonly topicId: typeof MY_NOTES;
}

export interface ConceptNode {
  readonly kind: 'concept';
  readonly id: string;
  readonly conceptId: string;
  readonly concept: Concept;
}

export interface PartNode {
  readonly kind: 'part';
  readonly id: string;
  readonly conceptId: string;
  readonly part: Part;
  /** 0-based position in the concept's parts. */
  readonly index: number;
}

/** A card of a student's note: a loose one under its group, or one under its note concept. */
export interface CardNode {
  readonly kind: 'card';
  readonly id: string;
  readonly cardId: string;
  readonly card: Card;
}

export type ConceptTreeNode = TopicNode | NotesNode | ConceptNode | PartNode | CardNode;

/** What a view must redraw after a change: nothing, the My notes row and everything under it, or the whole tree (My notes came or went). */
export type TreeRefresh = { kind: 'none' } | { kind: 'notes'; node: NotesNode } | { kind: 'root' };

const DECK_PREFIX = deckTopicId('');

export class ConceptTreeModel {
  private readonly packRoots: TopicNode[];
  private roots: ConceptTreeNode[];
  readonly notesNode: NotesNode = { kind: 'notes', id: 'notes', topicId: MY_NOTES };
  private readonly childrenOf = new Map<ConceptTreeNode, ConceptTreeNode[]>();
  private readonly parentOf = new Map<ConceptTreeNode, ConceptTreeNode>();
  private readonly conceptNodes = new Map<string, ConceptNode>();
  private readonly cardNodes = new Map<string, CardNode>();
  /** The groups of notes by topic id, kept while the group lasts. */
  private readonly groupNodes = new Map<string, { -readonly [K in keyof TopicNode]: TopicNode[K] }>();

  constructor(private readonly index: ContentIndex) {
    // The index's order (the compiler's), so the sidebar lists topics as flashcards and the quiz do.
    this.packRoots = index.packTopics.map((topic) => ({ kind: 'topic', id: `topic:${topic.id}`, topicId: topic.id, topic }));
    for (const topicNode of this.packRoots) {
      this.childrenOf.set(topicNode, index.conceptsIn(topicNode.topicId).map((concept) => this.conceptNode_(concept, topicNode)));
    }
    this.roots = this.packRoots;
    this.syncGroups();
    for (const group of this.groupNodes.values()) this.fillGroup(group);
  }

  children(node?: ConceptTreeNode): readonly ConceptTreeNode[] {
    if (!node) return this.roots;
    return this.childrenOf.get(node) ?? [];
  }

  parent(node: ConceptTreeNode): ConceptTreeNode | undefined {
    return this.parentOf.get(node);
  }

  /** The row of a concept (the pack's or a note's), if the tree lists it. */
  conceptNode(conceptId: string): ConceptNode | undefined {
    return this.conceptNodes.get(conceptId);
  }

  /** The row of a note's card. */
  cardNode(cardId: string): CardNode | undefined {
    return this.cardNodes.get(cardId);
  }

  /** The row of a group of notes. */
  groupNode(topicId: string): TopicNode | undefined {
    return this.groupNodes.get(topicId);
  }

  hasChildren(node: ConceptTreeNode): boolean {
    return (this.childrenOf.get(node)?.length ?? 0) > 0;
  }

  /** True while the notes hold something, so "My notes" is listed. */
  get hasNotes(): boolean {
    return this.groupNodes.size > 0;
  }

  /**
   * Follows a change of the notes: the groups it touched get their rows
   * rebuilt, groups that went lose theirs, new ones are listed. Rows of
   * untouched groups and of the pack stay the same objects.
   */
  update(change: ContentChange): TreeRefresh {
    const touched = new Set<string>();
    for (const list of [change.addedConcepts, change.removedConcepts, change.addedCards, change.removedCards]) {
      for (const item of list) touched.add(item.topic);
    }
    const hadNotes = this.hasNotes;
    // Re-list the groups (thousands, in a big vault) only when one came or went, not when a note is saved again.
    const comeOrGone = [...touched].some((id) => (this.index.topic(id) !== undefined) !== this.groupNodes.has(id));
    const groupsChanged = comeOrGone && this.syncGroups();
    let rebuilt = false;
    for (const topicId of touched) {
      const group = this.groupNodes.get(topicId);
      const topic = this.index.topic(topicId);
      if (!group || !topic) continue;
      group.topic = topic;
      this.fillGroup(group);
      rebuilt = true;
    }
    if (hadNotes !== this.hasNotes) return { kind: 'root' };
    return groupsChanged || rebuilt ? { kind: 'notes', node: this.notesNode } : { kind: 'none' };
  }

  /** Lists the groups the index has now (decks, then files, each by title); true if the list changed. */
  private syncGroups(): boolean {
    const topics = this.index.noteTopics;
    const ordered = [...topics.filter((t) => t.id.startsWith(DECK_PREFIX)), ...topics.filter((t) => !t.id.startsWith(DECK_PREFIX))];
    const before = this.childrenOf.get(this.notesNode) ?? [];
    const live = new Set(ordered.map((t) => t.id));
    for (const [id, group] of this.groupNodes) {
      if (live.has(id)) continue;
      this.clearGroup(group);
      this.childrenOf.delete(group);
      this.parentOf.delete(group);
      this.groupNodes.delete(id);
    }
    const groups = ordered.map((topic) => {
      let group = this.groupNodes.get(topic.id);
      if (!group) {
        group = { kind: 'topic', id: `topic:${topic.id}`, topicId: topic.id, topic };
        this.groupNodes.set(topic.id, group);
        this.parentOf.set(group, this.notesNode);
        this.childrenOf.set(group, []);
      }
      group.topic = topic;
      return group;
    });
    const changed = groups.length !== before.length || groups.some((g, i) => g !== before[i]);
    if (groups.length) this.childrenOf.set(this.notesNode, groups);
    else this.childrenOf.delete(this.notesNode);
    this.roots = groups.length ? [...this.packRoots, this.notesNode] : this.packRoots;
    return changed;
  }

  /** A group's rows: its concepts in content order, then its cards outside any concept. */
  private fillGroup(group: TopicNode): void {
    this.clearGroup(group);
    const rows: ConceptTreeNode[] = this.index.conceptsIn(group.topicId).map((concept) => this.conceptNode_(concept, group));
    for (const card of this.index.cardsIn(group.topicId)) {
      if (card.conceptId === '') rows.push(this.cardNode_(card, group));
    }
    this.childrenOf.set(group, rows);
  }

  private clearGroup(group: TopicNode): void {
    const forget = (node: ConceptTreeNode) => {
      for (const child of this.childrenOf.get(node) ?? []) forget(child);
      this.childrenOf.delete(node);
      this.parentOf.delete(node);
      if (node.kind === 'concept' && this.conceptNodes.get(node.conceptId) === node) this.conceptNodes.delete(node.conceptId);
      if (node.kind === 'card' && this.cardNodes.get(node.cardId) === node) this.cardNodes.delete(node.cardId);
    };
    for (const child of this.childrenOf.get(group) ?? []) forget(child);
    this.childrenOf.set(group, []);
  }

  private conceptNode_(concept: Concept, parent: ConceptTreeNode): ConceptNode {
    const node: ConceptNode = { kind: 'concept', id: `concept:${concept.id}`, conceptId: concept.id, concept };
    this.conceptNodes.set(concept.id, node);
    this.parentOf.set(node, parent);
    const children: ConceptTreeNode[] = concept.parts.map((part, i): PartNode => ({
      kind: 'part',
      id: `part:${concept.id}:${i}`,
      conceptId: concept.id,
      part,
      index: i,
    }));
    // A note concept's own cards sit under it, where its "### Cards" are written.
    if (concept.uri) for (const card of this.index.cardsOf(concept.id)) children.push(this.cardNode_(card, node));
    for (const child of children) this.parentOf.set(child, node);
    if (children.length > 0) this.childrenOf.set(node, children);
    return node;
  }

  private cardNode_(card: Card, parent: ConceptTreeNode): CardNode {
    const node: CardNode = { kind: 'card', id: `card:${card.id}`, cardId: card.id, card };
    this.cardNodes.set(card.id, node);
    this.parentOf.set(node, parent);
    return node;
  }
}

/**
 * "12 concepts", "1 concept · 3 due" before any of its cards is studied;
 * "62% · 4 due", "8%" once one is (readiness: mean predicted recall, new cards
 * as 0), so the figure appears with the first grade and moves with each.
 */
export function topicDescription(conceptCount: number, due: number, readiness?: number): string {
  const count = readiness !== undefined && readiness > 0 ? readinessLabel(readiness) : conceptCount === 1 ? l10n.t('1 concept') : l10n.t('{0} concepts', conceptCount);
  return due > 0 ? l10n.t('{0} · {1} due', count, due) : count;
}

/** "62%": a readiness as the sidebar shows it. */
export function readinessLabel(readiness: number): string {
  return l10n.t('{0}%', Math.round(readiness * 100));
}

/** The tooltip line that says what the percentage is. */
export function readinessTooltip(readiness: number, cardCount: number): string {
  return cardCount === 1
    ? l10n.t('Predicted recall of its card now: {0}. New cards count as not known.', readinessLabel(readiness))
    : l10n.t('Predicted recall of its {0} cards now: {1}. New cards count as not known.', cardCount, readinessLabel(readiness));
}

/** "2 concepts · 5 cards · 1 due": My notes or a group of notes, which may hold cards and no concepts; "40% · 5 cards" once one is studied. */
export function notesDescription(conceptCount: number, cardCount: number, due: number, readiness?: number): string {
  const parts: string[] = [];
  if (readiness !== undefined && readiness > 0) {
    parts.push(readinessLabel(readiness));
    if (cardCount > 0) parts.push(cardCount === 1 ? l10n.t('1 card') : l10n.t('{0} cards', cardCount));
    if (due > 0) parts.push(l10n.t('{0} due', due));
    return parts.join(' · ');
  }
  if (conceptCount > 0) parts.push(conceptCount === 1 ? l10n.t('1 concept') : l10n.t('{0} concepts', conceptCount));
  if (cardCount > 0 || conceptCount === 0) parts.push(cardCount === 1 ? l10n.t('1 card') : l10n.t('{0} cards', cardCount));
  if (due > 0) parts.push(l10n.t('{0} due', due));
  return parts.join(' · ');
}
