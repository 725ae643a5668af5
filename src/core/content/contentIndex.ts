// The loaded course pack with the look-ups every feature needs (by id, by topic,
// cards of a concept or of a topic), built once at activation from
// dist/content.json. Features and the quiz use these look-ups rather than
// regrouping the pack themselves, and list topics in `topics` order.

import { Card, CARD_KINDS, Concept, Pack, Topic } from './model';

export class ContentIndex {
  /**
   * In the order a student sees them everywhere (sidebar, flashcards, quiz,
   * search): the compiler's, by `order:` then file name. Nothing re-sorts them.
   */
  readonly topics: readonly Topic[];
  readonly concepts: readonly Concept[];
  readonly cards: readonly Card[];
  private readonly conceptsById = new Map<string, Concept>();
  private readonly topicsById = new Map<string, Topic>();
  private readonly cardsById = new Map<string, Card>();
  private readonly cardsByConcept = new Map<string, Card[]>();
  private readonly conceptsByTopic = new Map<string, Concept[]>();
  private readonly cardsByTopic = new Map<string, Card[]>();

  constructor(pack: Pack) {
    this.topics = pack.topics;
    this.concepts = pack.concepts;
    this.cards = pack.cards;
    for (const topic of pack.topics) this.topicsById.set(topic.id, topic);
    for (const concept of pack.concepts) {
      this.conceptsById.set(concept.id, concept);
      push(this.conceptsByTopic, concept.topic, concept);
    }
    for (const card of pack.cards) {
      this.cardsById.set(card.id, card);
      push(this.cardsByConcept, card.conceptId, card);
      push(this.cardsByTopic, card.topic, card);
    }
  }

  /** Parses and checks the shape of a compiled pack; throws a readable error if it is not one. */
  static fromJson(json: string): ContentIndex {
    const data = JSON.parse(json) as Partial<Pack>;
    if (!data || data.version !== 1) throw new Error(`unsupported content version ${String(data?.version)} (expected 1)`);
    for (const key of ['topics', 'concepts', 'cards'] as const) {
      if (!Array.isArray(data[key])) throw new Error(`content has no "${key}" array`);
    }
    const badCard = data.cards!.find((c) => !c || typeof c.id !== 'string' || !CARD_KINDS.includes(c.kind));
    if (badCard) throw new Error(`content has a malformed card ${JSON.stringify(badCard).slice(0, 80)}`);
    // Every feature reads these fields without guards (hover, tree, quiz): check them once here.
    const badConcept = data.concepts!.find(
      (c) =>
        !c || typeof c.id !== 'string' || typeof c.term !== 'string' || typeof c.definition !== 'string' ||
        !Array.isArray(c.aliases) || !Array.isArray(c.acronyms) || !Array.isArray(c.parts) || !Array.isArray(c.related),
    );
    if (badConcept) throw new Error(`content has a malformed concept ${JSON.stringify(badConcept).slice(0, 80)}`);
    return new ContentIndex(data as Pack);
  }

  concept(id: string): Concept | undefined {
    return this.conceptsById.get(id);
  }

  topic(id: string): Topic | undefined {
    return this.topicsById.get(id);
  }

  card(id: string): Card | undefined {
    return this.cardsById.get(id);
  }

  /** The cards of a concept, in pack order. */
  cardsOf(conceptId: string): readonly Card[] {
    return this.cardsByConcept.get(conceptId) ?? [];
  }

  /** The concepts of a topic, in pack order. */
  conceptsIn(topicId: string): readonly Concept[] {
    return this.conceptsByTopic.get(topicId) ?? [];
  }

  /** The cards of a topic, in pack order. */
  cardsIn(topicId: string): readonly Card[] {
    return this.cardsByTopic.get(topicId) ?? [];
  }

  summary(): string {
    return `Loaded ${this.concepts.length} concepts and ${this.cards.length} cards in ${this.topics.length} topics`;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
