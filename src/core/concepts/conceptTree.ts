// The shape of the Concepts sidebar: topics in pack order, their concepts, and
// for frameworks and lists their parts. Nodes are built once per pack and kept,
// so the same object always stands for the same row (TreeView.reveal relies on
// it) and commands can read `topicId` / `conceptId` off any node they are given.

import { ContentIndex } from '../content/contentIndex';
import { Concept, Part, Topic } from '../content/model';
import { l10n } from '../util/l10n';

export interface TopicNode {
  readonly kind: 'topic';
  readonly id: string;
  readonly topicId: string;
  readonly topic: Topic;
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

export type ConceptTreeNode = TopicNode | ConceptNode | PartNode;

export class ConceptTreeModel {
  private readonly roots: TopicNode[];
  private readonly childrenOf = new Map<ConceptTreeNode, ConceptTreeNode[]>();
  private readonly parentOf = new Map<ConceptTreeNode, ConceptTreeNode>();
  private readonly conceptNodes = new Map<string, ConceptNode>();

  constructor(index: ContentIndex) {
    // The index's order (the compiler's), so the sidebar lists topics as flashcards and the quiz do.
    this.roots = index.topics.map((topic) => ({ kind: 'topic', id: `topic:${topic.id}`, topicId: topic.id, topic }));
    for (const topicNode of this.roots) {
      const concepts: ConceptNode[] = [];
      for (const concept of index.conceptsIn(topicNode.topicId)) {
        const node: ConceptNode = { kind: 'concept', id: `concept:${concept.id}`, conceptId: concept.id, concept };
        concepts.push(node);
        this.conceptNodes.set(concept.id, node);
        this.parentOf.set(node, topicNode);
        const parts: PartNode[] = concept.parts.map((part, i) => ({
          kind: 'part',
          id: `part:${concept.id}:${i}`,
          conceptId: concept.id,
          part,
          index: i,
        }));
        for (const part of parts) this.parentOf.set(part, node);
        if (parts.length > 0) this.childrenOf.set(node, parts);
      }
      this.childrenOf.set(topicNode, concepts);
    }
  }

  children(node?: ConceptTreeNode): readonly ConceptTreeNode[] {
    if (!node) return this.roots;
    return this.childrenOf.get(node) ?? [];
  }

  parent(node: ConceptTreeNode): ConceptTreeNode | undefined {
    return this.parentOf.get(node);
  }

  /** The row of a concept, if the pack has it under a known topic. */
  conceptNode(conceptId: string): ConceptNode | undefined {
    return this.conceptNodes.get(conceptId);
  }

  hasChildren(node: ConceptTreeNode): boolean {
    return (this.childrenOf.get(node)?.length ?? 0) > 0;
  }
}

/** "12 concepts", "1 concept · 3 due": a topic's description in the tree. */
export function topicDescription(conceptCount: number, due: number): string {
  const count = conceptCount === 1 ? l10n.t('1 concept') : l10n.t('{0} concepts', conceptCount);
  return due > 0 ? l10n.t('{0} · {1} due', count, due) : count;
}
